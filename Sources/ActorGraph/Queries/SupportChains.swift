/// Who backs whom: direct support, and what we infer from it — support through an umbrella group to
/// its members, through a state's own organs, and through intermediaries.
///
/// Only direct support is what a source says. Every other answer is our inference: its attribution
/// is `inferred`, its confidence at most its weakest hop's and one step lower for each hop beyond the
/// first, and each hop keeps its own attribution, confidence and relations.
///
/// Support is not transitive in general: that the United States backs Iraq against the Islamic State
/// does not make it a backer of Iraq's other partners' clients. The chain rules say which inferences
/// an analyst would accept (see ``Rules``):
///
/// - **default**: direct support; support to an umbrella group reaching its members (Iran → PMF ∋
///   Kataib Hezbollah); support by a state's own organ or contingent counting for the state
///   (Quds Force → militias ⇒ Iran backs them through its organ);
/// - **`sameForm`** (`--transitive`): also through intermediaries that pass on the *same form* of
///   support (arms to X, arms from X) while both hold — `unspecified` matches nothing;
/// - **`anyForm`** (`--any-form`): also through intermediaries whatever the forms — the widest, and
///   the weakest, reading.
///
/// A chain follows the direction of the relations, never an undirected path, and holds only while
/// all its hops hold (their spans intersect).
///
/// Why this is a search of its own, not one of GraphAnalytics' traversals: whether a hop may extend
/// a chain depends on the whole chain so far, not on the vertex it reaches — the days every hop
/// held (a union of intervals that narrows with each hop), the order of segments (`organ* support
/// member*`, with a second support segment only through an intermediary), the forms of the last
/// support hop, and the rule level reached. The core's searches keep one state per vertex (a
/// distance, a visited flag), so they would cut chains that reach an actor early in the wrong
/// period or form and miss the ones that qualify. The search is bounded by `maxHops` and never
/// revisits an actor on the current chain.
public struct SupportQuery: Sendable {
  /// How far the inference may go; each level admits everything the one before does.
  public enum Rules: Int, Sendable, Comparable, CaseIterable {
    /// Direct support, umbrella groups, the patron's own organs.
    case standard = 0
    /// Also intermediaries that pass on the same form of support in the same period.
    case sameForm = 1
    /// Also intermediaries whatever the form.
    case anyForm = 2

    /// By how far the rules reach: standard, then same-form, then any-form.
    public static func < (a: Rules, b: Rules) -> Bool { a.rawValue < b.rawValue }

    /// The name results give the rules: `standard`, `same-form`, `any-form`.
    public var name: String { ["standard", "same-form", "any-form"][rawValue] }
  }

  /// How a chain reaches its end: by the sources' own word, through an umbrella group, or further.
  /// Tables list chains in this order.
  public enum Kind: String, Codable, Sendable, Hashable, Comparable, CustomStringConvertible {
    /// One support hop that a source states.
    case direct
    /// Support to an umbrella group and membership of it, nothing else.
    case umbrella
    /// Through a state's organs or through intermediaries.
    case indirect

    /// In the order chains are listed.
    public static func < (a: Kind, b: Kind) -> Bool { a.order < b.order }
    private var order: Int { self == .direct ? 0 : self == .umbrella ? 1 : 2 }
    /// The name as JSON writes it.
    public var description: String { rawValue }
  }

  /// The least rule that admits a chain.
  public enum Rule: String, Codable, Sendable, Hashable, CustomStringConvertible {
    /// Support a source states.
    case direct
    /// Support to an umbrella group reaching its members.
    case umbrella
    /// Support by a state's organ or contingent counting for the state.
    case organ
    /// Through an intermediary passing on the same form (``Rules/sameForm``).
    case sameForm = "same-form"
    /// Through an intermediary whatever the form (``Rules/anyForm``).
    case anyForm = "any-form"
    /// The name as JSON writes it.
    public var description: String { rawValue }
  }

  /// One step of a chain: every relation of one type between one ordered pair.
  public struct Hop: Codable, Sendable, Hashable {
    /// The id of the actor at the relations' source end.
    public var from: String
    /// The id of the actor at the relations' target end.
    public var to: String
    /// The relations' type: `support`, `membership` or `part-of`, or a declared type that behaves like one.
    public var type: RelationType
    /// The most certain attribution among the hop's relations: what the sources say of this step.
    public var attribution: Attribution
    /// The highest confidence among the hop's relations.
    public var confidence: Confidence
    /// Support forms of the hop's relations (support hops only).
    public var forms: [String]?
    /// The ids of the hop's relations that hold while the whole chain holds (all of them when none does).
    public var relations: [String]
  }

  /// A path of backing from a patron to a client.
  public struct Chain: Codable, Sendable, Hashable {
    /// The actor at the patron end.
    public var supporter: String
    /// The actor at the client end.
    public var supported: String
    /// `direct`, `umbrella` (through the client's umbrella groups) or `indirect`.
    public var kind: Kind
    /// The least rule that admits the chain: `direct`, `umbrella`, `organ`, `same-form` or `any-form`.
    public var rule: Rule
    /// The hop's own attribution for direct support; `inferred` for every other chain.
    public var attribution: Attribution
    /// Direct: the hop's confidence. Otherwise ``Confidence/chain(_:)`` of the hops.
    public var confidence: Confidence
    /// The hops, in the order the relations run (patron first for support; see `chainText`-style readers).
    public var hops: [Hop]
    /// Whether a source states this support (one support hop, nothing inferred).
    public var direct: Bool
    /// When the chain held: the days all its hops held (``Relation/validity``), e.g. `2014..`,
    /// with "(known from sources)" when a hop has no date of its own and is dated by its sources'
    /// publication, or "(from lifespans)"; "undated" when nothing dates any hop.
    public var held: String
  }

  /// The answer for one actor.
  public struct Result: Codable, Sendable {
    /// The actor's id.
    public var actor: String
    /// The actor's name.
    public var name: String
    /// `supporters` (who backs the actor) or `clients` (whom the actor backs).
    public var direction: Direction
    /// The rules the chains were found under: `standard`, `same-form` or `any-form` (``Rules/name``).
    public var rules: String
    /// The chains the rules admit: direct first, then umbrella, then indirect; shorter and surer first.
    public var chains: [Chain]
    /// Chains that wider rules would add, by the rule they need (`same-form`, `any-form`).
    public var beyondRules: [String: Int]
    /// Alignment and alliance relations of the actor: related, but not support.
    public var related: [RelationSummary]
    /// Why the actor may not be there on the snapshot date (not founded yet, dissolved, nothing
    /// recorded of it yet), when that is so; absent otherwise.
    public var existence: ActorExistence? = nil
  }

  /// Which end of the chains the actor is.
  public enum Direction: String, Codable, Sendable {
    /// Who backs the actor: the actor is the client end.
    case supporters
    /// Whom the actor backs: the actor is the patron end.
    case clients
  }

  /// The relations the search may use.
  public var filter: RelationFilter
  /// Support forms to follow (`arms`, `funding`…); `nil` follows every form.
  public var forms: Set<String>?
  /// The longest chain, counted in hops.
  public var maxHops: Int
  /// How far the inference may go.
  public var rules: Rules

  /// A query with these settings.
  public init(filter: RelationFilter = .all, forms: Set<String>? = nil, maxHops: Int = 4, rules: Rules = .standard) {
    self.filter = filter
    self.forms = forms
    self.maxHops = maxHops
    self.rules = rules
  }

  /// `transitive: true` is ``Rules/sameForm``.
  public init(filter: RelationFilter = .all, forms: Set<String>? = nil, maxHops: Int = 4, transitive: Bool) {
    self.init(filter: filter, forms: forms, maxHops: maxHops, rules: transitive ? .sameForm : .standard)
  }

  private enum Step { case start, support, membership, organ }

  private struct Arc {
    var other: Int32
    var type: RelationType
    var relations: [Int]
    /// The spans of days the hop's relations cover (open ends unbounded), one per relation.
    var spans: [(Int32, Int32)]
    /// Support forms named by the relations, `unspecified` left out: it matches nothing.
    var forms: Set<String>
  }

  /// Part-of subtypes through which a part acts for the whole: a state's organs and contingents.
  static let organSubtypes: Set<String> = ["state-organ", "contingent"]

  /// The chain by which `patron` backs `client` under these settings: the first, in the order
  /// results list them (direct, then umbrella, then indirect; shorter, then surer, first), of the
  /// patron's chains that reach the client; `nil` when none does.
  ///
  /// - Complexity: that of ``run(_:actor:direction:)``.
  public func chain(_ dataset: Dataset, from patron: Int32, to client: Int32) -> Chain? {
    let id = dataset.actor(client).id
    return run(dataset, actor: patron, direction: .clients).chains.first { $0.supported == id }
  }

  /// Runs the query for actor `index`. One search under the widest rules finds every chain; the
  /// ones the chosen rules do not admit are only counted, in ``Result/beyondRules``.
  ///
  /// - Complexity: O(b^h) in the worst case for branching b and `maxHops` h; actor networks are sparse.
  public func run(_ dataset: Dataset, actor index: Int32, direction: Direction) -> Result {
    let n = dataset.actors.count
    var support = [Int32: [Int32: [Int]]]()  // patron → client → relations
    var membership = [Int32: [Int32: [Int]]]()  // member → umbrella → relations
    var organ = [Int32: [Int32: [Int]]]()  // organ → state → relations
    for (k, r) in dataset.relations.enumerated() where r.attribution != .denied && filter.accepts(r) {
      switch r.type.category {
      case .support:
        if let forms, !r.subtypes.contains(where: { forms.contains($0) }) { continue }
        support[r.source, default: [:]][r.target, default: []].append(k)
      case .membership:
        membership[r.source, default: [:]][r.target, default: []].append(k)
      case .partOf where r.subtypes.contains(where: { SupportQuery.organSubtypes.contains($0) }):
        organ[r.source, default: [:]][r.target, default: []].append(k)
      default: continue
      }
    }
    func arcs(_ table: [Int32: [Int32: [Int]]], reversed: Bool) -> [[Arc]] {
      var out = [[Arc]](repeating: [], count: n)
      for (a, m) in table {
        for (b, rels) in m {
          let sorted = rels.sorted()
          let spans = sorted.map {
            (dataset.relations[$0].validity.from, dataset.relations[$0].validity.to)
          }
          let forms = Set(sorted.flatMap { dataset.relations[$0].subtypes }).subtracting(["unspecified"])
          let arc = Arc(other: reversed ? a : b, type: dataset.relations[rels[0]].type, relations: sorted, spans: spans, forms: forms)
          out[Int(reversed ? b : a)].append(arc)
        }
      }
      for i in out.indices { out[i].sort { dataset.actors[Int($0.other)].id < dataset.actors[Int($1.other)].id } }
      return out
    }
    let up = direction == .supporters
    // Walking from a client back to its patrons climbs membership and organ links; walking from a
    // patron forward descends them.
    let supportArcs = arcs(support, reversed: up)
    let memberArcs = arcs(membership, reversed: !up)
    let organArcs = arcs(organ, reversed: !up)

    var chains: [(chain: Chain, level: Rules)] = []
    var path: [(from: Int32, to: Int32, arc: Arc)] = []
    // The days the chain holds: the intersection of each hop's spans (a union of intervals, so two
    // support spells with a gap do not cover the gap).
    var windows: [[(Int32, Int32)]] = [[(FuzzyDate.firstDay, FuzzyDate.lastDay)]]
    var onPath = Set<Int32>([index])

    func hop(_ from: Int32, _ to: Int32, _ arc: Arc, within window: [(Int32, Int32)]) -> (Hop, Confidence) {
      let live = zip(arc.relations, arc.spans).filter { _, span in
        window.contains { max($0.0, span.0) <= min($0.1, span.1) }
      }.map(\.0)
      let kept = live.isEmpty ? arc.relations : live
      let best = kept.map { dataset.relations[$0].attribution }.max()!
      let confidence = kept.map { dataset.relations[$0].confidence }.max()!
      let forms = arc.type.category == .support ? Array(Set(kept.flatMap { dataset.relations[$0].subtypes })).sorted() : nil
      let hop = Hop(
        from: dataset.actors[Int(from)].id, to: dataset.actors[Int(to)].id, type: arc.type, attribution: best,
        confidence: confidence, forms: forms, relations: kept.map { dataset.relationID($0) })
      return (hop, confidence)
    }
    func record(end: Int32, level: Rules) {
      let ordered = up ? Array(path.reversed()) : path
      let built = ordered.map { hop($0.from, $0.to, $0.arc, within: windows[windows.count - 1]) }
      let hops = built.map(\.0)
      let supportHops = path.filter { $0.arc.type.category == .support }.count
      let periods = windows[windows.count - 1].map { FuzzyDate(start: $0.0, end: $0.1) }
      var held =
        periods.count == 1 && periods[0] == FuzzyDate.unknown ? "undated" : periods.map(\.description).joined(separator: ", ")
      let bases = Set(path.flatMap { $0.arc.relations.map { dataset.relations[$0].validity.basis } })
      if bases.contains(.sources) { held += " (known from sources)" } else if bases.contains(.lifespan) { held += " (from lifespans)" }
      let organHops = path.filter { $0.arc.type.category == .partOf }.count
      let isDirect = path.count == 1
      let kind: Kind = isDirect ? .direct : (supportHops == 1 && organHops == 0 ? .umbrella : .indirect)
      let rule: Rule
      switch level {
      case .standard: rule = isDirect ? .direct : (organHops > 0 ? .organ : .umbrella)
      case .sameForm: rule = .sameForm
      case .anyForm: rule = .anyForm
      }
      let confidence = isDirect ? built[0].1 : Confidence.chain(built.map(\.1))
      chains.append(
        (
          Chain(
            supporter: dataset.actors[Int(up ? end : index)].id, supported: dataset.actors[Int(up ? index : end)].id, kind: kind,
            rule: rule, attribution: isDirect ? hops[0].attribution : .inferred,
            confidence: confidence, hops: hops, direct: isDirect, held: held), level
        ))
    }
    func push(_ v: Int32, _ arc: Arc) -> Bool {
      var window: [(Int32, Int32)] = []
      for (lo, hi) in windows[windows.count - 1] {
        for (a, b) in arc.spans where max(lo, a) <= min(hi, b) { window.append((max(lo, a), min(hi, b))) }
      }
      guard !window.isEmpty else { return false }
      // Store every hop in the relation's own direction.
      let forward = arc.type.category == .support ? !up : up
      path.append(forward ? (v, arc.other, arc) : (arc.other, v, arc))
      windows.append(window)
      onPath.insert(arc.other)
      return true
    }
    func pop(_ arc: Arc) {
      onPath.remove(arc.other)
      windows.removeLast()
      path.removeLast()
    }
    /// Read in chain order (patron → client), a chain is segments `organ* support member*`; a second
    /// segment means an intermediary passed the support on. `last` is the previous step of the walk;
    /// `lastForms` the forms of the latest support hop; `level` the rule the chain needs so far.
    func walk(_ v: Int32, last: Step, lastForms: Set<String>?, level: Rules) {
      guard path.count < maxHops else { return }
      let afterSupport = last == .support || last == (up ? .organ : .membership)
      for arc in supportArcs[Int(v)] where !onPath.contains(arc.other) {
        var next = level
        if let lastForms {
          next = max(level, lastForms.isDisjoint(with: arc.forms) ? .anyForm : .sameForm)
        }
        guard push(v, arc) else { continue }
        record(end: arc.other, level: next)
        walk(arc.other, last: .support, lastForms: arc.forms, level: next)
        pop(arc)
      }
      // Membership: climbing from the client (or an intermediary) to its umbrella groups, or
      // descending from a backed umbrella group to its members.
      for arc in memberArcs[Int(v)] where !onPath.contains(arc.other) {
        if !up && !(last == .support || last == .membership) { continue }
        guard push(v, arc) else { continue }
        if !up { record(end: arc.other, level: level) }
        walk(arc.other, last: .membership, lastForms: lastForms, level: level)
        pop(arc)
      }
      // Organs: from an acting organ up to its state, or from a state down to the organ that acts.
      for arc in organArcs[Int(v)] where !onPath.contains(arc.other) {
        if up && !afterSupport { continue }
        if !up && !(last == .start || last == .organ || afterSupport) { continue }
        guard push(v, arc) else { continue }
        if up { record(end: arc.other, level: level) }
        walk(arc.other, last: .organ, lastForms: lastForms, level: level)
        pop(arc)
      }
    }
    walk(index, last: .start, lastForms: nil, level: .standard)

    var admitted = chains.filter { $0.level <= rules }.map(\.chain)
    admitted.sort {
      ($0.kind, $0.hops.count, -$0.confidence.rank, $0.supporter, $0.supported, $0.hops.map(\.to).joined(separator: ","))
        < ($1.kind, $1.hops.count, -$1.confidence.rank, $1.supporter, $1.supported, $1.hops.map(\.to).joined(separator: ","))
    }
    var beyond: [String: Int] = [:]
    for c in chains where c.level > rules { beyond[c.chain.rule.rawValue, default: 0] += 1 }
    var related: [RelationSummary] = []
    for (k, r) in dataset.relations.enumerated()
    where (r.type.category == .alignment || r.type.category == .alliance) && (r.source == index || r.target == index) && filter.accepts(r) {
      related.append(RelationSummary(dataset, k))
    }
    related.sort { ($0.type.rawValue, $0.source, $0.target, $0.id) < ($1.type.rawValue, $1.source, $1.target, $1.id) }
    let a = dataset.actors[Int(index)]
    return Result(
      actor: a.id, name: a.name, direction: direction, rules: rules.name, chains: admitted, beyondRules: beyond, related: related,
      existence: ActorExistence.on(filter, actor: index, in: dataset))
  }
}

/// Who backs whom: direct support, support to an umbrella group that reaches its members, and
/// chains of support through intermediaries.
///
/// A chain follows the direction of the relations, never an arbitrary undirected path: a patron
/// *supports* a client; a client that is a *member of* an umbrella group is backed by the group's
/// patrons. Each chain is as certain as its weakest hop.
public struct SupportQuery: Sendable {
  /// One step of a chain: every relation of one type between one ordered pair.
  public struct Hop: Codable, Sendable, Hashable {
    public var from: String
    public var to: String
    public var type: String
    /// The most certain attribution among the hop's relations.
    public var attribution: String
    public var relations: [String]
  }

  /// A path of backing from a patron to a client.
  public struct Chain: Codable, Sendable, Hashable {
    /// The actor at the patron end.
    public var supporter: String
    /// The actor at the client end.
    public var supported: String
    /// The weakest hop's attribution: the chain is no surer than that.
    public var attribution: String
    public var hops: [Hop]
    /// Direct support, or support to an umbrella the client belongs to, counts as direct (`length` 1 of support).
    public var direct: Bool
  }

  /// The answer for one actor.
  public struct Result: Codable, Sendable {
    public var actor: String
    public var name: String
    /// `supporters` (who backs the actor) or `clients` (whom the actor backs).
    public var direction: String
    public var chains: [Chain]
    /// Alignment and alliance relations of the actor: related, but not support.
    public var related: [RelationSummary]
  }

  public enum Direction: String, Sendable { case supporters, clients }

  public var filter: RelationFilter
  /// Support forms to follow (`arms`, `funding`…); `nil` follows every form.
  public var forms: Set<String>?
  /// The longest chain, counted in hops.
  public var maxHops: Int
  /// Follow chains through intermediaries; otherwise only direct and umbrella support.
  public var transitive: Bool

  public init(filter: RelationFilter = .all, forms: Set<String>? = nil, maxHops: Int = 4, transitive: Bool = false) {
    self.filter = filter
    self.forms = forms
    self.maxHops = maxHops
    self.transitive = transitive
  }

  private struct Arc {
    var other: Int32
    var type: RelationType
    var relations: [Int]
    var best: Attribution
    /// The spans of days the hop's relations cover (open ends unbounded), one per relation.
    var spans: [(Int32, Int32)]
  }

  /// Runs the query for actor `index`.
  ///
  /// - Complexity: O(b^h) in the worst case for branching b and `maxHops` h; actor networks are sparse.
  public func run(_ dataset: Dataset, actor index: Int32, direction: Direction) -> Result {
    let n = dataset.actors.count
    // Group relations per ordered pair and type so parallel relations make one hop.
    var support = [Int32: [Int32: [Int]]]()  // patron → client → relations
    var membership = [Int32: [Int32: [Int]]]()  // member → umbrella → relations
    for (k, r) in dataset.relations.enumerated()
    where (r.type == .support || r.type == .membership) && r.attribution != .denied && filter.accepts(r)
      && (r.type != .support || forms == nil || r.subtypes.contains(where: { forms!.contains($0) }))
    {
      if r.type == .support {
        support[r.source, default: [:]][r.target, default: []].append(k)
      } else {
        membership[r.source, default: [:]][r.target, default: []].append(k)
      }
    }
    func arcs(_ table: [Int32: [Int32: [Int]]], reversed: Bool) -> [[Arc]] {
      var out = [[Arc]](repeating: [], count: n)
      for (a, m) in table {
        for (b, rels) in m {
          let best = rels.map { dataset.relations[$0].attribution }.max()!
          let type = dataset.relations[rels[0]].type
          let sorted = rels.sorted()
          let spans = sorted.map { (dataset.relations[$0].since?.start ?? Int32.min, dataset.relations[$0].until?.end ?? Int32.max) }
          let arc = Arc(other: reversed ? a : b, type: type, relations: sorted, best: best, spans: spans)
          out[Int(reversed ? b : a)].append(arc)
        }
      }
      for i in out.indices { out[i].sort { dataset.actors[Int($0.other)].id < dataset.actors[Int($1.other)].id } }
      return out
    }
    let supportOut = arcs(support, reversed: false), supportIn = arcs(support, reversed: true)
    let memberOut = arcs(membership, reversed: false), memberIn = arcs(membership, reversed: true)

    var chains: [Chain] = []
    var path: [(from: Int32, to: Int32, arc: Arc)] = []
    // A chain holds only while all its hops hold: the days it holds are the intersection of each hop's
    // spans (a union of intervals, so two support spells with a gap do not cover the gap).
    var windows: [[(Int32, Int32)]] = [[(Int32.min, Int32.max)]]
    var onPath = Set<Int32>([index])

    /// A hop as it stands in a chain: only its relations that hold while the whole chain holds.
    func hop(_ from: Int32, _ to: Int32, _ arc: Arc, within window: [(Int32, Int32)]) -> (Hop, Attribution) {
      let live = zip(arc.relations, arc.spans).filter { _, span in
        window.contains { max($0.0, span.0) <= min($0.1, span.1) }
      }.map(\.0)
      let kept = live.isEmpty ? arc.relations : live
      let best = kept.map { dataset.relations[$0].attribution }.max()!
      let hop = Hop(
        from: dataset.actors[Int(from)].id, to: dataset.actors[Int(to)].id, type: arc.type.rawValue,
        attribution: best.rawValue, relations: kept.map { dataset.relationID($0) })
      return (hop, best)
    }
    func record(end: Int32) {
      let ordered = direction == .supporters ? Array(path.reversed()) : path
      let window = windows[windows.count - 1]
      let built = ordered.map { hop($0.from, $0.to, $0.arc, within: window) }
      let hops = built.map(\.0)
      let weakest = built.map(\.1).min()!
      let supportHops = path.filter { $0.arc.type == .support }.count
      let supporter = direction == .supporters ? end : index
      let supported = direction == .supporters ? index : end
      chains.append(
        Chain(
          supporter: dataset.actors[Int(supporter)].id, supported: dataset.actors[Int(supported)].id,
          attribution: weakest.rawValue, hops: hops, direct: supportHops == 1))
    }
    func push(_ v: Int32, _ arc: Arc) -> Bool {
      var window: [(Int32, Int32)] = []
      for (lo, hi) in windows[windows.count - 1] {
        for (a, b) in arc.spans where max(lo, a) <= min(hi, b) { window.append((max(lo, a), min(hi, b))) }
      }
      guard !window.isEmpty else { return false }
      let isSupport = arc.type == .support
      let (from, to) = (direction == .supporters) == isSupport ? (arc.other, v) : (v, arc.other)
      path.append((from, to, arc))
      windows.append(window)
      onPath.insert(arc.other)
      return true
    }
    func pop(_ arc: Arc) {
      onPath.remove(arc.other)
      windows.removeLast()
      path.removeLast()
    }
    // Backward from the client: incoming support records a patron; membership climbs to the umbrella.
    // Forward from the patron: outgoing support records a client; an umbrella's members are its clients too.
    func walk(_ v: Int32, supportHops: Int) {
      guard path.count < maxHops else { return }
      let supportArcs = direction == .supporters ? supportIn[Int(v)] : supportOut[Int(v)]
      let memberArcs = direction == .supporters ? memberOut[Int(v)] : memberIn[Int(v)]
      for arc in supportArcs where !onPath.contains(arc.other) {
        if !transitive && supportHops >= 1 { continue }
        guard push(v, arc) else { continue }
        record(end: arc.other)
        walk(arc.other, supportHops: supportHops + 1)
        pop(arc)
      }
      for arc in memberArcs where !onPath.contains(arc.other) {
        // Supporters: climb from member to umbrella before any support hop, or between support hops.
        // Clients: descend from an umbrella to its members after a support hop.
        if direction == .clients && supportHops == 0 { continue }
        guard push(v, arc) else { continue }
        if direction == .clients { record(end: arc.other) }
        walk(arc.other, supportHops: supportHops)
        pop(arc)
      }
    }
    walk(index, supportHops: 0)

    let rank = { (c: Chain) in Attribution(rawValue: c.attribution)?.rank ?? 0 }
    chains.sort {
      ($0.hops.count, -rank($0), $0.supporter, $0.supported, $0.hops.map(\.to).joined(separator: ","))
        < ($1.hops.count, -rank($1), $1.supporter, $1.supported, $1.hops.map(\.to).joined(separator: ","))
    }
    var related: [RelationSummary] = []
    for (k, r) in dataset.relations.enumerated()
    where (r.type == .alignment || r.type == .alliance) && (r.source == index || r.target == index) && filter.accepts(r) {
      related.append(RelationSummary(dataset, k))
    }
    related.sort { ($0.type, $0.source, $0.target, $0.id) < ($1.type, $1.source, $1.target, $1.id) }
    let a = dataset.actors[Int(index)]
    return Result(actor: a.id, name: a.name, direction: direction.rawValue, chains: chains, related: related)
  }
}

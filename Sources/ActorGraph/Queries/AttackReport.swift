import GraphAnalytics

/// Who attacked whom, aggregated per attacker–target pair, with the attribution of every event.
public struct AttackReport: Codable, Sendable {
  /// All attacks by one attacker on one target that passed the filters.
  public struct Pair: Codable, Sendable {
    /// The attacker's id.
    public var attacker: String
    /// The target's id.
    public var target: String
    /// Events (or campaigns) in this pair: records that name the same `event` count once.
    public var events: Int
    /// Sum over its events of their `count` (strikes, munitions, attacks) where given; an event
    /// with several records gives the highest of theirs. So do `killed` and `injured`.
    public var count: Int?
    /// The earliest date among the pair's attacks (the one that starts first).
    public var first: FuzzyDate?
    /// The latest date among the pair's attacks (the one that ends last).
    public var last: FuzzyDate?
    /// Killed, summed over events (each event's highest number).
    public var killed: Int?
    /// Injured, summed over events (each event's highest number).
    public var injured: Int?
    /// The totals that are lower bounds because some event's number is ("at least").
    public var atLeast: [String]?
    /// How many events at each attribution level.
    public var attributions: [String: Int]
    /// The most certain attribution among the events.
    public var strongest: Attribution
    /// The pair's attack records, by date.
    public var relations: [RelationSummary]
    /// The dataset indices of ``relations``, in the same order: what a diagram draws, without
    /// matching ids back to records. Not part of the JSON (a decoded report has none).
    public var relationIndices: [Int] = []

    enum CodingKeys: String, CodingKey {
      case attacker, target, events, count, first, last, killed, injured, atLeast, attributions, strongest, relations
    }
  }

  /// One happening, however many records describe it: records that name the same `event` (two
  /// actors blamed for one strike, the two sides of a war) are one event; a record naming none is
  /// an event of its own. Numbers are the highest any of its records gives, never their sum.
  public struct Event: Codable, Sendable {
    /// The `event` name its records share, or the id of its one record.
    public var id: String
    /// Its records in this answer, by id.
    public var records: [String]
    /// Every record of the event in the dataset, side by side: who is said to have done it to whom,
    /// how sure, and who says so — including records this answer's filters left out.
    public var attributions: [EventAttribution]
    /// The highest count any of its records gives.
    public var count: Int?
    /// The highest number killed any of its records gives.
    public var killed: Int?
    /// The highest number injured any of its records gives.
    public var injured: Int?
    /// Which of the numbers are lower bounds ("at least").
    public var atLeast: [String]?
  }

  /// One record's account of an event.
  public struct EventAttribution: Codable, Sendable {
    /// The record's id.
    public var record: String
    /// Who the record says attacked.
    public var attacker: String
    /// Whom the record says was attacked.
    public var target: String
    /// The record's type.
    public var type: RelationType
    /// The record's attribution.
    public var attribution: Attribution
    /// The record's confidence.
    public var confidence: Confidence
    /// Who attributes it, in the data's words.
    public var attributedBy: String?
    /// Whether the record passed this answer's filters.
    public var inAnswer: Bool
  }

  /// Events and casualties over the whole answer, each event counted once.
  public struct Totals: Codable, Sendable {
    /// Events in the answer, each counted once.
    public var events: Int
    /// Attack records behind them (more than `events` when some event has several accounts).
    public var records: Int
    /// Killed, summed over events.
    public var killed: Int?
    /// Injured, summed over events.
    public var injured: Int?
    /// Which totals are lower bounds.
    public var atLeast: [String]?
  }

  /// What to look for.
  public struct Query: Sendable {
    /// Attacks on this actor (with its parts, forces and sites unless `exact`).
    public var on: Int32?
    /// Attacks by this actor (with its parts unless `exact`).
    public var by: Int32?
    /// A place: text naming places (by id, name or alias), matching attacks whose target or whose
    /// `place` lies within one of them; text that names no place is matched against `place` as words.
    public var place: String?
    /// Text the weapon must contain (folded).
    public var weapon: String?
    /// Match only the named actors, not their parts, forces, sites, or what is located in them.
    public var exact: Bool
    /// Which attacks count: types, dates, attribution, confidence.
    public var filter: RelationFilter

    /// A query; the defaults match every attack.
    public init(
      on: Int32? = nil, by: Int32? = nil, place: String? = nil, weapon: String? = nil, exact: Bool = false, filter: RelationFilter = .all
    ) {
      self.on = on
      self.by = by
      self.place = place
      self.weapon = weapon
      self.exact = exact
      self.filter = filter
    }
  }

  /// The attacker–target pairs, by attacker then target.
  public var pairs: [Pair]
  /// The actors each side matched (with parts, forces and sites unless `exact`).
  public var targets: [String]?
  /// The attackers the `by` side matched.
  public var attackers: [String]?
  /// The places the `place` text matched, with what lies within them.
  public var places: [String]?
  /// Attacks that match but that no date places in the period asked for, listed apart (only with a date filter).
  public var undated: [RelationSummary]?
  /// Attacks that match but were not carried out (status `planned` or `potential`), listed apart and
  /// counted nowhere: their attribution is of an intention or a threat, not of an attack.
  public var unrealised: [RelationSummary]?
  /// The events of the answer's pairs, each once, with every account of it side by side.
  public var events: [Event] = []
  /// The totals over the answer.
  public var totals: Totals = Totals(events: 0, records: 0)

  /// The event a record describes: its `event` name, or its own id.
  public static func eventKey(_ dataset: Dataset, _ k: Int) -> String { dataset.relations[k].details?.event ?? dataset.relationID(k) }

  /// Per-event numbers (the highest any record gives) summed over distinct events.
  /// - Complexity: O(n) in the number of records.
  static func eventSums(_ dataset: Dataset, _ ks: [Int]) -> (events: Int, count: Int?, killed: Int?, injured: Int?, atLeast: [String]?) {
    var byEvent: [String: [Int]] = [:]
    for k in ks { byEvent[eventKey(dataset, k), default: []].append(k) }
    func total(_ f: (RelationDetails) -> Int?) -> Int? {
      let perEvent = byEvent.values.compactMap { rs in rs.compactMap { dataset.relations[$0].details.flatMap(f) }.max() }
      return perEvent.isEmpty ? nil : perEvent.reduce(0, +)
    }
    let bounds = Set(ks.flatMap { dataset.relations[$0].details?.atLeast ?? [] })
    return (byEvent.count, total { $0.count }, total { $0.killed }, total { $0.injured }, bounds.isEmpty ? nil : bounds.sorted())
  }

  /// The actors that belong to `root`: its parts (part-of, recursively) and, when `withSites`,
  /// the sites it operates or where its forces are present — following only links that `links`
  /// accepts (pass the query's dates, so a base left in 2011 is not "the U.S." in 2024).
  ///
  /// The links make a graph pointing away from the owner (whole → part, operator → site, present
  /// force → site); the footprint is what `root` reaches in it, by one breadth-first search
  /// (GraphAnalytics' `egoNetwork`). A site reached through a part counts too: sites of the U.S.
  /// Army are sites of the United States.
  /// - Complexity: O(n + m) for n actors and m relations.
  public static func footprint(_ dataset: Dataset, of root: Int32, withSites: Bool, links: RelationFilter = .all) -> Set<Int32> {
    var owners: [Int32] = [], owned: [Int32] = []
    for r in dataset.relations where links.accepts(r) {
      switch r.type.category {
      case .partOf:
        owners.append(r.target)
        owned.append(r.source)
      case .operatedBy where withSites && dataset.actor(r.source).kind.isA(.site):
        owners.append(r.target)
        owned.append(r.source)
      case .presence where withSites && dataset.actor(r.target).kind.isA(.site):
        owners.append(r.source)
        owned.append(r.target)
      default: continue
      }
    }
    let graph = CompactGraph(vertexCount: dataset.actors.count, sources: owners, targets: owned, directed: true)
    return Set(graph.egoNetwork(of: root, depth: dataset.actors.count, direction: .outgoing).map(\.vertex))
  }

  /// What an attack "on" an actor may hit: its footprint (parts, and with `withSites` its sites)
  /// and everything located within any of them (`located-in`, transitively), following only links
  /// that `links` accepts. A site counts for every place it lies in: a strike on a base located in
  /// Iraq is an attack on Iraq's territory as well as on the forces stationed there.
  /// - Complexity: O(n + m) for n actors and m relations.
  public static func reach(_ dataset: Dataset, of root: Int32, links: RelationFilter = .all) -> Set<Int32> {
    Places(dataset, links: links).within(footprint(dataset, of: root, withSites: true, links: links))
  }

  /// The time part of a filter: which links of a footprint held when the attacks happened.
  static func timeOnly(_ f: RelationFilter) -> RelationFilter {
    var t = RelationFilter()
    t.asOf = f.asOf
    t.window = f.window
    return t
  }

  /// The report for `query`.
  ///
  /// - Complexity: O(n + m) for the footprints and places, then O(m log m) over the m relations.
  public init(_ dataset: Dataset, query q: Query) {
    let links = AttackReport.timeOnly(q.filter)
    let atlas = Places(dataset, links: links)
    let targetSet = q.on.map { q.exact ? [$0] : atlas.within(AttackReport.footprint(dataset, of: $0, withSites: true, links: links)) }
    let attackerSet = q.by.map { q.exact ? [$0] : AttackReport.footprint(dataset, of: $0, withSites: false, links: links) }
    var placeSet: Set<Int32>?
    var placeText: String?
    if let p = q.place {
      let named = atlas.resolve(p)
      if named.isEmpty {
        placeText = Identifier.fold(p)
      } else {
        placeSet = q.exact ? Set(named) : atlas.within(named)
      }
    }
    let weaponText = q.weapon.map(Identifier.fold)
    var byPair: [[Int32]: [Int]] = [:]
    var undated: [Int] = []
    var unrealised: [Int] = []
    for (k, r) in dataset.relations.enumerated() where r.type.category == .attack {
      let apart = q.filter.isUndatedApart(r)
      guard apart || q.filter.accepts(r) else { continue }
      if let targetSet, !targetSet.contains(r.target) { continue }
      if let attackerSet, !attackerSet.contains(r.source) { continue }
      if q.place != nil {
        let inSet =
          placeSet.map { set in
            set.contains(r.target) || (r.details?.place.map { atlas.resolve($0).contains(where: set.contains) } ?? false)
          } ?? false
        let inText = placeText.map { t in r.details?.place.map { " \(Identifier.fold($0)) ".contains(" \(t) ") } ?? false } ?? false
        if !inSet && !inText { continue }
      }
      if let weaponText {
        guard let w = r.details?.weapon, Identifier.fold(w).contains(weaponText) else { continue }
      }
      if r.status != .actual {
        unrealised.append(k)
      } else if apart {
        undated.append(k)
      } else {
        byPair[[r.source, r.target], default: []].append(k)
      }
    }
    self.undated = q.filter.time == .everything ? nil : undated.map { RelationSummary(dataset, $0) }
    self.unrealised = unrealised.isEmpty ? nil : unrealised.map { RelationSummary(dataset, $0) }
    var pairs: [Pair] = []
    for (pair, ks) in byPair {
      let rels = ks.map { dataset.relations[$0] }
      let sums = AttackReport.eventSums(dataset, ks)
      var levels: [String: Int] = [:]
      for r in rels { levels[r.attribution.rawValue, default: 0] += 1 }
      let dated = rels.compactMap(\.date)
      let first = dated.min { $0.start < $1.start }
      let last = dated.max { $0.end < $1.end }
      let byDate = ks.map { (k: $0, summary: RelationSummary(dataset, $0)) }.sorted {
        ($0.summary.date?.description ?? "~", $0.summary.id) < ($1.summary.date?.description ?? "~", $1.summary.id)
      }
      pairs.append(
        Pair(
          attacker: dataset.actor(pair[0]).id, target: dataset.actor(pair[1]).id, events: sums.events,
          count: sums.count, first: first, last: last, killed: sums.killed, injured: sums.injured,
          atLeast: sums.atLeast, attributions: levels,
          strongest: rels.map(\.attribution).max()!, relations: byDate.map(\.summary), relationIndices: byDate.map(\.k)))
    }
    let answered = byPair.values.flatMap { $0 }
    let all = AttackReport.eventSums(dataset, answered)
    totals = Totals(events: all.events, records: answered.count, killed: all.killed, injured: all.injured, atLeast: all.atLeast)
    let inAnswer = Set(answered)
    var byEvent: [String: [Int]] = [:]
    for (k, r) in dataset.relations.enumerated() where r.type.isEvent {
      byEvent[AttackReport.eventKey(dataset, k), default: []].append(k)
    }
    let keys = Set(answered.map { AttackReport.eventKey(dataset, $0) })
    events = keys.sorted().map { key in
      let ks = byEvent[key] ?? []
      let mine = ks.filter(inAnswer.contains)
      let sums = AttackReport.eventSums(dataset, mine)
      return Event(
        id: key, records: mine.map { dataset.relationID($0) }.sorted(),
        attributions: ks.map { k in
          let r = dataset.relations[k]
          return EventAttribution(
            record: dataset.relationID(k), attacker: dataset.actor(r.source).id, target: dataset.actor(r.target).id, type: r.type,
            attribution: r.attribution, confidence: r.confidence, attributedBy: r.details?.attributedBy,
            inAnswer: inAnswer.contains(k))
        }.sorted { $0.record < $1.record }, count: sums.count, killed: sums.killed, injured: sums.injured, atLeast: sums.atLeast)
    }
    self.pairs = pairs.sorted { ($0.attacker, $0.target) < ($1.attacker, $1.target) }
    targets = targetSet.map { $0.map { dataset.actor($0).id }.sorted() }
    attackers = attackerSet.map { $0.map { dataset.actor($0).id }.sorted() }
    places = placeSet.map { $0.map { dataset.actor($0).id }.sorted() }
  }
}

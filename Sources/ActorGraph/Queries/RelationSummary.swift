/// One relation as query results show it: plain values, actor ids instead of indices.
///
/// This is the stable shape of relations in `--format json` output; fields that do not apply are omitted.
public struct RelationSummary: Codable, Sendable, Hashable {
  public var id: String
  public var type: String
  public var subtypes: [String]?
  public var source: String
  public var target: String
  public var since: String?
  public var until: String?
  public var date: String?
  public var when: String?
  /// How a derived date was reached: `from "Tuesday", d3` (the date itself is in `date`/`since`/`until`).
  public var derivedFrom: String?
  /// When a state of affairs holds, when that is not just its own dates: `2026-03-04.. (known from its
  /// sources' publication)`, or clipped to an end's lifespan.
  public var holds: String?
  public var attribution: String
  /// How sure we are: `high`, `moderate`, `low` or `very low` (see ``Confidence``).
  public var confidence: String
  public var attributedBy: String?
  public var response: String?
  public var status: String?
  public var place: String?
  public var weapon: String?
  public var count: Int?
  public var killed: Int?
  /// Which of count, killed, injured are lower bounds ("at least").
  public var atLeast: [String]?
  public var injured: Int?
  public var outcome: String?
  /// The event this record describes, when other records describe it too (see ``AttackReport/Event``).
  public var event: String?
  public var sources: [String]
  public var note: String?

  public init(_ dataset: Dataset, _ index: Int) {
    let r = dataset.relations[index]
    id = dataset.relationID(index)
    type = r.type.rawValue
    subtypes = r.subtypes.isEmpty ? nil : r.subtypes
    source = dataset.actors[Int(r.source)].id
    target = dataset.actors[Int(r.target)].id
    since = r.since?.description
    until = r.until?.description
    date = r.date?.description
    attribution = r.attribution.rawValue
    confidence = r.confidence.rawValue
    sources = r.sources.map(\.description)
    let d = r.details
    when = d?.when
    derivedFrom = d?.dateDerivation
    holds = RelationSummary.holdsText(r)
    attributedBy = d?.attributedBy
    response = d?.response?.rawValue
    status = d.flatMap { $0.status == .actual ? nil : $0.status.rawValue }
    place = d?.place
    weapon = d?.weapon
    count = d?.count
    killed = d?.killed
    atLeast = (d?.atLeast ?? []).isEmpty ? nil : d?.atLeast
    injured = d?.injured
    outcome = d?.outcome
    event = d?.event
    note = d?.note
  }

  /// A quantity as it should read: "≥94" when the source gives a lower bound.
  public func quantity(_ n: Int, _ field: String) -> String { atLeast?.contains(field) == true ? "≥\(n)" : String(n) }

  /// The time of the relation in words: "2014–", "1980..1988", "2026-03-03..2026-03-10 (from "Tuesday", d3)",
  /// "2023-10-07.. (known from sources)", "undated".
  public var timeText: String {
    if let date {
      if let derivedFrom { return "\(date) (\(derivedFrom))" }
      return when.map { "\(date) (\($0))" } ?? date
    }
    let own: String?
    switch (since, until) {
    case (nil, nil): own = nil
    case (let s?, nil): own = "\(s)–"
    case (nil, let u?): own = "–\(u)"
    case (let s?, let u?): own = s == u ? s : "\(s)–\(u)"
    }
    if let own {
      let base = derivedFrom.map { "\(own) (\($0))" } ?? own
      return holds.map { "\(base); \($0)" } ?? base
    }
    if let holds { return holds }
    return when ?? "undated"
  }

  /// Validity derived from sources or lifespans, in words; `nil` when the relation's own dates say it all.
  static func holdsText(_ r: Relation) -> String? {
    guard !r.type.isEvent else { return nil }
    let v = r.validity
    let period = v.period?.description ?? "undated"
    switch v.basis {
    case .stated: return v.clipped ? "holds \(period) (clipped to the lifespans of its ends)" : nil
    case .sources: return "holds \(period) (known from its sources' publication\(v.clipped ? ", clipped to lifespans" : ""))"
    case .lifespan: return "holds \(period) (from the lifespans of its ends)"
    case .undated: return nil
    }
  }
}

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
    note = d?.note
  }

  /// A quantity as it should read: "≥94" when the source gives a lower bound.
  public func quantity(_ n: Int, _ field: String) -> String { atLeast?.contains(field) == true ? "≥\(n)" : String(n) }

  /// The time of the relation in words: "2014–", "1980..1988", "undated".
  public var timeText: String {
    if let date { return when.map { "\(date) (\($0))" } ?? date }
    switch (since, until) {
    case (nil, nil): return when ?? "undated"
    case (let s?, nil): return "\(s)–"
    case (nil, let u?): return "–\(u)"
    case (let s?, let u?): return s == u ? s : "\(s)–\(u)"
    }
  }
}

/// One relation as query results show it: actor ids instead of indices, the type, attribution,
/// confidence and dates as typed values.
///
/// This is the stable shape of relations in `--format json` output: every typed value encodes as
/// the text data writes (`part-of`, `very low`, `2014..`), and fields that do not apply are omitted.
public struct RelationSummary: Codable, Sendable, Hashable {
  /// The relation's id (``Dataset/relationID(_:)``).
  public var id: String
  /// The relation's type; a declared type keeps its declaration (verb, direction, sign).
  public var type: RelationType
  /// The subtypes (for support, the forms), as written; `nil` when there are none.
  public var subtypes: [String]?
  /// The id of the actor at the source end.
  public var source: String
  /// The id of the actor at the target end.
  public var target: String
  /// When a state of affairs began, as the data dates it.
  public var since: FuzzyDate?
  /// When a state of affairs ended, as the data dates it.
  public var until: FuzzyDate?
  /// When an event happened, as the data (or a derivation) dates it.
  public var date: FuzzyDate?
  /// The source's own words for the time (`"Tuesday"`, `"late 2014"`).
  public var when: String?
  /// How a derived date was reached: `from "Tuesday", d3` (the date itself is in `date`/`since`/`until`).
  public var derivedFrom: String?
  /// When a state of affairs holds, when that is not just its own dates: `2026-03-04.. (known from its
  /// sources' publication)`, or clipped to an end's lifespan.
  public var holds: String?
  /// Who says so, and how surely (see ``Attribution``).
  public var attribution: Attribution
  /// How sure we are: `high`, `moderate`, `low` or `very low` (see ``Confidence``).
  public var confidence: Confidence
  /// Who attributes the relation to its source actor, in the data's words.
  public var attributedBy: String?
  /// What the accused said about the attribution.
  public var response: Response?
  /// Whether the relation happened: `nil` when it did (``RelationStatus/actual``), else planned or potential.
  public var status: RelationStatus?
  /// Where an event took place, in the data's words.
  public var place: String?
  /// The weapon of an attack, in the data's words.
  public var weapon: String?
  /// How many strikes, launches or attacks the record counts.
  public var count: Int?
  /// How many were killed.
  public var killed: Int?
  /// Which of count, killed, injured are lower bounds ("at least").
  public var atLeast: [String]?
  /// How many were injured.
  public var injured: Int?
  /// What came of an event, in the data's words.
  public var outcome: String?
  /// The event this record describes, when other records describe it too (see ``AttackReport/Event``).
  public var event: String?
  /// The citations, as written (`d4:L28`).
  public var sources: [String]
  /// The data's note on the relation.
  public var note: String?

  /// The summary of relation `index` of `dataset`.
  ///
  /// - Complexity: O(s + c) for the relation's s subtypes and c citations.
  public init(_ dataset: Dataset, _ index: Int) {
    let r = dataset.relations[index]
    id = dataset.relationID(index)
    type = r.type
    subtypes = r.subtypes.isEmpty ? nil : r.subtypes
    source = dataset.actors[Int(r.source)].id
    target = dataset.actors[Int(r.target)].id
    since = r.since
    until = r.until
    date = r.date
    attribution = r.attribution
    confidence = r.confidence
    sources = r.sources.map(\.description)
    let d = r.details
    when = d?.when
    derivedFrom = d?.dateDerivation
    holds = RelationSummary.holdsText(r)
    attributedBy = d?.attributedBy
    response = d?.response
    status = d.flatMap { $0.status == .actual ? nil : $0.status }
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
    if let date = date?.description {
      if let derivedFrom { return "\(date) (\(derivedFrom))" }
      return when.map { "\(date) (\($0))" } ?? date
    }
    let own: String?
    switch (since?.description, until?.description) {
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

/// A typed, dated, attributed and sourced link from one actor to another.
///
/// Endpoints are indices into ``Dataset/actors``. The descriptive fields that bulk data rarely
/// carries live in ``details`` so that a million-edge CSV stays compact.
public struct Relation: Sendable, Hashable {
  /// The dataset's id for this relation; empty for CSV rows without an `id` column
  /// (use ``Dataset/relationID(_:)`` for a citable id).
  public var id: String
  /// The kind of relation; a declared type keeps its declaration.
  public var type: RelationType
  /// Subtypes, or for `support` the forms; empty when unspecified.
  public var subtypes: [String]
  /// The actor at the source end, by index.
  public var source: Int32
  /// The actor at the target end, by index.
  public var target: Int32
  /// When a state of affairs began, as the data dates it.
  public var since: FuzzyDate?
  /// When a state of affairs ended, as the data dates it.
  public var until: FuzzyDate?
  /// When an event happened (`attack`, `defense`).
  public var date: FuzzyDate?
  /// Who says so, and how surely.
  public var attribution: Attribution
  /// The sign in the ally/enemy graph: +1, −1 or 0.
  public var sign: Int8
  /// The weight analytics give the relation (1 unless the data says otherwise).
  public var weight: Double
  /// The citations, as written.
  public var sources: [SourceRef]
  /// What only some relations carry (events' facts, responses, notes); `nil` when none.
  public var details: RelationDetails?
  /// How sure we are, derived from the attribution and the graded sources by
  /// ``Dataset/assessConfidence()`` (the loader does it); `very low` until then.
  public var confidence: Confidence = .veryLow
  /// When the relation holds or happened, as the data supports it: set from its own dates here,
  /// refined by ``Dataset/deriveValidity()`` (sources' publication, the ends' lifespans).
  public var validity: Validity

  /// A relation with these fields; the loader builds them from data.
  public init(
    id: String = "", type: RelationType, subtypes: [String] = [], source: Int32, target: Int32,
    since: FuzzyDate? = nil, until: FuzzyDate? = nil, date: FuzzyDate? = nil,
    attribution: Attribution = .confirmed, sign: Int8? = nil, weight: Double = 1, sources: [SourceRef] = [],
    details: RelationDetails? = nil
  ) {
    self.id = id
    self.type = type
    self.subtypes = subtypes
    self.source = source
    self.target = target
    self.since = since
    self.until = until
    self.date = date
    self.attribution = attribution
    self.sign = sign ?? type.sign
    self.weight = weight
    self.sources = sources
    self.details = details
    self.validity = Validity(from: FuzzyDate.firstDay, to: FuzzyDate.lastDay, basis: .undated)
    self.validity = Validity(stated: self)
  }

  /// The status (actual, planned, potential); `actual` unless the details say otherwise.
  public var status: RelationStatus { details?.status ?? .actual }
}

/// The descriptive part of a relation: how the source words it, who attributes it, the event's facts.
public final class RelationDetails: Sendable, Hashable {
  /// The date as the source gives it ("Tuesday, in the week of the report").
  public let when: String?
  /// Who makes the attribution ("IRGC statement on Telegram").
  public let attributedBy: String?
  /// What the accused said about the attribution.
  public let response: Response?
  /// Whether it happened, was planned, or only threatened.
  public let status: RelationStatus
  /// Where an event took place, in the data's words.
  public let place: String?
  /// The weapon of an attack, in the data's words.
  public let weapon: String?
  /// How many strikes, launches or attacks the record counts.
  public let count: Int?
  /// How many were killed.
  public let killed: Int?
  /// Which numbers are lower bounds ("at least 94 killed", "more than 180 attacks"):
  /// a sorted subset of `count`, `killed`, `injured`.
  public let atLeast: [String]
  /// How many were injured.
  public let injured: Int?
  /// What came of an event, in the data's words.
  public let outcome: String?
  /// The data's note.
  public let note: String?
  /// How a derived date was reached, for output: `from "Tuesday", d3` (see ``RelativeDate``).
  public let dateDerivation: String?
  /// The event this record describes, when several records describe one happening (two actors
  /// blamed for one strike, the two sides of a war): records sharing it are counted as one event.
  public let event: String?

  /// Details with these fields; the loader builds them from data.
  public init(
    when: String? = nil, attributedBy: String? = nil, response: Response? = nil, status: RelationStatus = .actual,
    place: String? = nil, weapon: String? = nil, count: Int? = nil, killed: Int? = nil, injured: Int? = nil, atLeast: [String] = [],
    outcome: String? = nil, note: String? = nil, dateDerivation: String? = nil, event: String? = nil
  ) {
    self.when = when
    self.attributedBy = attributedBy
    self.response = response
    self.status = status
    self.place = place
    self.weapon = weapon
    self.count = count
    self.killed = killed
    self.atLeast = atLeast.sorted()
    self.injured = injured
    self.outcome = outcome
    self.note = note
    self.dateDerivation = dateDerivation
    self.event = event
  }

  /// The same details with `dateDerivation` set.
  public func derived(_ text: String?) -> RelationDetails {
    RelationDetails(
      when: when, attributedBy: attributedBy, response: response, status: status, place: place, weapon: weapon, count: count,
      killed: killed, injured: injured, atLeast: atLeast, outcome: outcome, note: note, dateDerivation: text, event: event)
  }

  /// Equal when every detail is equal.
  public static func == (a: RelationDetails, b: RelationDetails) -> Bool {
    a.when == b.when && a.attributedBy == b.attributedBy && a.response == b.response && a.status == b.status
      && a.place == b.place && a.weapon == b.weapon && a.count == b.count && a.killed == b.killed && a.atLeast == b.atLeast
      && a.injured == b.injured && a.outcome == b.outcome && a.note == b.note && a.dateDerivation == b.dateDerivation
      && a.event == b.event
  }

  /// Hashes a few of the details equality compares (equal details hash alike), the cheap ones.
  public func hash(into h: inout Hasher) {
    h.combine(when)
    h.combine(attributedBy)
    h.combine(place)
    h.combine(note)
  }
}

/// What the data says of an actor's existence on a snapshot date, when that explains an answer
/// better than "none in the data": not founded yet, dissolved already, or nothing recorded of it yet.
///
/// An empty answer about a group as of a date before it existed is true but misleading: a reader
/// takes "no supporter" for a finding. This says why the answer is empty, with its grounds: the
/// lifespan the data states (and the actor's sources), or, without one, the first day anything
/// in the data places the actor, and what that day rests on. The last is the data's silence, not
/// evidence that the actor did not exist; the message says so.
public struct ActorExistence: Codable, Sendable, Hashable {
  /// Why the actor may not be there on the date.
  public enum Standing: String, Codable, Sendable, Hashable {
    /// Its stated founding is after the date.
    case notYetFounded = "not-yet-founded"
    /// Its stated dissolution is before the date.
    case dissolved
    /// No founding is stated, and nothing in the data places it on or before the date.
    case noRecordYet = "no-record-yet"
  }

  /// Why the actor may not be there.
  public var standing: Standing
  /// The snapshot date asked about.
  public var asOf: FuzzyDate
  /// The founding the data states, if any.
  public var founded: FuzzyDate?
  /// The dissolution the data states, if any.
  public var dissolved: FuzzyDate?
  /// With ``Standing/noRecordYet``: the first day a relation of the actor is known to hold or
  /// happen, and the relation.
  public var firstRecord: FuzzyDate?
  /// The relation that gives ``firstRecord``.
  public var firstRecordRelation: String?
  /// What ``firstRecord`` rests on: `stated` (the relation's own dates), `sources` (its sources'
  /// publication) or `lifespan`.
  public var firstRecordBasis: String?
  /// The actor's own sources (for a stated lifespan), as cited.
  public var sources: [String]
  /// The finding in one sentence, our inference marked as such.
  public var message: String
  /// The finding in a few words, for a diagram's caption: `Popular Mobilization Forces not yet
  /// founded (2014 in the data)`.
  public var brief: String

  /// What the data says of actor `index` on the snapshot date of `filter` (``on(_:actor:in:)``),
  /// or `nil` when the filter has none (a window, or the whole record).
  ///
  /// - Complexity: as ``on(_:actor:in:)``.
  public static func on(_ filter: RelationFilter, actor index: Int32, in dataset: Dataset) -> ActorExistence? {
    filter.asOf.flatMap { on($0, actor: index, in: dataset) }
  }

  /// What the data says of actor `index` on `asOf` (its last day, as snapshots read a partial
  /// date), or `nil` when it was there, or may have been (a founding in the same year), or the
  /// data places something of it on or before that day.
  ///
  /// - Complexity: O(r) for r relations, when the actor states no lifespan that decides it.
  public static func on(_ asOf: FuzzyDate, actor index: Int32, in dataset: Dataset) -> ActorExistence? {
    let actor = dataset.actor(index)
    let day = asOf.end
    let name = actor.name == actor.id ? actor.id : "\(actor.name) (\(actor.id))"
    let cited = actor.sources.map(\.description)
    let grounds = cited.isEmpty ? "its record cites no source" : "its record cites \(cited.joined(separator: ", "))"
    var found = ActorExistence(
      standing: .notYetFounded, asOf: asOf, founded: actor.founded, dissolved: actor.dissolved, sources: cited, message: "", brief: "")
    if let founded = actor.founded, day < founded.start {
      found.message = "The data has \(name) founded in \(founded) (\(grounds)): as of \(asOf) it did not exist yet."
      found.brief = "\(actor.name) not yet founded (\(founded) in the data)"
      return found
    }
    if let dissolved = actor.dissolved, day > dissolved.end {
      found.standing = .dissolved
      found.message = "The data has \(name) dissolved in \(dissolved) (\(grounds)): as of \(asOf) it no longer existed."
      found.brief = "\(actor.name) dissolved (\(dissolved) in the data)"
      return found
    }
    guard actor.founded == nil else { return nil }
    var first: (from: Int32, relation: Int)?
    for (k, r) in dataset.relations.enumerated() where r.source == index || r.target == index {
      guard r.validity.basis != .undated, r.attribution != .denied else { continue }
      if first == nil || r.validity.from < first!.from { first = (r.validity.from, k) }
    }
    guard let first, first.from != FuzzyDate.firstDay, day < first.from else { return nil }
    let r = dataset.relations[first.relation]
    let day0 = FuzzyDate(start: first.from, end: first.from)
    let how: String
    switch r.validity.basis {
    case .stated: how = "by its own date"
    case .sources: how = "known from its sources' publication"
    case .lifespan, .undated: how = "from its ends' founding"
    }
    found.standing = .noRecordYet
    found.firstRecord = day0
    found.firstRecordRelation = r.id
    found.firstRecordBasis = r.validity.basis.name
    found.message =
      "The data states no founding of \(name) and places nothing of it before \(day0) (relation \(r.id), \(how)): "
      + "as of \(asOf) the data is silent, which is not evidence that it did not exist."
    found.brief = "nothing of \(actor.name) in the data before \(day0)"
    return found
  }
}

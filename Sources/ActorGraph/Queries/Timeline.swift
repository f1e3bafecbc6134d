/// The chronological record of an actor's, or a pair's, relations and events.
public struct Timeline: Codable, Sendable {
  /// One relation in the timeline.
  public struct Entry: Codable, Sendable {
    /// When it starts, for sorting and display: the event's date or the state's `since`; `nil` if undated.
    public var start: FuzzyDate?
    /// When a state of affairs ended (`until`); `nil` for events and open states.
    public var end: FuzzyDate?
    /// `event`, `began` (a state of affairs with a start), or `undated`.
    public var kind: String
    /// The relation itself.
    public var relation: RelationSummary
  }

  /// The actor, or the two actors, the timeline is about.
  public var actors: [String]
  /// The dated relations, oldest first, then the undated ones.
  public var entries: [Entry]
  /// With a date filter: the relations that match but that nothing dates, listed apart, never dropped.
  public var undated: [RelationSummary]?

  /// Relations touching `actor` (or, with `other`, linking the two), oldest first; undated ones last.
  ///
  /// - Complexity: O(r log r) for r relations.
  public init(_ dataset: Dataset, actor: Int32, other: Int32? = nil, filter: RelationFilter = .all) {
    actors = [dataset.actor(actor).id] + (other.map { [dataset.actor($0).id] } ?? [])
    var rows: [(Int32, Int32, Entry)] = []
    var apart: [RelationSummary] = []
    for (k, r) in dataset.relations.enumerated() {
      let touches =
        other.map { (r.source == actor && r.target == $0) || (r.source == $0 && r.target == actor) }
        ?? (r.source == actor || r.target == actor)
      guard touches else { continue }
      if filter.isUndatedApart(r) {
        apart.append(RelationSummary(dataset, k))
        continue
      }
      guard filter.accepts(r) else { continue }
      let s = RelationSummary(dataset, k)
      let begin = r.date ?? r.since
      let finish = r.date ?? r.until
      let kind = r.type.isEvent ? "event" : (begin == nil ? "undated" : "began")
      rows.append(
        (
          begin?.start ?? Int32.max, finish?.end ?? Int32.max,
          Entry(
            start: begin, end: r.type.isEvent ? nil : r.until,
            kind: kind, relation: s)
        ))
    }
    rows.sort { ($0.0, $0.1, $0.2.relation.type.rawValue, $0.2.relation.id) < ($1.0, $1.1, $1.2.relation.type.rawValue, $1.2.relation.id) }
    entries = rows.map(\.2)
    undated = filter.time == .everything ? nil : apart
  }
}

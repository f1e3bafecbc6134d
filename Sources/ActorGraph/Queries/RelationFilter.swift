/// Which relations a query or a diagram considers: by type, by date, by how sure the sources are.
public struct RelationFilter: Sendable, Hashable {
  /// Types to keep; `nil` keeps every type.
  public var types: Set<RelationType>?
  /// Keep states of affairs valid on this date and events up to it.
  public var asOf: FuzzyDate?
  /// Keep only relations at least this certain (`denied` never passes).
  public var minAttribution: Attribution?
  /// Keep only relations that overlap this period: states of affairs valid at some day in it,
  /// events that happened in it.
  public var window: FuzzyDate?
  /// Keep only relations at exactly these levels (e.g. only `suspected` and `unattributed`).
  public var attributions: Set<Attribution>?
  /// Keep planned and potential relations (the default); `false` keeps only what happened or holds.
  public var includeUnrealised: Bool
  /// Keep only relations at least this sure (see ``Confidence``).
  public var minConfidence: Confidence?

  public init(
    types: Set<RelationType>? = nil, asOf: FuzzyDate? = nil, minAttribution: Attribution? = nil,
    includeUnrealised: Bool = true
  ) {
    self.types = types
    self.asOf = asOf
    self.minAttribution = minAttribution
    self.includeUnrealised = includeUnrealised
  }

  /// Everything.
  public static let all = RelationFilter()

  /// Whether `relation` passes.
  ///
  /// As of a date D (a partial date counts as its last day): a state of affairs is kept when
  /// `since` ≤ D ≤ `until` (open ends are unbounded); an event when it began on or before D.
  /// Undated relations are kept: the data does not say they were not true. With a `window`,
  /// states of affairs are kept when they overlap it, and events only when their date overlaps it
  /// (an undated event is dropped, since nothing places it there).
  public func accepts(_ r: Relation) -> Bool {
    if let types, !types.contains(r.type) { return false }
    if let minAttribution, !r.attribution.meets(minAttribution) { return false }
    if let attributions, !attributions.contains(r.attribution) { return false }
    if let minConfidence, r.confidence < minConfidence { return false }
    if !includeUnrealised, r.status != .actual { return false }
    if let asOf {
      let day = asOf.end
      if r.type.isEvent {
        if let d = r.date, d.start > day { return false }
      } else {
        if let s = r.since, s.start > day { return false }
        if let u = r.until, u.end < day { return false }
      }
    }
    if let window {
      if r.type.isEvent {
        guard let d = r.date else { return false }  // an undated event cannot be placed in a window
        if d.end < window.start || d.start > window.end { return false }
      } else {
        if let s = r.since, s.start > window.end { return false }
        if let u = r.until, u.end < window.start { return false }
      }
    }
    return true
  }

  /// Parses a comma-separated list of relation types (`support,membership`); `statements` stands
  /// for every statement type.
  public static func parseTypes(_ text: String) throws(ParseError) -> Set<RelationType> {
    var out = Set<RelationType>()
    for part in text.split(separator: ",").map({ String($0).trimmingWhitespace() }) where !part.isEmpty {
      if part == "statement" || part == "statements" {
        out.formUnion(RelationType.statements)
        continue
      }
      guard let t = RelationType(rawValue: part) else {
        throw ParseError(message: "unknown relation type '\(part)'; \(Suggest.hint(part, RelationType.allCases.map(\.rawValue)))")
      }
      out.insert(t)
    }
    return out
  }

  /// A value given on the command line that cannot be understood.
  public struct ParseError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public var description: String { message }
  }
}

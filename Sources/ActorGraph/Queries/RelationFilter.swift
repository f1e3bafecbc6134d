/// Which relations a query or a diagram considers: by type, by date, by how sure the sources are.
public struct RelationFilter: Sendable, Hashable {
  /// Types to keep; `nil` keeps every type.
  public var types: Set<RelationType>?
  /// Which dates count: a snapshot, a period, or the whole record (see ``TimeScope``).
  public var time: TimeScope
  /// The snapshot date: states of affairs valid on it, events of the `recent` period up to it.
  public var asOf: FuzzyDate? {
    get { time.asOf }
    set { time.asOf = newValue }
  }
  /// How far back from `asOf` events count (one year by default; `.all` for the cumulative view).
  public var recent: TimeScope.Recent {
    get { time.recent }
    set { time.recent = newValue }
  }
  /// Keep only relations at least this certain (`denied` never passes).
  public var minAttribution: Attribution?
  /// Keep only relations that overlap this period: states of affairs valid at some day in it,
  /// events that happened in it.
  public var window: FuzzyDate? {
    get { time.window }
    set { time.window = newValue }
  }
  /// Keep only relations at exactly these levels (e.g. only `suspected` and `unattributed`).
  public var attributions: Set<Attribution>?
  /// Keep planned and potential relations (the default); `false` keeps only what happened or holds.
  public var includeUnrealised: Bool
  /// Keep only relations at least this sure (see ``Confidence``).
  public var minConfidence: Confidence?

  /// A filter of these types, snapshot date, minimum attribution and status; the defaults accept every relation (``all``).
  public init(
    types: Set<RelationType>? = nil, asOf: FuzzyDate? = nil, minAttribution: Attribution? = nil,
    includeUnrealised: Bool = true
  ) {
    self.types = types
    self.time = TimeScope(asOf: asOf)
    self.minAttribution = minAttribution
    self.includeUnrealised = includeUnrealised
  }

  /// Everything.
  public static let all = RelationFilter()

  /// Whether `relation` passes: its type, attribution and status, and the time rule of ``TimeScope``.
  public func accepts(_ r: Relation) -> Bool {
    if let types, !types.contains(r.type) { return false }
    if let minAttribution, !r.attribution.meets(minAttribution) { return false }
    if let attributions, !attributions.contains(r.attribution) { return false }
    if let minConfidence, r.confidence < minConfidence { return false }
    if !includeUnrealised, r.status != .actual { return false }
    return time.admits(r)
  }

  /// Whether `r` is left out only because nothing dates it: history views list such relations
  /// apart rather than drop them silently.
  public func isUndatedApart(_ r: Relation) -> Bool {
    guard time.asOf != nil || time.window != nil, r.validity.basis == .undated else { return false }
    var f = self
    f.time = .everything
    return f.accepts(r)
  }

  /// Parses a comma-separated list of relation types (`support,membership`, or a type the
  /// dataset declares); `statements` stands for every statement type.
  ///
  /// - Complexity: O(w) for w names, each a dictionary look-up.
  public static func parseTypes(_ text: String, vocabulary: Vocabulary = Vocabulary()) throws(ParseError) -> Set<RelationType> {
    var out = Set<RelationType>()
    for part in text.split(separator: ",").map({ String($0).trimmingWhitespace() }) where !part.isEmpty {
      if part == "statement" || part == "statements" {
        out.formUnion(RelationType.statements)
        continue
      }
      guard let t = vocabulary.relationType(named: part) else {
        throw ParseError(message: "unknown relation type '\(part)'", hint: Suggest.hint(part, vocabulary.relationTypeNames))
      }
      out.insert(t)
    }
    return out
  }

  /// A value given on the command line that cannot be understood.
  public struct ParseError: Error, CustomStringConvertible, Sendable {
    /// What cannot be understood.
    public var message: String
    /// What would be understood (a "did you mean", the accepted forms), when there is a hint.
    public var hint: String?

    /// An error saying `message`, and `hint` apart, so a caller can place each where it belongs.
    public init(message: String, hint: String? = nil) {
      self.message = message
      self.hint = hint
    }

    /// The message and the hint in one line, as the command line prints them.
    public var description: String { message + (hint.map { "; " + $0 } ?? "") }
  }
}

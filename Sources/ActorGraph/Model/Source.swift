/// A document that relations cite: an article, a statement, a report.
public struct Source: Sendable, Hashable, Identifiable {
  /// The source's id, as relations cite it (`d3`).
  public var id: String
  /// Who published it (a newspaper, an agency, a government).
  public var outlet: String?
  /// Its title.
  public var title: String?
  /// When it was published (`published:` in YAML; `date:` is accepted too).
  public var date: FuzzyDate?
  /// Where to read it.
  public var url: String?
  /// The source's own reliability grade (A–F); `nil` when ungraded, which counts as `F` for confidence.
  public var reliability: ReliabilityGrade?
  /// Why the source has that grade, in one line.
  public var reliabilityReason: String?
  /// The id of the source through which we know this one (an explainer quoting a wire report).
  /// The report keeps its own grade, but we can trust it no more than the relay that carries it.
  public var relayedBy: String?
  /// The data's note on the source.
  public var note: String?

  /// A source with these fields; the loader builds them from data.
  public init(
    id: String, outlet: String? = nil, title: String? = nil, date: FuzzyDate? = nil, url: String? = nil,
    reliability: ReliabilityGrade? = nil, reliabilityReason: String? = nil, relayedBy: String? = nil, note: String? = nil
  ) {
    self.id = id
    self.outlet = outlet
    self.title = title
    self.date = date
    self.url = url
    self.reliability = reliability
    self.reliabilityReason = reliabilityReason
    self.relayedBy = relayedBy
    self.note = note
  }

  /// When it was published: what it states is known from then on.
  public var published: FuzzyDate? {
    get { date }
    set { date = newValue }
  }
}

/// A citation: a source id, an optional locator inside it and an optional credibility grade
/// (`d3:L27/2` → id `d3`, locator `L27`, credibility 2 "probably true").
public struct SourceRef: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The cited source's id, as the dataset's `sources:` list has it.
  public var id: String
  /// Where in the source (`L28`, `p. 4`).
  public var locator: String?
  /// How believable the cited statement is (Admiralty 1–6); `nil` when not graded.
  public var credibility: Credibility?

  /// A citation of source `id`, optionally at `locator` and graded for credibility.
  public init(id: String, locator: String? = nil, credibility: Credibility? = nil) {
    self.id = id
    self.locator = locator
    self.credibility = credibility
  }

  /// Splits a trailing `/N` off a citation: the text before it and the digits, if any.
  ///
  /// Only digits after the last `/` count, so a locator such as `p4/5a` stays whole.
  public static func splitCredibility(_ text: String) -> (citation: String, grade: String?) {
    guard let slash = text.lastIndex(of: "/") else { return (text, nil) }
    let digits = String(text[text.index(after: slash)...]).trimmingWhitespace()
    guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return (text, nil) }
    return (String(text[..<slash]), digits)
  }

  /// Splits `id:locator/N` at the first colon and the last slash; an out-of-range grade is dropped
  /// here and reported by the validator.
  public init(parsing full: String) {
    let (text, grade) = SourceRef.splitCredibility(full)
    credibility = grade.flatMap { Int($0) }.flatMap { Credibility(rawValue: $0) }
    if let colon = text.firstIndex(of: ":") {
      id = String(text[..<colon]).trimmingWhitespace()
      let rest = String(text[text.index(after: colon)...]).trimmingWhitespace()
      locator = rest.isEmpty ? nil : rest
    } else {
      id = text.trimmingWhitespace()
      locator = nil
    }
  }

  public var description: String {
    (locator.map { "\(id):\($0)" } ?? id) + (credibility.map { "/\($0.rawValue)" } ?? "")
  }

  /// In the order of their written form (`d0`, `d3:L27`, `d4`).
  public static func < (a: SourceRef, b: SourceRef) -> Bool { a.description < b.description }
}

extension String {
  func trimmingWhitespace() -> String {
    // Most names begin and end with a printable ASCII character: nothing to trim, and no grapheme
    // breaking to find that out (a tenth of a million-actor load before this check).
    if let first = utf8.first, let last = utf8.last, (0x21...0x7E).contains(first), (0x21...0x7E).contains(last) {
      return self
    }
    var s = Substring(self)
    while let f = s.first, f.isWhitespace { s.removeFirst() }
    while let l = s.last, l.isWhitespace { s.removeLast() }
    return String(s)
  }
}

/// A document that relations cite: an article, a statement, a report.
public struct Source: Sendable, Hashable, Identifiable {
  public var id: String
  public var outlet: String?
  public var title: String?
  public var date: FuzzyDate?
  public var url: String?
  public var reliability: String?
  public var note: String?

  public init(
    id: String, outlet: String? = nil, title: String? = nil, date: FuzzyDate? = nil, url: String? = nil,
    reliability: String? = nil, note: String? = nil
  ) {
    self.id = id
    self.outlet = outlet
    self.title = title
    self.date = date
    self.url = url
    self.reliability = reliability
    self.note = note
  }
}

/// A citation: a source id and an optional locator inside it (`d3:L27` → id `d3`, locator `L27`).
public struct SourceRef: Sendable, Hashable, Comparable, CustomStringConvertible {
  public var id: String
  public var locator: String?

  public init(id: String, locator: String? = nil) {
    self.id = id
    self.locator = locator
  }

  /// Splits `id:locator` at the first colon.
  public init(parsing text: String) {
    if let colon = text.firstIndex(of: ":") {
      id = String(text[..<colon]).trimmingWhitespace()
      let rest = String(text[text.index(after: colon)...]).trimmingWhitespace()
      locator = rest.isEmpty ? nil : rest
    } else {
      id = text.trimmingWhitespace()
      locator = nil
    }
  }

  public var description: String { locator.map { "\(id):\($0)" } ?? id }

  public static func < (a: SourceRef, b: SourceRef) -> Bool { a.description < b.description }
}

extension String {
  func trimmingWhitespace() -> String {
    var s = Substring(self)
    while let f = s.first, f.isWhitespace { s.removeFirst() }
    while let l = s.last, l.isWhitespace { s.removeLast() }
    return String(s)
  }
}

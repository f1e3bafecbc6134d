/// A date as precise as the source allows: a day, a month, a year, or a range between two of them.
///
/// A partial date names the whole period: `2014` runs from 2014-01-01 to 2014-12-31, and
/// `2026-02..2026-03` from 2026-02-01 to 2026-03-31. Both bounds are stored as `yyyymmdd`
/// integers, so comparisons are integer comparisons and the original spelling can be rebuilt.
public struct FuzzyDate: Hashable, Sendable, Comparable {
  /// First day of the period, as `yyyymmdd`.
  public let start: Int32
  /// Last day of the period, as `yyyymmdd` (days past a month's end, such as 0231, are never produced).
  public let end: Int32

  /// The period from `start` to `end`, both `yyyymmdd`.
  public init(start: Int32, end: Int32) {
    self.start = start
    self.end = end
  }

  /// Parses `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or `FROM..TO` of those; `FROM..` (no later bound
  /// known) and `..TO` (no earlier bound known) are open ranges.
  ///
  /// - Returns: `nil` when the text is not a date or names an impossible day (2026-02-30).
  public init?(parsing text: Substring) {
    if let range = text.range(of: "..") {
      let left = text[..<range.lowerBound], right = text[range.upperBound...]
      if left.isEmpty && right.isEmpty { return nil }
      let a = left.isEmpty ? FuzzyDate.openStart : FuzzyDate(single: left)
      let b = right.isEmpty ? FuzzyDate.openEnd : FuzzyDate(single: right)
      guard let a, let b, a.start <= b.end else { return nil }
      self.init(start: a.start, end: b.end)
    } else {
      guard let d = FuzzyDate(single: text) else { return nil }
      self = d
    }
  }

  /// Parses `text` as the `Substring` form does.
  public init?(parsing text: String) { self.init(parsing: Substring(text)) }

  private init?(single text: Substring) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard (1...3).contains(parts.count), parts[0].count == 4,
      parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
      let year = Int32(parts[0]), year >= 1
    else { return nil }
    if parts.count == 1 {
      self.init(start: year * 10000 + 101, end: year * 10000 + 1231)
      return
    }
    guard parts[1].count == 2, let month = Int32(parts[1]), (1...12).contains(month) else { return nil }
    let last = FuzzyDate.daysIn(month: month, year: year)
    if parts.count == 2 {
      self.init(start: year * 10000 + month * 100 + 1, end: year * 10000 + month * 100 + last)
      return
    }
    guard parts[2].count == 2, let day = Int32(parts[2]), day >= 1, day <= last else { return nil }
    let v = year * 10000 + month * 100 + day
    self.init(start: v, end: v)
  }

  static func daysIn(month: Int32, year: Int32) -> Int32 {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// How precisely the period is known.
  public enum Precision: String, Sendable { case day, month, year, range }

  /// How precisely the period is known: a day, a month, a year, or a range.
  public var precision: Precision {
    if isOpen { return .range }
    if start == end { return .day }
    let (sy, sm, sd) = FuzzyDate.split(start)
    let (ey, em, ed) = FuzzyDate.split(end)
    if sy == ey && sm == 1 && sd == 1 && em == 12 && ed == 31 { return .year }
    if sy == ey && sm == em && sd == 1 && ed == FuzzyDate.daysIn(month: sm, year: sy) { return .month }
    return .range
  }

  static func split(_ v: Int32) -> (Int32, Int32, Int32) { (v / 10000, (v / 100) % 100, v % 100) }

  private static func format(_ v: Int32, _ precision: Precision) -> String {
    let (y, m, d) = split(v)
    func pad(_ x: Int32, _ n: Int) -> String {
      let s = String(x)
      return String(repeating: "0", count: max(0, n - s.count)) + s
    }
    switch precision {
    case .year: return pad(y, 4)
    case .month: return "\(pad(y, 4))-\(pad(m, 2))"
    default: return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))"
    }
  }

  /// The canonical spelling: the shortest form that names exactly this period.
  public var description: String {
    if isOpen {
      // Each known bound at the coarsest precision that names the same day: `2014..` starts on
      // 2014-01-01, `..2000` ends on 2000-12-31.
      let (_, sm, sd) = FuzzyDate.split(start)
      let (ey, em, ed) = FuzzyDate.split(end)
      let a = start == FuzzyDate.firstDay ? "" : FuzzyDate.format(start, sm == 1 && sd == 1 ? .year : sd == 1 ? .month : .day)
      let b =
        end == FuzzyDate.lastDay
        ? "" : FuzzyDate.format(end, em == 12 && ed == 31 ? .year : ed == FuzzyDate.daysIn(month: em, year: ey) ? .month : .day)
      return "\(a)..\(b)"
    }
    switch precision {
    case .day, .month, .year: return FuzzyDate.format(start, precision)
    case .range:
      // Both ends at the coarsest precision that both bounds allow.
      let (_, sm, sd) = FuzzyDate.split(start)
      let (ey, em, ed) = FuzzyDate.split(end)
      let p: Precision =
        sm == 1 && sd == 1 && em == 12 && ed == 31
        ? .year
        : sd == 1 && ed == FuzzyDate.daysIn(month: em, year: ey) ? .month : .day
      return "\(FuzzyDate.format(start, p))..\(FuzzyDate.format(end, p))"
    }
  }

  /// By first day, then by last day: `2014` comes before `2014..2016`.
  public static func < (lhs: FuzzyDate, rhs: FuzzyDate) -> Bool {
    (lhs.start, lhs.end) < (rhs.start, rhs.end)
  }
}

extension FuzzyDate: CustomStringConvertible {}

extension FuzzyDate: Codable {
  /// Encodes the canonical spelling (``description``), as data and `--format json` write dates.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.singleValueContainer()
    try c.encode(description)
  }

  /// Decodes a date spelled as ``init(parsing:)`` reads it.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.singleValueContainer()
    let text = try c.decode(String.self)
    guard let d = FuzzyDate(parsing: text) else {
      throw DecodingError.dataCorruptedError(in: c, debugDescription: "not a date: '\(text)'")
    }
    self = d
  }
}

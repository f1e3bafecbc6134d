/// A date the sources give only relative to another record: "within hours of the U.S.-Israeli
/// attacks on Iran" (`after: e15, within: hours`), "on Tuesday" in a report of a known week
/// (`before: d3, weekday: tuesday`), "in the past 12 days" (`before: d3, within: 12 days`).
///
/// The loader resolves it into a ``FuzzyDate`` by interval arithmetic on the anchors' dates, so a
/// derived date is exactly as wide as its anchors allow.
public struct RelativeDate: Sendable, Hashable {
  /// The id of the record this date follows (on the same day or later): a relation (an event's
  /// `date`, a state's `since`) or a source (its `published`).
  public var after: String?
  /// The id of the record this date precedes (on the same day or earlier).
  public var before: String?
  /// How far from the anchor it can lie: from `after` when given, otherwise back from `before`.
  public var within: Distance?
  /// The day of the week the sources name (0 Monday … 6 Sunday): "on Tuesday".
  public var weekday: Int?
  /// A period the date is otherwise known to lie in (`in: 2026`), intersected with the rest.
  public var inPeriod: FuzzyDate?

  /// A rule with these parts; the loader reads them from `after`, `before`, `within` and `weekday`.
  public init(after: String? = nil, before: String? = nil, within: Distance? = nil, weekday: Int? = nil, inPeriod: FuzzyDate? = nil) {
    self.after = after
    self.before = before
    self.within = within
    self.weekday = weekday
    self.inPeriod = inPeriod
  }

  /// A bound on the distance from an anchor, in whole days (an event "within hours" may fall on
  /// the next day, so hours count as one day).
  public struct Distance: Sendable, Hashable, CustomStringConvertible {
    /// The bound in whole days.
    public var days: Int
    /// As written: `hours`, `days`, `12 days`.
    public var text: String

    /// Parses `hours | days | weeks | months | years`, or a number before one of them (`12 days`).
    ///
    /// Bare units are the loose words of news reports: "within hours" ≤ 1 day, "within days" ≤ 7,
    /// "within weeks" ≤ 31, "within months" ≤ 366, "within years" ≤ 3660.
    public init?(parsing text: String) {
      let parts = text.lowercased().split(separator: " ").map(String.init)
      let loose = ["hours": 1, "days": 7, "weeks": 31, "months": 366, "years": 3660]
      let unit = ["hour": 1, "day": 1, "week": 7, "month": 31, "year": 366]
      if parts.count == 1, let d = loose[parts[0]] {
        days = d
      } else if parts.count == 2, let n = Int(parts[0]), n >= 0, n <= 100_000 {
        var u = parts[1]
        if u.hasSuffix("s") { u.removeLast() }
        guard let per = unit[u] else { return nil }
        days = u == "hour" ? max(1, (n + 23) / 24) : n * per
      } else {
        return nil
      }
      self.text = text
    }

    public var description: String { text }
  }

  /// The anchors this date depends on, in the order written.
  public var anchors: [String] { [after, before].compactMap { $0 } }

  /// The rule in words, for output: `after e15 within hours`.
  public var description: String {
    var parts: [String] = []
    if let weekday { parts.append("the \(FuzzyDate.weekdayNames[weekday].capitalized)") }
    if let after { parts.append("after \(after)") }
    if let before { parts.append("before \(before)") }
    if let within { parts.append("within \(within)") }
    if let inPeriod { parts.append("in \(inPeriod)") }
    return parts.joined(separator: " ")
  }

  /// The days this rule allows, given the anchors' dates; `nil` when no day satisfies it all
  /// (a contradiction, such as "after" a record that is later than the "before" one).
  ///
  /// A weekday with a single anchor and no `within` means the nearest such day: "on Tuesday" in a
  /// report is the last Tuesday on or before each day the report may have appeared.
  public func resolve(after a: FuzzyDate?, before b: FuzzyDate?) -> FuzzyDate? {
    var lo = FuzzyDate.firstDay, hi = FuzzyDate.lastDay
    if let a {
      lo = a.start
      if let within { hi = FuzzyDate.add(days: within.days, to: a.end) }
    }
    if let b {
      hi = min(hi, b.end)
      if let within, a == nil { lo = max(lo, FuzzyDate.add(days: -within.days, to: b.start)) }
    }
    if let weekday {
      if within == nil, let b, a == nil { lo = max(lo, FuzzyDate.add(days: -6, to: b.start)) }
      if within == nil, let a, b == nil { hi = min(hi, FuzzyDate.add(days: 6, to: a.end)) }
      if lo != FuzzyDate.firstDay {
        lo = FuzzyDate.add(days: (weekday - FuzzyDate.weekday(lo) + 7) % 7, to: lo)
      }
      if hi != FuzzyDate.lastDay {
        hi = FuzzyDate.add(days: -((FuzzyDate.weekday(hi) - weekday + 7) % 7), to: hi)
      }
    }
    if let inPeriod {
      lo = max(lo, inPeriod.start)
      hi = min(hi, inPeriod.end)
    }
    return lo <= hi ? FuzzyDate(start: lo, end: hi) : nil
  }
}

import ActorGraph
import GraphvizKit

/// Dates as people write them on a slide: `Feb–Mar 2026`, `1980–88`, `since 2003`, `3 Mar 2026`.
///
/// Each bound keeps the precision the data gives it (a year, a month or a day); what two bounds
/// share is written once.
enum DateText {
  static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

  enum Precision: Int, Comparable {
    case year, month, day
    static func < (a: Precision, b: Precision) -> Bool { a.rawValue < b.rawValue }
  }

  /// A bound as (year, month, day, precision): a period's first day, or its last.
  static func bound(_ v: Int32, start: Bool) -> (Int32, Int32, Int32, Precision) {
    let (y, m, d) = (v / 10000, (v / 100) % 100, v % 100)
    if start {
      return (y, m, d, m == 1 && d == 1 ? .year : d == 1 ? .month : .day)
    }
    let last: Int32 = [4, 6, 9, 11].contains(m) ? 30 : m == 2 ? ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28) : 31
    return (y, m, d, m == 12 && d == 31 ? .year : d == last ? .month : .day)
  }

  /// The period from the start of `from` to the end of `to`.
  static func period(_ from: FuzzyDate, _ to: FuzzyDate) -> String {
    // An open end (`2023-10-07..`) is not the year 9999: write it as people do.
    if to.end == FuzzyDate.lastDay && from.start != FuzzyDate.firstDay { return "since " + written(bound(from.start, start: true)) }
    if from.start == FuzzyDate.firstDay && to.end != FuzzyDate.lastDay { return "until " + written(bound(to.end, start: false)) }
    var a = bound(from.start, start: true), b = bound(to.end, start: false)
    // A single period written at the coarser precision of its two ends (2014 is "2014", not "Jan–Dec 2014").
    if a.0 == b.0 && a.3 == .year && b.3 == .year { return "\(a.0)" }
    // Mixed precisions read at the finer one only when the years are the same.
    if a.0 == b.0 {
      let p = max(a.3, b.3)
      a.3 = p
      b.3 = p
    }
    func month(_ m: Int32) -> String { months[Int(m) - 1] }
    func full(_ x: (Int32, Int32, Int32, Precision)) -> String {
      switch x.3 {
      case .year: return "\(x.0)"
      case .month: return "\(month(x.1)) \(x.0)"
      case .day: return "\(x.2) \(month(x.1)) \(x.0)"
      }
    }
    if a.0 != b.0 {
      if a.3 == .year && b.3 == .year {
        // 1980–88 within a century, 1998–2003 across one.
        return a.0 / 100 == b.0 / 100 && b.0 - a.0 < 100 ? "\(a.0)–\(String(format: "%02d", Int(b.0 % 100)))" : "\(a.0)–\(b.0)"
      }
      return "\(full(a))–\(full(b))"
    }
    switch a.3 {
    case .year: return "\(a.0)"
    case .month: return a.1 == b.1 ? "\(month(a.1)) \(a.0)" : "\(month(a.1))–\(month(b.1)) \(a.0)"
    case .day:
      if a.1 == b.1 { return a.2 == b.2 ? full(a) : "\(a.2)–\(b.2) \(month(a.1)) \(a.0)" }
      return "\(a.2) \(month(a.1))–\(b.2) \(month(b.1)) \(a.0)"
    }
  }

  /// One bound at its own precision: `2003`, `Oct 2023`, `7 Oct 2023`.
  static func written(_ x: (Int32, Int32, Int32, Precision)) -> String {
    switch x.3 {
    case .year: return "\(x.0)"
    case .month: return "\(months[Int(x.1) - 1]) \(x.0)"
    case .day: return "\(x.2) \(months[Int(x.1) - 1]) \(x.0)"
    }
  }

  /// One date or period.
  static func date(_ d: FuzzyDate) -> String { period(d, d) }

  /// A state of affairs: `since 2003`, `until 2011`, `1980–88`; `nil` when undated.
  static func span(since: FuzzyDate?, until: FuzzyDate?) -> String? {
    switch (since, until) {
    case (let s?, let u?): return period(s, u)
    case (let s?, nil): return "since " + date(s)
    case (nil, let u?): return "until " + date(u)
    case (nil, nil): return nil
    }
  }
}

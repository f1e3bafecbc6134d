/// Interval arithmetic on fuzzy dates: a ``FuzzyDate`` is the set of days the event or bound may
/// fall on, so comparing two of them has three answers (certainly, possibly, certainly not).
extension FuzzyDate {
  /// The earliest day a date can name: an open earlier bound (`..2026-03`).
  public static let firstDay: Int32 = 0001_01_01
  /// The latest day a date can name: an open later bound (`2023-10-07..`).
  public static let lastDay: Int32 = 9999_12_31

  static let openStart = FuzzyDate(start: firstDay, end: firstDay)
  static let openEnd = FuzzyDate(start: lastDay, end: lastDay)

  /// Any day at all: nothing is known.
  public static let unknown = FuzzyDate(start: firstDay, end: lastDay)

  /// Whether one of the bounds is unknown (`FROM..` or `..TO`).
  public var isOpen: Bool { start == FuzzyDate.firstDay || end == FuzzyDate.lastDay }

  /// The days both periods allow, or `nil` when they share none (a contradiction).
  public func intersection(_ other: FuzzyDate) -> FuzzyDate? {
    let s = max(start, other.start), e = min(end, other.end)
    return s <= e ? FuzzyDate(start: s, end: e) : nil
  }

  /// The smallest period holding both.
  public func hull(_ other: FuzzyDate) -> FuzzyDate {
    FuzzyDate(start: min(start, other.start), end: max(end, other.end))
  }

  /// Whether the two periods share at least one day.
  public func overlaps(_ other: FuzzyDate) -> Bool { start <= other.end && other.start <= end }

  /// Whether `day` (`yyyymmdd`) lies in the period.
  public func contains(day: Int32) -> Bool { start <= day && day <= end }

  /// Every day this period allows comes before every day `other` allows (`2014` is certainly
  /// before `2015-01`; `2014` is not certainly before `2014-06`).
  public func isCertainlyBefore(_ other: FuzzyDate) -> Bool { end < other.start }

  /// Some day of this period comes before some day of `other`: the order the sources give is possible.
  public func isPossiblyBefore(_ other: FuzzyDate) -> Bool { start < other.end }

  /// Every day this period allows comes after every day `other` allows.
  public func isCertainlyAfter(_ other: FuzzyDate) -> Bool { other.isCertainlyBefore(self) }

  /// Some day of this period comes after some day of `other`.
  public func isPossiblyAfter(_ other: FuzzyDate) -> Bool { other.isPossiblyBefore(self) }

  // MARK: - Days

  /// Days since 1970-01-01 of a `yyyymmdd` value (proleptic Gregorian calendar).
  public static func dayNumber(_ ymd: Int32) -> Int {
    let (y0, m, d) = split(ymd)
    // Howard Hinnant's days_from_civil.
    let y = Int(m <= 2 ? y0 - 1 : y0)
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (Int(m) + 9) % 12
    let doy = (153 * mp + 2) / 5 + Int(d) - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146097 + doe - 719468
  }

  /// The `yyyymmdd` value of a day number, clamped to the days a date can name.
  public static func ymd(dayNumber z0: Int) -> Int32 {
    let z = min(max(z0, dayNumber(firstDay)), dayNumber(lastDay)) + 719468
    let era = (z >= 0 ? z : z - 146096) / 146097
    let doe = z - era * 146097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
    return Int32(y * 10000 + m * 100 + d)
  }

  /// `ymd` moved by `days` (negative moves earlier); open bounds stay open.
  public static func add(days: Int, to ymd: Int32) -> Int32 {
    if ymd == firstDay || ymd == lastDay { return ymd }
    return self.ymd(dayNumber: dayNumber(ymd) + days)
  }

  /// The day of the week of `ymd`: 0 is Monday, 6 is Sunday.
  public static func weekday(_ ymd: Int32) -> Int {
    let n = dayNumber(ymd)  // 1970-01-01 was a Thursday (3)
    return ((n % 7) + 7 + 3) % 7
  }

  /// Weekday names as sources write them, Monday first.
  public static let weekdayNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
}

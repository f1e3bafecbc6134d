/// The one rule for every date question: which relations a snapshot or a period holds.
///
/// - **Snapshot** (`asOf` D, a partial date meaning its last day): the states of affairs valid on
///   D (by their ``Relation/validity``: own dates, else known from their sources' publication,
///   clipped to the lifespans of both ends) and the events of the `recent` period ending on D.
///   Events are never states: the 1980–88 war is not a hostility in 2026.
/// - **Period** (`window` FROM..TO, the history view): states valid on some day of it, events
///   dated in it.
/// - Neither: the whole record.
///
/// Undated events cannot be placed, so neither a snapshot nor a period holds them; history
/// commands list them apart. A date range counts if any day of it qualifies.
///
/// Every query, diagram, view and measure goes through ``admits(_:)``; it reads only fields
/// stored on the relation, so it costs two or three integer comparisons.
public struct TimeScope: Sendable, Hashable {
  /// The snapshot date, if any.
  public var asOf: FuzzyDate?
  /// How far back from `asOf` events count as current.
  public var recent: Recent
  /// The history period, if any.
  public var window: FuzzyDate?

  /// A scope: a snapshot `asOf` (with `recent` events), or a `window`, or neither (the whole record).
  public init(asOf: FuzzyDate? = nil, recent: Recent = .default, window: FuzzyDate? = nil) {
    self.asOf = asOf
    self.recent = recent
    self.window = window
  }

  /// The whole record.
  public static let everything = TimeScope()

  /// How far back a snapshot looks for events.
  public enum Recent: Sendable, Hashable, CustomStringConvertible {
    /// Events of the last `days` days up to the snapshot date (inclusive).
    case days(Int)
    /// Every event up to the snapshot date (the cumulative view).
    case all

    /// One year, the default.
    public static let `default` = Recent.days(365)

    /// Parses `all`, or a number and a unit: `1y`, `6m`, `2w`, `30d`.
    public init?(parsing text: String) {
      let t = text.lowercased()
      if t == "all" {
        self = .all
        return
      }
      guard let unit = t.last, let n = Int(t.dropLast()), n > 0, n <= 10_000 else { return nil }
      switch unit {
      case "d": self = .days(n)
      case "w": self = .days(7 * n)
      case "m": self = .days(31 * n)
      case "y": self = .days(365 * n)
      default: return nil
      }
    }

    public var description: String {
      switch self {
      case .all: return "all"
      case .days(let d): return d % 365 == 0 ? "\(d / 365)y" : d % 31 == 0 ? "\(d / 31)m" : d % 7 == 0 ? "\(d / 7)w" : "\(d)d"
      }
    }
  }

  /// A snapshot command's scope when the user gave no date: the snapshot at the data's
  /// ``Dataset/present`` (the latest publication date), so a past war is not a present hostility.
  /// A scope with a date, or a dataset with no dated source, is returned unchanged.
  ///
  /// - Complexity: O(1): the dataset's present is computed when it loads.
  public func defaultingToPresent(of dataset: Dataset) -> TimeScope {
    guard asOf == nil, window == nil, let present = dataset.present else { return self }
    var s = self
    s.asOf = present
    return s
  }

  /// The scope in words, for output headers: "as of 2026-03-15 (events since 2025-03-16)".
  public var description: String {
    var parts: [String] = []
    if let asOf {
      let events =
        recent == .all ? "all events up to then" : "events from \(FuzzyDate(start: recentPeriod!.start, end: recentPeriod!.start))"
      parts.append("as of \(asOf) (\(events))")
    }
    if let window { parts.append("in \(window)") }
    return parts.isEmpty ? "the whole record" : parts.joined(separator: ", ")
  }

  /// The events a snapshot holds: those dated in this period (`nil` without `asOf`).
  public var recentPeriod: FuzzyDate? {
    guard let asOf else { return nil }
    switch recent {
    case .all: return FuzzyDate(start: FuzzyDate.firstDay, end: asOf.end)
    case .days(let d): return FuzzyDate(start: FuzzyDate.add(days: -(d - 1), to: asOf.end), end: asOf.end)
    }
  }

  /// Whether `r` belongs to this scope.
  @inlinable
  public func admits(_ r: Relation) -> Bool {
    if asOf == nil && window == nil { return true }
    let v = r.validity
    if r.type.isEvent {
      guard v.basis != .undated else { return false }
      if let p = recentPeriod, v.to < p.start || v.from > p.end { return false }
    } else if let asOf {
      let day = asOf.end
      if v.from > day || v.to < day { return false }
    }
    if let window, v.to < window.start || v.from > window.end { return false }
    return true
  }
}

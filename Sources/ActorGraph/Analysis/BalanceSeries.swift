import GraphAnalytics

/// Structural balance at a sequence of dates: the balance index, the frustration index and the
/// blocs on each, from the relations that held on that date.
///
/// Each date is a snapshot under the same rule as `--as-of`: states of affairs valid on the date
/// (a partial date counts as its last day) and the events of the recent period before it. A
/// series therefore shows change only where the data dates it.
public struct BalanceSeries: Codable, Sendable {
  /// Balance on one date.
  public struct Point: Codable, Sendable {
    /// The date, as given (`2014`, `2014-06`).
    public var date: String
    /// Actors with at least one signed tie on the date.
    public var signedActors: Int
    /// Pairs tied only positively.
    public var positivePairs: Int
    /// Pairs tied only negatively.
    public var negativePairs: Int
    /// Pairs tied both ways.
    public var ambivalentPairs: Int
    /// The triads on the date.
    public var triads: StructuralBalance.TriadCounts
    /// Balanced over signed triads (``StructuralBalance/balanceIndex``).
    public var balanceIndex: Double
    /// Frustration index (two camps) and whether it is proven minimal.
    public var frustration: Int
    /// A proven lower bound on the frustration index.
    public var frustrationLowerBound: Int
    /// Whether `frustration` is proven minimal.
    public var frustrationExact: Bool
    /// Frustration over signed ties (0 when there are none): 0 is perfectly balanced.
    public var frustrationPerTie: Double
    /// Blocs of the best partition into any number of camps, largest first.
    public var blocs: [[String]]
    /// Frustrated ties under `blocs`.
    public var blocFrustration: Int
    /// Whether `blocFrustration` is proven minimal.
    public var blocFrustrationExact: Bool
  }

  /// Selected types and their signs.
  public var signs: [BalanceSign]
  /// One point per date, in date order.
  public var points: [Point]

  /// A series from points already computed (e.g. decoded, or made by hand for a chart).
  public init(signs: [BalanceSign], points: [Point]) {
    self.signs = signs
    self.points = points
  }

  /// Computes balance on each date, applying `filter` with its `asOf` replaced by the date.
  ///
  /// - Throws: ``BalanceSign/Unsigned`` when `filter.types` names a type that carries no sign.
  /// - Complexity: One ``StructuralBalance`` per date.
  public init(_ dataset: Dataset, filter: RelationFilter, dates: [FuzzyDate], options: StructuralBalance.Options)
    throws(BalanceSign.Unsigned)
  {
    var points: [Point] = []
    var signs: [BalanceSign] = try BalanceSign.rule(for: filter.types ?? [.alliance, .hostility])
    for date in dates {
      var f = filter
      f.asOf = date
      let b = try StructuralBalance(dataset, filter: f, options: options)
      signs = b.signs
      let ties = b.positivePairs + b.negativePairs + b.ambivalent.count
      points.append(
        Point(
          date: date.description, signedActors: b.signedActors, positivePairs: b.positivePairs,
          negativePairs: b.negativePairs, ambivalentPairs: b.ambivalent.count, triads: b.triads,
          balanceIndex: b.balanceIndex, frustration: b.camps?.frustration ?? 0,
          frustrationLowerBound: b.camps?.lowerBound ?? 0, frustrationExact: b.camps?.exact ?? true,
          frustrationPerTie: ties == 0 ? 0 : Double(b.camps?.frustration ?? 0) / Double(ties),
          blocs: b.blocs?.groups ?? [], blocFrustration: b.blocs?.frustration ?? 0,
          blocFrustrationExact: b.blocs?.exact ?? true))
    }
    self.signs = signs
    self.points = points
  }

  /// The dates of a series: `from..to` (years, `YYYY-MM` or `YYYY-MM-DD`) stepped by `step`
  /// (`1y`, `6m`, `2y`). Each date has the precision of `from`'s start.
  ///
  /// - Throws: ``RelationFilter/ParseError`` with what is wrong and how to write it; a series is
  ///   limited to 1,000 dates.
  ///
  /// - Complexity: O(d) for the d dates produced.
  public static func dates(_ range: String, step: String) throws(RelationFilter.ParseError) -> [FuzzyDate] {
    let parts = range.components(separatedBy: "..")
    guard parts.count == 2, let from = FuzzyDate(parsing: parts[0]), let to = FuzzyDate(parsing: parts[1]) else {
      throw RelationFilter.ParseError(message: "--series '\(range)' is not FROM..TO; write e.g. 2000..2026 or 2014-01..2016-12")
    }
    let unit = step.last
    guard let n = Int(step.dropLast()), n > 0, unit == "y" || unit == "m" else {
      throw RelationFilter.ParseError(message: "--step '\(step)' is not a step; write Ny or Nm, e.g. 1y or 6m")
    }
    let months = unit == "y" ? 12 * n : n
    guard from.start <= to.end else {
      throw RelationFilter.ParseError(message: "--series '\(range)' ends before it starts")
    }
    let text = parts[0]
    let precisionMonths = text.count > 4  // YYYY-MM or finer
    if unit == "m" && !precisionMonths {
      throw RelationFilter.ParseError(message: "--step \(step) needs month dates; write e.g. 2014-01..2016-12")
    }
    var out: [FuzzyDate] = []
    var (y, m) = (Int(text.prefix(4)) ?? 0, precisionMonths ? Int(text.dropFirst(5).prefix(2)) ?? 1 : 1)
    let day = text.count > 7 ? String(text.suffix(2)) : nil
    while true {
      func pad(_ v: Int, _ w: Int) -> String { String(repeating: "0", count: max(0, w - String(v).count)) + String(v) }
      let label = precisionMonths ? "\(pad(y, 4))-\(pad(m, 2))" + (day.map { "-" + $0 } ?? "") : pad(y, 4)
      guard let d = FuzzyDate(parsing: label), d.start <= to.end else { break }
      out.append(d)
      if out.count > 1000 {
        throw RelationFilter.ParseError(message: "--series '\(range)' with --step \(step) gives more than 1000 dates; take a longer step")
      }
      m += months
      while m > 12 {
        m -= 12
        y += 1
      }
    }
    return out
  }
}

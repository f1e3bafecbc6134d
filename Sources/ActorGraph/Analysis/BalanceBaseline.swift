/// A recorded state of structural balance that later data is checked against: the CI gate that
/// fails when a data change creates a new unbalanced triad or raises the frustration index.
///
/// The baseline keeps the selection it was made with (types, the as-of date as the user gave it,
/// the recent period, or the whole record), the frustration index,
/// the unbalanced triads and the ties frustrated by the optimal camps, all as actor ids, sorted,
/// so that the file is stable and reviewable in a diff.
public struct BalanceBaseline: Codable, Sendable, Hashable {
  /// The relation types the baseline was computed from, sorted.
  public var types: [String]
  /// The as-of date as the user gave it; `nil` means the data's present, which moves with the
  /// data (so a baseline without a date keeps checking the latest snapshot).
  public var asOf: String?
  /// The recent period as the user gave it (`nil`: the default).
  public var recent: String?
  /// Whether the baseline was computed over the whole record rather than a snapshot.
  public var wholeRecord: Bool
  /// The frustration index (two camps) when the baseline was made.
  public var frustration: Int
  /// Whether `frustration` was proven minimal when the baseline was made.
  public var frustrationExact: Bool
  /// Unbalanced triads (all-negative ones included), each as three sorted actor ids.
  public var unbalancedTriads: [[String]]
  /// Ties frustrated by the optimal camps, each as two sorted actor ids.
  public var frustratedTies: [[String]]

  /// Records `balance`, computed from the selection given by `asOf`, `recent` and `wholeRecord`
  /// as the user wrote them.
  public init(_ balance: StructuralBalance, asOf: String? = nil, recent: String? = nil, wholeRecord: Bool = false) {
    types = balance.signs.map(\.type.rawValue).sorted()
    self.asOf = asOf
    self.recent = recent
    self.wholeRecord = wholeRecord
    frustration = balance.camps?.frustration ?? 0
    frustrationExact = balance.camps?.exact ?? true
    unbalancedTriads = balance.unbalanced.map { $0.actors.sorted() }.sorted { $0.lexicographicallyPrecedes($1) }
    frustratedTies = (balance.camps?.frustrated ?? []).map(\.actors).sorted { $0.lexicographicallyPrecedes($1) }
  }

  /// Whether `other` was made with the same selection (types, date, period), so that the two
  /// can be compared.
  public func hasSameSelection(as other: BalanceBaseline) -> Bool {
    types == other.types && asOf == other.asOf && recent == other.recent && wholeRecord == other.wholeRecord
  }

  /// The command-line flags that reproduce the baseline's selection.
  public var selectionFlags: String {
    var flags = ["--types \(types.joined(separator: ","))"]
    if let asOf { flags.append("--as-of \(asOf)") }
    if let recent { flags.append("--recent \(recent)") }
    if wholeRecord { flags.append("--whole-record") }
    return flags.joined(separator: " ")
  }

  /// What got worse since the baseline.
  public struct Regression: Codable, Sendable {
    /// Triads unbalanced now and not in the baseline, with the relations behind their sides.
    public var newUnbalancedTriads: [StructuralBalance.Triad]
    /// The frustration index then and now (`nil` when it did not rise).
    public var frustrationRose: FrustrationChange?
    /// Whether the answer is certain: `false` when the current frustration is only a best found
    /// whose proven lower bound does not exceed the baseline.
    public var certain: Bool

    /// Whether anything got worse (or may have).
    public var failed: Bool { !newUnbalancedTriads.isEmpty || frustrationRose != nil }
  }

  /// A rise of the frustration index, with the ties frustrated now that were not then.
  public struct FrustrationChange: Codable, Sendable {
    /// The frustration index in the baseline.
    public var before: Int
    /// The frustration index now.
    public var after: Int
    /// The current proven lower bound (equal to `after` when exact).
    public var afterLowerBound: Int
    /// Ties frustrated by the current optimal camps and not by the baseline's, with their
    /// relations. One optimal split among possibly several: a tie listed here is where the rise
    /// shows, not necessarily its only cause.
    public var newlyFrustrated: [StructuralBalance.Tie]
  }

  /// Compares `current` with the baseline.
  ///
  /// - Complexity: O(t log t) for t triads and ties.
  public func regression(_ current: StructuralBalance) -> Regression {
    let known = Set(unbalancedTriads)
    let fresh = current.unbalanced.filter { !known.contains($0.actors.sorted()) }
    var change: FrustrationChange?
    var certain = true
    if let camps = current.camps, camps.frustration > frustration {
      let wasFrustrated = Set(frustratedTies)
      change = FrustrationChange(
        before: frustration, after: camps.frustration, afterLowerBound: camps.lowerBound,
        newlyFrustrated: camps.frustrated.filter { !wasFrustrated.contains($0.actors) })
      certain = camps.lowerBound > frustration
    }
    return Regression(newUnbalancedTriads: fresh, frustrationRose: change, certain: certain)
  }
}

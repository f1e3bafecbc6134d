import GraphAnalytics

/// The answer a diagram of structural balance draws: which bloc each actor is in, and which
/// relations sit on a frustrated tie — decided here, from ``StructuralBalance``, so a diagram only
/// styles it and a library user gets the same blocs as `actorgraph balance`.
///
/// The signs come from the selection's own types: those of `filter.types` that carry a sign by
/// default (alliance, alignment, support +; hostility, attack −), or all of them when the filter
/// names no types. Types without a sign (membership, presence…) are drawn but sign nothing.
public struct BalanceBlocs: Sendable, Hashable {
  /// Which partition to draw.
  public enum Partition: String, Sendable, Hashable, CaseIterable, Codable {
    /// Davis's clusterability: the best split into any number of blocs.
    case blocs
    /// Cartwright–Harary: the best split into two opposed camps (the frustration index).
    case camps
  }

  /// Which partition the groups are: blocs or two camps.
  public var partition: Partition
  /// The signed types the blocs were computed from, in declaration order.
  public var types: [RelationType]
  /// Blocs (or camps), largest first, each a sorted list of actor indices; an actor with no signed
  /// tie is in none.
  public var groups: [[Int32]]
  /// The bloc of each actor with a signed tie: an index into ``groups``.
  public var groupOf: [Int32: Int]
  /// Indices into `dataset.relations` of every relation behind a frustrated tie (a positive tie
  /// across blocs, a negative one within a bloc, or an ambivalent pair).
  public var frustratedRelations: Set<Int>
  /// Frustrated ties, as the balance answer counts them (a tie counts once however many
  /// relations stand behind it).
  public var frustration: Int
  /// Whether the partition is proven optimal; `false` past the search's time or size limit.
  public var exact: Bool
  /// "optimal", or what stopped the search and the bounds.
  public var status: String

  /// The signed types of a selection: those of `types` with a default sign (all of the dataset's
  /// vocabulary for `nil`, declared types included).
  ///
  /// - Complexity: O(t) for t types in the dataset's vocabulary.
  public static func signedTypes(_ types: Set<RelationType>?, in dataset: Dataset) -> [RelationType] {
    dataset.vocabulary.relationTypes.filter { BalanceSign.defaultSign($0) != nil && (types?.contains($0) ?? true) }
  }

  /// Computes the blocs of the relations of `dataset` that pass `filter`.
  ///
  /// - Complexity: that of ``StructuralBalance/init(_:filter:options:)`` for one partition (NP-hard,
  ///   bounded by `search.timeLimit`), plus O(r) to map ties back to relations.
  public init(_ dataset: Dataset, filter: RelationFilter, partition: Partition = .blocs, search: FrustrationOptions = FrustrationOptions())
  {
    self.partition = partition
    types = Self.signedTypes(filter.types, in: dataset)
    var signed = filter
    signed.types = Set(types)
    // Only signed types are asked for, so the sign rule cannot refuse any.
    let balance = try? StructuralBalance(
      dataset, filter: signed, options: .init(camps: partition == .camps, blocs: partition == .blocs, search: search))
    let answer = partition == .camps ? balance?.camps : balance?.blocs
    groups = (answer?.groups ?? []).map { $0.compactMap { dataset.index(of: $0) } }
    var groupOf: [Int32: Int] = [:]
    for (g, members) in groups.enumerated() {
      for a in members { groupOf[a] = g }
    }
    self.groupOf = groupOf
    let ids = Set((answer?.frustrated ?? []).flatMap { $0.relations.map(\.id) })
    frustratedRelations = Set(dataset.relations.indices.filter { ids.contains(dataset.relationID($0)) })
    frustration = answer?.frustration ?? 0
    exact = answer?.exact ?? true
    status = answer?.status ?? "optimal"
  }
}

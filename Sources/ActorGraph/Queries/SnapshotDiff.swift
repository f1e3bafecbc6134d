/// What changed between two dates: relations that appeared, relations that ended, pairs whose
/// relation changed type (foes become allies), and events in between.
public struct SnapshotDiff: Codable, Sendable {
  /// A pair whose relation types differ between the two dates.
  public struct Change: Codable, Sendable {
    /// The two actors' ids, in id order.
    public var pair: [String]
    /// The pair's types at `from` (a directed type with its direction: `support a→b`).
    public var before: [String]
    /// The pair's types at `to`.
    public var after: [String]
  }

  /// The changes of one relation type.
  public struct Group: Codable, Sendable {
    /// The type (a declared type keeps its declaration).
    public var type: RelationType
    /// Relations valid at `to` but not at `from`.
    public var appeared: [RelationSummary]
    /// Relations valid at `from` but not at `to`.
    public var ended: [RelationSummary]
  }

  /// The earlier date.
  public var from: FuzzyDate
  /// The later date.
  public var to: FuzzyDate
  /// Per relation type: states of affairs valid at `to` but not at `from`, and the reverse.
  public var groups: [Group]
  /// Pairs whose set of relation types differs between the two snapshots.
  public var changed: [Change]
  /// Events dated after `from` and on or before `to`.
  public var events: [RelationSummary]
  /// Relations that match the filter but that nothing dates: they cannot be placed before or
  /// after either date, so they are listed apart rather than dropped.
  public var undated: [RelationSummary]

  /// Compares the snapshot at `from` with the snapshot at `to` (each a partial date meaning its last day).
  ///
  /// Undated relations hold in both snapshots and so never appear or end.
  ///
  /// - Complexity: O(r log r) for r relations.
  public init(_ dataset: Dataset, from: FuzzyDate, to: FuzzyDate, filter: RelationFilter = .all) {
    self.from = from
    self.to = to
    let (before, after) = SnapshotDiff.snapshots(filter, from: from, to: to)
    var appeared: [String: [RelationSummary]] = [:]
    var ended: [String: [RelationSummary]] = [:]
    var events: [RelationSummary] = []
    for (k, change) in SnapshotDiff.relationChanges(dataset, from: from, to: to, filter: filter) {
      let r = dataset.relations[k]
      switch change {
      case .appeared where r.type.isEvent: events.append(RelationSummary(dataset, k))
      case .appeared: appeared[r.type.rawValue, default: []].append(RelationSummary(dataset, k))
      case .ended: ended[r.type.rawValue, default: []].append(RelationSummary(dataset, k))
      }
    }
    // Which types link each pair in each snapshot, to see pairs whose relation changed type.
    var typesBefore: [[String]: Set<String>] = [:]
    var typesAfter: [[String]: Set<String>] = [:]
    for r in dataset.relations where !r.type.isEvent {
      let a = dataset.actor(r.source).id, b = dataset.actor(r.target).id
      // Compare unordered pairs, so hostility a–b followed by support b→a is one change;
      // directed types carry their direction in the label.
      let pair = [min(a, b), max(a, b)]
      let label = r.type.isSymmetric ? r.type.rawValue : "\(r.type.rawValue) \(a)→\(b)"
      if before.accepts(r) { typesBefore[pair, default: []].insert(label) }
      if after.accepts(r) { typesAfter[pair, default: []].insert(label) }
    }
    let byID: (RelationSummary, RelationSummary) -> Bool = { ($0.source, $0.target, $0.id) < ($1.source, $1.target, $1.id) }
    groups = dataset.vocabulary.relationTypes.filter { appeared[$0.rawValue] != nil || ended[$0.rawValue] != nil }.map {
      Group(type: $0, appeared: (appeared[$0.rawValue] ?? []).sorted(by: byID), ended: (ended[$0.rawValue] ?? []).sorted(by: byID))
    }
    var changed: [Change] = []
    for pair in Set(typesBefore.keys).union(typesAfter.keys) {
      let x = typesBefore[pair] ?? [], y = typesAfter[pair] ?? []
      if !x.isEmpty && !y.isEmpty && x != y {
        changed.append(Change(pair: pair, before: x.sorted(), after: y.sorted()))
      }
    }
    self.changed = changed.sorted { $0.pair.joined(separator: " ") < $1.pair.joined(separator: " ") }
    self.events = events.sorted { ($0.date?.description ?? "", $0.id) < ($1.date?.description ?? "", $1.id) }
    var timeless = filter
    timeless.time = .everything
    self.undated = dataset.relations.indices.filter {
      dataset.relations[$0].validity.basis == .undated && timeless.accepts(dataset.relations[$0])
    }.map { RelationSummary(dataset, $0) }.sorted(by: byID)
  }
}

/// How one relation changed between two snapshots.
public enum RelationChange: Int, Sendable {
  /// A state of affairs that began to hold, or an event dated in between.
  case appeared = 1
  /// A state of affairs that stopped holding.
  case ended = 2
}

extension SnapshotDiff {
  /// The snapshots `filter` selects at `from` and at `to`.
  static func snapshots(_ filter: RelationFilter, from: FuzzyDate, to: FuzzyDate) -> (RelationFilter, RelationFilter) {
    var before = filter
    before.asOf = from
    var after = filter
    after.asOf = to
    return (before, after)
  }

  /// How each relation changed between `from` and `to`; unchanged relations are absent.
  ///
  /// States of affairs appear or end by holding in one snapshot and not the other; events appear
  /// when dated after `from` and on or before `to`. Undated relations hold in both and never change.
  ///
  /// - Complexity: O(r) for r relations.
  public static func relationChanges(
    _ dataset: Dataset, from: FuzzyDate, to: FuzzyDate, filter: RelationFilter = .all
  ) -> [Int: RelationChange] {
    let (before, after) = snapshots(filter, from: from, to: to)
    var out: [Int: RelationChange] = [:]
    for (k, r) in dataset.relations.enumerated() {
      if r.type.isEvent {
        if let d = r.date, d.start > from.end, d.start <= to.end, filter.accepts(r) { out[k] = .appeared }
        continue
      }
      let was = before.accepts(r), now = after.accepts(r)
      if was != now { out[k] = now ? .appeared : .ended }
    }
    return out
  }
}

/// What changed between two dates: relations that appeared, relations that ended, pairs whose
/// relation changed type (foes become allies), and events in between.
public struct SnapshotDiff: Codable, Sendable {
  public struct Change: Codable, Sendable {
    public var pair: [String]
    public var before: [String]
    public var after: [String]
  }

  public struct Group: Codable, Sendable {
    public var type: String
    public var appeared: [RelationSummary]
    public var ended: [RelationSummary]
  }

  public var from: String
  public var to: String
  /// Per relation type: states of affairs valid at `to` but not at `from`, and the reverse.
  public var groups: [Group]
  /// Pairs whose set of relation types differs between the two snapshots.
  public var changed: [Change]
  /// Events dated after `from` and on or before `to`.
  public var events: [RelationSummary]

  /// Compares the snapshot at `from` with the snapshot at `to` (each a partial date meaning its last day).
  ///
  /// Undated relations hold in both snapshots and so never appear or end.
  public init(_ dataset: Dataset, from: FuzzyDate, to: FuzzyDate, filter: RelationFilter = .all) {
    self.from = from.description
    self.to = to.description
    var before = filter
    before.asOf = from
    var after = filter
    after.asOf = to
    var appeared: [String: [RelationSummary]] = [:]
    var ended: [String: [RelationSummary]] = [:]
    var typesBefore: [[String]: Set<String>] = [:]
    var typesAfter: [[String]: Set<String>] = [:]
    var events: [RelationSummary] = []
    for (k, r) in dataset.relations.enumerated() {
      let a = dataset.actor(r.source).id, b = dataset.actor(r.target).id
      // Compare unordered pairs, so hostility a–b followed by support b→a is one change;
      // directed types carry their direction in the label.
      let pair = [min(a, b), max(a, b)]
      let label = r.type.isSymmetric ? r.type.rawValue : "\(r.type.rawValue) \(a)→\(b)"
      if r.type.isEvent {
        if let d = r.date, d.start > from.end, d.start <= to.end, filter.accepts(r) {
          events.append(RelationSummary(dataset, k))
        }
        continue
      }
      let was = before.accepts(r), isNow = after.accepts(r)
      if was { typesBefore[pair, default: []].insert(label) }
      if isNow { typesAfter[pair, default: []].insert(label) }
      if isNow && !was { appeared[r.type.rawValue, default: []].append(RelationSummary(dataset, k)) }
      if was && !isNow { ended[r.type.rawValue, default: []].append(RelationSummary(dataset, k)) }
    }
    let order = RelationType.allCases.map(\.rawValue)
    let byID: (RelationSummary, RelationSummary) -> Bool = { ($0.source, $0.target, $0.id) < ($1.source, $1.target, $1.id) }
    groups = order.filter { appeared[$0] != nil || ended[$0] != nil }.map {
      Group(type: $0, appeared: (appeared[$0] ?? []).sorted(by: byID), ended: (ended[$0] ?? []).sorted(by: byID))
    }
    var changed: [Change] = []
    for pair in Set(typesBefore.keys).union(typesAfter.keys) {
      let x = typesBefore[pair] ?? [], y = typesAfter[pair] ?? []
      if !x.isEmpty && !y.isEmpty && x != y {
        changed.append(Change(pair: pair, before: x.sorted(), after: y.sorted()))
      }
    }
    self.changed = changed.sorted { $0.pair.joined(separator: " ") < $1.pair.joined(separator: " ") }
    self.events = events.sorted { ($0.date ?? "", $0.id) < ($1.date ?? "", $1.id) }
  }
}

/// Everything the dataset says about one actor, grouped as an analyst reads it.
public struct ActorProfile: Codable, Sendable {
  /// The relations of one type.
  public struct Group: Codable, Sendable {
    /// The type (a declared type keeps its declaration).
    public var type: RelationType
    /// The relations, oldest first (by date or start), then by source, target and id.
    public var relations: [RelationSummary]
  }

  /// The actor's id.
  public var id: String
  /// The actor's name.
  public var name: String
  /// The actor's kind, as data writes it.
  public var kind: String
  /// The finer kind, if any.
  public var subkind: String?
  /// The country, as the data names it.
  public var country: String?
  /// Other spellings of the actor's name.
  public var aliases: [String]
  /// The data's notes.
  public var notes: String?
  /// Whether the actor itself is our inference rather than named by a source.
  public var inferred: Bool
  /// The citations for the actor, as written.
  public var sources: [String]
  /// Umbrella groups the actor belongs to.
  public var memberOf: [String]
  /// Actors that are members of this one.
  public var members: [String]
  /// When the actor came into being, as the data states it.
  public var founded: FuzzyDate?
  /// When it ceased to exist, as the data states it.
  public var dissolved: FuzzyDate?
  /// Why the actor may not be there on the snapshot date of `filter` (not founded yet, dissolved,
  /// nothing recorded of it yet), when that is so (``ActorExistence``).
  public var existence: ActorExistence?
  /// Relations from this actor, grouped by type (symmetric types appear here when the actor is the source).
  public var outgoing: [Group]
  /// Relations to this actor, grouped by type.
  public var incoming: [Group]

  /// Builds the profile of actor `index`, keeping only relations that pass `filter`.
  ///
  /// - Complexity: O(r + k log k) for r relations, k of them the actor's.
  public init(_ dataset: Dataset, actor index: Int32, filter: RelationFilter = .all) {
    let a = dataset.actors[Int(index)]
    id = a.id
    name = a.name
    kind = a.kind.rawValue
    subkind = a.subkind
    country = a.country
    aliases = a.aliases
    notes = a.notes
    inferred = a.inferred
    sources = a.sources.map(\.description)
    founded = a.founded
    dissolved = a.dissolved
    existence = ActorExistence.on(filter, actor: index, in: dataset)
    var out: [String: [RelationSummary]] = [:]
    var inc: [String: [RelationSummary]] = [:]
    var members = Set<String>()
    var memberOf = Set<String>()
    for (k, r) in dataset.relations.enumerated() where filter.accepts(r) {
      if r.source == index {
        out[r.type.rawValue, default: []].append(RelationSummary(dataset, k))
        if r.type == .membership { memberOf.insert(dataset.actors[Int(r.target)].id) }
      }
      if r.target == index {
        inc[r.type.rawValue, default: []].append(RelationSummary(dataset, k))
        if r.type == .membership { members.insert(dataset.actors[Int(r.source)].id) }
      }
    }
    self.members = members.sorted()
    self.memberOf = memberOf.sorted()
    func groups(_ d: [String: [RelationSummary]]) -> [Group] {
      dataset.vocabulary.relationTypes.filter { d[$0.rawValue] != nil }.map { type in
        Group(
          type: type,
          relations: d[type.rawValue]!.sorted {
            (($0.date ?? $0.since)?.description ?? "", $0.source, $0.target, $0.id)
              < (($1.date ?? $1.since)?.description ?? "", $1.source, $1.target, $1.id)
          })
      }
    }
    outgoing = groups(out)
    incoming = groups(inc)
  }
}

/// The sources behind relations: what a statement rests on, so that every answer can be cited.
public struct Evidence: Codable, Sendable {
  /// A citation resolved against the dataset's source list.
  public struct Citation: Codable, Sendable, Hashable {
    /// The cited source's id.
    public var id: String
    /// Where in the source.
    public var locator: String?
    /// How believable the cited statement is, 1–6, when graded.
    public var credibility: Int?
    /// Who published the source.
    public var outlet: String?
    /// The source's title.
    public var title: String?
    /// When the source was published.
    public var date: String?
    /// Where to read the source.
    public var url: String?
    /// The source's reliability grade (A–F) and, if it is relayed, the relay's id.
    public var reliability: String?
    /// The id of the source that relays this one, if it is relayed.
    public var relayedBy: String?
  }

  /// One relation and the citations it rests on.
  public struct Item: Codable, Sendable {
    /// The relation.
    public var relation: RelationSummary
    /// Its citations, resolved against the dataset's sources.
    public var citations: [Citation]
  }

  /// One hop of a path, with every relation that links its two actors.
  public struct Hop: Codable, Sendable {
    /// The first actor's id.
    public var from: String
    /// The second actor's id.
    public var to: String
    /// The relations between them, in date order.
    public var items: [Item]

    /// A hop between `from` and `to` resting on `items`.
    public init(from: String, to: String, items: [Item]) {
      self.from = from
      self.to = to
      self.items = items
    }
  }

  /// The hops, in order.
  public var hops: [Hop]

  /// The citations of relation `relation`, resolved against the dataset's sources.
  ///
  /// - Complexity: O(c · s) for c citations and s sources.
  public static func citations(_ dataset: Dataset, _ relation: Int) -> [Citation] {
    dataset.relations[relation].sources.map { ref in
      let s = dataset.source(id: ref.id)
      return Citation(
        id: ref.id, locator: ref.locator, credibility: ref.credibility?.rawValue, outlet: s?.outlet,
        title: s?.title, date: s?.date?.description, url: s?.url, reliability: s?.reliability?.rawValue, relayedBy: s?.relayedBy)
    }
  }

  /// Every relation linking `a` and `b`, in either direction, that passes `filter`, in date order:
  /// by the start of its own date or `since`, undated relations last, then by type and id.
  ///
  /// - Complexity: O(R log R) for R relations in the dataset.
  public static func between(_ dataset: Dataset, _ a: Int32, _ b: Int32, filter: RelationFilter = .all) -> Hop {
    var keyed: [(start: Int32, type: String, id: String, item: Item)] = []
    for (k, r) in dataset.relations.enumerated()
    where ((r.source == a && r.target == b) || (r.source == b && r.target == a)) && filter.accepts(r) {
      // Date order by when the relation began or happened, by its own dates; undated ones last.
      let start = r.date?.start ?? r.since?.start ?? Int32.max
      let item = Item(relation: RelationSummary(dataset, k), citations: citations(dataset, k))
      keyed.append((start, r.type.rawValue, item.relation.id, item))
    }
    keyed.sort { ($0.start, $0.type, $0.id) < ($1.start, $1.type, $1.id) }
    let items = keyed.map(\.item)
    return Hop(from: dataset.actor(a).id, to: dataset.actor(b).id, items: items)
  }

  /// Evidence made of these hops.
  public init(hops: [Hop]) { self.hops = hops }

  /// The evidence for each hop of a support chain: the relations of the hop's own type between its
  /// two actors, in either direction, that pass `filter` (``between(_:_:_:filter:)`` keeps every
  /// type; a chain's hop rests only on its own). A hop whose actor ids the dataset does not know (a
  /// chain from another dataset) has no items.
  ///
  /// - Complexity: O(h · R log R) for h hops and R relations.
  public init(_ dataset: Dataset, chain: SupportQuery.Chain, filter: RelationFilter = .all) {
    hops = chain.hops.map { h in
      guard let a = dataset.index(of: h.from), let b = dataset.index(of: h.to) else { return Hop(from: h.from, to: h.to, items: []) }
      let all = Evidence.between(dataset, a, b, filter: filter)
      return Hop(from: all.from, to: all.to, items: all.items.filter { $0.relation.type == h.type })
    }
  }

  /// The evidence for each consecutive pair of a path of actors.
  ///
  /// - Complexity: O(p · R log R) for a path of p actors and R relations.
  public init(_ dataset: Dataset, path: [Int32], filter: RelationFilter = .all) {
    hops = zip(path, path.dropFirst()).map { Evidence.between(dataset, $0, $1, filter: filter) }
  }
}

import GraphAnalytics

/// How one actor is connected to another: paths through a selection's graph, each hop explained
/// by the relations behind it.
///
/// The graph comes from a ``GraphSelection`` (its filter, and whether direction counts); the search
/// itself is GraphAnalytics' (breadth-first shortest paths, all shortest paths, Yen's K shortest
/// simple paths, or a walk through given actors). What this type adds is the domain's reading of
/// a path: which relations make each hop, and which one speaks for it (``strongest(_:_:)``).
///
/// ```swift
/// let selection = GraphSelection(dataset)
/// let answer = PathSearch().run(dataset, in: selection, from: iran, to: kataibHezbollah)
/// for hop in answer.paths.first?.hops ?? [] { print(hop.from, hop.type.verb, hop.to, hop.attribution) }
/// ```
public struct PathSearch: Sendable {
  /// Which paths to return.
  public enum Mode: Sendable, Hashable {
    /// One shortest path: among equally short ones, the lexicographically smallest by actor order.
    case shortest
    /// Every shortest path, at most `limit` of them (their number can be exponential).
    case allShortest(limit: Int)
    /// The `k` shortest simple paths (Yen's algorithm), shortest first.
    case kShortest(Int)
  }

  /// One step of a path: every selected relation between its two actors, in the direction walked
  /// (either way for a symmetric type or an undirected selection).
  public struct Hop: Codable, Sendable, Hashable {
    /// The actor the hop leaves.
    public var from: String
    /// The actor the hop reaches.
    public var to: String
    /// The type of the relation that speaks for the hop.
    public var type: RelationType
    /// The id of the relation that speaks for the hop (``PathSearch/strongest(_:_:)``).
    public var relation: String
    /// Every relation behind the hop, by id, in dataset order.
    public var relations: [String]
    /// The attribution of the relation that speaks for the hop.
    public var attribution: Attribution
    /// The confidence of the relation that speaks for the hop.
    public var confidence: Confidence
    /// The time of that relation in words (``RelationSummary/timeText``).
    public var time: String
    /// `true` when the hop runs against that relation's own direction (only in an undirected
    /// selection, and never for a symmetric type); absent otherwise.
    public var reversed: Bool?
  }

  /// One path and its hops.
  public struct Path: Codable, Sendable, Hashable {
    /// The number of hops.
    public var length: Int
    /// The hops, from the first actor to the last.
    public var hops: [Hop]
  }

  /// The answer: every path found, in the order the search returns them.
  public struct Result: Codable, Sendable {
    /// The first actor's id.
    public var from: String
    /// The last actor's id.
    public var to: String
    /// The paths; empty when the selection connects the two in no allowed way.
    public var paths: [Path]
  }

  /// Which paths to return.
  public var mode: Mode
  /// Actors (by index) every path passes through, in order. With any, one shortest walk through
  /// them is returned, whatever `mode` says.
  public var via: [Int32]
  /// Actors (by index) no path may enter.
  public var avoiding: [Int32]
  /// The most hops a path may have; `nil` for no limit.
  public var maxLength: Int?

  /// A search with these settings; the defaults ask for one shortest path.
  public init(mode: Mode = .shortest, via: [Int32] = [], avoiding: [Int32] = [], maxLength: Int? = nil) {
    self.mode = mode
    self.via = via
    self.avoiding = avoiding
    self.maxLength = maxLength
  }

  /// The paths from actor `a` to actor `b` in `selection`, as actor indices. Empty when either end,
  /// or an actor of ``via``, is not in the selection.
  ///
  /// - Complexity: O(n + m) for one shortest path (per leg with ``via``) on a selection of n actors
  ///   and m arcs; O(n + m + p·L·d) for ``Mode/allShortest(limit:)`` (p paths of L hops, degree d);
  ///   O(k·n·(n + m)) for ``Mode/kShortest(_:)``.
  public func actorPaths(in selection: GraphSelection, from a: Int32, to b: Int32) -> [[Int32]] {
    guard let s = selection.vertex(ofActor: a), let t = selection.vertex(ofActor: b) else { return [] }
    let viaVertices = via.compactMap { selection.vertex(ofActor: $0) }
    guard viaVertices.count == via.count else { return [] }
    let constraints = PathConstraints(
      direction: .outgoing, avoiding: Set(avoiding.compactMap { selection.vertex(ofActor: $0) }), maxLength: maxLength)
    let graph = selection.graph
    var paths: [[Int32]] = []
    if !viaVertices.isEmpty {
      if let p = graph.shortestPath(from: s, via: viaVertices, to: t, constraints: constraints) { paths = [p] }
    } else {
      switch mode {
      case .kShortest(let k): paths = graph.kShortestPaths(from: s, to: t, k: k, constraints: constraints)
      case .allShortest(let limit): paths = graph.allShortestPaths(from: s, to: t, constraints: constraints, limit: limit)
      case .shortest: paths = graph.shortestPath(from: s, to: t, constraints: constraints).map { [$0] } ?? []
      }
    }
    return paths.map { $0.map { selection.actorOfVertex[Int($0)] } }
  }

  /// The paths from actor `a` to actor `b` in `selection`, each hop explained.
  ///
  /// - Complexity: that of ``actorPaths(in:from:to:)``, plus O(r) for one pass over the r relations
  ///   to find those behind the hops.
  public func run(_ dataset: Dataset, in selection: GraphSelection, from a: Int32, to b: Int32) -> Result {
    let actorPaths = actorPaths(in: selection, from: a, to: b)
    let arcs = Set(actorPaths.flatMap { zip($0, $0.dropFirst()).map { [$0, $1] } })
    let behind = selection.relations(behind: arcs, in: dataset)
    let paths = actorPaths.map { actors in
      Path(
        length: actors.count - 1,
        hops: zip(actors, actors.dropFirst()).compactMap { PathSearch.hop(dataset, from: $0, to: $1, relations: behind[[$0, $1]] ?? []) })
    }
    return Result(from: dataset.actor(a).id, to: dataset.actor(b).id, paths: paths)
  }

  /// The relation that speaks for a hop among `relations` (indices): the surest (highest
  /// confidence), then the most certain attribution, then the lowest id. Every relation of the hop
  /// is still listed; this one gives the hop its type, attribution, confidence and time.
  ///
  /// - Returns: `nil` for an empty list.
  /// - Complexity: O(k) for k relations.
  public static func strongest(_ dataset: Dataset, _ relations: [Int]) -> Int? {
    relations.max {
      (dataset.relations[$0].confidence, dataset.relations[$0].attribution, dataset.relationID($1))
        < (dataset.relations[$1].confidence, dataset.relations[$1].attribution, dataset.relationID($0))
    }
  }

  /// The hop from actor `u` to actor `v` made of `relations` (indices), spoken for by the
  /// ``strongest(_:_:)`` of them; `nil` when there is none (an arc of a selection always has one).
  ///
  /// - Complexity: O(k) for k relations.
  public static func hop(_ dataset: Dataset, from u: Int32, to v: Int32, relations: [Int]) -> Hop? {
    guard let best = strongest(dataset, relations) else { return nil }
    let summary = RelationSummary(dataset, best)
    let r = dataset.relations[best]
    return Hop(
      from: dataset.actor(u).id, to: dataset.actor(v).id, type: summary.type, relation: summary.id,
      relations: relations.map { dataset.relationID($0) }, attribution: summary.attribution, confidence: summary.confidence,
      time: summary.timeText, reversed: r.source != u && !r.type.isSymmetric ? true : nil)
  }
}

import GraphAnalytics

/// The compact graph of a selection of the dataset, and the maps between actors and vertices.
///
/// Vertices are every actor of the dataset, in dataset order, whether or not a selected relation
/// touches it: an actor with no selected relation is an isolated vertex (centrality 0, a component
/// of its own). So measures equal NetworkX's and igraph's on a graph built from the node list and
/// the selected arcs, and normalisations by n−1 count the same n. `includeIsolated: false` keeps
/// only the actors at either end of a selected relation (the CLI's `--drop-isolates`).
/// Parallel relations between one pair collapse to one arc; symmetric types (alliance, hostility)
/// give arcs both ways; `undirected` builds an undirected graph.
public struct GraphSelection: Sendable {
  /// The graph: one vertex per selected actor, one arc per related ordered pair.
  public let graph: CompactGraph
  /// The actor index of each vertex.
  public let actorOfVertex: [Int32]
  /// The vertex of each actor, or -1 when the actor is not in the selection.
  public let vertexOfActor: [Int32]
  /// The relations the graph was built from.
  public let filter: RelationFilter
  /// Whether direction was ignored.
  public let undirected: Bool

  /// Builds the selection.
  ///
  /// - Complexity: O(r + n) for r relations and n actors, plus the CSR build.
  public init(_ dataset: Dataset, filter: RelationFilter = .all, undirected: Bool = false, includeIsolated: Bool = true) {
    self.filter = filter
    self.undirected = undirected
    let n = dataset.actors.count
    var vertexOf = [Int32](repeating: -1, count: n)
    var actorOf: [Int32] = []
    var sources: [Int32] = []
    var targets: [Int32] = []
    sources.reserveCapacity(dataset.relations.count)
    targets.reserveCapacity(dataset.relations.count)
    if includeIsolated {
      actorOf = (0..<Int32(n)).map { $0 }
      vertexOf = actorOf
    }
    @inline(__always) func vertex(_ a: Int32) -> Int32 {
      let v = vertexOf[Int(a)]
      if v >= 0 { return v }
      let nv = Int32(actorOf.count)
      vertexOf[Int(a)] = nv
      actorOf.append(a)
      return nv
    }
    for r in dataset.relations where filter.accepts(r) {
      let s = vertex(r.source), t = vertex(r.target)
      sources.append(s)
      targets.append(t)
      if r.type.isSymmetric && !undirected {
        sources.append(t)
        targets.append(s)
      }
    }
    graph = CompactGraph(vertexCount: actorOf.count, sources: sources, targets: targets, directed: !undirected)
    actorOfVertex = actorOf
    vertexOfActor = vertexOf
  }

  /// The vertex of an actor, if the selection holds it.
  public func vertex(ofActor a: Int32) -> Int32? {
    let v = vertexOfActor[Int(a)]
    return v >= 0 ? v : nil
  }

  /// The relations behind each arc in `arcs` (actor pairs `[from, to]`; either way for symmetric
  /// types or an undirected selection), found in one pass over the dataset.
  ///
  /// - Complexity: O(r) for r relations, however many arcs are asked for.
  public func relations(behind arcs: Set<[Int32]>, in dataset: Dataset) -> [[Int32]: [Int]] {
    var out: [[Int32]: [Int]] = [:]
    for (k, r) in dataset.relations.enumerated() where filter.accepts(r) {
      if arcs.contains([r.source, r.target]) { out[[r.source, r.target], default: []].append(k) }
      if (undirected || r.type.isSymmetric) && arcs.contains([r.target, r.source]) {
        out[[r.target, r.source], default: []].append(k)
      }
    }
    return out
  }

}

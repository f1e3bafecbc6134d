// Unweighted shortest paths by breadth-first search (E. F. Moore, "The
// shortest path through a maze", 1959).
//
// Tie-breaking: among equally short paths the one returned is the
// lexicographically smallest vertex sequence. The search runs backwards from
// the target to get distances, then walks forwards from the source taking the
// smallest-index neighbour that is one step closer.

extension CompactGraph {
  /// Hop distances from `source` to every vertex (−1 when unreachable).
  ///
  /// - Parameters:
  ///   - source: The start vertex.
  ///   - direction: Which arcs a step follows.
  /// - Returns: One distance per vertex.
  /// - Complexity: O(*n* + *m*).
  public func distances(from source: Int32, direction: EdgeDirection = .outgoing) -> [Int32] {
    // Distances *to* the source along reversed arcs are distances from it.
    let reversedDirection: EdgeDirection =
      switch direction {
      case .outgoing: .incoming
      case .incoming: .outgoing
      case .both: .both
      }
    let reversedStepper = Stepper(
      graph: self, constraints: PathConstraints(direction: reversedDirection))
    return reversedStepper.distancesTo(source, stopAt: nil, limit: nil)
  }

  /// A shortest path from `source` to `target`, or `nil` when none is allowed.
  ///
  /// Among equally short paths, returns the lexicographically smallest
  /// vertex sequence, so results are deterministic.
  ///
  /// - Parameters:
  ///   - source: The first vertex.
  ///   - target: The last vertex.
  ///   - constraints: Direction, avoided vertices, arc filter, length limit.
  /// - Returns: The vertices from `source` to `target` inclusive (`[source]`
  ///   when they are equal).
  /// - Complexity: O(*n* + *m*).
  public func shortestPath(
    from source: Int32, to target: Int32, constraints: PathConstraints = .init()
  ) -> [Int32]? {
    Stepper(graph: self, constraints: constraints).shortestPath(from: source, to: target)
  }

  /// A shortest walk from `source` through each of `via`, in order, to `target`.
  ///
  /// Composes one shortest-path search per leg. The legs are each shortest
  /// and simple, but the whole walk may revisit a vertex. ``PathConstraints/maxLength``
  /// applies to the whole walk.
  ///
  /// - Parameters:
  ///   - source: The first vertex.
  ///   - via: Vertices to pass through, in order.
  ///   - target: The last vertex.
  ///   - constraints: Direction, avoided vertices, arc filter, length limit.
  /// - Returns: The walk, or `nil` when a leg has no path or it is too long.
  /// - Complexity: O((*v* + 1)(*n* + *m*)) for *v* via vertices.
  public func shortestPath(
    from source: Int32, via: [Int32], to target: Int32, constraints: PathConstraints = .init()
  ) -> [Int32]? {
    var legConstraints = constraints
    legConstraints.maxLength = nil
    let stepper = Stepper(graph: self, constraints: legConstraints)
    var walk: [Int32] = [source]
    var from = source
    for stop in via + [target] {
      guard let leg = stepper.shortestPath(from: from, to: stop) else { return nil }
      walk.append(contentsOf: leg.dropFirst())
      from = stop
    }
    if let limit = constraints.maxLength, walk.count - 1 > limit { return nil }
    return walk
  }

  /// Every shortest path from `source` to `target`, in lexicographic order.
  ///
  /// - Parameters:
  ///   - source: The first vertex.
  ///   - target: The last vertex.
  ///   - constraints: Direction, avoided vertices, arc filter, length limit.
  ///   - limit: Stop after this many paths (their number can be exponential).
  /// - Returns: The paths; empty when there is none.
  /// - Complexity: O(*n* + *m* + *p* · *L* · *d*) for *p* paths of *L* arcs
  ///   and maximum degree *d*.
  public func allShortestPaths(
    from source: Int32, to target: Int32, constraints: PathConstraints = .init(),
    limit: Int = .max
  ) -> [[Int32]] {
    let stepper = Stepper(graph: self, constraints: constraints)
    guard stepper.shortestPath(from: source, to: target) != nil else { return [] }
    if source == target { return [[source]] }
    let dist = stepper.distancesTo(target, stopAt: source, limit: constraints.maxLength)
    var result: [[Int32]] = []
    var path: [Int32] = [source]
    // Iterative depth-first enumeration over the layered DAG.
    var choices: [[Int32]] = []
    func nexts(_ u: Int32) -> [Int32] {
      var out: [Int32] = []
      let want = dist[Int(u)] - 1
      stepper.forEachStep(from: u, reverse: false) { w in
        if dist[Int(w)] == want { out.append(w) }
      }
      return out.reversed()  // popLast yields ascending order
    }
    choices.append(nexts(source))
    while !choices.isEmpty && result.count < limit {
      guard let w = choices[choices.count - 1].popLast() else {
        choices.removeLast()
        path.removeLast()
        continue
      }
      path.append(w)
      if w == target {
        result.append(path)
        path.removeLast()
      } else {
        choices.append(nexts(w))
      }
    }
    return result
  }
}

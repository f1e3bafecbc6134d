// Ego networks: the vertices within a given number of hops of one or more
// centre vertices, found by multi-source breadth-first search.

/// A vertex of an ego network and its hop distance from the nearest centre.
public struct EgoMember: Sendable, Hashable {
  /// The vertex.
  public let vertex: Int32
  /// Hops from the nearest centre (0 for a centre).
  public let distance: Int

  /// Creates a member.
  ///
  /// - Parameters:
  ///   - vertex: The vertex.
  ///   - distance: Hops from the nearest centre.
  public init(vertex: Int32, distance: Int) {
    self.vertex = vertex
    self.distance = distance
  }
}

extension CompactGraph {
  /// The vertices within `depth` hops of any of `centers`, with their distance.
  ///
  /// - Parameters:
  ///   - centers: The ego vertices (distance 0).
  ///   - depth: The most hops to follow (0 returns the centres).
  ///   - direction: Follow out-arcs, in-arcs or both.
  /// - Returns: Members sorted by distance, then by vertex.
  /// - Complexity: O(*n* + *m*) at worst; proportional to the explored part.
  public func egoNetwork(
    of centers: [Int32], depth: Int, direction: EdgeDirection = .both
  ) -> [EgoMember] {
    var dist: [Int32: Int] = [:]
    var frontier: [Int32] = []
    for c in Set(centers).sorted() {
      dist[c] = 0
      frontier.append(c)
    }
    var members = frontier.map { EgoMember(vertex: $0, distance: 0) }
    let stepper = Stepper(graph: self, constraints: PathConstraints(direction: direction))
    var level = 0
    while level < depth && !frontier.isEmpty {
      level += 1
      var next: [Int32] = []
      for v in frontier {
        stepper.forEachStep(from: v, reverse: false) { w in
          if dist[w] == nil {
            dist[w] = level
            next.append(w)
          }
        }
      }
      next.sort()
      members.append(contentsOf: next.map { EgoMember(vertex: $0, distance: level) })
      frontier = next
    }
    return members
  }

  /// The vertices within `depth` hops of `center`, with their distance.
  ///
  /// - Parameters:
  ///   - center: The ego vertex.
  ///   - depth: The most hops to follow.
  ///   - direction: Follow out-arcs, in-arcs or both.
  /// - Returns: Members sorted by distance, then by vertex.
  /// - Complexity: Proportional to the explored part of the graph.
  public func egoNetwork(
    of center: Int32, depth: Int, direction: EdgeDirection = .both
  ) -> [EgoMember] {
    egoNetwork(of: [center], depth: depth, direction: direction)
  }
}

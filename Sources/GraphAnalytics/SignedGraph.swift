// Signed graphs and structural balance.
//
// Cartwright & Harary, "Structural balance: a generalization of Heider's theory", Psychological
// Review 63(5), 1956: a signed graph is balanced when its vertices split into two camps with every
// positive edge inside a camp and every negative edge across. The frustration index (line index of
// balance) is the least number of edges whose removal — equivalently, whose sign change — makes it
// balanced. Davis, "Clustering and structural balance in graphs", Human Relations 20(2), 1967:
// the same with any number of camps (k-balance, clusterability).

/// An undirected signed graph in compressed sparse rows of `Int32`.
///
/// Each edge carries a sign: `+1`, `−1`, or `0` for an edge that is positive and negative at once
/// (two parallel ties of opposite sign). Such an edge is frustrated under every partition, so it
/// adds exactly one to every frustration count and never changes which partition is best; it
/// takes part in no balance decision and its triangles are counted apart.
///
/// Edges are normalised: endpoints `u < v`, sorted, no self-loops; giving the same pair twice is a
/// precondition failure (the caller decides what two ties between one pair mean).
public struct SignedGraph: Sendable, Hashable {
  /// The number of vertices; vertices are `0 ..< vertexCount`.
  public let vertexCount: Int
  /// Smaller endpoint of each edge.
  public let edgeU: [Int32]
  /// Larger endpoint of each edge.
  public let edgeV: [Int32]
  /// Sign of each edge: `+1`, `−1`, or `0` (both).
  public let edgeSign: [Int8]
  /// Row starts of the adjacency; `vertexCount + 1` entries.
  public let offsets: [Int32]
  /// Neighbours, ascending within each row.
  public let neighbors: [Int32]
  /// The edge behind each adjacency entry.
  public let neighborEdge: [Int32]

  /// Creates a signed graph.
  ///
  /// - Parameters:
  ///   - vertexCount: Vertices are `0 ..< vertexCount`.
  ///   - edges: `(u, v, sign)` with `sign` in `−1, 0, +1`; order of endpoints does not matter.
  /// - Precondition: Endpoints are valid and distinct, and no pair appears twice.
  /// - Complexity: O(*n* + *m* log *m*).
  public init(vertexCount: Int, edges: [(Int32, Int32, Int8)]) {
    precondition(vertexCount >= 0 && vertexCount < Int(Int32.max), "vertexCount out of range")
    let sorted = edges.map { (min($0.0, $0.1), max($0.0, $0.1), $0.2) }.sorted { ($0.0, $0.1) < ($1.0, $1.1) }
    for (k, e) in sorted.enumerated() {
      precondition(e.0 >= 0 && Int(e.1) < vertexCount && e.0 != e.1, "edge endpoint out of range or a loop")
      precondition(e.2 >= -1 && e.2 <= 1, "sign must be -1, 0 or +1")
      precondition(k == 0 || (sorted[k - 1].0, sorted[k - 1].1) != (e.0, e.1), "pair given twice")
    }
    self.vertexCount = vertexCount
    edgeU = sorted.map(\.0)
    edgeV = sorted.map(\.1)
    edgeSign = sorted.map(\.2)
    var degree = [Int32](repeating: 0, count: vertexCount + 1)
    for e in sorted {
      degree[Int(e.0) + 1] += 1
      degree[Int(e.1) + 1] += 1
    }
    for v in 0..<vertexCount { degree[v + 1] += degree[v] }
    offsets = degree
    var fill = Array(degree.dropLast())
    var nb = [Int32](repeating: 0, count: 2 * sorted.count)
    var ne = [Int32](repeating: 0, count: 2 * sorted.count)
    for (k, e) in sorted.enumerated() {
      nb[Int(fill[Int(e.0)])] = e.1
      ne[Int(fill[Int(e.0)])] = Int32(k)
      fill[Int(e.0)] += 1
      nb[Int(fill[Int(e.1)])] = e.0
      ne[Int(fill[Int(e.1)])] = Int32(k)
      fill[Int(e.1)] += 1
    }
    // Rows come out ascending: edges are sorted by (u, v), so a row receives its smaller
    // neighbours (as v) in order of u, then its larger ones (as u) in order of v.
    neighbors = nb
    neighborEdge = ne
  }

  /// The number of edges.
  public var edgeCount: Int { edgeSign.count }

  /// Edges that are positive and negative at once.
  public var ambivalentEdgeCount: Int { edgeSign.lazy.filter { $0 == 0 }.count }

  /// The edge joining `u` and `v`, if any.
  ///
  /// - Complexity: O(log *d*) for the degree *d* of `u`.
  public func edge(_ u: Int32, _ v: Int32) -> Int32? {
    var lo = Int(offsets[Int(u)])
    var hi = Int(offsets[Int(u) + 1])
    while lo < hi {
      let mid = (lo + hi) / 2
      if neighbors[mid] < v { lo = mid + 1 } else { hi = mid }
    }
    return lo < Int(offsets[Int(u) + 1]) && neighbors[lo] == v ? neighborEdge[lo] : nil
  }

  /// Whether edge `e` is frustrated when vertex `v` sits on side `side[v]`: a positive edge across
  /// the camps, a negative edge inside one, and an ambivalent edge always.
  @inlinable
  public func isFrustrated(_ e: Int, side: [Bool]) -> Bool {
    let same = side[Int(edgeU[e])] == side[Int(edgeV[e])]
    switch edgeSign[e] {
    case 1: return !same
    case -1: return same
    default: return true
    }
  }

  /// Whether edge `e` is frustrated under a partition into any number of blocs (`bloc[v]`).
  @inlinable
  public func isFrustrated(_ e: Int, bloc: [Int32]) -> Bool {
    let same = bloc[Int(edgeU[e])] == bloc[Int(edgeV[e])]
    switch edgeSign[e] {
    case 1: return !same
    case -1: return same
    default: return true
    }
  }

  /// The number of frustrated edges under a two-camp partition.
  ///
  /// - Complexity: O(*m*).
  public func frustration(side: [Bool]) -> Int {
    (0..<edgeCount).reduce(0) { $0 + (isFrustrated($1, side: side) ? 1 : 0) }
  }

  /// The number of frustrated edges under a partition into blocs.
  ///
  /// - Complexity: O(*m*).
  public func frustration(bloc: [Int32]) -> Int {
    (0..<edgeCount).reduce(0) { $0 + (isFrustrated($1, bloc: bloc) ? 1 : 0) }
  }

  /// The connected components (ambivalent edges included), largest first, each ascending.
  ///
  /// - Complexity: O(*n* + *m*).
  public func components() -> [[Int32]] {
    CompactGraph(vertexCount: vertexCount, sources: edgeU, targets: edgeV, directed: false)
      .weaklyConnectedComponents()
  }

  /// The connected components of the positive edges alone, largest first, each ascending;
  /// vertices with no positive edge are left out.
  ///
  /// - Complexity: O(*n* + *m*).
  public func positiveComponents() -> [[Int32]] {
    var s: [Int32] = []
    var t: [Int32] = []
    var touched = [Bool](repeating: false, count: vertexCount)
    for e in 0..<edgeCount where edgeSign[e] == 1 {
      s.append(edgeU[e])
      t.append(edgeV[e])
      touched[Int(edgeU[e])] = true
      touched[Int(edgeV[e])] = true
    }
    return CompactGraph(vertexCount: vertexCount, sources: s, targets: t, directed: false)
      .weaklyConnectedComponents().filter { touched[Int($0[0])] }
  }
}

// MARK: - Triads

/// One triangle of a signed graph: vertices `a < b < c` and the edges `ab`, `bc`, `ac`.
public struct SignedTriangle: Sendable, Hashable {
  /// The vertices, `a < b < c`.
  public var a: Int32, b: Int32, c: Int32
  /// The edge indices between `a`–`b`, `b`–`c` and `a`–`c`.
  public var ab: Int32, bc: Int32, ac: Int32

  /// The three edges in the order `ab`, `bc`, `ac`.
  public var edges: [Int32] { [ab, bc, ac] }
}

/// How many triangles of each kind a signed graph has.
public struct TriadCensus: Sendable, Hashable, Codable {
  /// Triangles with 0, 1, 2, 3 negative sides (no ambivalent side): `+++`, `++−`, `+−−`, `−−−`.
  public var byNegativeSides: [Int]
  /// Triangles with at least one side that is positive and negative at once.
  public var ambivalent: Int

  /// Every triangle, ambivalent ones included.
  public var total: Int { byNegativeSides.reduce(0, +) + ambivalent }
  /// Balanced in Heider's strict sense: an even number of negative sides.
  public var balanced: Int { byNegativeSides[0] + byNegativeSides[2] }
  /// An odd number of negative sides; all-negative ones are allowed under Davis's weak balance.
  public var unbalanced: Int { byNegativeSides[1] + byNegativeSides[3] }
  /// Balanced over signed (non-ambivalent) triangles; 1 when there are none.
  public var balanceIndex: Double {
    let signed = balanced + unbalanced
    return signed == 0 ? 1 : Double(balanced) / Double(signed)
  }
}

extension SignedGraph {
  /// Every triangle, ordered by `(a, b, c)`.
  ///
  /// - Complexity: O(*m* · *d*) for maximum degree *d* (merging sorted rows).
  public func triangles() -> [SignedTriangle] {
    var out: [SignedTriangle] = []
    for e in 0..<edgeCount {
      let (u, v) = (edgeU[e], edgeV[e])
      var i = Int(offsets[Int(u)])
      var j = Int(offsets[Int(v)])
      let iEnd = Int(offsets[Int(u) + 1])
      let jEnd = Int(offsets[Int(v) + 1])
      while i < iEnd && j < jEnd {
        let x = neighbors[i]
        let y = neighbors[j]
        if x < y {
          i += 1
        } else if y < x {
          j += 1
        } else {
          if x > v { out.append(SignedTriangle(a: u, b: v, c: x, ab: Int32(e), bc: neighborEdge[j], ac: neighborEdge[i])) }
          i += 1
          j += 1
        }
      }
    }
    return out.sorted { ($0.a, $0.b, $0.c) < ($1.a, $1.b, $1.c) }
  }

  /// The number of negative sides of a triangle, or `nil` when a side is ambivalent.
  public func negativeSides(_ t: SignedTriangle) -> Int? {
    var n = 0
    for e in t.edges {
      switch edgeSign[Int(e)] {
      case -1: n += 1
      case 0: return nil
      default: break
      }
    }
    return n
  }

  /// Counts triangles by their number of negative sides.
  ///
  /// - Complexity: O(*m* · *d*).
  public func triadCensus() -> TriadCensus {
    var census = TriadCensus(byNegativeSides: [0, 0, 0, 0], ambivalent: 0)
    for t in triangles() {
      if let n = negativeSides(t) { census.byNegativeSides[n] += 1 } else { census.ambivalent += 1 }
    }
    return census
  }
}

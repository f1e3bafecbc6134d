/// An immutable graph stored as compressed sparse rows (CSR) of `Int32`.
///
/// Vertices are the indices `0 ..< vertexCount`. The graph keeps two
/// adjacency structures:
///
/// - the *out* rows: `outTargets[outOffsets[v] ..< outOffsets[v + 1]]` are the
///   heads of the arcs leaving `v`;
/// - the *in* rows: `inSources[inOffsets[v] ..< inOffsets[v + 1]]` are the
///   tails of the arcs entering `v`.
///
/// Construction normalises the arc list so that every algorithm in this
/// module is deterministic:
///
/// - **Parallel arcs collapse to one.** The graph is simple; multiplicities
///   are not kept.
/// - **Self-loops are dropped.** None of the centrality measures here counts
///   a loop (NetworkX's path-based measures ignore them too; degree
///   centrality on a graph without loops is what these measures expect).
/// - **Undirected graphs store each edge both ways**, so the out rows and the
///   in rows are the same array.
/// - **Every row is sorted ascending**, so traversals visit neighbours in
///   index order.
///
/// ```swift
/// let g = CompactGraph(vertexCount: 3, edges: [(0, 1), (1, 2), (1, 2)], directed: true)
/// print(g.arcCount)                    // Prints "2"
/// print(Array(g.outNeighbors(of: 1)))  // Prints "[2]"
/// ```
public struct CompactGraph: Sendable, Hashable {
  /// The number of vertices; vertices are `0 ..< vertexCount`.
  public let vertexCount: Int
  /// Whether arcs have a direction. Undirected edges are stored as two arcs.
  public let isDirected: Bool
  /// Row starts of the out-adjacency; `vertexCount + 1` entries.
  public let outOffsets: [Int32]
  /// Heads of the arcs, grouped by tail and ascending within a row.
  public let outTargets: [Int32]
  /// Row starts of the in-adjacency; `vertexCount + 1` entries.
  public let inOffsets: [Int32]
  /// Tails of the arcs, grouped by head and ascending within a row.
  public let inSources: [Int32]

  /// Creates a graph from parallel arrays of arc tails and heads.
  ///
  /// `sources[i] → targets[i]` is one arc (one edge when `directed` is
  /// `false`). Parallel arcs collapse to one and self-loops are dropped.
  ///
  /// - Parameters:
  ///   - vertexCount: The number of vertices; every endpoint must lie in
  ///     `0 ..< vertexCount`.
  ///   - sources: Tails of the arcs.
  ///   - targets: Heads of the arcs; same count as `sources`.
  ///   - directed: `false` stores each edge in both directions.
  /// - Precondition: The arrays have the same length, every endpoint is a
  ///   valid vertex, and the stored arc count fits in `Int32`.
  /// - Complexity: O(*n* + *m*) time and memory (two counting-sort passes),
  ///   where *n* is `vertexCount` and *m* the number of input arcs.
  public init(vertexCount: Int, sources: [Int32], targets: [Int32], directed: Bool) {
    precondition(vertexCount >= 0 && vertexCount < Int(Int32.max), "vertexCount out of range")
    precondition(sources.count == targets.count, "sources and targets differ in length")
    let n = vertexCount
    self.vertexCount = n
    self.isDirected = directed

    // Arc list without self-loops; undirected edges both ways.
    var tails: [Int32] = []
    var heads: [Int32] = []
    let cap = directed ? sources.count : 2 * sources.count
    precondition(cap < Int(Int32.max), "too many arcs for Int32 offsets")
    tails.reserveCapacity(cap)
    heads.reserveCapacity(cap)
    for i in 0..<sources.count {
      let s = sources[i]
      let t = targets[i]
      precondition(s >= 0 && Int(s) < n && t >= 0 && Int(t) < n, "arc endpoint out of range")
      if s == t { continue }
      tails.append(s)
      heads.append(t)
      if !directed {
        tails.append(t)
        heads.append(s)
      }
    }
    let m = tails.count

    // Pass 1: order arc indices by head (stable counting sort).
    var byHead = [Int32](repeating: 0, count: m)
    var cursor = [Int32](repeating: 0, count: n + 1)
    for t in heads { cursor[Int(t) + 1] &+= 1 }
    for v in 0..<n { cursor[v + 1] &+= cursor[v] }
    for i in 0..<m {
      let t = Int(heads[i])
      byHead[Int(cursor[t])] = Int32(i)
      cursor[t] &+= 1
    }
    // Pass 2: stable counting sort by tail; rows come out sorted by head.
    var offsets = [Int32](repeating: 0, count: n + 1)
    for s in tails { offsets[Int(s) + 1] &+= 1 }
    for v in 0..<n { offsets[v + 1] &+= offsets[v] }
    var fill = offsets
    var rowTargets = [Int32](repeating: 0, count: m)
    for i in byHead {
      let s = Int(tails[Int(i)])
      rowTargets[Int(fill[s])] = heads[Int(i)]
      fill[s] &+= 1
    }
    // Pass 3: drop repeated heads inside each row, compacting in place.
    var write = 0
    var newOffsets = [Int32](repeating: 0, count: n + 1)
    for v in 0..<n {
      let lo = Int(offsets[v])
      let hi = Int(offsets[v + 1])
      var last: Int32 = -1
      for j in lo..<hi {
        let t = rowTargets[j]
        if t != last {
          rowTargets[write] = t
          write += 1
          last = t
        }
      }
      newOffsets[v + 1] = Int32(write)
    }
    rowTargets.removeLast(m - write)
    self.outOffsets = newOffsets
    self.outTargets = rowTargets

    if !directed {
      self.inOffsets = newOffsets
      self.inSources = rowTargets
      return
    }
    // In-rows: scanning tails in ascending order keeps each row sorted.
    var inOff = [Int32](repeating: 0, count: n + 1)
    for t in rowTargets { inOff[Int(t) + 1] &+= 1 }
    for v in 0..<n { inOff[v + 1] &+= inOff[v] }
    var inFill = inOff
    var inSrc = [Int32](repeating: 0, count: write)
    for v in 0..<n {
      for j in Int(newOffsets[v])..<Int(newOffsets[v + 1]) {
        let t = Int(rowTargets[j])
        inSrc[Int(inFill[t])] = Int32(v)
        inFill[t] &+= 1
      }
    }
    self.inOffsets = inOff
    self.inSources = inSrc
  }

  /// Creates a graph from a list of `(tail, head)` pairs.
  ///
  /// - Parameters:
  ///   - vertexCount: The number of vertices.
  ///   - edges: Arcs (or edges when `directed` is `false`).
  ///   - directed: Whether the pairs are ordered.
  /// - Complexity: O(*n* + *m*).
  public init(vertexCount: Int, edges: [(Int32, Int32)], directed: Bool) {
    self.init(
      vertexCount: vertexCount, sources: edges.map(\.0), targets: edges.map(\.1),
      directed: directed)
  }

  /// The number of stored arcs; an undirected edge counts twice.
  ///
  /// - Complexity: O(1).
  public var arcCount: Int { outTargets.count }

  /// The number of edges: arcs when directed, arcs / 2 when undirected.
  ///
  /// - Complexity: O(1).
  public var edgeCount: Int { isDirected ? outTargets.count : outTargets.count / 2 }

  /// The heads of the arcs leaving `v`, ascending.
  ///
  /// - Complexity: O(1).
  public func outNeighbors(of v: Int32) -> ArraySlice<Int32> {
    outTargets[Int(outOffsets[Int(v)])..<Int(outOffsets[Int(v) + 1])]
  }

  /// The tails of the arcs entering `v`, ascending.
  ///
  /// - Complexity: O(1).
  public func inNeighbors(of v: Int32) -> ArraySlice<Int32> {
    inSources[Int(inOffsets[Int(v)])..<Int(inOffsets[Int(v) + 1])]
  }

  /// The number of arcs leaving `v`.
  ///
  /// - Complexity: O(1).
  public func outDegree(of v: Int32) -> Int {
    Int(outOffsets[Int(v) + 1] - outOffsets[Int(v)])
  }

  /// The number of arcs entering `v`.
  ///
  /// - Complexity: O(1).
  public func inDegree(of v: Int32) -> Int {
    Int(inOffsets[Int(v) + 1] - inOffsets[Int(v)])
  }

  /// Whether the arc `from → to` is stored (either direction when undirected).
  ///
  /// - Complexity: O(log *d*), where *d* is the out-degree of `from`.
  public func hasArc(from: Int32, to: Int32) -> Bool {
    var lo = Int(outOffsets[Int(from)])
    var hi = Int(outOffsets[Int(from) + 1])
    while lo < hi {
      let mid = (lo + hi) >> 1
      let t = outTargets[mid]
      if t == to { return true }
      if t < to { lo = mid + 1 } else { hi = mid }
    }
    return false
  }

  /// The graph with every arc reversed (the same graph when undirected).
  ///
  /// - Complexity: O(1): the in- and out-rows swap roles.
  public func reversed() -> CompactGraph {
    CompactGraph(
      vertexCount: vertexCount, isDirected: isDirected, outOffsets: inOffsets,
      outTargets: inSources, inOffsets: outOffsets, inSources: outTargets)
  }

  private init(
    vertexCount: Int, isDirected: Bool, outOffsets: [Int32], outTargets: [Int32],
    inOffsets: [Int32], inSources: [Int32]
  ) {
    self.vertexCount = vertexCount
    self.isDirected = isDirected
    self.outOffsets = outOffsets
    self.outTargets = outTargets
    self.inOffsets = inOffsets
    self.inSources = inSources
  }
}

/// Which arcs a traversal follows from a vertex.
public enum EdgeDirection: String, Sendable, Hashable, CaseIterable {
  /// Follow arcs from tail to head.
  case outgoing
  /// Follow arcs backwards, from head to tail.
  case incoming
  /// Follow arcs either way (the underlying undirected graph).
  case both
}

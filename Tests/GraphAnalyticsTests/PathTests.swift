import GraphAnalytics
import Testing

@Suite("Paths, ego networks and components")
struct PathTests {
  /// A 4×4 grid, arcs right and down: many equal-length paths.
  static let grid: CompactGraph = {
    var e: [(Int32, Int32)] = []
    for r in 0..<4 {
      for c in 0..<4 {
        let v = Int32(r * 4 + c)
        if c < 3 { e.append((v, v + 1)) }
        if r < 3 { e.append((v, v + 4)) }
      }
    }
    return CompactGraph(vertexCount: 16, edges: e, directed: true)
  }()

  @Test func lexicographicTieBreak() {
    #expect(Self.grid.shortestPath(from: 0, to: 15) == [0, 1, 2, 3, 7, 11, 15])
    #expect(Self.grid.allShortestPaths(from: 0, to: 15).count == 20)
    #expect(
      Self.grid.shortestPath(from: 15, to: 0, constraints: .init(direction: .incoming))
        == [15, 11, 7, 3, 2, 1, 0])
    #expect(Self.grid.shortestPath(from: 15, to: 0) == nil)
  }

  @Test func yenIsNondecreasingWithoutRepeats() throws {
    let g = try Fixture.load("lesmis-undirected").graph
    for (s, t) in [(Int32(0), Int32(76)), (11, 48), (3, 60)] {
      let paths = g.kShortestPaths(from: s, to: t, k: 40)
      #expect(paths.count == 40)
      #expect(Set(paths).count == paths.count)
      #expect(zip(paths, paths.dropFirst()).allSatisfy { $0.count <= $1.count })
      for p in paths {
        #expect(p.first == s && p.last == t)
        #expect(Set(p).count == p.count, "not simple: \(p)")
        #expect(zip(p, p.dropFirst()).allSatisfy { g.hasArc(from: $0, to: $1) })
      }
    }
    let gridPaths = Self.grid.kShortestPaths(from: 0, to: 15, k: 50)
    #expect(gridPaths.count == 20)
    #expect(gridPaths == Self.grid.allShortestPaths(from: 0, to: 15))
  }

  @Test func constraints() {
    let g = Self.grid
    let avoid = g.shortestPath(from: 0, to: 15, constraints: .init(avoiding: [1, 5]))
    #expect(avoid == [0, 4, 8, 9, 10, 11, 15])
    let noRight = g.shortestPath(
      from: 0, to: 12, constraints: .init(arcFilter: { $1 == $0 + 4 }))
    #expect(noRight == [0, 4, 8, 12])
    #expect(g.shortestPath(from: 0, to: 15, constraints: .init(maxLength: 5)) == nil)
    #expect(g.kShortestPaths(from: 0, to: 15, k: 5, constraints: .init(maxLength: 5)).isEmpty)
    #expect(g.shortestPath(from: 0, via: [12], to: 3) == nil)
    #expect(g.shortestPath(from: 0, via: [5], to: 15) == [0, 1, 5, 6, 7, 11, 15])
    #expect(
      g.shortestPath(from: 0, via: [12], to: 3, constraints: .init(direction: .both))
        == [0, 4, 8, 12, 8, 4, 0, 1, 2, 3])
  }

  @Test func egoNetwork() {
    let g = Self.grid
    let out = g.egoNetwork(of: 5, depth: 1, direction: .outgoing)
    #expect(out == [.init(vertex: 5, distance: 0), .init(vertex: 6, distance: 1), .init(vertex: 9, distance: 1)])
    let inn = g.egoNetwork(of: 5, depth: 2, direction: .incoming).map(\.vertex)
    #expect(inn == [5, 1, 4, 0])
    let both = g.egoNetwork(of: 5, depth: 1, direction: .both).map(\.vertex)
    #expect(both == [5, 1, 4, 6, 9])
  }

  @Test func deepGraphsNeedNoRecursion() {
    // A 200k-vertex directed cycle plus a long tail: Tarjan must be iterative.
    let n = 200_000
    var s: [Int32] = []
    var t: [Int32] = []
    for v in 0..<(n / 2) {
      s.append(Int32(v))
      t.append(Int32((v + 1) % (n / 2)))
    }
    for v in (n / 2)..<(n - 1) {
      s.append(Int32(v))
      t.append(Int32(v + 1))
    }
    let g = CompactGraph(vertexCount: n, sources: s, targets: t, directed: true)
    let scc = g.stronglyConnectedComponents()
    #expect(scc.count == 1 + n / 2)
    #expect(scc[0].count == n / 2)
    #expect(g.weaklyConnectedComponents().map(\.count) == [n / 2, n / 2])
  }
}

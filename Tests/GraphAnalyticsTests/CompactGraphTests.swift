import GraphAnalytics
import Testing

@Suite("CompactGraph")
struct CompactGraphTests {
  @Test func collapsesParallelArcsAndDropsLoops() {
    let g = CompactGraph(
      vertexCount: 4, edges: [(0, 2), (0, 1), (0, 2), (1, 1), (3, 0), (0, 1)], directed: true)
    #expect(g.arcCount == 3)
    #expect(Array(g.outNeighbors(of: 0)) == [1, 2])
    #expect(Array(g.outNeighbors(of: 1)).isEmpty)
    #expect(Array(g.inNeighbors(of: 0)) == [3])
    #expect(Array(g.inNeighbors(of: 2)) == [0])
    #expect(g.hasArc(from: 0, to: 2))
    #expect(!g.hasArc(from: 2, to: 0))
  }

  @Test func undirectedStoresBothWaysSorted() {
    let g = CompactGraph(vertexCount: 4, edges: [(3, 1), (1, 0), (0, 1), (2, 1)], directed: false)
    #expect(g.edgeCount == 3)
    #expect(g.arcCount == 6)
    #expect(Array(g.outNeighbors(of: 1)) == [0, 2, 3])
    #expect(Array(g.inNeighbors(of: 1)) == [0, 2, 3])
    #expect(g.hasArc(from: 3, to: 1))
  }

  @Test func rowsAreSortedForRandomInput() {
    let g = randomGraph(n: 500, m: 4000, seed: 9)
    for v in 0..<Int32(g.vertexCount) {
      let out = Array(g.outNeighbors(of: v))
      let inn = Array(g.inNeighbors(of: v))
      #expect(out == Array(Set(out)).sorted())
      #expect(inn == Array(Set(inn)).sorted())
      #expect(!out.contains(v))
    }
    #expect(g.outTargets.count == g.inSources.count)
    let r = g.reversed()
    #expect(r.outTargets == g.inSources && r.inOffsets == g.outOffsets)
  }
}

@Suite("Degenerate graphs")
struct DegenerateGraphTests {
  static let graphs: [CompactGraph] = [
    CompactGraph(vertexCount: 0, edges: [], directed: true),
    CompactGraph(vertexCount: 0, edges: [], directed: false),
    CompactGraph(vertexCount: 1, edges: [], directed: true),
    CompactGraph(vertexCount: 1, edges: [(0, 0)], directed: false),
    CompactGraph(vertexCount: 2, edges: [], directed: true),
    CompactGraph(vertexCount: 2, edges: [(0, 1)], directed: false),
    CompactGraph(vertexCount: 7, edges: [(0, 1), (1, 2), (4, 5)], directed: true),
    CompactGraph(vertexCount: 7, edges: [(0, 1), (1, 2), (4, 5)], directed: false),
  ]

  @Test(arguments: graphs)
  func everyMeasureRuns(_ g: CompactGraph) throws {
    let n = g.vertexCount
    for values in [
      g.degreeCentrality(), g.inDegreeCentrality(), g.outDegreeCentrality(normalized: false),
      g.betweennessCentrality(), g.betweennessCentrality(normalized: false),
      g.betweennessCentrality(sample: 1, seed: 3), g.closenessCentrality(),
      g.closenessCentrality(normalized: false), g.harmonicCentrality(),
      g.harmonicCentrality(normalized: true), try g.pageRank(), try g.katzCentrality(),
    ] {
      #expect(values.count == n)
    }
    // Power iteration on an acyclic graph converges only polynomially: like
    // NetworkX, the measure then reports non-convergence instead of a value.
    do {
      #expect(try g.eigenvectorCentrality().count == n)
    } catch {
      #expect(g.isDirected && g.stronglyConnectedComponents().count == n)
    }
    #expect(g.weaklyConnectedComponents().reduce(0) { $0 + $1.count } == n)
    #expect(g.stronglyConnectedComponents().reduce(0) { $0 + $1.count } == n)
    if n > 0 {
      #expect(g.egoNetwork(of: 0, depth: 3).first == EgoMember(vertex: 0, distance: 0))
      #expect(g.shortestPath(from: 0, to: Int32(n - 1)) != nil || n > 1)
      _ = g.kShortestPaths(from: 0, to: Int32(n - 1), k: 3)
    }
  }

  @Test func disconnectedValues() throws {
    // 0→1→2, 4→5, isolated 3 and 6.
    let g = CompactGraph(vertexCount: 7, edges: [(0, 1), (1, 2), (4, 5)], directed: true)
    let c = g.closenessCentrality()
    // Vertex 2 is reached by 0 (d=2) and 1 (d=1): (2/3) · (2/6).
    #expect(abs(c[2] - (2.0 / 3.0) * (2.0 / 6.0)) < 1e-15)
    #expect(c[0] == 0 && c[3] == 0)
    #expect(g.betweennessCentrality(normalized: false) == [0, 1, 0, 0, 0, 0, 0])
    #expect(g.weaklyConnectedComponents() == [[0, 1, 2], [4, 5], [3], [6]])
    #expect(g.stronglyConnectedComponents().count == 7)
    #expect(g.shortestPath(from: 0, to: 5) == nil)
    #expect(g.distances(from: 0) == [0, 1, 2, -1, -1, -1, -1])
    let pr = try g.pageRank()
    #expect(abs(pr.reduce(0, +) - 1) < 1e-12)
  }

  @Test func katzDivergesLoudly() {
    let g = CompactGraph(
      vertexCount: 4, edges: [(0, 1), (1, 2), (2, 0), (0, 3), (3, 0)], directed: true)
    #expect(throws: ConvergenceError.self) { try g.katzCentrality(alpha: 0.9, maxIterations: 500) }
  }
}

@Suite("Measure dispatch")
struct MeasureDispatchTests {
  @Test func dispatchMatchesDirectCalls() throws {
    let g = try Fixture.load("karate-directed").graph
    #expect(try g.centrality(.betweenness) == g.betweennessCentrality())
    #expect(try g.centrality(.harmonic) == g.harmonicCentrality())
    #expect(try g.centrality(.harmonic, normalized: true) == g.harmonicCentrality(normalized: true))
    #expect(try g.centrality(.pagerank, normalized: false) == g.pageRank(normalized: false))
    #expect(try g.centrality(.inDegree) == g.inDegreeCentrality())
    #expect(CentralityMeasure(rawValue: "out-degree") == .outDegree)
    for m in CentralityMeasure.allCases {
      #expect(try g.centrality(m).count == g.vertexCount)
    }
  }
}

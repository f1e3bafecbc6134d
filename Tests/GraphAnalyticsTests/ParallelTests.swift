import GraphAnalytics
import Synchronization
import Testing

@Suite("Parallel determinism")
struct ParallelTests {
  static let directed = randomGraph(n: 3000, m: 15000, seed: 1)
  static let undirected = randomGraph(n: 2000, m: 8000, seed: 2, directed: false)

  @Test(arguments: [directed, undirected])
  func parallelEqualsSerialBitForBit(_ g: CompactGraph) {
    for threads in [2, 3, 8] {
      let p = ParallelOptions(threads: threads)
      #expect(g.betweennessCentrality(parallel: p) == g.betweennessCentrality(parallel: .serial))
      #expect(g.closenessCentrality(parallel: p) == g.closenessCentrality(parallel: .serial))
      #expect(g.harmonicCentrality(parallel: p) == g.harmonicCentrality(parallel: .serial))
      #expect(
        g.betweennessCentrality(sample: 100, seed: 5, parallel: p)
          == g.betweennessCentrality(sample: 100, seed: 5, parallel: .serial))
    }
  }

  @Test func samplingIsDeterministicAndExactWhenKIsN() throws {
    let f = try Fixture.load("lesmis-directed")
    let g = f.graph
    #expect(g.samplePivots(k: 10, seed: 7) == g.samplePivots(k: 10, seed: 7))
    #expect(g.samplePivots(k: 10, seed: 7) != g.samplePivots(k: 10, seed: 8))
    #expect(Set(g.samplePivots(k: 77, seed: 1)).count == 77)
    let exact = g.betweennessCentrality()
    let all = g.betweennessCentrality(sample: g.vertexCount, seed: 11)
    #expect(maxAbsDiff(exact, all) < 1e-12)
  }

  @Test func progressReachesTotal() {
    let g = Self.directed
    let last = Mutex((0, 0))
    let calls = Mutex(0)
    _ = g.betweennessCentrality(sample: 300, seed: 1) { done, total in
      last.withLock { $0 = (max($0.0, done), total) }
      calls.withLock { $0 += 1 }
    }
    #expect(last.withLock { $0 } == (300, 300))
    #expect(calls.withLock { $0 } <= ParallelOptions.blockLimit)
  }
}

@Suite("Closeness kernel")
struct ClosenessKernelTests {
  /// The 64-way bit-parallel search must equal one plain BFS per vertex.
  @Test(arguments: [
    randomGraph(n: 300, m: 1200, seed: 4), randomGraph(n: 257, m: 500, seed: 5, directed: false),
  ])
  func matchesPlainBreadthFirstSearch(_ g: CompactGraph) {
    let n = g.vertexCount
    var closeness = [Double](repeating: 0, count: n)
    var harmonic = [Double](repeating: 0, count: n)
    for v in 0..<n {
      // Incoming distances: distances to v along arcs = from v against them.
      let d = g.distances(from: Int32(v), direction: .incoming)
      var perLevel: [Int: Int] = [:]
      for x in d where x > 0 { perLevel[Int(x), default: 0] += 1 }
      var total = 0
      var reached = 1
      for (level, count) in perLevel.sorted(by: { $0.key < $1.key }) {
        total += level * count
        reached += count
        harmonic[v] += Double(count) / Double(level)
      }
      if total > 0 {
        let r1 = Double(reached - 1)
        closeness[v] = r1 / Double(total) * (r1 / Double(n - 1))
      }
    }
    #expect(g.closenessCentrality() == closeness)
    #expect(g.harmonicCentrality() == harmonic)
  }
}

@Suite("Iterative measures in parallel")
struct IterativeParallelTests {
  /// Large enough to be split into several fixed chunks.
  static let graph = randomGraph(n: 40_000, m: 200_000, seed: 6)

  @Test func parallelEqualsSerialBitForBit() throws {
    let g = Self.graph
    let two = ParallelOptions(threads: 2)
    #expect(try g.pageRank(parallel: two) == g.pageRank(parallel: .serial))
    #expect(
      try g.eigenvectorCentrality(maxIterations: 100_000, parallel: two)
        == g.eigenvectorCentrality(maxIterations: 100_000, parallel: .serial))
    #expect(
      try g.katzCentrality(alpha: 0.01, parallel: two)
        == g.katzCentrality(alpha: 0.01, parallel: .serial))
    let pr = try g.pageRank(parallel: two)
    #expect(abs(pr.reduce(0, +) - 1) < 1e-12)
  }
}

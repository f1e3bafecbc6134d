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

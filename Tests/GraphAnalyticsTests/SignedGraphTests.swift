import Foundation
import GraphAnalytics
import Testing

/// Read's Highland tribes (Fixtures/highland-tribes.tsv, provenance in its header), tribes 1–16
/// stored as vertices 0–15.
func highlandTribes() throws -> SignedGraph {
  let url = try #require(Bundle.module.url(forResource: "highland-tribes", withExtension: "tsv", subdirectory: "Fixtures"))
  var edges: [(Int32, Int32, Int8)] = []
  for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") where !line.hasPrefix("#") {
    let f = line.split(whereSeparator: { $0 == "\t" || $0 == " " }).compactMap { Int($0) }
    edges.append((Int32(f[0] - 1), Int32(f[1] - 1), Int8(f[2])))
  }
  return SignedGraph(vertexCount: 16, edges: edges)
}

/// A complete signed graph on `n` vertices with planted camps (`camp[v]`), then the edges in
/// `flips` given the wrong sign. When every vertex touches fewer than n/4 flipped edges, the planted
/// camps are the unique optimum and the frustration is `flips.count`: moving any set S (|S| ≤ n/2)
/// across changes the status of |S|(n − |S|) ≥ |S|·n/2 edges, of which at most |S|·d were flipped,
/// so frustration grows by at least |S|(n/2 − 2d) > 0.
func plantedComplete(n: Int, camp: [Int32], flips: Set<[Int32]>) -> SignedGraph {
  var edges: [(Int32, Int32, Int8)] = []
  for u in 0..<Int32(n) {
    for v in (u + 1)..<Int32(n) {
      var s: Int8 = camp[Int(u)] == camp[Int(v)] ? 1 : -1
      if flips.contains([u, v]) { s = -s }
      edges.append((u, v, s))
    }
  }
  return SignedGraph(vertexCount: n, edges: edges)
}

/// Switching (Harary): reversing the sign of every edge between `set` and the rest changes which
/// partition is best but not the frustration index.
func switched(_ g: SignedGraph, _ set: Set<Int32>) -> SignedGraph {
  SignedGraph(
    vertexCount: g.vertexCount,
    edges: (0..<g.edgeCount).map { e in
      let (u, v) = (g.edgeU[e], g.edgeV[e])
      let flip = set.contains(u) != set.contains(v)
      return (u, v, flip ? -g.edgeSign[e] : g.edgeSign[e])
    })
}

@Suite struct SignedGraphTests {
  @Test func highlandTribesTriadCensusAndBalanceIndex() throws {
    let g = try highlandTribes()
    let census = g.triadCensus()
    #expect(g.edgeCount == 58)
    // Read's network: 68 triangles, 59 balanced (signnet's count_signed_triangles / balance_score).
    #expect(census.total == 68)
    #expect(census.balanced == 59)
    #expect(census.unbalanced == 9)
    #expect(census.ambivalent == 0)
    #expect(abs(census.balanceIndex - 59.0 / 68.0) < 1e-12)
    #expect(g.triangles().count == census.total)
  }

  @Test func highlandTribesFrustrationIsSevenWithAUniqueOptimalSplit() throws {
    let g = try highlandTribes()
    let r = g.frustrationIndex()
    #expect(r.isOptimal)
    #expect(r.frustration == 7 && r.lowerBound == 7)
    #expect(r.frustratedEdges.count == 7)
    #expect(g.frustration(side: r.partition.map { $0 == 1 }) == 7)
    #expect(g.hasUniqueOptimalPartition(r) == true)
  }

  @Test func highlandTribesBlocsNeverDoWorseThanTwoCamps() throws {
    let g = try highlandTribes()
    let k = g.clusterFrustration()
    #expect(k.isOptimal)
    #expect(k.frustration <= 7)
    #expect(g.frustration(bloc: k.partition) == k.frustration)
  }

  @Test func plantedCompleteNetworksHaveTheirPlantedFrustration() {
    var rng = SplitMix64(seed: 42)
    for trial in 0..<6 {
      let n = 20 + 4 * trial
      let camp = (0..<n).map { _ in Int32(rng.next() & 1) }
      var flips = Set<[Int32]>()
      var degree = [Int](repeating: 0, count: n)
      let limit = (n - 1) / 4  // strictly below n/4 per vertex
      for _ in 0..<(3 * n) {
        let u = Int32(rng.next() % UInt64(n))
        let v = Int32(rng.next() % UInt64(n))
        guard u != v, degree[Int(u)] < limit, degree[Int(v)] < limit, flips.insert([min(u, v), max(u, v)]).inserted
        else { continue }
        degree[Int(u)] += 1
        degree[Int(v)] += 1
      }
      let g = plantedComplete(n: n, camp: camp, flips: flips)
      let r = g.frustrationIndex()
      #expect(r.isOptimal && r.frustration == flips.count, "n=\(n)")
      // The planted camps, up to swapping them.
      let planted = r.partition[0] == camp[0] ? camp : camp.map { 1 - $0 }
      #expect(r.partition == planted, "n=\(n)")
      let s = switched(g, Set((0..<Int32(n)).filter { _ in rng.next() & 1 == 1 }))
      #expect(s.frustrationIndex().frustration == flips.count, "switching keeps the index, n=\(n)")
    }
  }

  @Test func pendantTreesAndComponentsAddUp() {
    // An all-negative K5 (frustration C(5,2) − 2·3 = 4), a disjoint negative triangle (1), a
    // balanced square (0), and a path hanging off the K5 (peeled, 0).
    var e: [(Int32, Int32, Int8)] = []
    for u in 0..<Int32(5) { for v in (u + 1)..<5 { e.append((u, v, -1)) } }
    e += [(5, 6, -1), (6, 7, -1), (5, 7, -1)]
    e += [(8, 9, 1), (9, 10, -1), (10, 11, 1), (8, 11, -1)]
    e += [(0, 12, 1), (12, 13, -1), (13, 14, -1)]
    let g = SignedGraph(vertexCount: 16, edges: e)
    let r = g.frustrationIndex()
    #expect(r.isOptimal && r.frustration == 5)
    #expect(r.partition[15] == 0, "an isolated vertex sits in camp 0")
    let k = g.clusterFrustration()
    // Any number of blocs: the negative K5 and triangle split into singletons; nothing is frustrated.
    #expect(k.isOptimal && k.frustration == 0)
  }

  @Test func ambivalentEdgesCostOneUnderEveryPartition() {
    let g = SignedGraph(vertexCount: 3, edges: [(0, 1, 0), (1, 2, 1), (0, 2, -1)])
    let r = g.frustrationIndex()
    #expect(r.frustration == 1 && r.ambivalentEdges == 1 && r.isOptimal)
    #expect(g.triadCensus().ambivalent == 1 && g.triadCensus().total == 1)
  }

  @Test func aTightTimeLimitStillGivesABoundBelowTheBestFound() {
    var rng = SplitMix64(seed: 7)
    var e: [(Int32, Int32, Int8)] = []
    var seen = Set<[Int32]>()
    while e.count < 900 {
      let u = Int32(rng.next() % 120)
      let v = Int32(rng.next() % 120)
      guard u != v, seen.insert([min(u, v), max(u, v)]).inserted else { continue }
      e.append((u, v, rng.next() & 1 == 0 ? 1 : -1))
    }
    let g = SignedGraph(vertexCount: 120, edges: e)
    let r = g.frustrationIndex(options: FrustrationOptions(timeLimit: 0.2))
    #expect(r.lowerBound <= r.frustration)
    #expect(g.frustration(side: r.partition.map { $0 == 1 }) == r.frustration)
    if !r.isOptimal { #expect(r.lowerBound < r.frustration) }
  }
}

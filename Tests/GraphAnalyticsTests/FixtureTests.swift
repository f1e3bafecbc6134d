import GraphAnalytics
import Testing

/// Every measure against NetworkX 3.6.1, value by value, |Δ| ≤ 1e-9.
@Suite("NetworkX fixtures")
struct FixtureTests {
  static let tolerance = 1e-9

  func check(
    _ fixture: Fixture, _ key: String, normalized: [Double], raw: [Double],
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let expected = try #require(fixture.measures[key], "\(fixture) lacks \(key)")
    let dn = maxAbsDiff(normalized, expected.normalized)
    let dr = maxAbsDiff(raw, expected.raw)
    #expect(dn <= Self.tolerance, "\(fixture) \(key) normalized Δ=\(dn)", sourceLocation: sourceLocation)
    #expect(dr <= Self.tolerance, "\(fixture) \(key) raw Δ=\(dr)", sourceLocation: sourceLocation)
  }

  @Test(arguments: Fixture.names)
  func degree(_ name: String) throws {
    let f = try Fixture.load(name)
    let g = f.graph
    try check(f, "degree", normalized: g.degreeCentrality(), raw: g.degreeCentrality(normalized: false))
    if f.directed {
      try check(
        f, "in_degree", normalized: g.inDegreeCentrality(),
        raw: g.inDegreeCentrality(normalized: false))
      try check(
        f, "out_degree", normalized: g.outDegreeCentrality(),
        raw: g.outDegreeCentrality(normalized: false))
    }
  }

  @Test(arguments: Fixture.names)
  func betweenness(_ name: String) throws {
    let f = try Fixture.load(name)
    let g = f.graph
    try check(
      f, "betweenness", normalized: g.betweennessCentrality(),
      raw: g.betweennessCentrality(normalized: false))
  }

  @Test(arguments: Fixture.names)
  func sampledBetweenness(_ name: String) throws {
    let f = try Fixture.load(name)
    let g = f.graph
    let s = f.betweenness_sampled
    let dn = maxAbsDiff(g.betweennessCentrality(sources: s.sources), s.normalized)
    let dr = maxAbsDiff(g.betweennessCentrality(sources: s.sources, normalized: false), s.raw)
    #expect(dn <= Self.tolerance, "\(f) sampled normalized Δ=\(dn)")
    #expect(dr <= Self.tolerance, "\(f) sampled raw Δ=\(dr)")
  }

  @Test(arguments: Fixture.names)
  func closenessAndHarmonic(_ name: String) throws {
    let f = try Fixture.load(name)
    let g = f.graph
    try check(
      f, "closeness", normalized: g.closenessCentrality(),
      raw: g.closenessCentrality(normalized: false))
    try check(
      f, "harmonic", normalized: g.harmonicCentrality(normalized: true),
      raw: g.harmonicCentrality())
  }

  @Test(arguments: Fixture.names)
  func spectral(_ name: String) throws {
    let f = try Fixture.load(name)
    let g = f.graph
    try check(
      f, "eigenvector", normalized: try g.eigenvectorCentrality(),
      raw: try g.eigenvectorCentrality(normalized: false))
    try check(f, "pagerank", normalized: try g.pageRank(), raw: try g.pageRank(normalized: false))
    try check(
      f, "katz", normalized: try g.katzCentrality(alpha: f.katz_alpha),
      raw: try g.katzCentrality(alpha: f.katz_alpha, normalized: false))
  }

  @Test(arguments: Fixture.names)
  func components(_ name: String) throws {
    let f = try Fixture.load(name)
    let g = f.graph
    #expect(g.weaklyConnectedComponents() == f.weak_components)
    #expect(g.stronglyConnectedComponents() == f.strong_components)
  }

  @Test(arguments: Fixture.names)
  func paths(_ name: String) throws {
    let f = try Fixture.load(name)
    let g = f.graph
    for p in f.paths {
      let d = g.distances(from: p.source)
      #expect(Int(d[Int(p.target)]) == p.length, "\(f) \(p.source)→\(p.target)")
      let path = g.shortestPath(from: p.source, to: p.target)
      #expect(path == p.lexicographic_path, "\(f) \(p.source)→\(p.target)")
      if let count = p.path_count {
        let all = g.allShortestPaths(from: p.source, to: p.target)
        #expect(all.count == count, "\(f) \(p.source)→\(p.target)")
        #expect(all.first == p.lexicographic_path)
      }
      if let lengths = p.simple_path_lengths {
        let yen = g.kShortestPaths(from: p.source, to: p.target, k: lengths.count)
        #expect(yen.map { $0.count - 1 } == lengths, "\(f) \(p.source)→\(p.target)")
      }
    }
  }
}

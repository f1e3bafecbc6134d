import Foundation
import Testing

/// Centrality on the seed dataset equals NetworkX's, value by value (|Δ| ≤ 1e-9).
/// Fixture: scripts/make-seed-fixture.py.
@Suite struct SeedCentralityTests {
  /// measure values by mode ("directed"/"undirected") → measure → actor id.
  static let fixture: [String: [String: [String: Double]]] = {
    let path = CLI.root + "/Tests/actorgraphTests/Fixtures/seed-centrality.json"
    guard let data = FileManager.default.contents(atPath: path),
      let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
    else { return [:] }
    var out: [String: [String: [String: Double]]] = [:]
    for mode in ["directed", "undirected"] {
      for (measure, values) in (object[mode] as? [String: Any]) ?? [:] {
        out[mode, default: [:]][measure] = values as? [String: Double]
      }
    }
    return out
  }()

  static let cases: [(String, Bool)] = {
    let directed = ["degree", "in-degree", "out-degree", "betweenness", "betweenness-raw", "closeness", "harmonic", "eigenvector", "pagerank", "katz"]
    let undirected = ["degree", "betweenness", "betweenness-raw", "closeness", "harmonic", "eigenvector", "pagerank", "katz"]
    return directed.map { ($0, true) } + undirected.map { ($0, false) }
  }()

  @Test(arguments: cases)
  func matchesNetworkX(measure: String, directed: Bool) throws {
    let expected = try #require(Self.fixture[directed ? "directed" : "undirected"]?[measure])
    var args = ["centrality", "--format", "json"]
    if measure.hasSuffix("-raw") {
      args += ["--measure", String(measure.dropLast(4)), "--raw"]
    } else {
      args += ["--measure", measure]
    }
    if !directed { args.append("--undirected") }
    let r = try #require(try CLI.json(args) as? [String: Any])
    let scores = try #require(r["scores"] as? [[String: Any]])
    var got: [String: Double] = [:]
    for s in scores { got[s["id"] as! String] = s["score"] as? Double }
    #expect(Set(got.keys) == Set(expected.keys), "same actors")
    for (id, value) in expected {
      let mine = try #require(got[id], "\(id)")
      #expect(abs(mine - value) <= 1e-9, "\(measure) \(directed ? "directed" : "undirected") \(id): \(mine) vs NetworkX \(value)")
    }
  }
}

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
    for mode in ["directed", "undirected", "support-only-directed", "support-only-undirected"] {
      for (measure, values) in (object[mode] as? [String: Any]) ?? [:] {
        out[mode, default: [:]][measure] = values as? [String: Double]
      }
    }
    return out
  }()

  static let directedMeasures = [
    "degree", "in-degree", "out-degree", "betweenness", "betweenness-raw", "closeness", "harmonic", "eigenvector", "pagerank", "katz",
  ]
  static let undirectedMeasures = ["degree", "betweenness", "betweenness-raw", "closeness", "harmonic", "eigenvector", "pagerank", "katz"]
  static let cases: [(String, Bool)] = directedMeasures.map { ($0, true) } + undirectedMeasures.map { ($0, false) }

  @Test(arguments: cases)
  func matchesNetworkX(measure: String, directed: Bool) throws {
    try check(measure: measure, directed: directed, mode: directed ? "directed" : "undirected", extra: [])
  }

  /// On the support relations alone most actors are isolated: they are still vertices (score 0,
  /// counted in n), so normalised values equal NetworkX's on the graph built from the node list.
  @Test(arguments: cases)
  func filteredGraphWithIsolatesMatchesNetworkX(measure: String, directed: Bool) throws {
    try check(
      measure: measure, directed: directed, mode: directed ? "support-only-directed" : "support-only-undirected",
      extra: ["--types", "support"])
  }

  @Test func dropIsolatesKeepsOnlyActorsOnSelectedRelations() throws {
    let all = try #require(Self.fixture["support-only-directed"]?["degree"])
    let r = try #require(
      try CLI.json(["centrality", "--measure", "degree", "--types", "support", "--drop-isolates", "--whole-record", "--format", "json"])
        as? [String: Any])
    let ids = Set(try #require(r["scores"] as? [[String: Any]]).compactMap { $0["id"] as? String })
    #expect(ids.count < all.count, "isolated actors left out")
    #expect(ids == Set(all.filter { $0.value > 0 }.keys), "exactly the actors with a support relation")
  }

  @Test func componentsListIsolatedActorsAsSingletons() throws {
    let all = try #require(Self.fixture["support-only-undirected"]?["degree"])
    let r = try #require(try CLI.json(["components", "--types", "support", "--whole-record", "--format", "json"]) as? [String: [[String]]])
    let weak = try #require(r["weak"])
    #expect(Set(weak.flatMap { $0 }) == Set(all.keys), "every actor in exactly one weak component")
    #expect(weak.flatMap { $0 }.count == all.count)
    let dropped = try #require(
      try CLI.json(["components", "--types", "support", "--drop-isolates", "--whole-record", "--format", "json"]) as? [String: [[String]]])
    #expect(dropped["weak"]?.allSatisfy { $0.count > 1 } == true, "no singletons left once isolates are dropped")
  }

  private func check(measure: String, directed: Bool, mode: String, extra: [String]) throws {
    let expected = try #require(Self.fixture[mode]?[measure])
    var args = ["centrality", "--format", "json", "--whole-record"] + extra
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
      #expect(abs(mine - value) <= 1e-9, "\(measure) \(mode) \(id): \(mine) vs NetworkX \(value)")
    }
  }
}

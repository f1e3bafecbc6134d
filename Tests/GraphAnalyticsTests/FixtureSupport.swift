import Foundation
import GraphAnalytics

/// One NetworkX reference fixture (see Fixtures/README.md).
// swift-format-ignore: AlwaysUseLowerCamelCase
// The property names are the JSON keys the Python fixture generator writes.
struct Fixture: Decodable, Sendable, CustomStringConvertible {
  struct Pair: Decodable, Sendable {
    let normalized: [Double]
    let raw: [Double]
  }
  struct Sampled: Decodable, Sendable {
    let k: Int
    let sources: [Int32]
    let normalized: [Double]
    let raw: [Double]
  }
  struct PathCheck: Decodable, Sendable {
    let source: Int32
    let target: Int32
    let length: Int
    let lexicographic_path: [Int32]?
    let path_count: Int?
    let simple_path_lengths: [Int]?
  }
  let name: String
  let directed: Bool
  let vertex_count: Int
  let sources: [Int32]
  let targets: [Int32]
  let katz_alpha: Double
  let measures: [String: Pair]
  let betweenness_sampled: Sampled
  let weak_components: [[Int32]]
  let strong_components: [[Int32]]
  let paths: [PathCheck]

  var description: String { "\(name)-\(directed ? "directed" : "undirected")" }

  var graph: CompactGraph {
    CompactGraph(vertexCount: vertex_count, sources: sources, targets: targets, directed: directed)
  }

  static let names = [
    "karate-undirected", "karate-directed", "florentine-undirected", "florentine-directed",
    "lesmis-undirected", "lesmis-directed", "islands-undirected", "islands-directed",
  ]

  static func load(_ name: String) throws -> Fixture {
    guard
      let url = Bundle.module.url(
        forResource: name, withExtension: "json", subdirectory: "Fixtures")
    else { throw FixtureMissing(name: name) }
    return try JSONDecoder().decode(Fixture.self, from: Data(contentsOf: url))
  }
}

struct FixtureMissing: Error { let name: String }

/// The largest absolute difference, or infinity when lengths differ.
func maxAbsDiff(_ a: [Double], _ b: [Double]) -> Double {
  guard a.count == b.count else { return .infinity }
  var m = 0.0
  for i in a.indices {
    if a[i].isNaN && b[i].isNaN { continue }
    m = max(m, abs(a[i] - b[i]))
  }
  return m
}

/// A deterministic random directed graph with heavy-tailed degrees.
func randomGraph(n: Int, m: Int, seed: UInt64, directed: Bool = true) -> CompactGraph {
  var rng = SplitMix64(seed: seed)
  var s: [Int32] = []
  var t: [Int32] = []
  for _ in 0..<m {
    // Square a uniform draw to skew towards low indices (hubs).
    let a = Double(rng.next() % 1_000_000) / 1_000_000
    let b = rng.next() % UInt64(n)
    s.append(Int32(b))
    t.append(Int32(Double(n) * a * a))
  }
  return CompactGraph(vertexCount: n, sources: s, targets: t, directed: directed)
}

// RenderBench: benchmark and leak-check driver for GraphvizKit.
// Not a test. See bench/render/run.sh and RESULTS.md.
//
//   RenderBench generate <dir>            write the benchmark DOT files
//   RenderBench time <file> <engine> <n>  render a DOT file n times in-process
//   RenderBench many <dir> <engine>       render every small-*.dot in <dir> once
//   RenderBench leak <count>              render <count> small diagrams, print RSS

import GraphvizKit

#if canImport(Glibc)
  import Glibc
#endif

@main
enum RenderBench {
  static func main() throws {
    let arguments = CommandLine.arguments
    switch arguments.dropFirst().first {
    case "generate":
      try generate(into: arguments[2])
    case "time":
      try time(file: arguments[2], engine: LayoutEngine(rawValue: arguments[3]), count: Int(arguments[4]) ?? 1)
    case "many":
      try many(directory: arguments[2], engine: LayoutEngine(rawValue: arguments[3]))
    case "leak":
      try leak(count: Int(arguments[2]) ?? 1000, mode: arguments.count > 3 ? arguments[3] : "all")
    default:
      print("usage: RenderBench generate|time|many|leak …")
    }
  }

  static let sizes: [(name: String, nodes: Int, clusters: Int, edges: Int)] = [
    ("50", 50, 5, 90), ("500", 500, 20, 900), ("5000", 5000, 50, 9000),
  ]

  static func generate(into directory: String) throws {
    for size in sizes {
      let graph = randomGraph(nodes: size.nodes, clusters: size.clusters, edges: size.edges, seed: 1)
      try write(DOTEncoder().encode(graph), to: "\(directory)/graph-\(size.name).dot")
    }
    for index in 0..<200 {
      let graph = randomGraph(nodes: 8, clusters: 2, edges: 10, seed: UInt64(index))
      try write(DOTEncoder().encode(graph), to: "\(directory)/small-\(index).dot")
    }
  }

  static func time(file: String, engine: LayoutEngine, count: Int) throws {
    let dot = try read(file)
    let renderer = GraphvizRenderer()
    var bytes = 0
    let clock = ContinuousClock()
    let elapsed = try clock.measure {
      for _ in 0..<count {
        bytes = try renderer.render(dot: dot, engine: engine, format: .svg).bytes.count
      }
    }
    print("\(file) \(engine) x\(count): \(seconds(elapsed)) s total, \(seconds(elapsed / count)) s each, \(bytes) bytes")
  }

  static func many(directory: String, engine: LayoutEngine) throws {
    let dots = try (0..<200).map { try read("\(directory)/small-\($0).dot") }
    let renderer = GraphvizRenderer()
    let clock = ContinuousClock()
    let elapsed = try clock.measure {
      for dot in dots { _ = try renderer.render(dot: dot, engine: engine, format: .svg) }
    }
    print("\(dots.count) small diagrams in-process: \(seconds(elapsed)) s")
  }

  /// Modes: `all` (render, parse, every fifth a syntax error), `render`,
  /// `flat` (render graphs without clusters), `parse`, `error`.
  static func leak(count: Int, mode: String) throws {
    let renderer = GraphvizRenderer()
    let clusters = mode == "flat" ? 0 : 2
    let graphs = (0..<10).map {
      randomGraph(nodes: 10, clusters: clusters, edges: 14, seed: UInt64($0))
    }
    let dots = graphs.map { DOTEncoder().encode($0) }
    for index in 0..<count {
      let dot = dots[index % dots.count]
      if ["all", "render", "flat"].contains(mode) { _ = try renderer.render(dot: dot, format: .svg) }
      if ["all", "parse"].contains(mode) { _ = try renderer.parse(dot: dot) }
      if mode == "error" || (mode == "all" && index % 5 == 0) {
        _ = try? renderer.render(dot: "digraph { a -> ; }")
      }
      if index == 9 || (index + 1) % (count / 10 == 0 ? 1 : count / 10) == 0 {
        print("after \(index + 1) renders: RSS \(residentKilobytes()) kB")
      }
    }
  }

  // MARK: Helpers

  static func randomGraph(nodes: Int, clusters: Int, edges: Int, seed: UInt64) -> DOTGraph {
    var random = SplitMix64(seed: seed)
    var graph = DOTGraph(name: "bench")
    graph.nodeDefaults.shape = .box
    var subgraphs = (0..<clusters).map { DOTSubgraph("c\($0)", label: .text("Cluster \($0)")) }
    for index in 0..<nodes {
      let node = DOTNode("n\(index)", label: .text("Actor \(index)"))
      if clusters == 0 {
        graph.nodes.append(node)
      } else {
        subgraphs[Int(random.next() % UInt64(clusters))].nodes.append(node)
      }
    }
    graph.subgraphs = subgraphs
    graph.edges = (0..<edges).map { index in
      DOTEdge(
        from: "n\(random.next() % UInt64(nodes))", to: "n\(random.next() % UInt64(nodes))",
        label: .text("r\(index)"))
    }
    return graph
  }

  static func seconds(_ duration: Duration) -> String {
    let (whole, attoseconds) = duration.components
    let milliseconds = whole * 1000 + attoseconds / 1_000_000_000_000_000
    let text = String(milliseconds / 1000) + "." + String(1000 + milliseconds % 1000).dropFirst()
    return text
  }

  static func read(_ path: String) throws -> String {
    guard let file = fopen(path, "rb") else { throw BenchError(message: "cannot open \(path)") }
    defer { fclose(file) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
      let count = fread(&buffer, 1, buffer.count, file)
      if count <= 0 { break }
      bytes += buffer[0..<count]
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  static func write(_ text: String, to path: String) throws {
    guard let file = fopen(path, "wb") else { throw BenchError(message: "cannot write \(path)") }
    defer { fclose(file) }
    var text = text
    text.withUTF8 { _ = fwrite($0.baseAddress, 1, $0.count, file) }
  }

  static func residentKilobytes() -> Int {
    guard let text = try? read("/proc/self/statm") else { return -1 }
    let fields = text.split(separator: " ")
    return fields.count > 1 ? (Int(fields[1]) ?? 0) * Int(sysconf(Int32(_SC_PAGESIZE))) / 1024 : -1
  }
}

struct BenchError: Error, CustomStringConvertible {
  var message: String
  var description: String { message }
}

struct SplitMix64: RandomNumberGenerator {
  private var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

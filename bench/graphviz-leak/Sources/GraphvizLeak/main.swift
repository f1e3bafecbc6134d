import Foundation
import GraphvizKit

/// Resident set size of this process in KB (from /proc/self/statm: pages × page size).
func residentKB() -> Int {
  guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return -1 }
  let fields = text.split(separator: " ")
  return fields.count > 1 ? (Int(fields[1]) ?? 0) * Int(sysconf(Int32(_SC_PAGESIZE))) / 1024 : -1
}

/// A clustered graph like the diagrams': 4 clusters of 8 nodes, labelled edges across them
/// (`subgraph` without the `cluster_` prefix when `clusters` is false, for comparison).
func clusteredDOT(_ seed: Int) -> String {
  var dot = "digraph G { compound=true; node [shape=box, fontname=\"Noto Sans\"];\n"
  for c in 0..<4 {
    dot += "subgraph \(clusters ? "cluster_" : "group_")\(c) { label=\"group \(c) \(seed % 7)\";\n"
    for n in 0..<8 { dot += "n\(c)_\(n) [label=\"actor \(c).\(n)\"];\n" }
    dot += "}\n"
  }
  for c in 0..<4 {
    for n in 0..<8 { dot += "n\(c)_\(n) -> n\((c + 1) % 4)_\((n * 3 + seed) % 8) [label=\"support \(n)\"];\n" }
  }
  return dot + "}\n"
}

let renders = CommandLine.arguments.count > 1 ? Int(CommandLine.arguments[1]) ?? 2000 : 2000
let clusters = !CommandLine.arguments.contains("--no-clusters")
let parseOnly = CommandLine.arguments.contains("--parse-only")
let renderer = GraphvizRenderer()
print("\(clusters ? "clusters" : "no clusters")\(parseOnly ? ", parse only" : ""):")
print("mode, renders, RSS after warm-up (KB), RSS at end (KB), growth per render (KB), seconds")
// 0 = never reset; otherwise reset the context every `every` renders.
for every in [0, 500, 100, 1] {
  renderer.resetContext()
  // Warm-up: fonts, plugins and caches load once; measure growth after them.
  for i in 0..<50 { _ = try renderer.render(dot: clusteredDOT(i)) }
  let start = residentKB()
  let clock = Date()
  for i in 0..<renders {
    if parseOnly { _ = try renderer.parse(dot: clusteredDOT(i)) } else { _ = try renderer.render(dot: clusteredDOT(i)) }
    if every > 0 && (i + 1) % every == 0 { renderer.resetContext() }
  }
  let end = residentKB()
  let mode = every == 0 ? "one context" : every == 1 ? "fresh context per render" : "reset every \(every)"
  let perRender = Double(end - start) / Double(renders)
  print("\(mode), \(renders), \(start), \(end), \(String(format: "%.1f", perRender)), \(String(format: "%.1f", Date().timeIntervalSince(clock)))")
}

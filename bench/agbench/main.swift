// agbench: times GraphAnalytics on a benchmark graph and prints JSON.
//
// Usage: agbench DIR [--measures m1,m2,...] [--threads T] [--repeat R]
//                    [--betweenness-sample K] [--katz-alpha A]
//
// DIR holds nodes.csv (column `id`) and edges.csv (`source,target,type`), as
// written by bench/generate.py. "load" times reading both files with a
// byte-level CSV reader, interning the ids and building the CompactGraph.
// Each other measure is timed on its own; the best of R runs is reported.

import Foundation
import GraphAnalytics

/// Reads a whole file into memory.
func readFile(_ path: String) -> [UInt8] {
  guard let f = fopen(path, "rb") else {
    FileHandle.standardError.write(Data("cannot open \(path)\n".utf8))
    exit(2)
  }
  defer { fclose(f) }
  fseek(f, 0, SEEK_END)
  let size = ftell(f)
  fseek(f, 0, SEEK_SET)
  var bytes = [UInt8](repeating: 0, count: size)
  let read = bytes.withUnsafeMutableBytes { fread($0.baseAddress, 1, size, f) }
  precondition(read == size, "short read on \(path)")
  return bytes
}

/// Open-addressing table from id bytes to dense Int32 indices.
struct Interner {
  private var slots: [Int32]  // index into `keys`, −1 when empty
  private var keys: [(start: Int, count: Int, hash: UInt64)] = []
  private var mask: Int
  private var storage: [UInt8] = []

  init(capacity: Int) {
    var c = 16
    while c < capacity * 2 { c <<= 1 }
    slots = [Int32](repeating: -1, count: c)
    mask = c - 1
    storage.reserveCapacity(capacity * 8)
  }

  var count: Int { keys.count }

  mutating func intern(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int32 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for i in start..<end {
      h = (h ^ UInt64(p[i])) &* 0x100_0000_01b3
    }
    var s = Int(truncatingIfNeeded: h ^ (h >> 29)) & mask
    let len = end - start
    while true {
      let k = slots[s]
      if k < 0 { break }
      let key = keys[Int(k)]
      if key.hash == h && key.count == len {
        let equal = storage.withUnsafeBufferPointer { st in
          memcmp(st.baseAddress! + key.start, p.baseAddress! + start, len) == 0
        }
        if equal { return k }
      }
      s = (s + 1) & mask
    }
    let id = Int32(keys.count)
    keys.append((storage.count, len, h))
    storage.append(contentsOf: p[start..<end])
    slots[s] = id
    if keys.count * 2 > slots.count { grow() }
    return id
  }

  private mutating func grow() {
    let c = slots.count * 2
    slots = [Int32](repeating: -1, count: c)
    mask = c - 1
    for (i, key) in keys.enumerated() {
      var s = Int(truncatingIfNeeded: key.hash ^ (key.hash >> 29)) & mask
      while slots[s] >= 0 { s = (s + 1) & mask }
      slots[s] = Int32(i)
    }
  }
}

/// Loads nodes.csv and edges.csv (first column of nodes, first two of edges).
func load(_ dir: String) -> CompactGraph {
  let nodes = readFile(dir + "/nodes.csv")
  let edges = readFile(dir + "/edges.csv")
  var interner = Interner(capacity: max(16, nodes.count / 6))
  var sources: [Int32] = []
  var targets: [Int32] = []
  sources.reserveCapacity(edges.count / 16)
  targets.reserveCapacity(edges.count / 16)
  let comma = UInt8(ascii: ","), newline = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
  nodes.withUnsafeBufferPointer { p in
    var i = 0
    while i < p.count && p[i] != newline { i += 1 }  // header
    i += 1
    while i < p.count {
      let start = i
      while i < p.count && p[i] != comma && p[i] != newline && p[i] != cr { i += 1 }
      if i > start { _ = interner.intern(p, start, i) }
      while i < p.count && p[i] != newline { i += 1 }
      i += 1
    }
  }
  edges.withUnsafeBufferPointer { p in
    var i = 0
    while i < p.count && p[i] != newline { i += 1 }
    i += 1
    while i < p.count {
      let s0 = i
      while i < p.count && p[i] != comma { i += 1 }
      let s1 = i
      i += 1
      let t0 = i
      while i < p.count && p[i] != comma && p[i] != newline && p[i] != cr { i += 1 }
      let t1 = i
      while i < p.count && p[i] != newline { i += 1 }
      i += 1
      if s1 > s0 && t1 > t0 {
        sources.append(interner.intern(p, s0, s1))
        targets.append(interner.intern(p, t0, t1))
      }
    }
  }
  return CompactGraph(
    vertexCount: interner.count, sources: sources, targets: targets, directed: true)
}

func now() -> Double {
  var ts = timespec()
  clock_gettime(CLOCK_MONOTONIC, &ts)
  return Double(ts.tv_sec) + Double(ts.tv_nsec) * 1e-9
}

// MARK: - Arguments

var args = Array(CommandLine.arguments.dropFirst())
guard let dir = args.first, !dir.hasPrefix("-") else {
  print("usage: agbench DIR [--measures a,b] [--threads T] [--repeat R] [--betweenness-sample K]")
  exit(2)
}
var measures = [
  "load", "degree", "pagerank", "eigenvector", "katz", "wcc", "scc", "closeness", "harmonic",
  "betweenness",
]
var threads = ProcessInfo.processInfo.activeProcessorCount
var repeats = 1
var sample: Int? = nil
var katzAlpha = 0.1
var i = 1
while i < args.count {
  let flag = args[i]
  let value = i + 1 < args.count ? args[i + 1] : ""
  switch flag {
  case "--measures": measures = value.split(separator: ",").map(String.init)
  case "--threads": threads = Int(value) ?? threads
  case "--repeat": repeats = max(1, Int(value) ?? 1)
  case "--betweenness-sample": sample = Int(value)
  case "--katz-alpha": katzAlpha = Double(value) ?? katzAlpha
  default:
    print("unknown flag \(flag)")
    exit(2)
  }
  i += 2
}

// MARK: - Timing

let options = ParallelOptions(threads: threads)
var graph = load(dir)
var results: [(String, Double, Double)] = []  // name, seconds, checksum

@MainActor
func time(_ name: String, _ body: () throws -> Double) {
  var best = Double.infinity
  var checksum = 0.0
  for _ in 0..<repeats {
    let t0 = now()
    do {
      checksum = try body()
    } catch {
      checksum = .nan
    }
    best = min(best, now() - t0)
  }
  results.append((name, best, checksum))
}

func sum(_ x: [Double]) -> Double { x.reduce(0, +) }

for m in measures {
  switch m {
  case "load":
    time(m) {
      graph = load(dir)
      return Double(graph.arcCount)
    }
  case "degree": time(m) { sum(graph.degreeCentrality()) }
  case "pagerank": time(m) { sum(try graph.pageRank(parallel: options)) }
  case "eigenvector": time(m) { sum(try graph.eigenvectorCentrality(parallel: options)) }
  case "katz": time(m) { sum(try graph.katzCentrality(alpha: katzAlpha, parallel: options)) }
  case "wcc": time(m) { Double(graph.weaklyConnectedComponents().count) }
  case "scc": time(m) { Double(graph.stronglyConnectedComponents().count) }
  case "closeness": time(m) { sum(graph.closenessCentrality(parallel: options)) }
  case "harmonic": time(m) { sum(graph.harmonicCentrality(parallel: options)) }
  case "betweenness":
    time(m) { sum(graph.betweennessCentrality(sample: sample, seed: 1, parallel: options)) }
  default:
    print("unknown measure \(m)")
    exit(2)
  }
}

var json = "{\"library\": \"actorgraph\", \"threads\": \(threads), "
json += "\"nodes\": \(graph.vertexCount), \"edges\": \(graph.arcCount), \"times\": {"
json += results.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ")
json += "}, \"checksums\": {"
json += results.map { "\"\($0.0)\": \($0.2.isNaN ? "null" : String($0.2))" }.joined(separator: ", ")
json += "}}"
print(json)

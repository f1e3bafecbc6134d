import ActorGraph
import ActorGraphDiagrams
import ActorGraphViews
import Foundation
import FuzzSupport
import GraphvizKit

/// Rendering through libgvc on arbitrary text. The input is split at NUL bytes into up to 12 strings
/// (each cut to 300 bytes), used as node names, node labels and tooltips, edge labels, a cluster
/// label and the graph's name. Oracles: every name, label and tooltip survives a DOT round trip
/// through libcgraph; the SVG libgvc writes is well-formed XML; no crash, no abort.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRender(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let input = bytes(data, size)
  var texts = input.split(separator: 0, omittingEmptySubsequences: false).prefix(12).map {
    String(decoding: $0.prefix(300), as: UTF8.self)
  }
  if texts.isEmpty { texts = [""] }
  var graph = DOTGraph(name: texts[0])
  var cluster = DOTSubgraph("c", isCluster: true, label: .text(texts.last!))
  let ids = texts.enumerated().map { "\($0.offset):" + $0.element }
  for (i, text) in texts.enumerated() {
    var node = DOTNode(ids[i], label: .text(text))
    node.attributes.tooltip = text
    if i % 3 == 0 { cluster.nodes.append(node) } else { graph.nodes.append(node) }
  }
  graph.subgraphs = [cluster]
  graph.edges = zip(ids, ids.dropFirst()).enumerated().map { DOTEdge(from: $0.element.0, to: $0.element.1, label: .text(texts[$0.offset])) }
  let dot = DOTEncoder().encode(graph)

  // Round trip: what cgraph stores, unescaped, is the text as the encoder may normalise it.
  let parsed: ParsedGraph
  do {
    parsed = try GraphvizRenderer().parse(dot: dot)
  } catch {
    oracleFailed("our DOT does not parse: \(error)\n\(dot.prefix(2000))")
  }
  for (i, text) in texts.enumerated() {
    guard let node = parsed.nodes.first(where: { DOTEscaping.unescape($0.name) == normalised(ids[i], isValue: false) }) else {
      oracleFailed("node \(i) lost its name \(ids[i].debugDescription)")
    }
    let label = DOTEscaping.unescape(node.attributes["label"] ?? "")
    if label != normalised(text, isValue: true) {
      oracleFailed("label \(text.debugDescription) came back as \(label.debugDescription)")
    }
  }

  // Layout and SVG.
  do {
    let svg = try GraphvizRenderer().render(dot: dot, engine: .dot, format: .svg)
    checkWellFormedXML(svg.bytes, context: "SVG of \(texts.map(\.debugDescription))")
  } catch {
    // Graphviz may refuse a layout (its own limits); that is an error, not a crash.
  }
  return 0
}

/// What the encoder promises to preserve: line breaks as LF, control characters and noncharacters
/// as U+FFFD, and (for values) a text of only line breaks as empty.
func normalised(_ text: String, isValue: Bool) -> String {
  var out = String.UnicodeScalarView()
  var previousCR = false
  for s in text.unicodeScalars {
    defer { previousCR = s == "\r" }
    switch s.value {
    case 0x0D: out.append("\n")
    case 0x0A: if !previousCR { out.append("\n") }
    case 0x09: out.append(s)
    case 0x00...0x1F, 0xFFFE, 0xFFFF: out.append("\u{FFFD}")
    default: out.append(s)
    }
  }
  let result = String(out)
  if isValue && !result.isEmpty && result.unicodeScalars.allSatisfy({ $0 == "\n" }) { return "" }
  return result
}

@_cdecl("FuzzRender_main")
public func fuzzRenderMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
  runFuzzer(argc, argv, fuzzRender)
}

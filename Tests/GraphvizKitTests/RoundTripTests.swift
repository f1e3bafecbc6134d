import GraphvizKit
import TestSupport
import Testing

/// The encoder's DOT, parsed back by libcgraph, gives back every name, label
/// and tooltip, however hostile.
@Suite("Round trip through libcgraph")
struct RoundTripTests {
  static let hostile: [String] = [
    "plain", "say \"hi\"", #"back\slash"#, #"trailing\"#, #"\\"#, #"\"#, #"\""#,
    "{ braces }", "}", "a -> b", "a -- b", "x; y", "[label=x]", "two\nlines",
    "\n", "tab\there", "<b>bold</b>", "&amp;", "&", "<", ">", "العراق",
    "سپاه پاسداران", "حزب‌الله", "emoji 🇮🇷🔥👩‍👩‍👧", "", " ", "%percent", "%",
    "node", "graph", "subgraph cluster_x", "\\N", #"\l\r\n"#, "'single'",
    "=", ",", "// comment", "/* comment */", "# hash", "+", "\" + \"",
    String(repeating: "long العراق \"\\ ", count: 3000),
  ]

  @Test("Every hostile string survives as node name, label and tooltip")
  func hostileStringsAlone() throws {
    try checkRoundTrip(Self.hostile)
  }

  @Test("Random concatenations of hostile strings survive", arguments: 0..<8)
  func hostileConcatenations(seed: UInt64) throws {
    var random = SplitMix64(seed: seed)
    let short = Self.hostile.filter { $0.utf8.count < 100 }
    let texts = (0..<40).map { _ in
      (0..<(1 + Int(random.next() % 4))).map { _ in
        short[Int(random.next() % UInt64(short.count))]
      }.joined()
    }
    try checkRoundTrip(texts)
  }

  @Test("HTML labels built from hostile text come back as the same markup")
  func htmlLabels() throws {
    // HTML strings cannot be split like quoted ones; see htmlLengthLimit.
    let texts = Self.hostile.filter { $0.utf8.count < 8000 }
    var graph = DOTGraph()
    graph.nodes = texts.enumerated().map { index, text in
      DOTNode("n\(index)", label: .html("<b>\(text)</b>"))
    }
    let parsed = try GraphvizRenderer().parse(dot: DOTEncoder().encode(graph))
    for (index, text) in texts.enumerated() {
      let node = try #require(parsed.node(named: "n\(index)"))
      #expect(node.htmlAttributes.contains("label"))
      #expect(node.attributes["label"] == "<b>" + HTMLLabel.escape(text) + "</b>")
    }
  }

  @Test("Graphviz 2.42 cannot read an HTML label over about 16,000 bytes")
  func htmlLengthLimit() throws {
    var graph = DOTGraph()
    graph.nodes = [DOTNode("a", label: .html(HTMLLabel(text: String(repeating: "x", count: 17_000))))]
    let error = try #require(throws: GraphvizError.self) {
      try GraphvizRenderer().parse(dot: DOTEncoder().encode(graph))
    }
    #expect(error.description.contains("HTML string"))
  }

  @Test("Hostile strings render to well-formed SVG")
  func hostileSVG() throws {
    var graph = DOTGraph()
    let texts = Self.hostile.filter { $0.utf8.count < 100 }
    graph.subgraphs = [
      DOTSubgraph(
        "hostile", label: .text(texts.joined()),
        nodes: texts.enumerated().map {
          DOTNode("\($0.offset)\($0.element)", label: .text($0.element))
        })
    ]
    graph.edges = [DOTEdge(from: "0plain", to: "1say \"hi\"", label: .text(texts.joined()))]
    let svg = try GraphvizRenderer().render(graph, format: .svg)
    let document = try SVGDocument(svg.bytes)
    #expect(document.elements(withClass: "node").count == texts.count)
  }

  /// What a value comes back as: itself, except that a value of only line
  /// breaks is written empty (dot 2.42 aborts on such a label; names keep them).
  private func asValue(_ text: String) -> String {
    !text.isEmpty && text.unicodeScalars.allSatisfy({ $0 == "\n" || $0 == "\r" }) ? "" : text
  }

  /// Encodes `texts` as names, labels, tooltips, edge labels and cluster
  /// labels; parses the DOT with libcgraph; checks every string comes back.
  private func checkRoundTrip(
    _ texts: [String], sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    var graph = DOTGraph(name: texts.first ?? "")
    var cluster = DOTSubgraph("c")
    for (index, text) in texts.enumerated() {
      // Suffix the index so names are distinct; prefix it to keep hostile
      // starts (such as %) at the start in half of the cases.
      let id = index.isMultiple(of: 2) ? text + "#\(index)" : "\(index)#" + text
      var node = DOTNode(id, label: .text(text))
      node.tooltip = text
      if index.isMultiple(of: 3) { cluster.nodes.append(node) } else { graph.nodes.append(node) }
    }
    cluster.label = .text(texts.last ?? "")
    graph.subgraphs = [cluster]
    let ids = texts.enumerated().map { index, text in
      index.isMultiple(of: 2) ? text + "#\(index)" : "\(index)#" + text
    }
    graph.edges = zip(ids, ids.dropFirst()).enumerated().map { index, pair in
      DOTEdge(from: pair.0, to: pair.1, label: .text(texts[index]))
    }

    let dot = DOTEncoder().encode(graph)
    let parsed = try GraphvizRenderer().parse(dot: dot)

    #expect(
      DOTEscaping.unescape(parsed.name) == (graph.name.isEmpty ? "G" : graph.name),
      sourceLocation: sourceLocation)
    #expect(parsed.nodes.count == texts.count, sourceLocation: sourceLocation)
    for (index, text) in texts.enumerated() {
      let node = parsed.nodes.first { DOTEscaping.unescape($0.name) == ids[index] }
      #expect(node != nil, "node \(index) missing", sourceLocation: sourceLocation)
      guard let node else { continue }
      #expect(
        DOTEscaping.unescape(node.attributes["label"] ?? "") == asValue(text),
        sourceLocation: sourceLocation)
      #expect(
        DOTEscaping.unescape(node.attributes["tooltip"] ?? "") == asValue(text),
        sourceLocation: sourceLocation)
    }
    let edgeLabels = parsed.edges.map { DOTEscaping.unescape($0.attributes["xlabel"] ?? "") }
    #expect(edgeLabels.sorted() == texts.dropLast().map(asValue).sorted(), sourceLocation: sourceLocation)
    let clusterNode = try #require(parsed.subgraph(named: "cluster_c"), sourceLocation: sourceLocation)
    #expect(
      DOTEscaping.unescape(clusterNode.attributes["label"] ?? "") == texts.last.map(asValue),
      sourceLocation: sourceLocation)
  }
}

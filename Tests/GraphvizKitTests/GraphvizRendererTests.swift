import GraphvizKit
import TestSupport
import Testing

@Suite("GraphvizRenderer")
struct GraphvizRendererTests {
  let renderer = GraphvizRenderer()

  @Test("SVG is well-formed XML with the node, edge and cluster ids")
  func svgStructure() throws {
    let result = try renderer.render(Fixtures.conflictDiagram(), format: .svg)
    #expect(result.warnings.isEmpty)
    let svg = try SVGDocument(result.bytes)
    let ids = svg.ids
    for id in ["node-irgc", "node-qods", "node-kh", "node-pmf", "node-hezbollah", "node-us"] {
      #expect(ids.contains(id), "missing \(id)")
    }
    for id in ["edge-qods-kh", "edge-kh-us", "edge-us-kh", "edge-irgc-qods"] {
      #expect(ids.contains(id), "missing \(id)")
    }
    for id in ["cluster-iran", "cluster-iraq", "cluster-lebanon"] {
      #expect(ids.contains(id), "missing \(id)")
    }
    #expect(svg.elements(withClass: "node").count == 6)
    #expect(svg.elements(withClass: "edge").count == 6)
    #expect(svg.elements(withClass: "cluster").count == 3)
    let texts = svg.elements.filter { $0.name == "text" }.map(\.text)
    #expect(texts.contains("Iraq · العراق"))
    #expect(texts.contains("سپاه پاسداران"))
    #expect(texts.contains("attacks \"2024\""))
    #expect(texts.contains("arms & funds"))
  }

  @Test("PNG and PDF start with their magic bytes")
  func binaryFormats() throws {
    let png = try renderer.render(Fixtures.conflictDiagram(), format: .png)
    #expect(Array(png.bytes.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
    let pdf = try renderer.render(Fixtures.conflictDiagram(), format: .pdf)
    #expect(Array(pdf.bytes.prefix(5)) == Array("%PDF-".utf8))
    #expect(png.text == nil)
  }

  @Test("Text formats: laid-out DOT parses again, JSON and plain have positions")
  func textFormats() throws {
    let dot = try #require(try renderer.render(Fixtures.conflictDiagram(), format: .dot).text)
    #expect(dot.contains("pos="))
    let reparsed = try renderer.parse(dot: dot)
    #expect(reparsed.nodes.count == 6)
    #expect(reparsed.attributes["bb"] != nil)

    let json = try #require(try renderer.render(Fixtures.conflictDiagram(), format: .json).text)
    #expect(json.hasPrefix("{"))
    #expect(json.contains("\"objects\""))

    let plain = try #require(try renderer.render(dot: "digraph G { a -> b }", format: .plain).text)
    #expect(plain.hasPrefix("graph 1 "))
    #expect(plain.contains("node a "))
    #expect(plain.hasSuffix("stop\n"))
  }

  @Test("Every engine lays out a clustered, labelled graph", arguments: LayoutEngine.all)
  func engines(engine: LayoutEngine) throws {
    let result = try renderer.render(Fixtures.conflictDiagram(), engine: engine, format: .svg)
    let svg = try SVGDocument(result.bytes)
    #expect(svg.elements(withClass: "node").count == 6)
  }

  @Test("A syntax error is a typed error with its line")
  func syntaxError() throws {
    let error = try #require(throws: GraphvizError.self) {
      try renderer.render(dot: "digraph G {\n  a -> b;\n  c -> ;\n}")
    }
    guard case .syntax(let line, let message) = error else {
      Issue.record("expected .syntax, got \(error)")
      return
    }
    #expect(line == 3)
    #expect(message.contains("syntax error in line 3"))
    #expect(error.description.contains("line 3"))
    // The parser recovers: the next render works.
    #expect(try renderer.render(dot: "digraph { ok }").bytes.isEmpty == false)
  }

  @Test("Text after the first graph is ignored and never leaks into the next parse")
  func lexerIsFlushed() throws {
    let first = try renderer.parse(dot: "digraph A { a } digraph B { b }")
    #expect(first.name == "A")
    let second = try renderer.parse(dot: "digraph C { c }\n\n\n")
    #expect(second.name == "C")
    let error = try #require(throws: GraphvizError.self) {
      try renderer.parse(dot: "digraph D {\n d -> ; }")
    }
    #expect(error == .syntax(line: 2, message: "syntax error in line 2 near ';'"))
  }

  @Test("Empty and NUL-containing text are syntax errors")
  func degenerateInput() {
    #expect(throws: GraphvizError.self) { try renderer.render(dot: "") }
    #expect(throws: GraphvizError.self) { try renderer.render(dot: "digraph { a\u{0} }") }
    #expect(throws: GraphvizError.self) { try renderer.parse(dot: "graph { a -> b }") }
  }

  @Test("An unknown engine is a typed error listing the engines")
  func unknownEngine() throws {
    let error = try #require(throws: GraphvizError.self) {
      try renderer.render(dot: "digraph { a }", engine: LayoutEngine(rawValue: "spring"))
    }
    guard case .unknownEngine(let engine, let available) = error else {
      Issue.record("expected .unknownEngine, got \(error)")
      return
    }
    #expect(engine.rawValue == "spring")
    #expect(available.contains("dot") && available.contains("sfdp"))
    #expect(error.description.contains(#"no layout engine named "spring""#))
  }

  @Test("An unknown format is a typed error listing the formats")
  func unknownFormat() throws {
    let error = try #require(throws: GraphvizError.self) {
      try renderer.render(dot: "digraph { a }", format: OutputFormat(rawValue: "docx"))
    }
    guard case .unknownFormat(let format, let available) = error else {
      Issue.record("expected .unknownFormat, got \(error)")
      return
    }
    #expect(format.rawValue == "docx")
    #expect(available.contains("svg") && available.contains("png"))
    // The context is still healthy.
    #expect(try renderer.render(dot: "digraph { a }").text?.contains("<svg") == true)
  }

  @Test("A malformed HTML label fails the layout with Graphviz's message")
  func malformedHTML() throws {
    let error = try #require(throws: GraphvizError.self) {
      try renderer.render(dot: "digraph { a [label=<<b>x</i>>] }")
    }
    guard case .layoutFailed(let engine, let messages) = error else {
      Issue.record("expected .layoutFailed, got \(error)")
      return
    }
    #expect(engine == .dot)
    #expect(messages.contains { $0.contains("mismatched tag") })
  }

  @Test("Warnings come back as diagnostics")
  func warnings() throws {
    // Graphviz warns about an unknown shape once per process, so this
    // shape name is used by this test only.
    let result = try renderer.render(dot: "digraph { a [shape=blobwarning] }")
    #expect(result.warnings.map(\.severity) == [.warning])
    #expect(result.warnings.first?.phase == .layout)
    #expect(result.warnings.first?.message.contains("unknown shape blobwarning") == true)
    #expect(try renderer.render(dot: "digraph { a }").warnings.isEmpty)
  }

  @Test("Errors and warnings never reach stderr")
  func nothingOnStderr() throws {
    let output = try StandardError.capture {
      StandardError.emit("capture-marker\n")  // proves the capture works
      _ = try? renderer.render(dot: "digraph { a -> ; }")
      _ = try? renderer.render(dot: "digraph { a }", engine: LayoutEngine(rawValue: "nope"))
      _ = try? renderer.render(dot: "digraph { a }", format: OutputFormat(rawValue: "nope"))
      _ = try? renderer.render(dot: "digraph { a [label=<<b>x</i>>] }")
      _ = try? renderer.render(dot: "digraph { a [shape=blobstderr] }")
    }
    #expect(output.contains("capture-marker"))
    // Other tests may print while stderr is captured, so look for
    // Graphviz's own words rather than for an empty capture.
    for word in ["Error", "Warning", "syntax error", "not recognized", "mismatched", "blob"] {
      #expect(!output.contains(word), "stderr got: \(output)")
    }
  }

  @Test("The parse helper reports names, attributes and structure")
  func parseHelper() throws {
    let parsed = try renderer.parse(dot: DOTEncoder().encode(Fixtures.conflictDiagram()))
    #expect(parsed.name == "conflict")
    #expect(parsed.isDirected && !parsed.isStrict)
    #expect(parsed.nodes.map(\.name) == ["irgc", "qods", "kh", "pmf", "hezbollah", "us"])
    #expect(parsed.subgraphs.map(\.name) == ["cluster_iran", "cluster_iraq", "cluster_lebanon"])
    #expect(parsed.subgraph(named: "militias")?.attributes["rank"] == "same")
    #expect(parsed.attributes["newrank"] == "true")
    let hezbollah = try #require(parsed.node(named: "hezbollah"))
    #expect(hezbollah.htmlAttributes == ["label"])
    #expect(parsed.edges.count == 6)
  }
}

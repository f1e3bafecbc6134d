import ActorGraph
import DomainTestSupport
import Foundation
import TestSupport
import Testing

@testable import ActorGraphDiagrams
@testable import ActorGraphViews
@testable import GraphvizKit

/// Inputs Graphviz cannot take never reach it: character references, labels of only line breaks,
/// noncharacters. Each case here once gave malformed SVG, a wrong name or an abort (exit 134).
@Suite struct GraphvizInputSafetyTests {
  @Test("Every & is written &amp;, and cgraph gives the original text back")
  func ampersands() throws {
    #expect(DOTEscaping.quoted("AT&amp;T & co") == #""AT&amp;amp;T &amp; co""#)
    #expect(DOTEscaping.id("a&b") == #""a&amp;b""#)
    for text in ["AT&amp;T", "&#1;", "&#x41;", "&", "&&amp;;", "&amp", "x&lt;y"] {
      var graph = DOTGraph()
      graph.nodes = [DOTNode(text, label: .text(text))]
      let parsed = try GraphvizRenderer().parse(dot: DOTEncoder().encode(graph))
      let node = try #require(parsed.nodes.first)
      #expect(DOTEscaping.unescape(node.name) == text)
      #expect(DOTEscaping.unescape(node.attributes["label"] ?? "") == text)
    }
  }

  @Test("Character references in names, labels, tooltips and ids show literally in well-formed SVG")
  func referencesInSVG() throws {
    let texts = ["AT&amp;T", "bell &#1; here", "A&#65;", "&#xFFFE;", "&lt;b&gt;", "\u{FFFE}\u{FFFF}"]
    var graph = DOTGraph()
    graph.nodes = texts.enumerated().map { i, text in
      var node = DOTNode(text, label: .text(text))
      node.attributes.tooltip = text
      node.attributes.svgID = "n\(i)-" + text
      return node
    }
    let svg = try GraphvizRenderer().render(graph, format: .svg)
    let document = try SVGDocument(svg.bytes)
    let shown = Set(document.elements.filter { $0.name == "text" }.map(\.text))
    for text in texts.dropLast() {
      #expect(shown.contains(text), "label \(text)")
      #expect(document.elements.contains { $0.name == "title" && $0.text == text }, "name \(text)")
      #expect(document.ids.contains("n\(texts.firstIndex(of: text)!)-" + text), "id \(text)")
    }
    // Noncharacters are not XML characters: they are replaced, and the document still parses.
    #expect(shown.contains("\u{FFFD}\u{FFFD}"))
  }

  @Test("A label of only line breaks with edge labels in clusters does not abort dot (xlabels.c:219)")
  func lineBreakOnlyLabels() throws {
    #expect(DOTEscaping.quoted("\n\n") == #""""#)
    #expect(DOTEscaping.value(.escString("\\n\\l")) == #""""#)
    #expect(DOTEscaping.quoted(" \n") == #"" \n""#)
    for breaks in ["\n", "\n\n", "\r\n", "\n\r\n\n"] {
      var graph = DOTGraph()
      graph.subgraphs = [DOTSubgraph("u", isCluster: true, label: .text(breaks), nodes: [DOTNode("a"), DOTNode("b")])]
      var labelled = DOTEdge(from: "a", to: "b", label: .text("x"))
      labelled.attributes.xlabel = .text(breaks)
      graph.edges = [labelled, DOTEdge(from: "c", to: "a", label: .text(breaks))]
      // Before the fix this aborted the whole test process.
      let svg = try GraphvizRenderer().render(graph, format: .svg)
      _ = try SVGDocument(svg.bytes)
    }
  }

  @Test("The umbrella crash, end to end: a CSV umbrella named only by line breaks is a validator error")
  func umbrellaNamedByLineBreaks() throws {
    let root = try TempProject.make([
      "d/nodes.csv": "id,name,kind\nu,\"\n\n\",umbrella-group\na,A,armed-group\nb,B,armed-group\n",
      "d/edges.csv": "source,target,type\na,u,membership\nb,u,membership\na,b,support\n",
    ])
    let result = DatasetLoader.load(root + "/d")
    let bad = result.diagnostics.first { $0.code == "bad-name" }
    #expect(bad?.location?.line == 2)
    #expect(bad?.location?.column == 3)
    #expect(bad?.message == "name is empty or only whitespace")
  }

  @Test("A view title that is blank or holds control characters is a located error")
  func viewTitles() throws {
    let root = try TempProject.make([
      "graphs/alpha/data.yaml": ViewBuildTests.alpha,
      "graphs/views.yaml":
        "views:\n  - {id: a, dataset: alpha, title: \"\\n\\n\", outputs: [a.svg]}\n  - {id: b, dataset: alpha, title: \"x\\e\", outputs: [b.svg]}\n",
    ])
    let (views, diags) = ViewFileReader.read(root + "/graphs/views.yaml")
    #expect(diags.map { "\($0.location!.line):\($0.location!.column) \($0.code)" } == ["2:36 bad-title", "3:36 bad-title"])
    #expect(views.allSatisfy { $0.spec.title == nil })
  }

  @Test("Hostile names from a data file render to well-formed SVG that shows them as written")
  func hostileDatasetShowsNamesLiterally() throws {
    let data = try TempProject.hostile()
    let svg = try DiagramRenderer.render(dataset: data, spec: DiagramSpec(), format: .svg)
    let document = try SVGDocument(svg)
    let text = document.elements.filter { $0.name == "text" }.map(\.text).joined(separator: "\n")
    #expect(text.contains("&amp; AT&T &#1;"))
  }

  @Test("PDF output is the same bytes every time: cairo's creation date is fixed")
  func reproduciblePDF() throws {
    var graph = DOTGraph()
    graph.subgraphs = [DOTSubgraph("u", isCluster: true, label: .text("Umbrella"), nodes: [DOTNode("a"), DOTNode("b")])]
    graph.edges = [DOTEdge(from: "a", to: "b", label: .text("x"))]
    let first = try GraphvizRenderer().render(graph, format: .pdf).bytes
    let second = try GraphvizRenderer().render(graph, format: .pdf).bytes
    #expect(first == second)
    let text = String(decoding: first, as: UTF8.self)
    #expect(text.hasPrefix("%PDF"))
    let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"] == nil ? "19700101000000" : nil
    if let epoch { #expect(text.contains("/CreationDate (D:\(epoch)Z)")) }
    // Same length as cairo's date, padded after the string: the xref offsets stay right.
    let cairo = Array("<< /CreationDate (D:20261201105717+03'30)\n>>".utf8)
    let fixed = ReproduciblePDF.fixingCreationDate(cairo, epoch: 1_780_000_000)
    #expect(fixed.count == cairo.count)
    #expect(String(decoding: fixed, as: UTF8.self) == "<< /CreationDate (D:20260528202640Z)     \n>>")
  }
}

import GraphvizKit
import Testing

@Suite("DOTEncoder")
struct DOTEncoderTests {
  @Test("A plain graph: named, sorted attributes, objects in the given order")
  func plainGraph() {
    var graph = DOTGraph(name: "G", isDirected: false, isStrict: true)
    graph.rankdir = .leftToRight
    graph.attributes[raw: "sep"] = "+4"
    var b = DOTNode("b", label: "Bee")
    b.style = [.filled, .dashed]
    b.shape = .ellipse
    b.fillcolor = .rgb(0x12, 0xAB, 0xFF)
    graph.nodes = [b, DOTNode("a")]
    var edge = DOTEdge(from: "b", to: "a", label: "to a")
    edge.weight = 2.5
    edge.penwidth = 2
    graph.edges = [edge]

    #expect(
      DOTEncoder().encode(graph) == """
        strict graph "G" {
          graph [rankdir="LR", sep="+4"];
          "b" [fillcolor="#12ABFF", label="Bee", shape="ellipse", style="filled,dashed"];
          "a";
          "b" -- "a" [label="to a", penwidth="2", weight="2.5"];
        }

        """)
  }

  @Test("Clusters: newrank=true, edge labels as xlabel, defaults, nesting")
  func clusteredGraph() {
    let dot = DOTEncoder().encode(Fixtures.conflictDiagram())
    #expect(dot == Golden.conflictDOT)
  }

  @Test("Edge label placement can be forced either way")
  func edgeLabelPlacement() {
    var graph = DOTGraph()
    graph.edges = [DOTEdge(from: "a", to: "b", label: "x")]
    #expect(DOTEncoder(edgeLabelPlacement: .xlabel).encode(graph).contains(#"[xlabel="x"]"#))
    graph.subgraphs = [DOTSubgraph("c", nodes: [DOTNode("a")])]
    #expect(DOTEncoder(edgeLabelPlacement: .label).encode(graph).contains(#"[label="x"]"#))
    #expect(DOTEncoder().encode(graph).contains(#"[xlabel="x"]"#))
    #expect(!DOTEncoder(newrankForClusters: false).encode(graph).contains("newrank"))
  }

  @Test("An explicit newrank and xlabel are kept")
  func explicitSettingsWin() {
    var graph = DOTGraph()
    graph.newrank = false
    graph.subgraphs = [DOTSubgraph("c", nodes: [DOTNode("a")])]
    var edge = DOTEdge(from: "a", to: "b", label: "main")
    edge.xlabel = "side"
    graph.edges = [edge]
    let dot = DOTEncoder().encode(graph)
    #expect(dot.contains(#"graph [newrank="false"];"#))
    #expect(dot.contains(#""a" -> "b" [label="main", xlabel="side"];"#))
  }

  @Test("Plain subgraphs never turn into clusters by name")
  func subgraphNames() {
    #expect(DOTSubgraph("x").dotName == "cluster_x")
    #expect(DOTSubgraph("x", isCluster: false).dotName == "x")
    #expect(DOTSubgraph("Cluster9", isCluster: false).dotName == "_Cluster9")
  }

  @Test("Empty graph names become G; output is identical across encodes")
  func stableOutput() {
    let graph = DOTGraph(name: "")
    #expect(DOTEncoder().encode(graph) == "digraph \"G\" {\n}\n")
    let diagram = Fixtures.conflictDiagram()
    #expect(DOTEncoder().encode(diagram) == DOTEncoder().encode(diagram))
  }

  @Test("Raw attribute names are quoted unless plain identifiers")
  func rawAttributeNames() {
    var node = DOTNode("a")
    node.attributes[raw: "odd name"] = "1"
    node.attributes[raw: "node"] = "2"
    var graph = DOTGraph()
    graph.nodes = [node]
    #expect(DOTEncoder().encode(graph).contains(#""a" ["node"="2", "odd name"="1"];"#))
  }

  @Test("Typed attributes read back what was set")
  func typedAttributes() {
    var node = DOTNode("a")
    node.shape = .mdiamond
    node.style = [.filled, .rounded]
    node.width = 1.5
    node.peripheries = 2
    node.fixedsize = true
    #expect(node.shape == .mdiamond)
    #expect(node.style == [.filled, .rounded])
    #expect(node.width == 1.5)
    #expect(node.peripheries == 2)
    #expect(node.fixedsize == true)
    #expect(node.attributes[raw: "shape"] == "Mdiamond")
    node.shape = nil
    #expect(node.attributes[raw: "shape"] == nil)
  }

  @Test("Numbers are formatted without locale or trailing zeros")
  func numbers() {
    #expect(DOTEncoder.format(2) == "2")
    #expect(DOTEncoder.format(-3) == "-3")
    #expect(DOTEncoder.format(0.25) == "0.25")
    #expect(DOTEncoder.format(10.5) == "10.5")
  }
}

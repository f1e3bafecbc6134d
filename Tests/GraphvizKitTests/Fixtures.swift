import GraphvizKit
import TestSupport

/// Graphs shared by the rendering tests.
enum Fixtures {
  /// A small conflict-actor diagram: three clusters (one nested subgraph),
  /// labelled edges, an HTML label, Arabic and Persian text, SVG ids.
  static func conflictDiagram() -> DOTGraph {
    var graph = DOTGraph(name: "conflict")
    graph.rankdir = .leftToRight
    graph.fontname = "Helvetica"
    graph.nodeDefaults.shape = .box
    graph.nodeDefaults.style = [.rounded, .filled]
    graph.nodeDefaults.fillcolor = "white"
    graph.nodeDefaults.fontname = "Helvetica"
    graph.edgeDefaults.fontname = "Helvetica"
    graph.edgeDefaults.fontsize = 10

    var iran = DOTSubgraph("iran", label: "Iran · ایران")
    iran.svgID = "cluster-iran"
    iran.nodes = [node("irgc", "IRGC\nسپاه پاسداران"), node("qods", "Quds Force")]
    iran.edges = [edge("irgc", "qods", "commands")]

    var iraq = DOTSubgraph("iraq", label: "Iraq · العراق")
    iraq.svgID = "cluster-iraq"
    iraq.nodes = [node("kh", "Kata'ib Hezbollah"), node("pmf", "PMF")]
    var militias = DOTSubgraph("militias", isCluster: false)
    militias.rank = .same
    militias.nodes = [DOTNode("kh"), DOTNode("pmf")]
    iraq.subgraphs = [militias]

    var lebanon = DOTSubgraph("lebanon", label: "Lebanon")
    lebanon.svgID = "cluster-lebanon"
    var hezbollah = node("hezbollah", nil)
    hezbollah.label = .html("<b>Hezbollah</b><br/>\("حزب الله")")
    lebanon.nodes = [hezbollah]

    graph.subgraphs = [iran, iraq, lebanon]
    graph.nodes = [node("us", "United States")]
    graph.edges = [
      edge("qods", "kh", "arms & funds"),
      edge("qods", "hezbollah", "arms"),
      edge("kh", "pmf", "member of"),
      edge("kh", "us", "attacks \"2024\""),
      edge("us", "kh", "strikes"),
    ]
    return graph
  }

  private static func node(_ id: String, _ label: String?) -> DOTNode {
    var node = DOTNode(id, label: label.map(DOTValue.text))
    node.svgID = "node-" + id
    node.tooltip = label ?? id
    return node
  }

  private static func edge(_ from: String, _ to: String, _ label: String) -> DOTEdge {
    var edge = DOTEdge(from: from, to: to, label: .text(label))
    edge.svgID = "edge-\(from)-\(to)"
    return edge
  }

  /// A random graph with `nodes` nodes in `clusters` clusters and
  /// `edges` labelled edges, from a fixed seed.
  static func randomGraph(nodes: Int, clusters: Int, edges: Int, seed: UInt64) -> DOTGraph {
    var random = SplitMix64(seed: seed)
    var graph = DOTGraph(name: "random")
    var subgraphs = (0..<clusters).map { DOTSubgraph("c\($0)", label: .text("Cluster \($0)")) }
    for index in 0..<nodes {
      let node = DOTNode("n\(index)", label: .text("Node \(index)"))
      if clusters > 0 {
        subgraphs[Int(random.next() % UInt64(clusters))].nodes.append(node)
      } else {
        graph.nodes.append(node)
      }
    }
    graph.subgraphs = subgraphs
    graph.edges = (0..<edges).map { index in
      let from = Int(random.next() % UInt64(nodes))
      let to = Int(random.next() % UInt64(nodes))
      return DOTEdge(from: "n\(from)", to: "n\(to)", label: .text("e\(index)"))
    }
    return graph
  }
}

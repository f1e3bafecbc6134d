/// A whole DOT graph: a pure, `Sendable` value that ``DOTEncoder`` turns into
/// DOT text and ``GraphvizRenderer`` renders.
///
///     var graph = DOTGraph(name: "actors")
///     graph.rankdir = .leftToRight
///     graph.nodeDefaults.shape = .box
///     graph.subgraphs = [
///       DOTSubgraph("iraq", label: "العراق", nodes: [DOTNode("kh", label: "Kata'ib Hezbollah")])
///     ]
///     graph.nodes = [DOTNode("irgc", label: "IRGC")]
///     graph.edges = [DOTEdge(from: "irgc", to: "kh", label: "funds")]
///     let dot = DOTEncoder().encode(graph)
///
/// Objects are written in the order given; callers sort them (e.g. by ID) for
/// byte-stable output.
@dynamicMemberLookup
public struct DOTGraph: Sendable, Hashable {
  /// The graph's name, always written (an empty name is written as `G`).
  public var name: String
  /// Whether edges are directed (`digraph`, `->`) or not (`graph`, `--`).
  public var isDirected: Bool
  /// Whether the graph is `strict` (no multi-edges or self-loops).
  public var isStrict: Bool
  /// Graph attributes.
  public var attributes: DOTGraphAttributes
  /// Defaults for all nodes (`node [...]`).
  public var nodeDefaults: DOTNodeAttributes
  /// Defaults for all edges (`edge [...]`).
  public var edgeDefaults: DOTEdgeAttributes
  /// Nodes outside any subgraph, written after the subgraphs.
  public var nodes: [DOTNode]
  /// Edges, written last.
  public var edges: [DOTEdge]
  /// Subgraphs and clusters, written first so their node defaults apply.
  public var subgraphs: [DOTSubgraph]

  /// Creates a graph.
  ///
  /// - Parameters:
  ///   - name: The graph's name.
  ///   - isDirected: `digraph` (the default) or `graph`.
  ///   - isStrict: Whether to write `strict`.
  ///   - nodes: Nodes outside subgraphs.
  ///   - edges: Edges.
  ///   - subgraphs: Subgraphs and clusters.
  public init(
    name: String = "G", isDirected: Bool = true, isStrict: Bool = false,
    nodes: [DOTNode] = [], edges: [DOTEdge] = [], subgraphs: [DOTSubgraph] = []
  ) {
    self.name = name
    self.isDirected = isDirected
    self.isStrict = isStrict
    self.attributes = DOTGraphAttributes()
    self.nodeDefaults = DOTNodeAttributes()
    self.edgeDefaults = DOTEdgeAttributes()
    self.nodes = nodes
    self.edges = edges
    self.subgraphs = subgraphs
  }

  /// `true` if any subgraph, at any depth, is a cluster.
  public var containsClusters: Bool {
    subgraphs.contains { $0.containsClusters }
  }

  /// Forwards typed graph attributes, e.g. `graph.rankdir`.
  public subscript<Value>(
    dynamicMember keyPath: WritableKeyPath<DOTGraphAttributes, Value>
  ) -> Value {
    get { attributes[keyPath: keyPath] }
    set { attributes[keyPath: keyPath] = newValue }
  }
}

/// A subgraph or cluster inside a ``DOTGraph``, possibly nested.
///
/// A cluster is drawn as a box around its nodes (by dot and fdp); a plain
/// subgraph only groups nodes, e.g. for `rank=same`. A node belongs to every
/// subgraph it is listed in; list each node in at most one cluster.
@dynamicMemberLookup
public struct DOTSubgraph: Sendable, Hashable {
  /// The subgraph's identifier; see ``dotName`` for the name written.
  public var id: String
  /// Whether this is a cluster.
  public var isCluster: Bool
  /// The subgraph's own attributes (label, style, colours, `rank`…).
  public var attributes: DOTGraphAttributes
  /// Defaults for nodes created inside this subgraph.
  public var nodeDefaults: DOTNodeAttributes
  /// Defaults for edges created inside this subgraph.
  public var edgeDefaults: DOTEdgeAttributes
  /// Nodes, written in this order.
  public var nodes: [DOTNode]
  /// Edges, written in this order.
  public var edges: [DOTEdge]
  /// Nested subgraphs, written in this order.
  public var subgraphs: [DOTSubgraph]

  /// Creates a subgraph or cluster.
  ///
  /// - Parameters:
  ///   - id: An identifier, unique among the graph's subgraphs.
  ///   - isCluster: Whether to draw it as a cluster.
  ///   - label: The cluster's label.
  ///   - nodes: Member nodes.
  ///   - edges: Edges to create inside the subgraph.
  ///   - subgraphs: Nested subgraphs.
  public init(
    _ id: String, isCluster: Bool = true, label: DOTValue? = nil,
    nodes: [DOTNode] = [], edges: [DOTEdge] = [], subgraphs: [DOTSubgraph] = []
  ) {
    self.id = id
    self.isCluster = isCluster
    self.attributes = DOTGraphAttributes()
    self.nodeDefaults = DOTNodeAttributes()
    self.edgeDefaults = DOTEdgeAttributes()
    self.nodes = nodes
    self.edges = edges
    self.subgraphs = subgraphs
    if let label { attributes.label = label }
  }

  /// The name written to DOT.
  ///
  /// Graphviz treats a subgraph as a cluster when its name starts with
  /// `cluster`, so a cluster is written `cluster_<id>`, and a plain subgraph
  /// whose ID happens to start with "cluster" (in any case) gets a leading
  /// underscore so it stays plain.
  public var dotName: String {
    if isCluster { return "cluster_" + id }
    return id.lowercased().hasPrefix("cluster") ? "_" + id : id
  }

  /// `true` if this subgraph or a nested one is a cluster.
  public var containsClusters: Bool {
    isCluster || subgraphs.contains { $0.containsClusters }
  }

  /// Forwards typed attributes, e.g. `cluster.style`.
  public subscript<Value>(
    dynamicMember keyPath: WritableKeyPath<DOTGraphAttributes, Value>
  ) -> Value {
    get { attributes[keyPath: keyPath] }
    set { attributes[keyPath: keyPath] = newValue }
  }
}

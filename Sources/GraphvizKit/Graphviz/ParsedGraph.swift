/// A graph as libcgraph parsed it: names and attribute values, no layout.
///
/// ``GraphvizRenderer/parse(dot:)`` returns this so tests can check that DOT
/// round-trips through Graphviz's own parser. Names and values are exactly as
/// cgraph stores them; ``DOTEscaping/unescape(_:)`` recovers the text that was
/// given to ``DOTEncoder``.
public struct ParsedGraph: Sendable, Hashable {
  /// A parsed node.
  public struct Node: Sendable, Hashable {
    /// The node's name.
    public var name: String
    /// Effective non-empty attribute values (explicit or inherited from
    /// `node [...]` defaults).
    public var attributes: [String: String]
    /// Names of attributes whose value is an HTML-like string.
    public var htmlAttributes: Set<String>
  }

  /// A parsed edge.
  public struct Edge: Sendable, Hashable {
    /// The tail node's name.
    public var tail: String
    /// The head node's name.
    public var head: String
    /// Effective non-empty attribute values.
    public var attributes: [String: String]
    /// Names of attributes whose value is an HTML-like string.
    public var htmlAttributes: Set<String>
  }

  /// The graph's or subgraph's name.
  public var name: String
  /// Whether the graph is directed.
  public var isDirected: Bool
  /// Whether the graph is strict.
  public var isStrict: Bool
  /// Effective non-empty graph attributes.
  public var attributes: [String: String]
  /// Names of graph attributes whose value is an HTML-like string.
  public var htmlAttributes: Set<String>
  /// Nodes of this (sub)graph, in creation order.
  public var nodes: [Node]
  /// Edges of this (sub)graph, grouped by tail in node order.
  public var edges: [Edge]
  /// Subgraphs, in creation order.
  public var subgraphs: [ParsedGraph]

  /// The node with this name. A graph's ``nodes`` include those of its
  /// subgraphs, so on the root graph this finds any node.
  public func node(named name: String) -> Node? {
    nodes.first { $0.name == name }
  }

  /// The subgraph with this name, searched depth-first.
  public func subgraph(named name: String) -> ParsedGraph? {
    for subgraph in subgraphs {
      if subgraph.name == name { return subgraph }
      if let nested = subgraph.subgraph(named: name) { return nested }
    }
    return nil
  }
}

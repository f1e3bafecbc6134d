/// A graph read from another tool's format, before it is mapped onto our vocabulary: nodes and
/// edges with string attributes, each with the place in the file it came from.
public struct ForeignGraph: Sendable {
  /// A node and its attributes.
  public struct Node: Sendable {
    /// The node's id in the file.
    public var id: String
    /// The node's attributes, by the file's keys.
    public var attributes: [String: String]
    /// Where the node is written in the file.
    public var location: SourceLocation?
    /// A node with this id, attributes and location.
    public init(id: String, attributes: [String: String] = [:], location: SourceLocation? = nil) {
      self.id = id
      self.attributes = attributes
      self.location = location
    }
  }

  /// An edge and its attributes.
  public struct Edge: Sendable {
    /// The source node's id.
    public var source: String
    /// The target node's id.
    public var target: String
    /// The edge's attributes, by the file's keys.
    public var attributes: [String: String]
    /// Where the edge is written in the file.
    public var location: SourceLocation?
    /// An edge with these ends, attributes and location.
    public init(source: String, target: String, attributes: [String: String] = [:], location: SourceLocation? = nil) {
      self.source = source
      self.target = target
      self.attributes = attributes
      self.location = location
    }
  }

  /// The nodes, in file order.
  public var nodes: [Node] = []
  /// The edges, in file order.
  public var edges: [Edge] = []
  /// Whether the file declared its edges directed (GraphML `edgedefault`, GEXF `defaultedgetype`).
  public var directed = true
  /// Graph-level attributes (a title, a description) where the format has them.
  public var attributes: [String: String] = [:]

  /// An empty graph.
  public init() {}
}

/// A foreign file could not be read: what, where, and how to fix it.
public struct ImportError: Error, Sendable, CustomStringConvertible {
  /// What is wrong.
  public var message: String
  /// Where, when known.
  public var location: SourceLocation?
  /// How to fix it, when a hint helps.
  public var hint: String?

  /// An error with this message, location and hint.
  public init(_ message: String, at location: SourceLocation? = nil, hint: String? = nil) {
    self.message = message
    self.location = location
    self.hint = hint
  }

  public var description: String {
    (location.map { "\($0): " } ?? "") + "error: " + message + (hint.map { "\n    hint: \($0)" } ?? "")
  }
}

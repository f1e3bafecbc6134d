/// A graph read from another tool's format, before it is mapped onto our vocabulary: nodes and
/// edges with string attributes, each with the place in the file it came from.
public struct ForeignGraph: Sendable {
  public struct Node: Sendable {
    public var id: String
    public var attributes: [String: String]
    public var location: SourceLocation?
    public init(id: String, attributes: [String: String] = [:], location: SourceLocation? = nil) {
      self.id = id
      self.attributes = attributes
      self.location = location
    }
  }

  public struct Edge: Sendable {
    public var source: String
    public var target: String
    public var attributes: [String: String]
    public var location: SourceLocation?
    public init(source: String, target: String, attributes: [String: String] = [:], location: SourceLocation? = nil) {
      self.source = source
      self.target = target
      self.attributes = attributes
      self.location = location
    }
  }

  public var nodes: [Node] = []
  public var edges: [Edge] = []
  /// Whether the file declared its edges directed (GraphML `edgedefault`, GEXF `defaultedgetype`).
  public var directed = true
  /// Graph-level attributes (a title, a description) where the format has them.
  public var attributes: [String: String] = [:]

  public init() {}
}

/// A foreign file could not be read: what, where, and how to fix it.
public struct ImportError: Error, Sendable, CustomStringConvertible {
  public var message: String
  public var location: SourceLocation?
  public var hint: String?

  public init(_ message: String, at location: SourceLocation? = nil, hint: String? = nil) {
    self.message = message
    self.location = location
    self.hint = hint
  }

  public var description: String {
    (location.map { "\($0): " } ?? "") + "error: " + message + (hint.map { "\n    hint: \($0)" } ?? "")
  }
}

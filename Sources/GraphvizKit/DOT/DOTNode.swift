/// A node: its DOT ID (the name edges refer to) and its attributes.
///
/// Typed attributes are reachable directly on the node:
///
///     var node = DOTNode("irgc", label: "سپاه پاسداران")
///     node.shape = .box
///     node.style = [.filled, .rounded]
@dynamicMemberLookup
public struct DOTNode: Sendable, Hashable {
  /// The node's DOT ID. Any string; the encoder quotes and escapes it.
  public var id: String
  /// The node's attributes.
  public var attributes: DOTNodeAttributes

  /// Creates a node.
  ///
  /// - Parameters:
  ///   - id: The DOT ID, unique within the graph.
  ///   - label: The label; without one Graphviz shows the ID.
  ///   - attributes: Further attributes.
  public init(
    _ id: String, label: DOTValue? = nil,
    attributes: DOTNodeAttributes = DOTNodeAttributes()
  ) {
    self.id = id
    self.attributes = attributes
    if let label { self.attributes.label = label }
  }

  /// Forwards typed attributes, e.g. `node.shape`.
  public subscript<Value>(
    dynamicMember keyPath: WritableKeyPath<DOTNodeAttributes, Value>
  ) -> Value {
    get { attributes[keyPath: keyPath] }
    set { attributes[keyPath: keyPath] = newValue }
  }
}

/// An edge between two nodes, named by their DOT IDs.
///
/// An edge may name nodes that are not declared; Graphviz then creates them
/// with default attributes.
@dynamicMemberLookup
public struct DOTEdge: Sendable, Hashable {
  /// The DOT ID of the tail node.
  public var from: String
  /// The DOT ID of the head node.
  public var to: String
  /// The edge's attributes.
  public var attributes: DOTEdgeAttributes

  /// Creates an edge.
  ///
  /// - Parameters:
  ///   - from: The tail node's DOT ID.
  ///   - to: The head node's DOT ID.
  ///   - label: The label. In graphs with clusters ``DOTEncoder`` writes it
  ///     as `xlabel` by default (see ``DOTEncoder/EdgeLabelPlacement``).
  ///   - attributes: Further attributes.
  public init(
    from: String, to: String, label: DOTValue? = nil,
    attributes: DOTEdgeAttributes = DOTEdgeAttributes()
  ) {
    self.from = from
    self.to = to
    self.attributes = attributes
    if let label { self.attributes.label = label }
  }

  /// Forwards typed attributes, e.g. `edge.arrowhead`.
  public subscript<Value>(
    dynamicMember keyPath: WritableKeyPath<DOTEdgeAttributes, Value>
  ) -> Value {
    get { attributes[keyPath: keyPath] }
    set { attributes[keyPath: keyPath] = newValue }
  }
}

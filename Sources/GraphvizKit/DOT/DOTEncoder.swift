/// Writes a ``DOTGraph`` as DOT text, deterministically.
///
/// The output depends only on the graph: attributes are sorted by name,
/// objects keep the order given, the graph is always named, every ID and value
/// is quoted and escaped (see ``DOTEscaping``), and nothing varies between
/// runs (no timestamps, no hashing order). Two graphs that are equal encode to
/// the same bytes.
///
/// For graphs with clusters the encoder works around a dot 2.42 bug: with
/// clusters plus edge `label`s, dot can fail in `init_rank` ("trouble in
/// init_rank"), and the in-process library then aborts with a double free
/// when the layout is freed. Edge labels become dot "label nodes" that take
/// part in ranking; `xlabel`s are placed after layout and do not. So by
/// default the encoder sets `newrank=true` and writes edge labels as `xlabel`
/// when the graph has clusters. ``GraphvizRenderer`` also defends against the
/// bug for hand-written DOT.
///
///     let dot = DOTEncoder().encode(graph)
public struct DOTEncoder: Sendable, Hashable {
  /// Where edge labels go.
  public enum EdgeLabelPlacement: Sendable, Hashable {
    /// `xlabel` when the graph has clusters, `label` otherwise.
    case automatic
    /// Always `label` (dot reserves space for it in the layout).
    case label
    /// Always `xlabel` (placed after layout).
    case xlabel
  }

  /// The indentation of one nesting level.
  public var indentation: String
  /// Where edge labels go; see ``EdgeLabelPlacement``.
  public var edgeLabelPlacement: EdgeLabelPlacement
  /// Whether to add `newrank=true` to graphs with clusters that do not set
  /// `newrank` themselves.
  public var newrankForClusters: Bool

  /// Creates an encoder.
  ///
  /// - Parameters:
  ///   - indentation: One nesting level, two spaces by default.
  ///   - edgeLabelPlacement: Where edge labels go.
  ///   - newrankForClusters: Whether clustered graphs get `newrank=true`.
  public init(
    indentation: String = "  ",
    edgeLabelPlacement: EdgeLabelPlacement = .automatic,
    newrankForClusters: Bool = true
  ) {
    self.indentation = indentation
    self.edgeLabelPlacement = edgeLabelPlacement
    self.newrankForClusters = newrankForClusters
  }

  /// Encodes `graph` as DOT text ending in a newline.
  ///
  /// - Parameter graph: The graph.
  /// - Returns: The DOT text.
  /// - Complexity: O(*n*) in the size of the graph and its strings, plus
  ///   sorting each object's attributes.
  public func encode(_ graph: DOTGraph) -> String {
    let clusters = graph.containsClusters
    let useXLabel: Bool =
      switch edgeLabelPlacement {
      case .automatic: clusters
      case .label: false
      case .xlabel: true
      }
    var attributes = graph.attributes
    if clusters, newrankForClusters, attributes.values["newrank"] == nil {
      attributes.newrank = true
    }

    var writer = Writer(
      indentation: indentation, edgeOperator: graph.isDirected ? "->" : "--",
      useXLabel: useXLabel)
    let keyword = (graph.isStrict ? "strict " : "") + (graph.isDirected ? "digraph" : "graph")
    let name = graph.name.isEmpty ? "G" : graph.name
    writer.line(0, keyword + " " + DOTEscaping.id(name) + " {")
    writer.body(
      depth: 1, attributes: attributes, nodeDefaults: graph.nodeDefaults,
      edgeDefaults: graph.edgeDefaults, subgraphs: graph.subgraphs,
      nodes: graph.nodes, edges: graph.edges)
    writer.line(0, "}")
    return writer.output
  }

  /// Formats a number the way the encoder writes it: integers without a
  /// fraction, other values in Swift's shortest round-tripping form.
  ///
  /// - Parameter value: A finite number.
  /// - Returns: The DOT spelling, e.g. `"2"` or `"0.25"`.
  public static func format(_ value: Double) -> String {
    if value > -1e15, value < 1e15, Double(Int64(value)) == value {
      return String(Int64(value))
    }
    return value.isFinite ? String(value) : "0"
  }
}

extension DOTEncoder {
  private struct Writer {
    let indentation: String
    let edgeOperator: String
    let useXLabel: Bool
    var output = ""

    mutating func line(_ depth: Int, _ text: String) {
      for _ in 0..<depth { output += indentation }
      output += text
      output += "\n"
    }

    mutating func body(
      depth: Int, attributes: DOTGraphAttributes, nodeDefaults: DOTNodeAttributes,
      edgeDefaults: DOTEdgeAttributes, subgraphs: [DOTSubgraph], nodes: [DOTNode],
      edges: [DOTEdge]
    ) {
      if !attributes.isEmpty {
        line(depth, "graph " + list(attributes.values) + ";")
      }
      if !nodeDefaults.isEmpty {
        line(depth, "node " + list(nodeDefaults.values) + ";")
      }
      if !edgeDefaults.isEmpty {
        line(depth, "edge " + list(edgeValues(edgeDefaults)) + ";")
      }
      for subgraph in subgraphs {
        line(depth, "subgraph " + DOTEscaping.id(subgraph.dotName) + " {")
        body(
          depth: depth + 1, attributes: subgraph.attributes,
          nodeDefaults: subgraph.nodeDefaults, edgeDefaults: subgraph.edgeDefaults,
          subgraphs: subgraph.subgraphs, nodes: subgraph.nodes, edges: subgraph.edges)
        line(depth, "}")
      }
      for node in nodes {
        line(depth, DOTEscaping.id(node.id) + suffix(node.attributes.values) + ";")
      }
      for edge in edges {
        let ends =
          DOTEscaping.id(edge.from) + " " + edgeOperator + " "
          + DOTEscaping.id(edge.to)
        line(depth, ends + suffix(edgeValues(edge.attributes)) + ";")
      }
    }

    func edgeValues(_ attributes: DOTEdgeAttributes) -> [String: DOTValue] {
      var values = attributes.values
      if useXLabel, values["xlabel"] == nil, let label = values.removeValue(forKey: "label") {
        values["xlabel"] = label
      }
      return values
    }

    func suffix(_ values: [String: DOTValue]) -> String {
      values.isEmpty ? "" : " " + list(values)
    }

    func list(_ values: [String: DOTValue]) -> String {
      let items = values.sorted { $0.key < $1.key }.map { key, value in
        let name = DOTEscaping.isPlainIdentifier(key) ? key : DOTEscaping.quoted(key)
        return name + "=" + DOTEscaping.value(value)
      }
      return "[" + items.joined(separator: ", ") + "]"
    }
  }
}

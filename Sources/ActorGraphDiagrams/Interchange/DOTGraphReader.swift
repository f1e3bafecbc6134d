import ActorGraph
import GraphvizKit

/// Reads a DOT file as a foreign graph through libcgraph (the Graphviz seam), never a hand-written
/// parser: DOT's grammar, escapes and HTML strings are cgraph's to interpret.
public enum DOTGraphReader {
  /// - Throws: ``ImportError`` with cgraph's message and line.
  public static func read(dot: String, name: String) throws(ImportError) -> ForeignGraph {
    let parsed: ParsedGraph
    do { parsed = try GraphvizRenderer().parse(dot: dot) } catch {
      if case .syntax(let line, let message) = error {
        throw ImportError(
          "DOT syntax error: \(message)", at: SourceLocation(file: name, line: line ?? 1, column: 1),
          hint: "check the statement near that line (quotes, braces, `->` in an undirected graph)")
      }
      throw ImportError("Graphviz cannot read the file: \(error)", at: SourceLocation(file: name, line: 1, column: 1))
    }
    var g = ForeignGraph()
    g.directed = parsed.isDirected
    if let label = parsed.attributes["label"], !label.isEmpty { g.attributes["title"] = label }
    for (i, n) in parsed.nodes.enumerated() {
      // cgraph gives every node the default label `\N` ("the node's name"): that is no name.
      var attrs = n.attributes.filter { !$0.value.isEmpty && !($0.key == "label" && $0.value == "\\N") }
      if let label = attrs["label"], attrs["name"] == nil { attrs["name"] = label }
      g.nodes.append(
        ForeignGraph.Node(id: n.name, attributes: attrs, location: SourceLocation(file: "\(name)#nodes[\(i)]", line: 1, column: 1)))
    }
    for (i, e) in parsed.edges.enumerated() {
      var attrs = e.attributes.filter { !$0.value.isEmpty }
      if attrs["type"] == nil, let label = attrs["label"] { attrs["type"] = label }
      g.edges.append(
        ForeignGraph.Edge(
          source: e.tail, target: e.head, attributes: attrs, location: SourceLocation(file: "\(name)#edges[\(i)]", line: 1, column: 1)))
    }
    return g
  }
}

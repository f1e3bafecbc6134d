/// A failure reported by Graphviz, with its messages.
///
/// The description says what failed and what usually fixes it.
public enum GraphvizError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The DOT text did not parse. `line` is the line Graphviz reported, if any.
  case syntax(line: Int?, message: String)
  /// Graphviz has no layout engine of this name.
  case unknownEngine(LayoutEngine, available: [String])
  /// Graphviz has no output format of this name.
  case unknownFormat(OutputFormat, available: [String])
  /// The layout engine reported errors.
  case layoutFailed(engine: LayoutEngine, messages: [String])
  /// Writing the output format failed.
  case renderFailed(format: OutputFormat, messages: [String])
  /// Graphviz could not create its context (e.g. plugins not found).
  case contextUnavailable(messages: [String])

  /// A message that explains the failure and suggests a fix.
  public var description: String {
    switch self {
    case .syntax(let line, let message):
      let place = line.map { " in line \($0)" } ?? ""
      return """
        The DOT text has a syntax error\(place): \(message). \
        DOT written by DOTEncoder always parses, so the text was probably \
        written or edited by hand; check the statement near that line \
        (unbalanced quotes or braces, `->` in an undirected graph, a missing `;`).
        """
    case .unknownEngine(let engine, let available):
      return """
        Graphviz has no layout engine named "\(engine.rawValue)". \
        Use one of: \(Self.list(available, or: LayoutEngine.all.map(\.rawValue))).
        """
    case .unknownFormat(let format, let available):
      return """
        Graphviz has no output format named "\(format.rawValue)". \
        Use one of: \(Self.list(available, or: OutputFormat.all.map(\.rawValue))).
        """
    case .layoutFailed(let engine, let messages):
      var text = "The \(engine.rawValue) layout failed: \(Self.join(messages))."
      if messages.contains(where: { $0.contains("init_rank") }) {
        text += """
           This is a dot 2.42 bug with clusters and edge labels; set \
          newrank=true or use xlabel for edge labels (DOTEncoder does both \
          for graphs with clusters).
          """
      } else if messages.contains(where: { $0.contains("in label of") }) {
        text += " An HTML-like label is malformed; build it with HTMLLabel interpolation, which escapes text."
      }
      return text
    case .renderFailed(let format, let messages):
      return """
        Rendering \(format.rawValue) failed: \(Self.join(messages)). \
        The layout succeeded, so the format's plugin is the likely cause \
        (check that Graphviz's cairo/pango plugins are installed for png and pdf).
        """
    case .contextUnavailable(let messages):
      return """
        Graphviz could not start: \(Self.join(messages)). \
        Install libgraphviz-dev (apt-get install libgraphviz-dev) and run \
        `dot -c` as root to register the plugins.
        """
    }
  }

  private static func join(_ messages: [String]) -> String {
    messages.isEmpty ? "no message" : messages.joined(separator: "; ")
  }

  private static func list(_ names: [String], or fallback: [String]) -> String {
    (names.isEmpty ? fallback : names).joined(separator: ", ")
  }
}

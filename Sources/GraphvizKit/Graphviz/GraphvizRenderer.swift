import CGraphviz
import CGraphvizShim
import Synchronization

/// Renders DOT in-process through libgvc and libcgraph — no `dot` process.
///
/// Graphviz is not thread-safe (even reads reorganise cgraph's splay trees),
/// so every call into it, from any `GraphvizRenderer` value, runs under one
/// process-wide lock, with one `GVC_t` context created on first use and kept
/// for the life of the process (a new context costs 10–20 ms). Renderers are
/// cheap values; make one wherever convenient, from any task or thread.
///
/// Each job:
/// - parses with a deterministic ID discipline (see `CGraphvizShim`), so the
///   same DOT renders to the same bytes every time, in this process or
///   another, clusters included;
/// - captures Graphviz's messages (installed with `agseterrf`) instead of
///   letting them reach stderr: errors become ``GraphvizError``, warnings come
///   back in ``RenderResult/warnings``;
/// - if the layout reported errors, skips `gvFreeLayout` (dot 2.42 can report
///   "trouble in init_rank", return success, and then double-free in
///   `gvFreeLayout`), closes the graph and throws.
///
///     let renderer = GraphvizRenderer()
///     let svg = try renderer.render(dot: "digraph G { a -> b }", format: .svg)
///     print(svg.text ?? "")
///
/// Some lines Graphviz's path router writes straight to stderr (e.g.
/// `libpath/shortest.c:324: triangulation failed`) bypass the capture.
public struct GraphvizRenderer: Sendable {
  /// Creates a renderer. All renderers share the process-wide lock and
  /// context.
  public init() {}

  /// Lays out and renders DOT text.
  ///
  /// - Parameters:
  ///   - dot: DOT text (one graph; further graphs are ignored).
  ///   - engine: The layout engine, `dot` by default.
  ///   - format: The output format, SVG by default.
  /// - Returns: The output bytes and any warnings.
  /// - Throws: ``GraphvizError``: `.syntax` if the text does not parse,
  ///   `.unknownEngine`/`.unknownFormat` for names Graphviz lacks,
  ///   `.layoutFailed`/`.renderFailed` if Graphviz reports errors.
  public func render(
    dot: String, engine: LayoutEngine = .dot, format: OutputFormat = .svg
  ) throws(GraphvizError) -> RenderResult {
    try session.withLock { (state) throws(GraphvizError) -> RenderResult in
      try state.render(dot: dot, engine: engine, format: format)
    }
  }

  /// Encodes a graph with `encoder`, then lays it out and renders it.
  ///
  /// - Parameters:
  ///   - graph: The graph.
  ///   - engine: The layout engine, `dot` by default.
  ///   - format: The output format, SVG by default.
  ///   - encoder: The DOT encoder; the default one suits clustered graphs.
  /// - Returns: The output bytes and any warnings.
  /// - Throws: ``GraphvizError``, as ``render(dot:engine:format:)``.
  public func render(
    _ graph: DOTGraph, engine: LayoutEngine = .dot, format: OutputFormat = .svg,
    encoder: DOTEncoder = DOTEncoder()
  ) throws(GraphvizError) -> RenderResult {
    try render(dot: encoder.encode(graph), engine: engine, format: format)
  }

  /// Parses DOT text with libcgraph, without layout, and returns its names
  /// and attribute values.
  ///
  /// - Parameter dot: DOT text.
  /// - Returns: The parsed graph.
  /// - Throws: ``GraphvizError/syntax(line:message:)`` if the text does not
  ///   parse.
  public func parse(dot: String) throws(GraphvizError) -> ParsedGraph {
    try session.withLock { (state) throws(GraphvizError) -> ParsedGraph in
      try state.parse(dot: dot)
    }
  }

  /// Frees the process-wide Graphviz context; the next render creates a fresh one (10–20 ms).
  ///
  /// This does **not** give back the memory Graphviz 2.42 loses in clustered `dot` layouts
  /// (60–80 KB per render, measured by `bench/graphviz-leak`: the same growth with one context,
  /// a reset every 100 renders, or a fresh context per render). That memory is lost outside the
  /// context; only a new process gets it back, which is what `actorgraph watch` does. Waits for a
  /// render in progress on another thread.
  public func resetContext() {
    session.withLock { $0.reset() }
  }

  /// The layout engines and output formats this Graphviz installation has.
  ///
  /// - Returns: Plugin names, e.g. `["circo", "dot", …]` and
  ///   `["bmp", …, "svg", …]`.
  /// - Throws: ``GraphvizError/contextUnavailable(messages:)``.
  public func availablePlugins() throws(GraphvizError) -> (
    engines: [String], formats: [String]
  ) {
    try session.withLock { (state) throws(GraphvizError) -> ([String], [String]) in
      let plugins = try state.plugins()
      return (plugins.engines, plugins.formats)
    }
  }
}

// MARK: - Process-wide state

/// Every Graphviz call happens while this lock is held.
private let session = Mutex(GraphvizSession())

/// Text Graphviz reported through `agseterrf` since the last drain.
private let capturedMessages = Mutex("")

/// The `agseterrf` callback. Graphviz calls it with fragments ("Error", ": ",
/// "syntax error in line 1 near ';'\n") on the thread holding `session`.
private func captureGraphvizMessage(_ fragment: UnsafeMutablePointer<CChar>?) -> Int32 {
  guard let fragment else { return 0 }
  let text = String(cString: fragment)
  capturedMessages.withLock { $0 += text }
  return 0
}

private typealias GraphPointer = UnsafeMutablePointer<Agraph_t>

private struct GraphvizSession {
  private var context: OpaquePointer?
  private var cachedPlugins: (engines: [String], formats: [String])?

  mutating func gvc() throws(GraphvizError) -> OpaquePointer {
    if let context { return context }
    _ = agseterrf(captureGraphvizMessage)
    _ = drainMessages(phase: .parse)
    guard let created = gvContext() else {
      throw .contextUnavailable(messages: drainMessages(phase: .parse).map(\.message))
    }
    context = created
    return created
  }

  mutating func reset() {
    if let context { gvFreeContext(context) }
    context = nil
    cachedPlugins = nil
  }

  mutating func plugins() throws(GraphvizError) -> (engines: [String], formats: [String]) {
    if let cachedPlugins { return cachedPlugins }
    let gvc = try gvc()
    let plugins = (engines: names(gvc, "layout"), formats: names(gvc, "device"))
    cachedPlugins = plugins
    return plugins
  }

  private func names(_ gvc: OpaquePointer, _ kind: String) -> [String] {
    var count: Int32 = 0
    guard let list = agshim_plugin_names(gvc, kind, &count) else { return [] }
    defer { agshim_free_names(list, count) }
    return (0..<Int(count)).compactMap { list[$0].map { String(cString: $0) } }
  }

  // MARK: Render

  mutating func render(
    dot: String, engine: LayoutEngine, format: OutputFormat
  ) throws(GraphvizError) -> RenderResult {
    let gvc = try gvc()
    let plugins = try plugins()
    var warnings: [GraphvizDiagnostic] = []
    let graph = try read(dot, warnings: &warnings)

    // Unknown names never reach Graphviz: an unknown format leaves a job with
    // a dangling name in the context, which the next render would use.
    guard plugins.engines.isEmpty || plugins.engines.contains(engine.rawValue) else {
      agclose(graph)
      throw .unknownEngine(engine, available: plugins.engines)
    }
    let formatName = String(format.rawValue.prefix { $0 != ":" })
    guard plugins.formats.isEmpty || plugins.formats.contains(formatName) else {
      agclose(graph)
      throw .unknownFormat(format, available: plugins.formats)
    }

    // Layout.
    let layoutCode = gvLayout(gvc, graph, engine.rawValue)
    let layoutMessages = drainMessages(phase: .layout)
    warnings += layoutMessages.filter { $0.severity == .warning }
    let layoutErrors = layoutMessages.filter { $0.severity == .error }.map(\.message)
    if layoutCode != 0 || !layoutErrors.isEmpty || agerrors() > 0 {
      // Do not call gvFreeLayout: after errors it can double-free (dot 2.42).
      agclose(graph)
      _ = drainMessages(phase: .layout)
      if layoutErrors.contains(where: { $0.contains("not recognized") }) {
        throw .unknownEngine(engine, available: plugins.engines)
      }
      throw .layoutFailed(engine: engine, messages: layoutErrors)
    }

    // Render to memory.
    var data: UnsafeMutablePointer<CChar>?
    var length = 0
    let renderCode = agshim_render_data(gvc, graph, format.rawValue, &data, &length)
    var bytes: [UInt8] = []
    if renderCode == 0, let data {
      bytes = [UInt8](UnsafeRawBufferPointer(start: data, count: length))
      gvFreeRenderData(data)
    }
    // After a failed render the buffer may have moved; leak it rather than
    // free a stale pointer.
    gvFreeLayout(gvc, graph)
    agclose(graph)
    let renderMessages = drainMessages(phase: .render)
    warnings += renderMessages.filter { $0.severity == .warning }
    let renderErrors = renderMessages.filter { $0.severity == .error }.map(\.message)
    if renderCode != 0 {
      // A failed gvRenderData can leave a half-made job in the context (with
      // a pointer to our format string); start the next job on a fresh one.
      gvFreeContext(gvc)
      context = nil
      cachedPlugins = nil
    }
    if renderCode != 0 || !renderErrors.isEmpty || agerrors() > 0 {
      if renderErrors.contains(where: { $0.contains("not recognized") }) {
        throw .unknownFormat(format, available: plugins.formats)
      }
      throw .renderFailed(format: format, messages: renderErrors)
    }
    // cairo stamps PDFs with the time of rendering; same input, same bytes.
    if formatName == "pdf" { bytes = ReproduciblePDF.fixingCreationDate(bytes) }
    return RenderResult(bytes: bytes, warnings: warnings)
  }

  // MARK: Parse

  mutating func parse(dot: String) throws(GraphvizError) -> ParsedGraph {
    _ = try gvc()
    var warnings: [GraphvizDiagnostic] = []
    let graph = try read(dot, warnings: &warnings)
    defer { agclose(graph) }
    return describe(graph, root: graph)
  }

  /// Reads DOT with the deterministic ID discipline; throws on syntax errors.
  private func read(
    _ dot: String, warnings: inout [GraphvizDiagnostic]
  ) throws(GraphvizError) -> GraphPointer {
    _ = drainMessages(phase: .parse)
    _ = agreseterrors()
    if dot.utf8.contains(0) {
      throw .syntax(line: nil, message: "the DOT text contains a NUL character")
    }
    var text = dot
    let graph = text.withUTF8 { buffer in
      buffer.withMemoryRebound(to: CChar.self) {
        agshim_read_dot($0.baseAddress, $0.count)
      }
    }
    let messages = drainMessages(phase: .parse)
    warnings += messages.filter { $0.severity == .warning }
    let errors = messages.filter { $0.severity == .error }.map(\.message)
    guard let graph, errors.isEmpty, agerrors() == 0 else {
      if let graph { agclose(graph) }
      let message = errors.first ?? "the text holds no graph"
      throw .syntax(line: Self.lineNumber(in: message), message: message)
    }
    return graph
  }

  private static func lineNumber(in message: String) -> Int? {
    let marker = Array("in line ".utf8)
    let bytes = Array(message.utf8)
    guard bytes.count >= marker.count else { return nil }
    for start in 0...(bytes.count - marker.count)
    where bytes[start..<(start + marker.count)].elementsEqual(marker) {
      let digits = bytes[(start + marker.count)...].prefix { (0x30...0x39).contains($0) }
      return Int(String(decoding: digits, as: UTF8.self))
    }
    return nil
  }

  // MARK: Describe

  private func describe(_ graph: GraphPointer, root: GraphPointer) -> ParsedGraph {
    let (graphAttributes, graphHTML) = attributes(
      of: UnsafeMutableRawPointer(graph), kind: Int32(AGRAPH), root: root)
    var nodes: [ParsedGraph.Node] = []
    var edges: [ParsedGraph.Edge] = []
    var node = agfstnode(graph)
    while let current = node {
      let (values, html) = attributes(
        of: UnsafeMutableRawPointer(current), kind: Int32(AGNODE), root: root)
      nodes.append(ParsedGraph.Node(name: name(of: current), attributes: values, htmlAttributes: html))
      var edge = agfstout(graph, current)
      while let out = edge {
        let (edgeValues, edgeHTML) = attributes(
          of: UnsafeMutableRawPointer(out), kind: Int32(AGEDGE), root: root)
        edges.append(
          ParsedGraph.Edge(
            tail: name(of: agshim_tail(out)), head: name(of: agshim_head(out)),
            attributes: edgeValues, htmlAttributes: edgeHTML))
        edge = agnxtout(graph, out)
      }
      node = agnxtnode(graph, current)
    }
    var subgraphs: [ParsedGraph] = []
    var subgraph = agfstsubg(graph)
    while let current = subgraph {
      subgraphs.append(describe(current, root: root))
      subgraph = agnxtsubg(current)
    }
    return ParsedGraph(
      name: name(of: graph), isDirected: agisdirected(graph) != 0,
      isStrict: agisstrict(graph) != 0, attributes: graphAttributes,
      htmlAttributes: graphHTML, nodes: nodes, edges: edges, subgraphs: subgraphs)
  }

  private func name<Object>(of object: UnsafeMutablePointer<Object>?) -> String {
    guard let object, let name = agnameof(UnsafeMutableRawPointer(object)) else { return "" }
    return String(cString: name)
  }

  private func attributes(
    of object: UnsafeMutableRawPointer, kind: Int32, root: GraphPointer
  ) -> ([String: String], Set<String>) {
    var values: [String: String] = [:]
    var html: Set<String> = []
    var symbol = agnxtattr(root, kind, nil)
    while let current = symbol {
      if let value = agxget(object, current), value.pointee != 0,
        let name = current.pointee.name
      {
        let key = String(cString: name)
        values[key] = String(cString: value)
        if aghtmlstr(value) != 0 { html.insert(key) }
      }
      symbol = agnxtattr(root, kind, current)
    }
    return (values, html)
  }
}

/// Takes the captured text and splits it into diagnostics.
private func drainMessages(phase: GraphvizDiagnostic.Phase) -> [GraphvizDiagnostic] {
  let text = capturedMessages.withLock { captured in
    let text = captured
    captured = ""
    return text
  }
  var diagnostics: [GraphvizDiagnostic] = []
  for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
    if line.hasPrefix("Error: ") {
      diagnostics.append(.init(severity: .error, phase: phase, message: String(line.dropFirst(7))))
    } else if line.hasPrefix("Warning: ") {
      diagnostics.append(.init(severity: .warning, phase: phase, message: String(line.dropFirst(9))))
    } else if var last = diagnostics.popLast() {
      last.message += "\n" + line
      diagnostics.append(last)
    } else {
      diagnostics.append(.init(severity: .warning, phase: phase, message: String(line)))
    }
  }
  return diagnostics
}

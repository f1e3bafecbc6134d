import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Reads GraphML and GEXF through a real XML parser (Foundation's `XMLParser`, libxml2 on Linux),
/// streaming from the file, with every document type declaration refused: no internal entity is
/// expanded (so an entity-expansion bomb stops at its first declaration) and no external entity or
/// DTD is fetched. Neither format needs a DTD.
public enum XMLGraphReader {
  /// The XML dialect: GraphML or GEXF.
  public enum Dialect: String, Sendable { case graphml, gexf }

  /// Reads the graph in `path`.
  ///
  /// - Throws: ``ImportError`` located at the line and column where parsing stopped.
  /// - Complexity: O(size of the file), streamed: the file is never held in memory whole.
  public static func read(path: String, as dialect: Dialect) throws(ImportError) -> ForeignGraph {
    guard let handle = FileHandle(forReadingAtPath: path), let stream = InputStream(fileAtPath: path) else {
      throw ImportError("cannot open \(path)", hint: "check the path and permissions")
    }
    // One streamed pass to refuse a DTD and locate bytes that are not UTF-8, before libxml2 sees them.
    var check = PrologCheck(name: path)
    while true {
      let chunk = handle.readData(ofLength: 1 << 20)
      if chunk.isEmpty { break }
      try check.feed(chunk)
    }
    try? handle.close()
    let parser = XMLParser(stream: stream)
    do {
      let graph = try run(parser, path: path, dialect: dialect)
      // A second streamed pass, to bring libxml2's row positions inside their lines.
      guard let again = FileHandle(forReadingAtPath: path) else { return graph }
      defer { try? again.close() }
      return fitted(graph) {
        let chunk = again.readData(ofLength: 1 << 20)
        return chunk.isEmpty ? nil : chunk
      }
    } catch {
      // Error path only: read the file again, a chunk at a time, up to the reported line.
      guard let again = FileHandle(forReadingAtPath: path) else { throw error }
      defer { try? again.close() }
      throw fitted(error) {
        let chunk = again.readData(ofLength: 1 << 20)
        return chunk.isEmpty ? nil : chunk
      }
    }
  }

  /// Reads the graph in `data` (for tests and stdin); `name` labels diagnostics.
  public static func read(data: Data, name: String, as dialect: Dialect) throws(ImportError) -> ForeignGraph {
    var check = PrologCheck(name: name)
    try check.feed(data)
    do {
      var rest: Data? = data
      return fitted(try run(XMLParser(data: data), path: name, dialect: dialect)) {
        defer { rest = nil }
        return rest
      }
    } catch {
      var rest: Data? = data
      throw fitted(error) {
        defer { rest = nil }
        return rest
      }
    }
  }

  /// `error` with its location brought inside the file. libxml2's line and column are where its
  /// reader stood, which after some errors is past the end of the line (a fuzzing finding: column
  /// 105 of a 48-character line); a location we give must point at text that exists. The column
  /// is kept when the line is that long (in Unicode scalars, as ``SourceLocation`` counts), else it
  /// becomes the line's end; a line past the file's end becomes its last line.
  ///
  /// - Parameter next: the file's bytes, a chunk per call, `nil` at the end.
  /// - Complexity: O(bytes up to the reported line).
  static func fitted(_ error: ImportError, reading next: () -> Data?) -> ImportError {
    guard let at = error.location else { return error }
    var line = 1
    var width = 0  // scalars on `line` so far
    scan: while let chunk = next() {
      for b in chunk {
        if b == 0x0A {
          if line == at.line { break scan }
          line += 1
          width = 0
        } else if b & 0xC0 != 0x80 {
          width += 1
        }
      }
    }
    var e = error
    e.location = SourceLocation(file: at.file, line: min(at.line, line), column: min(at.column, width + 1))
    return e
  }

  /// `graph` with every node's and edge's location brought inside the file, as ``fitted(_:reading:)``
  /// does for errors: libxml2 gave an edge of line 3 the position "2:70" on an 18-character line
  /// (a fuzzing finding), and the loader reports problems of imported rows at these locations.
  ///
  /// - Complexity: O(bytes of the file), one streamed pass.
  static func fitted(_ graph: ForeignGraph, reading next: () -> Data?) -> ForeignGraph {
    var widths: [Int: Int] = [:]
    for at in graph.nodes.compactMap(\.location) + graph.edges.compactMap(\.location) { widths[at.line] = 0 }
    guard !widths.isEmpty else { return graph }
    var line = 1
    var width = 0
    var lastWidth = 0
    while let chunk = next() {
      for b in chunk {
        if b == 0x0A {
          if widths[line] != nil { widths[line] = width }
          line += 1
          width = 0
        } else if b & 0xC0 != 0x80 {
          width += 1
        }
      }
    }
    if widths[line] != nil { widths[line] = width }
    lastWidth = width
    func fit(_ at: SourceLocation?) -> SourceLocation? {
      guard let at else { return nil }
      let l = min(max(1, at.line), line)
      let w = l == line ? lastWidth : widths[l] ?? 0
      return SourceLocation(file: at.file, line: l, column: min(max(1, at.column), w + 1))
    }
    var g = graph
    for i in g.nodes.indices { g.nodes[i].location = fit(g.nodes[i].location) }
    for i in g.edges.indices { g.edges[i].location = fit(g.edges[i].location) }
    return g
  }

  /// Refuses a `<!DOCTYPE` before the root element (where XML allows one) and locates the first
  /// byte that is not UTF-8 when the document does not declare another encoding. Fed in chunks.
  ///
  /// libxml2 bounds entity expansion itself, and Foundation on Linux does not report declarations
  /// to its delegate, so the refusal happens here, on the bytes, before any parser runs.
  struct PrologCheck {
    let name: String
    var line = 1
    var column = 1
    var inProlog = true
    var recent: [UInt8] = []
    var pending = 0
    var lead = (line: 1, column: 1)
    var checkUTF8 = true
    /// What the next continuation byte may be (narrower right after some lead bytes).
    var second: ClosedRange<UInt8> = 0x80...0xBF
    var sawDeclaration = false
    var declaration: [UInt8] = []
    /// Where the scan stands in the markup, to find processing instructions (and not mistake a
    /// comment's or a CDATA section's text for one).
    var markup = Markup.text
    /// The last eight bytes, newest lowest, and the byte before them: enough to see `<![CDATA[`.
    var last: UInt64 = 0
    var older: UInt8 = 0
    var instructionAt = (line: 1, column: 1)

    enum Markup { case text, target, instruction, comment, cdata }

    init(name: String) { self.name = name }

    /// Declared encodings (lowercased) that libxml2 converts to UTF-8 before FoundationXML sees
    /// the text; with any other declaration the bytes must be UTF-8.
    static let transcoded: Set<String> = Set(
      ["iso-8859-1", "latin1", "iso_8859-1", "us-ascii", "ascii", "windows-1252", "cp1252"]
        + (2...16).filter { $0 != 12 }.map { "iso-8859-\($0)" })

    mutating func feed(_ data: Data) throws(ImportError) {
      // UTF-16 and UTF-32 are refused: the checks below read ASCII-compatible bytes, and a
      // <!DOCTYPE> spelt in UTF-16 would pass them unseen. A NUL byte (never legal in XML) is how
      // UTF-16 without a byte-order mark shows.
      if line == 1 && column == 1 && declaration.isEmpty, let encoding = ImportEncoding.byteOrderMark(data.prefix(4)) {
        throw ImportError(
          "the file is \(encoding) (it starts with a \(encoding) byte-order mark): only UTF-8 and ASCII-compatible encodings are read",
          at: SourceLocation(file: name, line: 1, column: 1),
          hint: "convert it: iconv -f \(encoding.hasPrefix("UTF-16") ? "UTF-16" : "UTF-32") -t UTF-8, then fix encoding= in the declaration"
        )
      }
      for b in data {
        if b == 0 {
          throw ImportError(
            "NUL byte: XML never holds one; the file is binary, or UTF-16 without a byte-order mark",
            at: SourceLocation(file: name, line: line, column: column),
            hint: "convert UTF-16 to UTF-8: iconv -f UTF-16LE -t UTF-8 (or UTF-16BE)")
        }
        if !sawDeclaration {
          declaration.append(b)
          if b == 0x3E || declaration.count > 200 {
            sawDeclaration = true
            let text = String(decoding: declaration, as: UTF8.self).lowercased()
            if text.hasPrefix("<?xml"), let r = text.range(of: "encoding="), let quote = text[r.upperBound...].first,
              quote == "\"" || quote == "'"
            {
              let value = text[r.upperBound...].dropFirst().prefix { $0 != quote }
              // Only an encoding libxml2 turns into UTF-8 itself lifts the check. An unknown or
              // malformed name (`encoding=UTF"-8"`) let bytes that are not UTF-8 reach
              // FoundationXML, which traps on them: a fuzzing finding.
              checkUTF8 = !Self.transcoded.contains(String(value))
            }
          }
        }
        if checkUTF8 {
          if pending > 0 {
            // Strict UTF-8: no overlong forms, no surrogates, nothing past U+10FFFF.
            guard b & 0xC0 == 0x80, second.contains(b) else { throw notUTF8(at: lead) }
            second = 0x80...0xBF
            pending -= 1
          } else if b >= 0x80 {
            lead = (line, column)
            second = 0x80...0xBF
            switch b {
            case 0xC2...0xDF: pending = 1
            case 0xE0:
              pending = 2
              second = 0xA0...0xBF
            case 0xED:
              pending = 2
              second = 0x80...0x9F
            case 0xE1...0xEF: pending = 2
            case 0xF0:
              pending = 3
              second = 0x90...0xBF
            case 0xF4:
              pending = 3
              second = 0x80...0x8F
            case 0xF1...0xF3: pending = 3
            default: throw notUTF8(at: (line, column))
            }
          }
        }
        try scanMarkup(b)
        if inProlog {
          recent.append(b)
          if recent.count > 9 { recent.removeFirst() }
          if recent.count >= 9, String(decoding: recent, as: UTF8.self).uppercased() == "<!DOCTYPE" {
            throw ImportError(
              "<!DOCTYPE> refused: GraphML and GEXF need no DTD, and DTD entities are how XML bombs and file disclosure work",
              at: SourceLocation(file: name, line: line, column: max(1, column - 8)), hint: "remove the <!DOCTYPE …> declaration")
          }
          // The root element starts at the first `<` followed by a name character.
          if recent.count >= 2, recent[recent.count - 2] == 0x3C, b != 0x3F && b != 0x21 && b != 0x2F && b > 0x40 { inProlog = false }
        }
        if b == 0x0A {
          line += 1
          column = 1
        } else if b & 0xC0 != 0x80 {
          column += 1
        }
      }
    }

    /// Refuses a processing instruction without data (`<?name?>`): FoundationXML on Linux reads
    /// its missing data through a null pointer and the process dies (a fuzzing finding, from any
    /// such instruction anywhere in the file). One with data (`<?xml-stylesheet href="s"?>`) is
    /// read and ignored as before.
    mutating func scanMarkup(_ b: UInt8) throws(ImportError) {
      older = UInt8(truncatingIfNeeded: last >> 56)
      last = (last << 8) | UInt64(b)
      // Runs once per byte of the file: the delimiters are constants, compared by mask.
      func ends(_ delimiter: Delimiter) -> Bool { last & delimiter.mask == delimiter.value }
      switch markup {
      case .text:
        if ends(.instructionOpen) {
          markup = .target
          instructionAt = (line, max(1, column - 1))
        } else if ends(.commentOpen) {
          markup = .comment
        } else if older == 0x3C && ends(.cdataOpen) {
          markup = .cdata
        }
      case .target:
        if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D {
          markup = .instruction
        } else if ends(.instructionClose) {
          throw ImportError(
            "a processing instruction without data (<?name?>) is refused: the XML parser on this platform crashes on it",
            at: SourceLocation(file: name, line: instructionAt.line, column: instructionAt.column),
            hint: "remove the instruction, or give it data: <?name data?>")
        }
      case .instruction:
        if ends(.instructionClose) { markup = .text }
      case .comment:
        if ends(.commentClose) { markup = .text }
      case .cdata:
        if ends(.cdataClose) { markup = .text }
      }
    }

    /// A markup delimiter of up to eight bytes, as the value the last bytes read hold when they
    /// end with it, and the mask that keeps those bytes.
    struct Delimiter {
      let value: UInt64
      let mask: UInt64

      init(_ text: StaticString) {
        let n = text.utf8CodeUnitCount
        var v: UInt64 = 0
        for i in 0..<n { v = (v << 8) | UInt64(text.utf8Start[i]) }
        value = v
        mask = n == 8 ? .max : (1 << (8 * UInt64(n))) - 1
      }

      static let instructionOpen = Delimiter("<?")
      static let instructionClose = Delimiter("?>")
      static let commentOpen = Delimiter("<!--")
      static let commentClose = Delimiter("-->")
      /// Without its `<`, which the caller checks in the ninth byte back.
      static let cdataOpen = Delimiter("![CDATA[")
      static let cdataClose = Delimiter("]]>")
    }

    func notUTF8(at place: (line: Int, column: Int)) -> ImportError {
      ImportError(
        "not valid UTF-8 (and no other encoding is declared)", at: SourceLocation(file: name, line: place.line, column: place.column),
        hint: "convert the file to UTF-8, or declare its real encoding: <?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>")
    }
  }

  private static func run(_ parser: XMLParser, path: String, dialect: Dialect) throws(ImportError) -> ForeignGraph {
    let delegate = Delegate(path: path, dialect: dialect)
    parser.delegate = delegate
    parser.shouldResolveExternalEntities = false
    parser.shouldProcessNamespaces = false
    let ok = parser.parse()
    if let refused = delegate.failure { throw refused }
    if !ok {
      let error = parser.parserError.map { "\($0.localizedDescription)" } ?? "malformed XML"
      throw ImportError(
        "not well-formed XML: \(error)",
        at: SourceLocation(file: path, line: max(1, parser.lineNumber), column: max(1, parser.columnNumber)),
        hint: "check the encoding declaration matches the bytes (UTF-8 unless declared otherwise) and that every tag is closed")
    }
    guard delegate.sawRoot else {
      throw ImportError(
        "no <\(dialect == .graphml ? "graphml" : "gexf")> root element", at: SourceLocation(file: path, line: 1, column: 1),
        hint: "is this a \(dialect.rawValue) file? pick the format with --from")
    }
    return delegate.graph
  }

  private final class Delegate: NSObject, XMLParserDelegate {
    let path: String
    let dialect: Dialect
    var graph = ForeignGraph()
    var failure: ImportError?
    var sawRoot = false
    /// GraphML `<key id>` → attribute name; GEXF `<attribute id>` → title, per class.
    var keyNames: [String: String] = [:]
    var gexfNodeAttributes: [String: String] = [:]
    var gexfEdgeAttributes: [String: String] = [:]
    var attributeClass = "node"
    var currentNode: ForeignGraph.Node?
    var currentEdge: ForeignGraph.Edge?
    var dataKey: String?
    var text = ""
    var inGraph = 0
    var meta = ""

    init(path: String, dialect: Dialect) {
      self.path = path
      self.dialect = dialect
    }

    func location(_ parser: XMLParser) -> SourceLocation {
      SourceLocation(file: path, line: max(1, parser.lineNumber), column: max(1, parser.columnNumber))
    }

    func refuse(_ parser: XMLParser, _ what: String) {
      if failure == nil {
        failure = ImportError(
          "\(what) refused: \(dialect.rawValue) files need no DTD, and entities are how XML bombs and file disclosure work",
          at: location(parser), hint: "remove the <!DOCTYPE …> declaration")
      }
      parser.abortParsing()
    }

    // Any declaration inside a DOCTYPE stops the parse before anything is expanded or fetched.
    func parser(_ parser: XMLParser, foundInternalEntityDeclarationWithName name: String, value: String?) {
      refuse(parser, "entity declaration '\(name)'")
    }
    func parser(_ parser: XMLParser, foundExternalEntityDeclarationWithName name: String, publicID: String?, systemID: String?) {
      refuse(parser, "external entity '\(name)'")
    }
    func parser(_ parser: XMLParser, foundElementDeclarationWithName elementName: String, model: String) {
      refuse(parser, "DTD element declaration")
    }
    func parser(
      _ parser: XMLParser, foundAttributeDeclarationWithName attributeName: String, forElement elementName: String, type: String?,
      defaultValue: String?
    ) {
      refuse(parser, "DTD attribute declaration")
    }
    func parser(_ parser: XMLParser, foundNotationDeclarationWithName name: String, publicID: String?, systemID: String?) {
      refuse(parser, "DTD notation declaration")
    }
    func parser(
      _ parser: XMLParser, foundUnparsedEntityDeclarationWithName name: String, publicID: String?, systemID: String?, notationName: String?
    ) {
      refuse(parser, "unparsed entity '\(name)'")
    }
    func parser(_ parser: XMLParser, resolveExternalEntityName name: String, systemID: String?) -> Data? {
      refuse(parser, "external entity '\(name)'")
      return nil
    }

    func local(_ name: String) -> String { name.split(separator: ":").last.map(String.init) ?? name }

    func parser(
      _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
      attributes a: [String: String] = [:]
    ) {
      let name = local(elementName)
      text = ""
      switch (dialect, name) {
      case (.graphml, "graphml"), (.gexf, "gexf"): sawRoot = true
      case (.graphml, "key"):
        if let id = a["id"] { keyNames[id] = a["attr.name"] ?? id }
      case (.graphml, "graph"):
        inGraph += 1
        if inGraph == 1 { graph.directed = a["edgedefault"] != "undirected" } else { refuse(parser, "a nested graph") }
      case (.gexf, "graph"):
        graph.directed = a["defaultedgetype"] != "undirected"
      case (.gexf, "attributes"): attributeClass = a["class"] ?? "node"
      case (.gexf, "attribute"):
        if let id = a["id"] {
          if attributeClass == "edge" { gexfEdgeAttributes[id] = a["title"] ?? id } else { gexfNodeAttributes[id] = a["title"] ?? id }
        }
      case (_, "node"):
        guard let id = a["id"] else {
          failure = failure ?? ImportError("<node> without an id", at: location(parser), hint: "every node needs id=\"…\"")
          parser.abortParsing()
          return
        }
        var attrs: [String: String] = [:]
        if dialect == .gexf, let label = a["label"] { attrs["name"] = label }
        currentNode = ForeignGraph.Node(id: id, attributes: attrs, location: location(parser))
      case (_, "edge"):
        guard let s = a["source"], let t = a["target"] else {
          failure = failure ?? ImportError("<edge> without source and target", at: location(parser))
          parser.abortParsing()
          return
        }
        var attrs: [String: String] = [:]
        if dialect == .gexf {
          for k in ["label", "weight", "start", "end", "kind"] { if let v = a[k] { attrs["gexf:\(k)"] = v } }
          if a["type"] == "undirected" { attrs["gexf:undirected"] = "true" }
        }
        if let id = a["id"] { attrs["element:id"] = id }
        currentEdge = ForeignGraph.Edge(source: s, target: t, attributes: attrs, location: location(parser))
      case (.graphml, "data"): dataKey = a["key"]
      case (.gexf, "attvalue"):
        guard let key = a["for"] ?? a["id"], let value = a["value"] else { return }
        if currentEdge != nil {
          currentEdge!.attributes[gexfEdgeAttributes[key] ?? key] = value
        } else if currentNode != nil {
          currentNode!.attributes[gexfNodeAttributes[key] ?? key] = value
        }
      default: break
      }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
    func parser(_ parser: XMLParser, foundCDATA block: Data) { text += String(decoding: block, as: UTF8.self) }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
      switch local(elementName) {
      case "data":
        if let key = dataKey {
          let name = keyNames[key] ?? key
          if currentEdge != nil {
            currentEdge!.attributes[name] = text
          } else if currentNode != nil {
            currentNode!.attributes[name] = text
          } else {
            graph.attributes[name] = text
          }
        }
        dataKey = nil
      case "node":
        if let n = currentNode { graph.nodes.append(n) }
        currentNode = nil
      case "edge":
        if let e = currentEdge { graph.edges.append(e) }
        currentEdge = nil
      case "description" where dialect == .gexf: graph.attributes["description"] = text
      case "graph": inGraph -= 1
      default: break
      }
      text = ""
    }
  }
}

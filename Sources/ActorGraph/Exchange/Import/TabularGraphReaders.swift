import Foundation

/// NetworkX node-link JSON (`nodes` and `edges` or `links`).
public enum NodeLinkReader {
  /// - Throws: ``ImportError`` naming the record that is wrong.
  public static func read(data: Data, name: String) throws(ImportError) -> ForeignGraph {
    // UTF-8 only (RFC 8259 §8.1), checked here so that a bad byte is located, not "not JSON".
    let data = try ImportEncoding.utf8(data, name: name)
    let object: Any
    do { object = try JSONSerialization.jsonObject(with: data) } catch {
      throw ImportError(
        "not valid JSON: \(error.localizedDescription)", at: SourceLocation(file: name, line: 1, column: 1),
        hint: "node-link JSON is one object with \"nodes\" and \"edges\" (or \"links\") arrays, UTF-8")
    }
    guard let root = object as? [String: Any], let nodes = root["nodes"] as? [Any] else {
      throw ImportError(
        "no \"nodes\" array at the top level", at: SourceLocation(file: name, line: 1, column: 1),
        hint: "is this node-link JSON (networkx.node_link_data)? pick the format with --from")
    }
    let edges = (root["edges"] ?? root["links"] ?? []) as? [Any] ?? []
    func text(_ v: Any) -> String? {
      switch v {
      case let s as String: return s
      case let b as Bool where type(of: v) == Bool.self: return b ? "true" : "false"
      case let n as NSNumber:
        // JSONSerialization gives NSNumber for booleans too; its objCType tells them apart.
        if String(cString: n.objCType) == "c" { return n.boolValue ? "true" : "false" }
        return n.stringValue
      case let l as [Any]: return l.compactMap(text).joined(separator: ";")
      case is NSNull: return nil
      default: return "\(v)"
      }
    }
    var g = ForeignGraph()
    g.directed = (root["directed"] as? Bool) ?? true
    if let graph = root["graph"] as? [String: Any] { for (k, v) in graph { g.attributes[k] = text(v) } }
    for (i, item) in nodes.enumerated() {
      guard let n = item as? [String: Any], let id = n["id"].flatMap(text) else {
        throw ImportError("node \(i + 1) has no id", at: SourceLocation(file: name, line: 1, column: 1), hint: "every node needs \"id\"")
      }
      var attrs: [String: String] = [:]
      for (k, v) in n where k != "id" { attrs[k] = text(v) }
      g.nodes.append(
        ForeignGraph.Node(id: id, attributes: attrs, location: SourceLocation(file: "\(name)#nodes[\(i)]", line: 1, column: 1)))
    }
    for (i, item) in edges.enumerated() {
      guard let e = item as? [String: Any], let s = e["source"].flatMap(text), let t = e["target"].flatMap(text) else {
        throw ImportError("edge \(i + 1) has no source or target", at: SourceLocation(file: name, line: 1, column: 1))
      }
      var attrs: [String: String] = [:]
      for (k, v) in e where k != "source" && k != "target" && k != "key" { attrs[k] = text(v) }
      g.edges.append(
        ForeignGraph.Edge(
          source: s, target: t, attributes: attrs, location: SourceLocation(file: "\(name)#edges[\(i)]", line: 1, column: 1)))
    }
    return g
  }
}

/// Generic edge lists: a CSV (or TSV) with a header, one edge per row — Kumu's `From,To,Type`, a
/// Gephi edges table, a spreadsheet. Every column other than the endpoints becomes an attribute.
public enum EdgeListReader {
  /// - Parameters:
  ///   - nodes: an optional node table (`id` column, or the first column) read the same way.
  /// - Throws: ``ImportError`` located at the row and column.
  public static func read(
    data: Data, name: String, mapping: ImportMapping, nodes: (Data, String)? = nil
  ) throws(ImportError) -> ForeignGraph {
    var g = ForeignGraph()
    var repaired = 0
    let (header, rows) = try table(data, name, repairedC1: &repaired)
    if repaired > 0 { g.attributes["repaired-c1"] = String(repaired) }
    func find(_ wanted: String?, _ fallbacks: [String]) -> Int? {
      let lower = header.map { $0.lowercased() }
      if let wanted { return lower.firstIndex(of: wanted.lowercased()) }
      for f in fallbacks { if let i = lower.firstIndex(of: f) { return i } }
      return nil
    }
    guard let s = find(mapping.sourceColumn, ["source", "from", "actor1", "side_a"]),
      let t = find(mapping.targetColumn, ["target", "to", "actor2", "side_b"])
    else {
      throw ImportError(
        "cannot tell which columns are the endpoints (header: \(header.joined(separator: ",")))",
        at: SourceLocation(file: name, line: 1, column: 1),
        hint: "name them source,target (or from,to), or say which with source_column/target_column in a --mapping file")
    }
    for (line, fields) in rows {
      guard fields.count == header.count else {
        throw ImportError(
          "row has \(fields.count) fields, the header has \(header.count)", at: SourceLocation(file: name, line: line, column: 1),
          hint: "quote fields that contain the separator")
      }
      var attrs: [String: String] = [:]
      for (i, h) in header.enumerated() where i != s && i != t && !fields[i].isEmpty { attrs[h] = fields[i] }
      g.edges.append(
        ForeignGraph.Edge(
          source: fields[s], target: fields[t], attributes: attrs, location: SourceLocation(file: name, line: line, column: 1)))
    }
    if let (nodeData, nodeName) = nodes {
      let (nh, nrows) = try table(nodeData, nodeName)
      let idColumn = nh.map { $0.lowercased() }.firstIndex(of: "id") ?? 0
      for (line, fields) in nrows where fields.count == nh.count {
        var attrs: [String: String] = [:]
        for (i, h) in nh.enumerated() where i != idColumn && !fields[i].isEmpty {
          attrs[h.lowercased() == "label" ? "name" : h] = fields[i]
        }
        g.nodes.append(
          ForeignGraph.Node(id: fields[idColumn], attributes: attrs, location: SourceLocation(file: nodeName, line: line, column: 1)))
      }
    }
    return g
  }

  /// The header and the rows (with their line numbers) of a CSV or TSV file, which must be UTF-8.
  /// Windows-1252's characters at 0x80–0x9F (nil where it has none).
  static let windows1252: [Unicode.Scalar?] = [
    "\u{20AC}", nil, "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}", "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}",
    "\u{0152}", nil,
    "\u{017D}", nil, nil, "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}", "\u{02DC}", "\u{2122}",
    "\u{0161}", "\u{203A}",
    "\u{0153}", nil, "\u{017E}", "\u{0178}",
  ]

  static func table(_ data: Data, _ name: String) throws(ImportError) -> ([String], [(Int, [String])]) {
    var ignored = 0
    return try table(data, name, repairedC1: &ignored)
  }

  static func table(_ data: Data, _ name: String, repairedC1: inout Int) throws(ImportError) -> ([String], [(Int, [String])]) {
    let data = try ImportEncoding.utf8(data, name: name)
    var bytes = [UInt8](data)
    // U+0080–U+009F are C1 controls no text means: they are Windows-1252 punctuation that was read
    // as Latin-1 on its way to UTF-8 (’ as U+0092). Repair them as Windows-1252, and say so.
    if bytes.contains(0xC2) {
      let text = String(decoding: bytes, as: UTF8.self)
      if text.unicodeScalars.contains(where: { (0x80...0x9F).contains($0.value) }) {
        var fixed = String.UnicodeScalarView()
        for u in text.unicodeScalars {
          if (0x80...0x9F).contains(u.value), let w = windows1252[Int(u.value - 0x80)] {
            fixed.append(w)
            repairedC1 += 1
          } else {
            fixed.append(u)
          }
        }
        bytes = Array(String(fixed).utf8)
      }
    }
    let firstLine = bytes.prefix { $0 != 0x0A }
    let tsv = firstLine.contains(0x09) && !firstLine.contains(0x2C)
    var records: [(Int, [String])] = []
    if tsv {
      for (i, l) in String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        let line = l.hasSuffix("\r") ? l.dropLast() : l
        if line.isEmpty { continue }
        records.append((i + 1, line.split(separator: "\t", omittingEmptySubsequences: false).map { String($0).trimmingWhitespace() }))
      }
    } else {
      let reader = CSVReader(bytes: bytes)
      do {
        try reader.forEachRecord { line, fields in records.append((line, fields.map { reader.string($0) })) }
      } catch CSVReader.Problem.unterminatedQuote(let line, let column) {
        throw ImportError("quoted field is never closed", at: SourceLocation(file: name, line: line, column: column))
      } catch CSVReader.Problem.strayQuote(let line, let column) {
        throw ImportError(
          "stray quote inside an unquoted field", at: SourceLocation(file: name, line: line, column: column),
          hint: "quote the whole field and double the inner quote")
      } catch {
        throw ImportError("cannot read CSV: \(error)", at: SourceLocation(file: name, line: 1, column: 1))
      }
    }
    guard let header = records.first else {
      throw ImportError("the file is empty", at: SourceLocation(file: name, line: 1, column: 1), hint: "the first row is the header")
    }
    return (header.1, Array(records.dropFirst()))
  }
}

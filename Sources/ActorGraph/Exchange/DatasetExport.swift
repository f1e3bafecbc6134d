/// The formats `actorgraph export` writes.
public enum ExportFormat: String, CaseIterable, Sendable {
  /// GraphML with typed keys (yEd, igraph, NetworkX, Gephi).
  case graphml
  /// GEXF 1.3, dynamic: relations carry `start`/`end` from their validity (Gephi's timeline agrees with `--as-of`).
  case gexf
  /// NetworkX node-link JSON (`networkx.node_link_graph`).
  case nodeLink = "node-link"
  /// Neo4j admin-import CSVs (`nodes.csv`, `relationships.csv`) and a Cypher `LOAD CSV` script.
  case neo4j
  /// DOT of the data graph (not the styled diagram): every field as a DOT attribute.
  case dot
  /// Our own bulk format: `nodes.csv`, `edges.csv` and `dataset.yaml` (dataset and sources), which
  /// loads back with every field.
  case csv

  /// Whether the export is a folder of files rather than one file.
  public var writesFolder: Bool { self == .neo4j || self == .csv }

  /// The file extension of a single-file export.
  public var fileExtension: String? {
    switch self {
    case .graphml: return "graphml"
    case .gexf: return "gexf"
    case .nodeLink: return "json"
    case .dot: return "dot"
    case .neo4j, .csv: return nil
    }
  }

  /// The format a file name's extension names, if any.
  public init?(fileExtensionOf path: String) {
    let lower = path.lowercased()
    if lower.hasSuffix(".graphml") || lower.hasSuffix(".xml") {
      self = .graphml
    } else if lower.hasSuffix(".gexf") {
      self = .gexf
    } else if lower.hasSuffix(".json") {
      self = .nodeLink
    } else if lower.hasSuffix(".dot") || lower.hasSuffix(".gv") {
      self = .dot
    } else {
      return nil
    }
  }
}

/// One file of an export: its name inside the export folder (or the single file) and its bytes.
public struct ExportedFile: Sendable, Hashable {
  /// The file's name inside the export folder.
  public var name: String
  /// The file's text.
  public var text: String
}

/// A selection of a dataset written in an interchange format.
///
/// The selection is the relations a ``RelationFilter`` accepts and, by default, every actor of the
/// dataset (actors no selected relation touches included, as in the analytics); `dropIsolates`
/// keeps only actors at either end of a selected relation. Actors and relations keep dataset order,
/// so the same input gives byte-identical output.
public struct DatasetExport: Sendable {
  /// The dataset the selection is of.
  public let dataset: Dataset
  /// Indices of the exported relations, in dataset order.
  public let relations: [Int]
  /// Indices of the exported actors, in dataset order.
  public let actors: [Int32]

  /// - Complexity: O(r + n) for r relations and n actors.
  public init(_ dataset: Dataset, filter: RelationFilter = .all, dropIsolates: Bool = false) {
    self.dataset = dataset
    var rels: [Int] = []
    var touched = [Bool](repeating: false, count: dataset.actors.count)
    for (k, r) in dataset.relations.enumerated() where filter.accepts(r) {
      rels.append(k)
      touched[Int(r.source)] = true
      touched[Int(r.target)] = true
    }
    relations = rels
    actors = (0..<Int32(dataset.actors.count)).filter { !dropIsolates || touched[Int($0)] }
  }

  /// The export in `format`: one file, or the files of the export folder.
  ///
  /// - Complexity: O(n + r) in the size of the selection.
  public func render(_ format: ExportFormat) -> [ExportedFile] {
    switch format {
    case .graphml: return [ExportedFile(name: "graph.graphml", text: graphML())]
    case .gexf: return [ExportedFile(name: "graph.gexf", text: gexf())]
    case .nodeLink: return [ExportedFile(name: "graph.json", text: nodeLink())]
    case .dot: return [ExportedFile(name: "graph.dot", text: dot())]
    case .neo4j: return neo4j()
    case .csv: return ownCSV()
    }
  }

  // MARK: - Shared pieces

  func actorValues(_ a: Int32) -> [(ExchangeField<Actor>, ExchangeValue)] {
    let actor = dataset.actor(a)
    return ExchangeFields.actor.compactMap { f in f.value(of: actor, in: dataset).map { (f, $0) } }
  }

  func relationValues(_ k: Int) -> [(ExchangeField<Relation>, ExchangeValue)] {
    let r = dataset.relations[k]
    return ExchangeFields.relation.compactMap { f in f.value(of: r, in: dataset).map { (f, $0) } }
  }

  /// The edge id in formats that need one: `e` and the relation's position in the dataset, which
  /// is unique and a valid XML NMTOKEN (relation ids of CSV rows hold `#`).
  func edgeID(_ k: Int) -> String { "e\(k)" }

  // MARK: - GraphML

  func graphML() -> String {
    func keyType(_ t: ExchangeValueType) -> String {
      switch t {
      case .string, .stringList: return "string"
      case .int: return "long"
      case .double: return "double"
      case .boolean: return "boolean"
      }
    }
    var out = """
      <?xml version="1.0" encoding="UTF-8"?>
      <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
      xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

      """
    for f in ExchangeFields.actor {
      out += "  <key id=\"n_\(f.name)\" for=\"node\" attr.name=\"\(f.name)\" attr.type=\"\(keyType(f.type))\"/>\n"
    }
    for f in ExchangeFields.relation {
      out += "  <key id=\"e_\(f.name)\" for=\"edge\" attr.name=\"\(f.name)\" attr.type=\"\(keyType(f.type))\"/>\n"
    }
    let vocabulary = dataset.vocabulary.jsonText()
    // The declared vocabulary rides along as graph data, so that import reads the types back.
    if !vocabulary.isEmpty { out += "  <key id=\"g_vocabulary\" for=\"graph\" attr.name=\"vocabulary\" attr.type=\"string\"/>\n" }
    out += "  <graph id=\"\(XMLText.escape(dataset.id))\" edgedefault=\"directed\">\n"
    if !vocabulary.isEmpty { out += "    <data key=\"g_vocabulary\">\(XMLText.escape(vocabulary))</data>\n" }
    for a in actors {
      out += "    <node id=\"\(XMLText.escape(dataset.actor(a).id))\">"
      for (f, v) in actorValues(a) { out += "<data key=\"n_\(f.name)\">\(XMLText.escape(v.text))</data>" }
      out += "</node>\n"
    }
    for k in relations {
      let r = dataset.relations[k]
      out +=
        "    <edge id=\"\(edgeID(k))\" source=\"\(XMLText.escape(dataset.actor(r.source).id))\" target=\"\(XMLText.escape(dataset.actor(r.target).id))\">"
      for (f, v) in relationValues(k) { out += "<data key=\"e_\(f.name)\">\(XMLText.escape(v.text))</data>" }
      out += "</edge>\n"
    }
    out += "  </graph>\n</graphml>\n"
    return out
  }

  // MARK: - GEXF 1.3

  /// The interval a relation holds in, as GEXF dates: its ``Relation/validity``, so that Gephi's
  /// timeline shows on each day what `--as-of` keeps on it (an event's date range; a state's
  /// `since`'s first day to `until`'s last, or, without dates of its own, from its sources'
  /// publication, clipped to its ends' lifespans). Open ends are left out (GEXF reads a missing
  /// bound as unbounded). Where the interval is our inference rather than the relation's own
  /// dates, ``intervalBasis(_:)`` says so.
  static func interval(_ r: Relation) -> (start: String?, end: String?) {
    func day(_ v: Int32) -> String {
      let y = v / 10000, m = (v / 100) % 100, d = v % 100
      func pad(_ x: Int32, _ n: Int) -> String { String(repeating: "0", count: max(0, n - String(x).count)) + String(x) }
      return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))"
    }
    let v = r.validity
    return (v.from == FuzzyDate.firstDay ? nil : day(v.from), v.to == FuzzyDate.lastDay ? nil : day(v.to))
  }

  /// What a GEXF interval rests on when it is not the relation's own dates alone: `sources`
  /// (known from its sources' publication), `lifespan` (from its ends' founding), or
  /// `stated, clipped to lifespans`; `nil` for stated or undated relations.
  static func intervalBasis(_ r: Relation) -> String? {
    switch r.validity.basis {
    case .stated: return r.validity.clipped ? "stated, clipped to lifespans" : nil
    case .sources, .lifespan: return r.validity.basis.name
    case .undated: return nil
    }
  }

  func gexf() -> String {
    func attrType(_ t: ExchangeValueType) -> String {
      switch t {
      case .string, .stringList: return "string"
      case .int: return "long"
      case .double: return "double"
      case .boolean: return "boolean"
      }
    }
    var out = """
      <?xml version="1.0" encoding="UTF-8"?>
      <gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
      xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
        <meta>
          <creator>actorgraph</creator>

      """
    out += "    <description>\(XMLText.escape(dataset.title ?? dataset.id))</description>\n  </meta>\n"
    out += "  <graph defaultedgetype=\"directed\" mode=\"dynamic\" timeformat=\"date\" timerepresentation=\"interval\">\n"
    out += "    <attributes class=\"node\" mode=\"static\">\n"
    for f in ExchangeFields.actor where f.name != "name" {
      out += "      <attribute id=\"\(f.name)\" title=\"\(f.name)\" type=\"\(attrType(f.type))\"/>\n"
    }
    out += "    </attributes>\n    <attributes class=\"edge\" mode=\"static\">\n"
    for f in ExchangeFields.relation {
      out += "      <attribute id=\"\(f.name)\" title=\"\(f.name)\" type=\"\(attrType(f.type))\"/>\n"
    }
    out += "      <attribute id=\"interval_basis\" title=\"interval_basis\" type=\"string\"/>\n"
    out += "    </attributes>\n    <nodes>\n"
    for a in actors {
      let actor = dataset.actor(a)
      out += "      <node id=\"\(XMLText.escape(actor.id))\" label=\"\(XMLText.escape(actor.name))\"><attvalues>"
      for (f, v) in actorValues(a) where f.name != "name" {
        out += "<attvalue for=\"\(f.name)\" value=\"\(XMLText.escape(v.text))\"/>"
      }
      out += "</attvalues></node>\n"
    }
    out += "    </nodes>\n    <edges>\n"
    for k in relations {
      let r = dataset.relations[k]
      let (start, end) = Self.interval(r)
      out +=
        "      <edge id=\"\(edgeID(k))\" source=\"\(XMLText.escape(dataset.actor(r.source).id))\" target=\"\(XMLText.escape(dataset.actor(r.target).id))\""
      out += " label=\"\(r.type.rawValue)\" weight=\"\(ExchangeValue.format(r.weight))\""
      if let start { out += " start=\"\(start)\"" }
      if let end { out += " end=\"\(end)\"" }
      out += "><attvalues>"
      for (f, v) in relationValues(k) { out += "<attvalue for=\"\(f.name)\" value=\"\(XMLText.escape(v.text))\"/>" }
      if let basis = Self.intervalBasis(r) { out += "<attvalue for=\"interval_basis\" value=\"\(basis)\"/>" }
      out += "</attvalues></edge>\n"
    }
    out += "    </edges>\n  </graph>\n</gexf>\n"
    return out
  }

  // MARK: - Node-link JSON

  func nodeLink() -> String {
    func json(_ v: ExchangeValue) -> String {
      switch v {
      case .string(let s): return JSONText.quote(s)
      case .int(let i): return String(i)
      case .double(let d): return d.isFinite ? ExchangeValue.format(d) : "null"
      case .boolean(let b): return b ? "true" : "false"
      case .list(let l): return "[" + l.map(JSONText.quote).joined(separator: ", ") + "]"
      }
    }
    var out = "{\n  \"directed\": true,\n  \"multigraph\": true,\n"
    out += "  \"graph\": {\"id\": \(JSONText.quote(dataset.id))"
    if let t = dataset.title { out += ", \"title\": \(JSONText.quote(t))" }
    let vocabulary = dataset.vocabulary.jsonText()
    if !vocabulary.isEmpty { out += ", \"vocabulary\": \(JSONText.quote(vocabulary))" }
    out += "},\n  \"nodes\": [\n"
    for (i, a) in actors.enumerated() {
      out += "    {\"id\": \(JSONText.quote(dataset.actor(a).id))"
      for (f, v) in actorValues(a) { out += ", \(JSONText.quote(f.name)): \(json(v))" }
      out += i == actors.count - 1 ? "}\n" : "},\n"
    }
    out += "  ],\n  \"edges\": [\n"
    for (i, k) in relations.enumerated() {
      let r = dataset.relations[k]
      out +=
        "    {\"source\": \(JSONText.quote(dataset.actor(r.source).id)), \"target\": \(JSONText.quote(dataset.actor(r.target).id)), \"key\": \"\(edgeID(k))\""
      for (f, v) in relationValues(k) { out += ", \(JSONText.quote(f.name)): \(json(v))" }
      out += i == relations.count - 1 ? "}\n" : "},\n"
    }
    out += "  ]\n}\n"
    return out
  }

  // MARK: - DOT

  func dot() -> String {
    var out = "digraph \(DOTText.quote(dataset.id)) {\n"
    for a in actors {
      let actor = dataset.actor(a)
      var attrs = ["label=\(DOTText.quote(actor.name))"]
      for (f, v) in actorValues(a) { attrs.append("\(f.name)=\(DOTText.quote(v.text))") }
      out += "  \(DOTText.quote(actor.id)) [\(attrs.joined(separator: ", "))];\n"
    }
    for k in relations {
      let r = dataset.relations[k]
      // Not `key`: cgraph takes that as the edge name and drops it from the attributes.
      var attrs = ["edge_id=\(DOTText.quote(edgeID(k)))"]
      for (f, v) in relationValues(k) { attrs.append("\(f.name)=\(DOTText.quote(v.text))") }
      out +=
        "  \(DOTText.quote(dataset.actor(r.source).id)) -> \(DOTText.quote(dataset.actor(r.target).id)) [\(attrs.joined(separator: ", "))];\n"
    }
    out += "}\n"
    return out
  }

  // MARK: - Neo4j

  /// Neo4j relationship types are upper snake case by convention: `part-of` → `PART_OF`.
  public static func neo4jType(_ t: RelationType) -> String { t.rawValue.uppercased().replacingOccurrences(of: "-", with: "_") }

  func neo4j() -> [ExportedFile] {
    func header(_ name: String, _ t: ExchangeValueType) -> String {
      switch t {
      case .string: return name
      case .stringList: return "\(name):string[]"
      case .int: return "\(name):long"
      case .double: return "\(name):double"
      case .boolean: return "\(name):boolean"
      }
    }
    var nodes = (["id:ID"] + ExchangeFields.actor.map { header($0.name, $0.type) } + [":LABEL"]).joined(separator: ",") + "\n"
    for a in actors {
      let actor = dataset.actor(a)
      var row = [CSVText.field(actor.id)]
      for f in ExchangeFields.actor { row.append(f.value(of: actor, in: dataset).map { CSVText.field($0.text) } ?? "") }
      row.append("Actor")
      nodes += row.joined(separator: ",") + "\n"
    }
    let relFields = ExchangeFields.relation
    var rels = ([":START_ID", ":END_ID", ":TYPE"] + relFields.map { header($0.name, $0.type) }).joined(separator: ",") + "\n"
    var types: [RelationType] = []
    for k in relations {
      let r = dataset.relations[k]
      if !types.contains(r.type) { types.append(r.type) }
      var row = [CSVText.field(dataset.actor(r.source).id), CSVText.field(dataset.actor(r.target).id), Self.neo4jType(r.type)]
      for f in relFields { row.append(f.value(of: r, in: dataset).map { CSVText.field($0.text) } ?? "") }
      rels += row.joined(separator: ",") + "\n"
    }
    return [
      ExportedFile(name: "nodes.csv", text: nodes),
      ExportedFile(name: "relationships.csv", text: rels),
      ExportedFile(name: "import.cypher", text: cypher(types: types.sorted { $0.rawValue < $1.rawValue })),
    ]
  }

  /// A `LOAD CSV` script for the same two files (for a running database, where `neo4j-admin
  /// database import` needs an empty one). One statement per relation type, because plain Cypher
  /// cannot take a relationship type from a column.
  func cypher(types: [RelationType]) -> String {
    func assign(_ v: String, _ name: String, _ t: ExchangeValueType) -> String {
      let col =
        "row.`\(t == .string ? name : "\(name):\(t == .stringList ? "string[]" : t == .int ? "long" : t == .double ? "double" : "boolean")")`"
      let value: String
      switch t {
      case .string: value = col
      case .stringList: value = "split(\(col), ';')"
      case .int: value = "toInteger(\(col))"
      case .double: value = "toFloat(\(col))"
      case .boolean: value = "toBoolean(\(col))"
      }
      return "\(v).`\(name)` = \(value)"
    }
    var out = """
      // Generated by actorgraph export --to neo4j. Copy nodes.csv and relationships.csv into the
      // database's import folder, then: cypher-shell -f import.cypher
      // (For an empty database, neo4j-admin database import full --nodes=nodes.csv
      //  --relationships=relationships.csv --multiline-fields=true is faster.)
      CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;
      LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row
      MERGE (a:Actor {id: row.`id:ID`})
      SET \(ExchangeFields.actor.map { assign("a", $0.name, $0.type) }.joined(separator: ",\n    "));

      """
    for t in types {
      out += """
        LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
        WITH row WHERE row.`:TYPE` = '\(Self.neo4jType(t))'
        MATCH (s:Actor {id: row.`:START_ID`}), (t:Actor {id: row.`:END_ID`})
        CREATE (s)-[r:\(Self.neo4jType(t))]->(t)
        SET \(ExchangeFields.relation.map { assign("r", $0.name, $0.type) }.joined(separator: ",\n    "));

        """
    }
    return out
  }

  // MARK: - Our CSV

  /// The columns of the lossless CSV export, in order.
  public static let nodeCSVColumns = ["id"] + ExchangeFields.actor.map(\.name)
  /// The columns of the lossless CSV export's edges, in order.
  public static let edgeCSVColumns =
    ["source", "target"] + ExchangeFields.relation.filter { $0.name != "symmetric" }.map { $0.name == "relation" ? "id" : $0.name }

  func ownCSV() -> [ExportedFile] {
    var nodes = Self.nodeCSVColumns.joined(separator: ",") + "\n"
    for a in actors {
      let actor = dataset.actor(a)
      var row = [CSVText.field(actor.id)]
      for f in ExchangeFields.actor { row.append(f.value(of: actor, in: dataset).map { CSVText.field($0.text) } ?? "") }
      nodes += row.joined(separator: ",") + "\n"
    }
    let fields = ExchangeFields.relation.filter { $0.name != "symmetric" }
    var edges = Self.edgeCSVColumns.joined(separator: ",") + "\n"
    for k in relations {
      let r = dataset.relations[k]
      var row = [CSVText.field(dataset.actor(r.source).id), CSVText.field(dataset.actor(r.target).id)]
      for f in fields { row.append(f.value(of: r, in: dataset).map { CSVText.field($0.text) } ?? "") }
      edges += row.joined(separator: ",") + "\n"
    }
    return [
      ExportedFile(name: "dataset.yaml", text: datasetYAML()),
      ExportedFile(name: "edges.csv", text: edges),
      ExportedFile(name: "nodes.csv", text: nodes),
    ]
  }

  /// The dataset header and its sources, as YAML (strings double-quoted in JSON style, which YAML reads).
  func datasetYAML() -> String {
    var out = "# Written by actorgraph export --to csv: the dataset and the sources its rows cite.\ndataset:\n"
    out += "  id: \(JSONText.quote(dataset.id))\n"
    if let t = dataset.title { out += "  title: \(JSONText.quote(t))\n" }
    if let d = dataset.description { out += "  description: \(JSONText.quote(d))\n" }
    out += dataset.vocabulary.yamlBlock()
    if dataset.sources.isEmpty { return out }
    out += "sources:\n"
    for s in dataset.sources {
      out += "  - id: \(JSONText.quote(s.id))\n"
      if let v = s.outlet { out += "    outlet: \(JSONText.quote(v))\n" }
      if let v = s.title { out += "    title: \(JSONText.quote(v))\n" }
      if let v = s.published { out += "    published: \(JSONText.quote(v.description))\n" }
      if let v = s.url { out += "    url: \(JSONText.quote(v))\n" }
      if let v = s.reliability { out += "    reliability: \(JSONText.quote(v.rawValue))\n" }
      if let v = s.reliabilityReason { out += "    reliability_reason: \(JSONText.quote(v))\n" }
      if let v = s.relayedBy { out += "    relayed_by: \(JSONText.quote(v))\n" }
      if let v = s.note { out += "    note: \(JSONText.quote(v))\n" }
    }
    return out
  }
}

/// XML 1.0 text and attribute escaping. Characters XML 1.0 cannot carry at all (C0 controls other
/// than tab, newline and carriage return) are dropped: no XML parser would read them back.
enum XMLText {
  static func escape(_ s: String) -> String {
    if !s.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 || $0 < 0x20 }) { return s }
    var out = ""
    out.reserveCapacity(s.utf8.count + 16)
    for ch in s.unicodeScalars {
      switch ch {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&apos;"
      case "\t": out += "&#9;"
      case "\n": out += "&#10;"
      case "\r": out += "&#13;"
      default:
        if ch.value < 0x20 { continue }
        out.unicodeScalars.append(ch)
      }
    }
    return out
  }
}

/// JSON string literals.
enum JSONText {
  static func quote(_ s: String) -> String {
    var out = "\""
    out.reserveCapacity(s.utf8.count + 2)
    for ch in s.unicodeScalars {
      switch ch {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if ch.value < 0x20 {
          let hex = String(ch.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(ch)
        }
      }
    }
    return out + "\""
  }
}

/// DOT double-quoted strings: `"` and `\` escaped, newlines kept as `\n` escapes.
enum DOTText {
  static func quote(_ s: String) -> String {
    var out = "\""
    for ch in s.unicodeScalars {
      switch ch {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": continue
      default: out.unicodeScalars.append(ch)
      }
    }
    return out + "\""
  }
}

/// RFC 4180 fields: quoted when they hold a comma, quote, or line break.
enum CSVText {
  static func field(_ s: String) -> String {
    guard s.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) || s.hasPrefix(" ") || s.hasSuffix(" ") else {
      return s
    }
    return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}

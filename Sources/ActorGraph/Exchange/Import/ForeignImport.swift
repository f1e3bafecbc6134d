import Foundation

/// Maps a ``ForeignGraph`` onto our vocabulary and produces a dataset folder that validates:
/// `nodes.csv`, `edges.csv` and `dataset.yaml`, in the layout `export --to csv` writes.
///
/// Fields already named as ours (as in our own GraphML, GEXF or node-link exports) are taken as
/// they are, so ours → format → ours is lossless where the format carries the field. Every row
/// that cites nothing cites the import source with the row's place in the file as locator, so
/// answers built on imported data say where they came from. The result is checked by loading it
/// with the ordinary loader; its diagnostics are reported at the foreign file's rows.
public struct ForeignImport: Sendable {
  /// How foreign names and values map onto ours.
  public var mapping: ImportMapping
  /// The id of the dataset made.
  public var datasetID: String
  /// The title of the dataset made, if any.
  public var title: String?

  /// An import with this mapping, into a dataset with this id and title.
  public init(mapping: ImportMapping, datasetID: String, title: String? = nil) {
    self.mapping = mapping
    self.datasetID = datasetID
    self.title = title
  }

  /// The outcome: the dataset's files (empty when there are errors) and every diagnostic.
  public struct Result: Sendable {
    /// The dataset's files, ready to write; empty when there are errors.
    public var files: [ExportedFile]
    /// The dataset, as loaded back; `nil` when there are errors.
    public var dataset: Dataset?
    /// Every diagnostic, at the foreign file's rows.
    public var diagnostics: [Diagnostic]
    /// Edges from a node to itself, left out.
    public var skippedSelfLoops = 0
  }

  /// Diagnostics past this many of one code are counted, not listed.
  static let listedPerCode = 20

  /// - Complexity: O(n + e) plus one load of the result.
  public func run(_ g: ForeignGraph) -> Result {
    var diagnostics: [Diagnostic] = []
    // The vocabulary: the mapping's declarations, then those our own exports carry in a
    // graph-level `vocabulary` attribute (GraphML, node-link), so a declared type round-trips.
    var vocabulary = mapping.vocabulary
    if let text = g.attributes["vocabulary"], !text.isEmpty {
      let (carried, problems) = VocabularyReader.read(text: text, path: "graph attribute 'vocabulary'")
      diagnostics += problems
      vocabulary.merge(carried)
    }
    var perCode: [String: Int] = [:]
    func report(_ sev: Diagnostic.Severity, _ code: String, _ msg: String, _ at: SourceLocation?, hint: String? = nil) {
      perCode[code, default: 0] += 1
      if perCode[code]! <= Self.listedPerCode { diagnostics.append(Diagnostic(sev, code, msg, at: at, hint: hint)) }
    }
    let sourceID = mapping.source.id
    func cite(_ at: SourceLocation?) -> String {
      guard let at else { return sourceID }
      if at.file.contains("#") { return "\(sourceID):\(at.file.split(separator: "#").last!)" }
      return "\(sourceID):L\(at.line)"
    }
    // Nodes: declared ones first (file order), then endpoints nobody declared.
    var nodeRows: [[String]] = []
    var nodeLocations: [SourceLocation?] = []
    var known = Set<String>()
    let actorFields = ExchangeFields.actor.map(\.name)
    for n in g.nodes {
      guard known.insert(n.id).inserted else {
        report(.error, "duplicate-id", "node '\(n.id)' is declared twice", n.location)
        continue
      }
      var row = [n.id]
      for f in actorFields {
        var v = n.attributes[f]
        if f == "name" { v = v ?? n.attributes["label"] ?? n.attributes["Label"] }
        if f == "kind" {
          let raw = n.attributes[mapping.kindAttribute] ?? n.attributes["kind"]
          if let raw, !raw.isEmpty {
            if let k = mapping.kinds[raw] ?? vocabulary.actorKind(named: raw) {
              v = k.rawValue
            } else {
              report(
                .error, "unknown-kind", "unknown actor kind '\(raw)' on node '\(n.id)'", n.location,
                hint:
                  "map it in the mapping file (kinds: {\(raw): armed-group}) or declare it there (vocabulary: actor_kinds:); ours: \(vocabulary.actorKindNames.joined(separator: ", "))"
              )
              v = nil
            }
          }
        }
        row.append(v ?? "")
      }
      nodeRows.append(row)
      nodeLocations.append(n.location)
    }
    var undirectedKept = 0
    var edgeRows: [[String]] = []
    var edgeLocations: [SourceLocation?] = []
    var skipped = 0
    let edgeColumns = DatasetExport.edgeCSVColumns
    for e in g.edges {
      if e.source == e.target {
        skipped += 1
        continue
      }
      let typeText = e.attributes[mapping.typeAttribute] ?? e.attributes["type"] ?? e.attributes["gexf:label"] ?? e.attributes["label"]
      var rule: ImportMapping.TypeRule?
      if let typeText, !typeText.isEmpty {
        rule = mapping.types[typeText] ?? vocabulary.relationType(named: typeText).map { ImportMapping.TypeRule(type: $0) }
        if rule == nil {
          report(
            .error, "unknown-type", "unknown relation type '\(typeText)'", e.location,
            hint:
              "map it in the mapping file (types: {\(typeText): alliance}) or declare it there (vocabulary: relation_types:); ours: \(vocabulary.relationTypeNames.joined(separator: ", "))"
          )
          continue
        }
      } else {
        rule = mapping.defaultType
        if rule == nil {
          report(
            .error, "missing-type", "edge \(e.source) → \(e.target) has no type", e.location,
            hint: "give a type column/attribute, or default_type in the mapping file")
          continue
        }
      }
      let r = rule!
      var (s, t) = (e.source, e.target)
      if r.reverse { swap(&s, &t) }
      for id in [s, t] where known.insert(id).inserted {
        nodeRows.append([id] + actorFields.map { $0 == "name" ? id : "" })
        nodeLocations.append(e.location)
      }
      if (!g.directed || e.attributes["gexf:undirected"] == "true") && !r.type.isSymmetric { undirectedKept += 1 }
      var values: [String: String] = [:]
      for c in edgeColumns { if let v = e.attributes[c == "id" ? "relation" : c] { values[c] = v } }
      values["source"] = s
      values["target"] = t
      values["type"] = r.type.rawValue
      if let sub = r.subtype, values["subtype"] == nil { values["subtype"] = sub }
      if let sg = r.sign, values["sign"] == nil { values["sign"] = String(sg) }
      if values["attribution"] == nil { values["attribution"] = mapping.attribution.rawValue }
      if values["sources"] == nil { values["sources"] = cite(e.location) }
      if values["weight"] == nil, let w = e.attributes["gexf:weight"] ?? e.attributes["weight"] { values["weight"] = w }
      // GEXF intervals become dates when the file has no dates of ours, unless our own export
      // marked the interval as inferred (from sources or lifespans): that is not a stated date.
      if values["since"] == nil && values["until"] == nil && values["date"] == nil && e.attributes["interval_basis"] == nil {
        let start = e.attributes["gexf:start"].flatMap { FuzzyDate(parsing: $0) }
        let end = e.attributes["gexf:end"].flatMap { FuzzyDate(parsing: $0) }
        if r.type.isEvent {
          if let a = start ?? end, let b = end ?? start, a.start <= b.end {
            values["date"] = FuzzyDate(start: a.start, end: b.end).description
          }
        } else {
          values["since"] = start?.description
          values["until"] = end?.description
        }
      }
      edgeRows.append(edgeColumns.map { values[$0] ?? "" })
      edgeLocations.append(e.location)
    }
    if let n = g.attributes["repaired-c1"] {
      report(
        .warning, "encoding-repaired",
        "\(n) characters U+0080–U+009F (Windows-1252 read as Latin-1) were repaired as Windows-1252 (’ – “ …)",
        nil, hint: "the file was converted to UTF-8 from the wrong encoding; check names with punctuation")
    }
    if undirectedKept > 0 {
      report(
        .warning, "undirected-source",
        "\(undirectedKept) undirected edges mapped onto directed types keep the file's source → target order",
        nil, hint: "the file does not say who acts on whom; check these relations, or map them onto alliance/hostility")
    }
    for (code, n) in perCode where n > Self.listedPerCode {
      diagnostics.append(Diagnostic(.error, code, "and \(n - Self.listedPerCode) more '\(code)' problems", at: nil))
    }
    var result = Result(files: [], dataset: nil, diagnostics: diagnostics, skippedSelfLoops: skipped)
    if diagnostics.contains(where: { $0.severity == .error }) { return result }

    // Write the rows as our CSV, load them with the ordinary loader, and map its diagnostics back.
    func csv(_ header: [String], _ rows: [[String]]) -> String {
      var out = header.joined(separator: ",") + "\n"
      out.reserveCapacity(rows.count * 64)
      for r in rows { out += r.map(CSVText.field).joined(separator: ",") + "\n" }
      return out
    }
    let folder = NSTemporaryDirectory() + "actorgraph-import-" + UUID().uuidString
    defer { try? FileManager.default.removeItem(atPath: folder) }
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      try csv(DatasetExport.nodeCSVColumns, nodeRows).write(toFile: folder + "/nodes.csv", atomically: false, encoding: .utf8)
      try csv(edgeColumns, edgeRows).write(toFile: folder + "/edges.csv", atomically: false, encoding: .utf8)
      try headerYAML(g, vocabulary: vocabulary).write(toFile: folder + "/dataset.yaml", atomically: false, encoding: .utf8)
    } catch {
      result.diagnostics.append(Diagnostic(.error, "unwritable", "cannot write a temporary folder: \(error.localizedDescription)", at: nil))
      return result
    }
    let loaded = DatasetLoader.load(folder)
    let mapped = loaded.diagnostics.map { d -> Diagnostic in
      var d = d
      if let at = d.location, at.file.hasSuffix("/edges.csv"), at.line >= 2, at.line - 2 < edgeLocations.count {
        d.location = edgeLocations[at.line - 2]
      } else if let at = d.location, at.file.hasSuffix("/nodes.csv"), at.line >= 2, at.line - 2 < nodeLocations.count {
        d.location = nodeLocations[at.line - 2]
      } else if let at = d.location, at.file.hasPrefix(folder) {
        d.location = nil
      }
      return d
    }
    result.diagnostics += mapped.filter { !($0.code == "uncited-source") }
    if result.diagnostics.contains(where: { $0.severity == .error }) { return result }
    var dataset = loaded.dataset
    dataset.id = datasetID
    dataset.files = []
    result.dataset = dataset
    result.files = DatasetExport(dataset).render(.csv)
    return result
  }

  /// The dataset header and the sources: the import source, and a stub for every source id the
  /// rows cite that the format did not carry (GraphML, GEXF and node-link have no sources table).
  func headerYAML(_ g: ForeignGraph, vocabulary: Vocabulary) -> String {
    var out = "dataset:\n  id: \(JSONText.quote(datasetID))\n"
    if let t = title ?? g.attributes["title"] ?? g.attributes["description"] { out += "  title: \(JSONText.quote(t))\n" }
    out += vocabulary.yamlBlock()
    var cited = Set<String>()
    for e in g.edges {
      for ref in (e.attributes["sources"] ?? "").split(separator: ";") { cited.insert(SourceRef(parsing: String(ref)).id) }
    }
    for n in g.nodes {
      for ref in (n.attributes["sources"] ?? "").split(separator: ";") { cited.insert(SourceRef(parsing: String(ref)).id) }
    }
    let citesImport = cited.remove(mapping.source.id) != nil
    cited.remove("")
    var sources: [Source] = []
    // The import itself is a source only where a row cites nothing of its own.
    if citesImport || g.edges.contains(where: { ($0.attributes["sources"] ?? "").isEmpty }) {
      sources.append(mapping.source)
      if sources[0].title == nil { sources[0].title = "Imported file" }
    }
    for id in cited.sorted() {
      sources.append(
        Source(
          id: id, title: "Source '\(id)' of the imported file",
          note: "cited by the imported file, whose format does not carry the source's details"))
    }
    if sources.isEmpty { return out }
    out += "sources:\n"
    for s in sources {
      out += "  - id: \(JSONText.quote(s.id))\n"
      if let v = s.outlet { out += "    outlet: \(JSONText.quote(v))\n" }
      if let v = s.title { out += "    title: \(JSONText.quote(v))\n" }
      if let v = s.date { out += "    date: \(JSONText.quote(v.description))\n" }
      if let v = s.url { out += "    url: \(JSONText.quote(v))\n" }
      if let v = s.reliability { out += "    reliability: \(JSONText.quote(v.rawValue))\n" }
      if let v = s.note { out += "    note: \(JSONText.quote(v))\n" }
    }
    return out
  }
}

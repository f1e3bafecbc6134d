import ActorGraph
import ActorGraphDiagrams
import ArgumentParser
import Foundation

enum ImportFormat: String, CaseIterable, ExpressibleByArgument {
  case graphml, gexf, nodeLink = "node-link", edgeList = "edge-list", dot
  case ucdpGED = "ucdp-ged", acled, mmp
}

struct Import: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Read another tool's graph or a conflict dataset into a dataset folder that validates.",
    discussion: """
      Formats (--from):
        graphml     GraphML (yEd, igraph, NetworkX, Gephi), read with an XML parser
        gexf        GEXF (Gephi); edge start/end become since/until (or an event's date)
        node-link   NetworkX node-link JSON ("edges" or "links")
        edge-list   a CSV/TSV with a header: source,target (or from,to) and any other columns,
                    e.g. a Kumu From,To,Type sheet; --nodes adds a node table (id, label, kind…)
        dot         DOT, read through libcgraph; an edge's label is its type unless it has one
        ucdp-ged    UCDP Georeferenced Event Dataset CSV (see the README for what maps where)
        acled       ACLED export CSV
        mmp         Stanford Mapping Militants relationship CSV (declares split and merger)
      XML files with a DOCTYPE (entity declarations, external entities) are refused. Attributes named \
      as ours (kind, aliases, attribution, since, until, date, sources, place, killed… as our exports \
      write them) are taken as they are. Other types and kinds are mapped by --mapping FILE (YAML: \
      type_attribute, types, default_type, kind_attribute, kinds, attribution, source, and a \
      vocabulary block declaring types and kinds of the dataset's own, which types may map onto and \
      the result declares; see docs/data-format.md). GraphML and node-link exports of ours carry \
      their declared vocabulary back. A row that \
      cites nothing cites the import source at its line. The result is loaded and validated before \
      anything is written; with errors, nothing is written and the errors point at the input's rows. \
      Importing again into the same folder replaces it and reports new, changed and removed relations.

      EXAMPLES:
        actorgraph import --from graphml network.graphml -o graphs/network
        actorgraph import --from edge-list kumu.csv --mapping kumu-mapping.yaml -o graphs/kumu
        actorgraph import --from mmp examples/mapping-militants/relationships.csv -o graphs/mmp
        actorgraph export --to gexf | actorgraph import --from gexf - -o /tmp/copy
      """)

  @Option(help: ArgumentHelp("The input format: \(ImportFormat.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "format"))
  var from: ImportFormat
  @Argument(help: ArgumentHelp("The input file; - for stdin.", valueName: "file")) var input: String
  @Option(name: .shortAndLong, help: ArgumentHelp("The dataset folder to write, e.g. graphs/NAME.", valueName: "folder"))
  var output: String
  @Option(help: ArgumentHelp("A mapping file (YAML) for foreign types and kinds.", valueName: "file")) var mapping: String?
  @Option(help: ArgumentHelp("edge-list: a node table (CSV with an id column).", valueName: "file")) var nodes: String?
  @Option(help: ArgumentHelp("The dataset's title.", valueName: "text")) var title: String?

  func read(_ path: String) throws -> Data {
    if path == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
    guard let d = FileManager.default.contents(atPath: path) else { throw CLIError("cannot read \(path): no such file, or not readable") }
    return d
  }

  func run() throws {
    var m = ImportMapping()
    if let mapping {
      let text = String(decoding: try read(mapping), as: UTF8.self)
      do { m = try ImportMapping.read(yaml: text, file: mapping) } catch { throw CLIError(error.description) }
    }
    let name = input == "-" ? "stdin" : input
    if m.source.title == nil { m.source.title = "Imported from \((name as NSString).lastPathComponent) (\(from.rawValue))" }
    let graph: ForeignGraph
    do {
      switch from {
      case .graphml, .gexf:
        let dialect: XMLGraphReader.Dialect = from == .graphml ? .graphml : .gexf
        graph =
          input == "-"
          ? try XMLGraphReader.read(data: try read(input), name: name, as: dialect) : try XMLGraphReader.read(path: input, as: dialect)
      case .nodeLink: graph = try NodeLinkReader.read(data: try read(input), name: name)
      case .edgeList:
        graph = try EdgeListReader.read(data: try read(input), name: name, mapping: m, nodes: try nodes.map { (try read($0), $0) })
      case .dot:
        graph = try DOTGraphReader.read(dot: try ImportEncoding.text(try read(input), name: name), name: name)
      case .ucdpGED, .acled, .mmp:
        let kind: ConflictDataset = from == .ucdpGED ? .ucdpGED : from == .acled ? .acled : .mappingMilitants
        (graph, m) = try ConflictDatasetReader.read(data: try read(input), name: name, as: kind, mapping: mapping == nil ? nil : m)
      }
    } catch let e as ImportError {
      throw CLIError(e.description)
    }
    let datasetID = (output as NSString).lastPathComponent.isEmpty ? "imported" : (output as NSString).lastPathComponent
    let result = ForeignImport(mapping: m, datasetID: datasetID, title: title).run(graph)
    let cap = DiagnosticCap(result.diagnostics)
    for d in cap.kept { printError(d.description) }
    for line in cap.summaryLines { printError(line) }
    guard let dataset = result.dataset, !result.files.isEmpty else {
      let n = result.diagnostics.filter { $0.severity == .error }.count
      throw CLIError("\(name) has \(n) error\(n == 1 ? "" : "s"); nothing was written")
    }
    let previous = FileManager.default.contents(atPath: (output as NSString).appendingPathComponent("edges.csv")).map {
      ImportChanges.rows([UInt8]($0))
    }
    for f in result.files {
      do { try OutputFile.write(f.text, to: (output as NSString).appendingPathComponent(f.name)) } catch {
        throw CLIError(error.description)
      }
    }
    if let n = graph.attributes["skipped"].flatMap(Int.init), n > 0 {
      printError("\(n) rows skipped: no second actor, or an event type that is not a relation between two actors in our vocabulary")
    }
    var summary = "wrote \(output): \(dataset.actors.count) actors, \(dataset.relations.count) relations"
    if result.skippedSelfLoops > 0 { summary += "; \(result.skippedSelfLoops) self-loops skipped (a relation links two different actors)" }
    printError(summary)
    if let previous {
      let current = ImportChanges.rows(Array((result.files.first { $0.name == "edges.csv" }?.text ?? "").utf8))
      let diff = ImportChanges.compare(previous, current)
      printError(
        "re-import: \(diff.added.count) new, \(diff.changed.count) changed, \(diff.removed.count) removed, \(diff.unchanged) unchanged relations"
      )
      for (label, keys) in [("changed", diff.changed), ("new", diff.added), ("removed", diff.removed)] {
        for k in keys.prefix(10) { printError("  \(label): \(k)") }
        if keys.count > 10 { printError("  … and \(keys.count - 10) more \(label)") }
      }
    }
  }
}

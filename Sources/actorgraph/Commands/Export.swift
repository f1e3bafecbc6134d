import ActorGraph
import ArgumentParser
import Foundation

struct Export: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Write a selection of the data in a format other tools read: GraphML, GEXF, node-link JSON, Neo4j, DOT, CSV.",
    discussion: """
      The selection is the query flags (--types, --as-of, --window, --min-attribution, --attribution, \
      --only-actual) and every actor of the dataset (--drop-isolates: only actors on a selected \
      relation). Every field of every actor and relation is written as a typed attribute; lists \
      (aliases, sources, subtypes) are joined with ';' where the format has no list type.

      Formats (--to, or the extension of -o):
        graphml    GraphML with typed keys (yEd, igraph, NetworkX, Gephi). .graphml
        gexf       GEXF 1.3, dynamic: each relation has start/end from its validity (the interval
                   --as-of reads), so Gephi's timeline shows what a snapshot keeps; interval_basis
                   says where that interval is inferred (sources, lifespan). .gexf
        node-link  NetworkX node-link JSON (networkx.node_link_graph, edges="edges"). .json
        dot        DOT of the data graph (not the styled diagram). .dot .gv
        neo4j      a folder: nodes.csv and relationships.csv for neo4j-admin database import,
                   and import.cypher (LOAD CSV) for a running database.
        csv        a folder: nodes.csv, edges.csv and dataset.yaml (dataset and sources), which
                   `--data FOLDER` and `validate` read back with every field.
      A single-file format goes to stdout without -o, or with -o -. A folder format needs -o FOLDER. \
      Files are written atomically; the same input gives the same bytes. What each format cannot \
      carry is listed in the README (Data in and out).

      """
        + helpFooter([
          "export --to graphml -o iraq.graphml",
          "export -o iraq.gexf --types support,attack",
          "export --to node-link --as-of 2026 | python3 -c 'import json,sys,networkx as nx; print(nx.node_link_graph(json.load(sys.stdin)))'",
          "export --to neo4j -o neo4j-import/",
          "export --to csv -o copy/ && actorgraph validate copy/",
        ]))

  @Option(help: ArgumentHelp("The format: \(ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "format"))
  var to: ExportFormat?
  @Option(name: .shortAndLong, help: ArgumentHelp("The output file or folder; - (or nothing) for stdout.", valueName: "path"))
  var output: String?
  @Flag(help: "Leave out actors with no selected relation.") var dropIsolates = false
  @OptionGroup var data: DataOptions
  @OptionGroup var filters: FilterOptions

  func resolvedFormat() throws -> ExportFormat {
    let fromExtension = output.flatMap { $0 == "-" ? nil : ExportFormat(fileExtensionOf: $0) }
    switch (to, fromExtension) {
    case (let t?, let e?) where t != e:
      throw ValidationError("--to \(t.rawValue) does not match the extension of '\(output!)' (\(e.rawValue)); drop one or make them agree")
    case (let t?, _): return t
    case (nil, let e?): return e
    case (nil, nil):
      throw ValidationError(
        "say which format: --to \(ExportFormat.allCases.map(\.rawValue).joined(separator: "|")), or an -o file ending in .graphml, .gexf, .json or .dot"
      )
    }
  }

  func validate() throws {
    let format = try resolvedFormat()
    if format.writesFolder && (output == nil || output == "-") {
      throw ValidationError("--to \(format.rawValue) writes several files: give a folder with -o FOLDER")
    }
  }

  func run() throws {
    let format = try resolvedFormat()
    let dataset = try data.load()
    let export = DatasetExport(dataset, filter: try filters.filter(vocabulary: dataset.vocabulary), dropIsolates: dropIsolates)
    let files = export.render(format)
    if format.writesFolder, let folder = output {
      var isDir: ObjCBool = false
      if FileManager.default.fileExists(atPath: folder, isDirectory: &isDir), !isDir.boolValue {
        throw CLIError("\(folder) is a file; --to \(format.rawValue) writes a folder of files")
      }
      for f in files {
        do { try OutputFile.write(f.text, to: (folder as NSString).appendingPathComponent(f.name)) } catch {
          throw CLIError(error.description)
        }
      }
      printError(
        "wrote \(files.map(\.name).joined(separator: ", ")) in \(folder) (\(export.actors.count) actors, \(export.relations.count) relations)"
      )
    } else {
      let path = output ?? "-"
      do { try OutputFile.write(files[0].text, to: path) } catch { throw CLIError(error.description) }
      if path != "-" { printError("wrote \(path) (\(export.actors.count) actors, \(export.relations.count) relations)") }
    }
  }
}

extension ExportFormat: ExpressibleByArgument {}

import ActorGraph
import Foundation
import FuzzSupport

/// The importers on arbitrary bytes. The first byte picks the reader (GraphML, GEXF, node-link JSON,
/// edge list); the rest is the file (for the edge list, split at its first 0xFF byte into the edge
/// table and a node table). DOT is not here: it goes through libcgraph (FuzzRender covers the DOT
/// we write). Oracles: no crash; a reader's error and every import diagnostic lie inside the file
/// they name; an import that succeeds writes files that load with no error and give the same
/// actors and relations; an XML document with a DOCTYPE in front is always refused.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzImport(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let all = bytes(data, size)
  guard let selector = all.first else { return 0 }
  var input = Array(all.dropFirst())
  var nodeTable: [UInt8]? = nil
  let name: String
  let graph: ForeignGraph
  do {
    switch selector % 4 {
    case 0, 1:
      let dialect: XMLGraphReader.Dialect = selector % 4 == 0 ? .graphml : .gexf
      name = "input.\(dialect.rawValue)"
      // The same document behind a DOCTYPE must never be read (entity bombs, file disclosure).
      let behindDoctype = Array("<!DOCTYPE graph [<!ENTITY e \"x\">]>\n".utf8) + input
      if (try? XMLGraphReader.read(data: Data(behindDoctype), name: name, as: dialect)) != nil {
        oracleFailed("\(dialect) behind a <!DOCTYPE> was read")
      }
      graph = try XMLGraphReader.read(data: Data(input), name: name, as: dialect)
    case 2:
      name = "input.json"
      graph = try NodeLinkReader.read(data: Data(input), name: name)
    default:
      name = "edges.csv"
      if let cut = input.firstIndex(of: 0xFF) {
        nodeTable = Array(input[(cut + 1)...])
        input = Array(input[..<cut])
      }
      graph = try EdgeListReader.read(
        data: Data(input), name: name, mapping: ImportMapping(), nodes: nodeTable.map { (Data($0), "nodes.csv") })
    }
  } catch {
    if let at = error.location {
      let file = at.file == "nodes.csv" ? nodeTable ?? [] : input
      checkLocations([Diagnostic(.error, "import", error.message, at: at)], file: at.file, bytes: file)
    }
    return 0
  }
  let result = ForeignImport(mapping: ImportMapping(), datasetID: "fuzz").run(graph)
  checkLocations(result.diagnostics, file: name, bytes: input)
  if let nodeTable { checkLocations(result.diagnostics, file: "nodes.csv", bytes: nodeTable) }
  guard let imported = result.dataset, !result.files.isEmpty else { return 0 }
  if result.diagnostics.contains(where: { $0.severity == .error }) {
    oracleFailed("an import with errors wrote \(result.files.count) files: \(result.diagnostics.prefix(3))")
  }
  // What was written validates on its own, read back by the ordinary loader.
  let folder = scratch + "/import/out"
  try? FileManager.default.removeItem(atPath: folder)
  try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
  for f in result.files { put(Array(f.text.utf8), folder + "/" + f.name) }
  let loaded = DatasetLoader.load(folder)
  if loaded.hasErrors {
    oracleFailed("the imported dataset does not validate: \(loaded.diagnostics.errors.prefix(3))")
  }
  guard loaded.dataset.actors == imported.actors, loaded.dataset.relations.count == imported.relations.count else {
    oracleFailed(
      "the files hold \(loaded.dataset.actors.count) actors and \(loaded.dataset.relations.count) relations, the import \(imported.actors.count) and \(imported.relations.count)"
    )
  }
  return 0
}

@_cdecl("FuzzImport_main")
public func fuzzImportMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
  runFuzzer(argc, argv, fuzzImport)
}

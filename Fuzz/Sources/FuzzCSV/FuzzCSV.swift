import ActorGraph
import Foundation
import FuzzSupport

/// The bulk CSV loader on arbitrary bytes: the input is split at its first 0xFF byte into
/// nodes.csv and edges.csv (no 0xFF: edges.csv alone). Oracles: no crash, every diagnostic located
/// inside its file, and every relation of a clean load joins two actors of the dataset.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let input = bytes(data, size)
  let folder = scratch + "/csv"
  try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
  let nodesPath = folder + "/nodes.csv", edgesPath = folder + "/edges.csv"
  var nodes: [UInt8]? = nil
  var edges = input
  if let cut = input.firstIndex(of: 0xFF) {
    nodes = Array(input[..<cut])
    edges = Array(input[(cut + 1)...])
  }
  if let nodes { put(nodes, nodesPath) } else { try? FileManager.default.removeItem(atPath: nodesPath) }
  put(edges, edgesPath)
  let result = DatasetLoader.load(folder)
  if let nodes { checkLocations(result.diagnostics, file: nodesPath, bytes: nodes) }
  checkLocations(result.diagnostics, file: edgesPath, bytes: edges)
  if !result.hasErrors {
    let n = Int32(result.dataset.actors.count)
    for r in result.dataset.relations where !(0..<n).contains(r.source) || !(0..<n).contains(r.target) {
      oracleFailed("relation \(r.id) points outside the actors")
    }
  }
  return 0
}

@_cdecl("FuzzCSV_main")
public func fuzzCSVMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
  runFuzzer(argc, argv, fuzzCSV)
}

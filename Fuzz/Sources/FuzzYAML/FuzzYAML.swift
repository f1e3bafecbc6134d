import ActorGraph
import Foundation
import FuzzSupport

/// The YAML dataset loader on arbitrary bytes. Oracles: no crash, no hang (libFuzzer's -timeout),
/// every diagnostic located inside the file, and a dataset without errors answers its lookups.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzYAML(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let input = bytes(data, size)
  let path = scratch + "/data.yaml"
  put(input, path)
  let result = DatasetLoader.load(path)
  checkLocations(result.diagnostics, file: path, bytes: input)
  if !result.hasErrors {
    for (i, actor) in result.dataset.actors.enumerated() where result.dataset.index(of: actor.id) != Int32(i) {
      oracleFailed("actor \(actor.id) is not found by its own id")
    }
  }
  return 0
}

@_cdecl("FuzzYAML_main")
public func fuzzYAMLMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
  runFuzzer(argc, argv, fuzzYAML)
}

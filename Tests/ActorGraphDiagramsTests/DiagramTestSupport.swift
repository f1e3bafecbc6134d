import ActorGraph
import ActorGraphDiagrams
import Foundation
import GraphvizKit
import TestSupport

/// Temporary project folders for diagram and build tests.
enum TempProject {
  static func make(_ files: [String: String]) throws -> String {
    try TemporaryFolder(files, prefix: "actorgraph-render").path
  }

  static func hostile() throws -> Dataset {
    let root = try make(["data.yaml": DatasetText.hostile])
    let r = DatasetLoader.load(root + "/data.yaml")
    guard !r.hasErrors else { throw DiagramError("fixture has errors: \(r.diagnostics.errors)") }
    return r.dataset
  }
}

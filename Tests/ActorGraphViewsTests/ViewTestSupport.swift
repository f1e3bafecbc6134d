import ActorGraph
import ActorGraphDiagrams
import TestSupport

/// Temporary project folders (view files, datasets, outputs) for the build tests.
enum TempProject {
  static func make(_ files: [String: String]) throws -> String {
    try TemporaryFolder(files, prefix: "actorgraph-views").path
  }

  /// The dataset whose names try to break DOT and SVG (``DatasetText/hostile``), loaded.
  static func hostile() throws -> Dataset {
    let root = try make(["data.yaml": DatasetText.hostile])
    let r = DatasetLoader.load(root + "/data.yaml")
    guard !r.hasErrors else { throw DiagramError("fixture has errors: \(r.diagnostics.errors)") }
    return r.dataset
  }
}

import ActorGraph
import TestSupport

/// Temporary project folders (datasets, view files, outputs) for the tests of the modules above the
/// domain: the diagrams, the views and their build.
public enum TempProject {
  /// A dataset fixture that does not load cleanly: the tests built on it cannot mean anything.
  public struct FixtureError: Error, CustomStringConvertible {
    /// What the loader said.
    public var description: String
  }

  /// A fresh folder holding `files` (paths relative to it, and their text).
  public static func make(_ files: [String: String]) throws -> String {
    try TemporaryFolder(files, prefix: "actorgraph-project").path
  }

  /// The dataset whose names try to break DOT and SVG (``DatasetText/hostile``), loaded.
  ///
  /// - Throws: ``FixtureError`` if it does not load without errors.
  public static func hostile() throws -> Dataset {
    let root = try make(["data.yaml": DatasetText.hostile])
    let r = DatasetLoader.load(root + "/data.yaml")
    guard !r.hasErrors else { throw FixtureError(description: "fixture has errors: \(r.diagnostics.errors)") }
    return r.dataset
  }
}

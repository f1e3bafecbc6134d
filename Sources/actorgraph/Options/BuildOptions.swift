import ActorGraph
import ActorGraphDiagrams
import ActorGraphViews
import ArgumentParser
import Foundation

/// Options shared by `build` and `watch`.
struct BuildOptions: ParsableArguments {
  @Option(
    parsing: .singleValue,
    help: ArgumentHelp("A view file, or a folder searched for view files (repeatable).", valueName: "path"))
  var views: [String] = ["graphs"]

  @Option(help: ArgumentHelp("The build manifest (content hashes of what each output was built from).", valueName: "file"))
  var manifest: String = "graphs/build-manifest.json"

  @Option(help: ArgumentHelp("Output paths in view files are relative to this folder.", valueName: "folder"))
  var root: String = "."

  /// The view files named, and those found in the folders named (``ViewFileReader/viewFiles(named:)``).
  func viewFiles() throws -> [String] {
    do {
      return try ViewFileReader.viewFiles(named: views)
    } catch {
      throw CLIError(error.description)
    }
  }

  func build() throws -> ViewBuild {
    ViewBuild(
      root: root, viewFiles: try viewFiles(), manifestPath: manifest,
      pipeline: ViewBuild.Pipeline.diagramsAndPages(toolVersion: ActorGraphVersion.string))
  }
}

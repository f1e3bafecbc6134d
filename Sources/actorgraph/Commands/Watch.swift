import ActorGraph
import ActorGraphDiagrams
import ActorGraphViews
import ArgumentParser
import Foundation

struct Watch: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Rebuild the affected views whenever a data or view file changes (Ctrl-C to stop).",
    discussion: """
      Polls the files under the view folders every --interval seconds; when one changes, runs a \
      build, which decides by content hash which views are affected and renders only those.
      """ + helpFooter(["watch", "watch --interval 2"]))

  @OptionGroup var options: BuildOptions
  @Option(help: ArgumentHelp("Seconds between checks.", valueName: "seconds")) var interval: Double = 1
  @Option(help: ArgumentHelp("Stop after this many rebuilds (for scripts and tests).", valueName: "n")) var maxBuilds: Int?

  func snapshot() -> [String: Date] {
    var out: [String: Date] = [:]
    for folder in options.views {
      for full in DatasetLoader.filesBelow(folder) where !full.hasSuffix("build-manifest.json") {
        out[full] = (try? FileManager.default.attributesOfItem(atPath: full))?[.modificationDate] as? Date
      }
    }
    return out
  }

  func run() throws {
    // Fail at once on missing view folders rather than polling nothing forever.
    _ = try options.viewFiles()
    var builds = 0
    var last: [String: Date]?
    while true {
      let now = snapshot()
      if now != last {
        last = now
        let report = try options.build().run(check: false)
        try printBuildReport(report, check: false, format: .text)
        builds += 1
        if let maxBuilds, builds >= maxBuilds { return }
      }
      Thread.sleep(forTimeInterval: interval)
    }
  }
}

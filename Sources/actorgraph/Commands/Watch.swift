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
  @Option(
    help: ArgumentHelp(
      "Start a fresh process after this many outputs are written (Graphviz 2.42 keeps memory from every clustered layout).",
      valueName: "n", visibility: .hidden))
  var restartAfter: Int = Watch.outputsPerProcess

  /// Graphviz 2.42 loses 60–80 KB in every clustered `dot` layout, outside its context: neither a
  /// fresh `GVC_t` per render nor a context reset every 100 renders bounds it (bench/graphviz-leak).
  /// Only a new process gives it back, so after this many outputs `watch` replaces itself with a
  /// fresh copy of itself (about 150 MB lost by then).
  static let outputsPerProcess = 2_000

  func snapshot() -> [String: Date] {
    var out: [String: Date] = [:]
    for folder in options.views {
      for full in DatasetLoader.filesBelow(folder) where !full.hasSuffix("build-manifest.json") {
        out[full] = (try? FileManager.default.attributesOfItem(atPath: full))?[.modificationDate] as? Date
      }
    }
    return out
  }

  func validate() throws {
    if restartAfter < 1 { throw ValidationError("--restart-after must be at least 1") }
  }

  func run() throws {
    // Fail at once on missing view folders rather than polling nothing forever.
    _ = try options.viewFiles()
    var builds = 0
    var written = 0
    var last: [String: Date]?
    while true {
      let now = snapshot()
      if now != last {
        last = now
        let report = try options.build().run(check: false)
        try printBuildReport(report, check: false, format: .text)
        builds += 1
        written += report.written.count
        if let maxBuilds, builds >= maxBuilds { return }
        if written >= restartAfter { try restart(buildsLeft: maxBuilds.map { $0 - builds }) }
      }
      Thread.sleep(forTimeInterval: interval)
    }
  }

  /// Replaces this process with a fresh run of the same command (same arguments, the rebuilds
  /// still allowed), giving back what Graphviz kept. Returns only by throwing, if exec fails.
  func restart(buildsLeft: Int?) throws -> Never {
    var args = Array(CommandLine.arguments.dropFirst())
    if let i = args.firstIndex(of: "--max-builds"), i + 1 < args.count { args.removeSubrange(i...(i + 1)) }
    args.removeAll { $0.hasPrefix("--max-builds=") }
    if let buildsLeft { args += ["--max-builds", String(buildsLeft)] }
    printError("watch: starting a fresh process to give back the memory Graphviz keeps from each layout")
    fflush(nil)  // every C stream: what print wrote must come out before exec replaces the process
    let argv = ([CommandLine.arguments[0]] + args).map { strdup($0) } + [nil]
    execv("/proc/self/exe", argv)
    throw CLIError("watch: cannot restart itself (\(String(cString: strerror(errno)))); run it again")
  }
}

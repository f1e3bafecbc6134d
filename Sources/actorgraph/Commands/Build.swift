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

  /// The view files named, and those found in the folders named (see ``ViewFileReader/viewFiles(at:)``).
  func viewFiles() throws -> [String] {
    var out: [String] = []
    for p in views {
      var isDir: ObjCBool = false
      guard FileManager.default.fileExists(atPath: p, isDirectory: &isDir) else { throw CLIError("no such file or folder: \(p)") }
      if !isDir.boolValue {
        out.append(p)
        continue
      }
      out += ViewFileReader.viewFiles(at: p)
    }
    return out
  }

  func build() throws -> ViewBuild {
    ViewBuild(
      root: root, viewFiles: try viewFiles(), manifestPath: manifest,
      pipeline: ViewBuild.Pipeline.diagramsAndPages(toolVersion: ActorGraphVersion.string))
  }
}

struct Build: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Render every declared view whose output is missing or stale; skip the rest.",
    discussion: """
      Views are declared in view files (YAML with `views:`) under graphs/. Staleness is decided by \
      content: a hash of the diagram's source (which covers the data it draws and the view's \
      definition), the engine, the format and the renderer's version, kept in the committed \
      manifest — never by file times. A build that finds nothing to do writes nothing. --check \
      writes nothing and exits 1 listing every stale, missing or orphaned output with the reason. \
      Outputs are written atomically, so an interrupted build leaves no half-written file and the \
      next build repairs what it left (and removes its temporary files). Every output and every \
      manifest entry must lead inside --root after `..` and links are resolved, or the build stops \
      with a located error; --clean deletes only orphaned files whose bytes are still what the build \
      wrote. Rendering is serial: libgvc is not thread-safe.

      --report also measures each view as laid out by Graphviz and fit into --target (a \
      1920x1080 slide by default): the smallest and median text height in pixels, the most lines \
      drawn from one actor to another, edge crossings counted on the drawn splines, and overlapping \
      actor boxes. A view below its targets (median text 12 px, smallest 10 px, at most 2 lines per \
      pair and direction, no overlaps) gets a warning saying what to change; warnings do not change \
      the exit status. With --format json the figures are in the report's `readability` array.
      """
        + helpFooter([
          "build", "build --check", "build --only iran-support-iraq", "build --report",
          "build --report --target 1280x720 --only seed-network --format json",
        ]))

  @OptionGroup var options: BuildOptions
  @Flag(help: "Write nothing; fail if any output is stale, missing or orphaned.") var check = false
  @Option(parsing: .singleValue, help: ArgumentHelp("Build only this view (repeatable).", valueName: "view")) var only: [String] = []
  @Flag(help: "Delete orphaned outputs (declared by no view any more).") var clean = false
  @Flag(
    help:
      "Also report each view's readability fit into --target: text heights in px, lines per pair, crossings, overlaps; warnings say what to change."
  )
  var report = false
  @Option(help: ArgumentHelp("With --report: the picture views are fit into, WIDTHxHEIGHT in px.", valueName: "size"))
  var target: String = "1920x1080"
  @Option(help: ArgumentHelp("Output format: text or json.", valueName: "format")) var format: Validate.DiagnosticFormat = .text
  @Option(
    help: ArgumentHelp(
      "Prepare this many views' diagrams in parallel (layout and rendering stay serial: libgvc is not thread-safe).",
      valueName: "n"))
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

  func validate() throws { if jobs < 1 { throw ValidationError("--jobs must be at least 1") } }

  func run() throws {
    let build = try options.build()
    if build.viewFiles.isEmpty {
      throw CLIError("no view files found in \(options.views.joined(separator: ", ")) (YAML files with `views:`)")
    }
    let progress: ((Int, Int, String) -> Void)? =
      stderrIsTerminal
      ? { done, total, id in
        FileHandleOutput.writeStderr("\r[\(done)/\(total)] \(id)\u{1B}[K" + (done == total ? "\r\u{1B}[K" : ""))
      } : nil
    var measure: Readability.Target?
    if self.report {
      guard let t = Readability.Target(parsing: target) else {
        throw ValidationError("--target takes WIDTHxHEIGHT in pixels, e.g. 1920x1080 (got '\(target)')")
      }
      measure = t
    }
    let report = build.run(
      check: check, only: only.isEmpty ? nil : Set(only), clean: clean, jobs: jobs, measure: measure, progress: progress)
    try printBuildReport(report, check: check, format: format)
    let notCurrent = report.items.filter { $0.state != .upToDate }
    if report.hasProblems || (check && !notCurrent.isEmpty) { throw ExitCode.failure }
  }
}

func printBuildReport(_ report: ViewBuild.Report, check: Bool, format: Validate.DiagnosticFormat) throws {
  if format == .json {
    print(try encodeJSON(report))
    return
  }
  let capped = DiagnosticCap(report.diagnostics)
  for d in capped.kept { print(d) }
  for line in capped.summaryLines { print(line) }
  for path in report.swept { print("removed a temporary file left by an interrupted run: \(path)") }
  for item in report.items where item.state != .upToDate {
    let verb: String
    switch item.state {
    case .missing: verb = check ? "missing" : "built"
    case .stale: verb = check ? "stale" : "rebuilt"
    case .orphaned: verb = report.removed.contains(item.output) ? "removed" : "orphaned"
    case .failed: verb = "failed"
    case .upToDate: verb = "up to date"
    }
    print("\(verb): \(item.output)\(item.view.map { " (view \($0))" } ?? "") — \(item.reasons.joined(separator: "; "))")
  }
  for r in report.readability ?? [] {
    guard let m = r.readability else {
      print("readability: \(r.view): not measured — \(r.error ?? "unknown error")")
      continue
    }
    print(
      "readability: \(r.view) fit into \(m.target): text median \(String(format: "%.1f", m.medianText)) px, smallest \(String(format: "%.1f", m.smallestText)) px; "
        + "\(m.nodes) actors, \(m.edges) lines, at most \(m.edgesPerOrderedPair) per pair and direction (\(m.edgesPerPair) either way); "
        + "\(m.crossings) crossings; \(m.overlaps) overlaps")
    for w in m.warnings { print("  warning: \(w)") }
  }
  let current = report.items.filter { $0.state == .upToDate }.count
  printError(
    "\(report.items.count) outputs: \(current) up to date, \(report.written.count) written\(check ? " (check mode: nothing written)" : "")")
}

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

import ActorGraph
import ActorGraphDiagrams
import ActorGraphViews
import ArgumentParser
import Foundation

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
      drawn from one actor to another, edge crossings counted on the drawn splines (between lines with no actor in common), and overlapping \
      actor boxes. A view below its targets (median text 12 px, smallest 10 px, at most 2 lines per \
      pair and direction, no overlaps) gets a warning saying what to change; warnings do not change \
      the exit status. With --format json the figures are in the report's `readability` array. \
      A view with `min_text: PX` has its text enlarged (up to 4 times) until its smallest text \
      reaches PX at its picture; when larger text only grows the drawing, every build warns \
      (min-text-not-reached) with the figures that would reach it: the picture it needs (fit:) \
      and about how many actors fit the one it has (top:). A view whose `as_of` is a list of dates \
      draws small multiples: laid out once, each output written per date (OUT-DATE.EXT), each in \
      the manifest and checked, measured as ID@DATE. A view with `split: [A, B]` is drawn once per \
      actor, around each (OUT-A.EXT, OUT-B.EXT; measured as ID@A), and the build warns \
      (split-leaves-out) with the ids of the relations the whole view draws and no part does.
      """
        + helpFooter([
          "build", "build --check", "build --only iran-support-iraq", "build --report", "build --only iraq-over-time --report",
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

import ActorGraph
import ActorGraphDiagrams
import ActorGraphViews
import ArgumentParser
import Foundation

struct Validate: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Check datasets like a compiler: every problem, with file, line and column.",
    discussion: """
      Reports unknown actors (with "did you mean"), duplicate ids, colliding aliases, unknown \
      types, forms, kinds and attribution levels, bad or impossible dates, relations without \
      sources (an error in YAML, a warning in bulk CSV), uncited sources, membership cycles, \
      malformed view files and malformed CSV rows, and in a dataset's own vocabulary (dataset.yaml \
      `vocabulary:`) declared names that shadow built-in ones and types without a direction or a \
      sign, each as file:line:column with a hint. Exits 1 when there are errors (or \
      warnings, with --strict), 0 otherwise. JSON: {datasets: [{path, id, actors, relations, \
      sources}], views: [path], diagnostics: [{severity, code, message, location: {file, line, column}, hint}], \
      omitted: [{severity, code, count}], errors, warnings}. At most --max-per-kind diagnostics of \
      each kind are listed (default \(DiagnosticCap.defaultPerKind)); the rest are counted, so \
      hostile input cannot flood the output.
      """ + helpFooter(["validate graphs", "validate graphs/iraq-2026 --strict --format json"]))

  @Argument(help: ArgumentHelp("Dataset files or folders to check.", valueName: "path"))
  var paths: [String] = ["graphs"]

  @Option(help: ArgumentHelp("Output format: text or json.", valueName: "format"))
  var format: DiagnosticFormat = .text

  @Flag(help: "Treat warnings as errors.")
  var strict = false

  @Option(help: ArgumentHelp("Show at most this many diagnostics of each kind; count the rest (\"… and K more\").", valueName: "n"))
  var maxPerKind: Int = DiagnosticCap.defaultPerKind

  enum DiagnosticFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

  struct DatasetReport: Codable {
    var path: String
    var id: String
    var actors: Int
    var relations: Int
    var sources: Int
  }

  struct Report: Codable {
    var datasets: [DatasetReport]
    var views: [String]
    var diagnostics: [Diagnostic]
    /// Kinds with more than --max-per-kind diagnostics: how many of each were left out.
    var omitted: [DiagnosticCap.Omission]
    var errors: Int
    var warnings: Int
  }

  func validate() throws { if maxPerKind < 1 { throw ValidationError("--max-per-kind must be at least 1") } }

  func run() throws {
    var datasets: [DatasetReport] = []
    var diagnostics: [Diagnostic] = []
    var viewFiles: [String] = []
    for path in paths {
      // View files beside the data are checked too: a broken view would only fail later, in `build`.
      for f in ViewFileReader.viewFiles(at: path) {
        viewFiles.append(f)
        diagnostics += ViewFileReader.read(f).diagnostics
      }
      do {
        let found = try DatasetLoader.discover(path)
        if found.isEmpty {
          diagnostics.append(
            Diagnostic(
              .error, "no-dataset", "no dataset found", at: SourceLocation(file: path, line: 1, column: 1),
              hint: "a dataset is a YAML file, a folder of YAML files, or a folder with nodes.csv/edges.csv"))
        }
        for p in found {
          let r = DatasetLoader.load(p)
          diagnostics += r.diagnostics
          datasets.append(
            DatasetReport(
              path: p, id: r.dataset.id, actors: r.dataset.actors.count, relations: r.dataset.relations.count,
              sources: r.dataset.sources.count))
        }
      } catch {
        diagnostics.append(
          Diagnostic(.error, "not-found", "\(error)", at: nil, hint: "check the path"))
      }
    }
    let errors = diagnostics.errors.count
    let warnings = diagnostics.warnings.count
    let capped = DiagnosticCap(diagnostics, perKind: maxPerKind)
    switch format {
    case .json:
      print(
        try encodeJSON(
          Report(
            datasets: datasets, views: viewFiles, diagnostics: capped.kept, omitted: capped.omitted, errors: errors, warnings: warnings)))
    case .text:
      for d in capped.kept { print(d) }
      for line in capped.summaryLines { print(line) }
      let summary = datasets.map { "\($0.path): \($0.actors) actors, \($0.relations) relations, \($0.sources) sources" }
      for s in summary { printError(s) }
      for v in viewFiles { printError("\(v): view file") }
      printError("\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
    }
    if errors > 0 || (strict && warnings > 0) { throw ExitCode.failure }
  }
}

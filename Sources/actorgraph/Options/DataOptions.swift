import ActorGraph
import ArgumentParser
import Foundation

/// `--data PATH`: which dataset a query reads, loaded and checked before anything is answered.
struct DataOptions: ParsableArguments {
  @Option(
    name: .customLong("data"),
    help: ArgumentHelp(
      "The dataset: a YAML file, a dataset folder, a folder holding one dataset, or - for stdin (with --data-format).",
      valueName: "path"))
  var path: String = "graphs"

  @Option(help: ArgumentHelp("With --data -: what stdin holds, yaml (a dataset file) or csv (an edges.csv).", valueName: "yaml|csv"))
  var dataFormat: String?

  @Option(
    name: .customLong("sources"),
    help: ArgumentHelp(
      "Keep only what these sources say (comma-separated ids, and the reports they relay); confidence is recomputed from what is kept.",
      valueName: "ids"))
  var keepSources: String?

  @Option(
    help: ArgumentHelp(
      "Drop what these sources say (comma-separated ids, and the reports they relay); a relation that keeps another source stays.",
      valueName: "ids"))
  var excludeSources: String?

  /// Loads the dataset; prints its errors and fails if it has any, because answers from broken data mislead.
  func validate() throws {
    if path == "-" && dataFormat != "yaml" && dataFormat != "csv" {
      throw ValidationError("--data - reads stdin: say what it holds with --data-format yaml or --data-format csv")
    }
    if path != "-" && dataFormat != nil {
      throw ValidationError("--data-format applies to --data - (stdin) only; a file's format comes from its name")
    }
  }

  func load() throws -> Dataset {
    if path == "-" { return try loadStandardInput() }
    let location: String
    do {
      location = try DatasetLoader.locate(path)
    } catch {
      throw CLIError("\(error)")
    }
    return try check(DatasetLoader.load(location), location: location)
  }

  /// `--data -`: the dataset arrives on stdin, as one YAML file or one edges.csv. It is read whole,
  /// checked like a file, and its diagnostics name `<stdin>`.
  private func loadStandardInput() throws -> Dataset {
    guard let format = dataFormat, format == "yaml" || format == "csv" else {
      throw CLIError("--data - reads stdin: say what it holds with --data-format yaml or --data-format csv")
    }
    let folder = NSTemporaryDirectory() + "actorgraph-stdin-" + UUID().uuidString
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let name = format == "yaml" ? "stdin.yaml" : "edges.csv"
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      try FileHandle.standardInput.readDataToEndOfFile().write(to: URL(fileURLWithPath: folder + "/" + name))
    } catch {
      throw CLIError("cannot read stdin: \(error.localizedDescription)")
    }
    var result = DatasetLoader.load(folder)
    result.dataset.id = "stdin"
    result.diagnostics = result.diagnostics.map { d in
      var d = d
      if let at = d.location, at.file.hasPrefix(folder) { d.location = SourceLocation(file: "<stdin>", line: at.line, column: at.column) }
      return d
    }
    return try check(result, location: "<stdin>")
  }

  /// The library's rule refuses data with errors; the CLI shows the first 20 of them.
  private func check(_ result: LoadResult, location: String) throws -> Dataset {
    do {
      return try restrict(try result.checked(as: location))
    } catch let refused as DatasetRefused {
      for d in refused.errors.prefix(20) { printError(d.description) }
      if refused.errors.count > 20 { printError("… and \(refused.errors.count - 20) more") }
      throw CLIError(refused.description)
    }
  }

  /// Applies --sources / --exclude-sources; unknown ids are errors, not silent no-ops.
  func restrict(_ dataset: Dataset) throws -> Dataset {
    guard keepSources != nil || excludeSources != nil else { return dataset }
    let parsed = Selection.parse(
      [.sources: keepSources.map { [$0] }, .excludeSources: excludeSources.map { [$0] }].compactMapValues { $0 }, vocabulary: nil)
    if let problem = parsed.problems.first { throw ValidationError(problem.description) }
    let known = dataset.sources.map(\.id)
    for (field, ids) in [(Selection.Field.sources, parsed.selection.sources), (.excludeSources, parsed.selection.excludeSources)] {
      for id in ids ?? [] where !known.contains(id) {
        throw CLIError("\(field.flag): unknown source '\(id)'; \(Suggest.hint(id, known))", status: .usageError)
      }
    }
    return parsed.selection.selectingSources(dataset)
  }
}

/// A failure the user can act on: printed as `error: message`; exit status 1 for data, 2 for usage.
struct CLIError: Error, CustomStringConvertible {
  var message: String
  var status: ExitStatus
  init(_ message: String, status: ExitStatus = .dataError) {
    self.message = message
    self.status = status
  }
  var description: String { message }
}

func printError(_ s: String) {
  var stderr = StandardError()
  print(s, to: &stderr)
}

struct StandardError: TextOutputStream {
  mutating func write(_ string: String) {
    FileHandleOutput.writeStderr(string)
  }
}

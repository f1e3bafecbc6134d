import ActorGraph
import ArgumentParser

/// `--data PATH`: which dataset a query reads, loaded and checked before anything is answered.
struct DataOptions: ParsableArguments {
  @Option(
    name: .customLong("data"),
    help: ArgumentHelp("The dataset: a YAML file, a dataset folder, or a folder holding one dataset.", valueName: "path"))
  var path: String = "graphs"

  /// Loads the dataset; prints its errors and fails if it has any, because answers from broken data mislead.
  func load() throws -> Dataset {
    let location: String
    do {
      location = try DatasetLoader.locate(path)
    } catch {
      throw CLIError("\(error)")
    }
    let result = DatasetLoader.load(location)
    let errors = result.diagnostics.errors
    if !errors.isEmpty {
      for d in errors.prefix(20) { printError(d.description) }
      if errors.count > 20 { printError("… and \(errors.count - 20) more") }
      throw CLIError(
        "the dataset at \(location) has \(errors.count) error\(errors.count == 1 ? "" : "s"); fix them first (actorgraph validate \(location))"
      )
    }
    return result.dataset
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

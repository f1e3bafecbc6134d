import ArgumentParser
import Foundation

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
  case table, json, csv
}

/// `--format table|json|csv`.
struct OutputOptions: ParsableArguments {
  @Option(help: ArgumentHelp("Output format: table (for people), json or csv (for scripts; stable).", valueName: "format"))
  var format: OutputFormat = .table
}

enum FileHandleOutput {
  static func writeStderr(_ s: String) {
    FileHandle.standardError.write(Data(s.utf8))
  }
}

/// JSON with sorted keys and no escaped slashes: byte-stable across runs and machines.
func encodeJSON<T: Encodable>(_ value: T) throws -> String {
  let e = JSONEncoder()
  e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
  return String(decoding: try e.encode(value), as: UTF8.self)
}

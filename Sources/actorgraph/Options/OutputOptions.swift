import ArgumentParser
import Foundation

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
  case table, json, csv
}

/// `--format table|json|csv` and `--wide`.
struct OutputOptions: ParsableArguments {
  @Option(help: ArgumentHelp("Output format: table (for people), json or csv (for scripts; stable).", valueName: "format"))
  var format: OutputFormat = .table

  @Flag(help: "Tables: print every cell and line in full instead of fitting them to COLUMNS (80 when unset).")
  var wide = false

  /// The width tables and lines are fitted to; `nil` with `--wide`.
  var width: Int? { TerminalWidth.columns(wide: wide) }
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

/// A place in an input file: 1-based line and column (columns count Unicode scalars).
public struct SourceLocation: Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
  /// The file, as the loader was given its path.
  public var file: String
  /// The line, counted from 1.
  public var line: Int
  /// The column, counted from 1 in characters.
  public var column: Int

  /// A location in `file` at `line`, `column`.
  public init(file: String, line: Int, column: Int) {
    self.file = file
    self.line = line
    self.column = column
  }

  public var description: String { "\(file):\(line):\(column)" }

  /// In file order: by file, then line, then column.
  public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
    (a.file, a.line, a.column) < (b.file, b.line, b.column)
  }
}

/// A problem found in the input, reported like a compiler does: where, what, and how to fix it.
public struct Diagnostic: Hashable, Sendable, Codable, CustomStringConvertible {
  /// How bad a finding is: an error refuses the data (``LoadResult/hasErrors``), a warning does not.
  public enum Severity: String, Sendable, Codable, Comparable {
    /// The data is wrong, or a warning: it may be right but looks suspect.
    case error, warning

    /// Errors sort before warnings.
    public static func < (a: Severity, b: Severity) -> Bool { a == .error && b == .warning }
  }

  /// Whether the finding refuses the data.
  public var severity: Severity
  /// A stable identifier for the kind of problem (`unknown-actor`, `bad-date`, …), for scripts.
  public var code: String
  /// What is wrong, in a sentence that names the record.
  public var message: String
  /// Where it is wrong; `nil` for a finding about the dataset as a whole.
  public var location: SourceLocation?
  /// How to fix it.
  public var hint: String?

  /// A finding with its stable `code` (`unknown-actor`), message, location and, when one helps, a hint.
  public init(_ severity: Severity, _ code: String, _ message: String, at location: SourceLocation?, hint: String? = nil) {
    self.severity = severity
    self.code = code
    self.message = message
    self.location = location
    self.hint = hint
  }

  /// `file:line:column: error: message (hint)`, the format editors and CI logs understand.
  ///
  /// Control characters from the input (an id holding an escape sequence) are shown escaped,
  /// never sent to the terminal.
  public var description: String {
    var s = ""
    if let location { s += "\(DisplayText.terminalSafe(location.description)): " }
    s += "\(severity.rawValue): \(DisplayText.terminalSafe(message))"
    if let hint { s += "\n    hint: \(DisplayText.terminalSafe(hint))" }
    return s
  }
}

extension Array where Element == Diagnostic {
  /// Errors and warnings in reading order: by file, line, column, then message.
  public func sortedForReport() -> [Diagnostic] {
    sorted {
      let a = $0.location ?? SourceLocation(file: "", line: 0, column: 0)
      let b = $1.location ?? SourceLocation(file: "", line: 0, column: 0)
      return (a.file, a.line, a.column, $0.message) < (b.file, b.line, b.column, $1.message)
    }
  }

  /// The errors, in order.
  public var errors: [Diagnostic] { filter { $0.severity == .error } }
  /// The warnings, in order.
  public var warnings: [Diagnostic] { filter { $0.severity == .warning } }
}

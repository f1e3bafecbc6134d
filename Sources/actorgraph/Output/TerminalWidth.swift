import Foundation

/// How wide a table may be: the terminal's columns as `COLUMNS` gives them, 80 otherwise.
///
/// The width is read from the environment only, never asked of the terminal: a query gives the
/// same bytes whether it is printed, piped or captured by a test, and no C pointer is handled
/// outside the Graphviz seam. Shells keep `COLUMNS` up to date but export it only when asked
/// (`export COLUMNS` in bash); `--wide` prints every cell in full, and JSON and CSV are never cut.
enum TerminalWidth {
  /// The default when `COLUMNS` is unset or not a number: the classic terminal.
  static let standard = 80
  /// Narrower than this and no table can be read; a smaller `COLUMNS` is taken as this.
  static let narrowest = 40

  /// The columns available, or `nil` when `wide` asks for everything.
  static func columns(wide: Bool, environment: [String: String] = ProcessInfo.processInfo.environment) -> Int? {
    if wide { return nil }
    guard let text = environment["COLUMNS"], let n = Int(text.trimmingCharacters(in: .whitespaces)), n > 0 else {
      return standard
    }
    return max(n, narrowest)
  }
}

import ActorGraph

/// Every line this module prints goes through here: it shadows `Swift.print` inside the CLI, so
/// that no command can forget it. Text from a data file (a relation's note, a source's outlet, an
/// unknown name) may hold control characters; written raw, they move the cursor, clear the screen
/// or recolour the terminal. They are written as visible escapes (`\u{1B}`); line breaks (LF, CR)
/// and tabs, which are the output's own layout (a quoted CSV field may hold a CRLF), stay. JSON already escapes control characters, so JSON output
/// is unchanged.
func print(_ items: Any..., separator: String = " ", terminator: String = "\n") {
  Swift.print(DisplayText.terminalSafeLines(items.map { "\($0)" }.joined(separator: separator)), terminator: terminator)
}

/// The same for `print(_:to:)` (standard error).
func print<Target: TextOutputStream>(_ items: Any..., separator: String = " ", terminator: String = "\n", to output: inout Target) {
  Swift.print(
    DisplayText.terminalSafeLines(items.map { "\($0)" }.joined(separator: separator)), terminator: terminator, to: &output)
}

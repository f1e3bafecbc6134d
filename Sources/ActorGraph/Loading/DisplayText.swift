/// Rules for text that is shown to people: names and titles in diagrams, anything on a terminal.
///
/// Names and titles are drawn by Graphviz and printed in tables, so the validator refuses the ones
/// that cannot be shown: blank ones (Graphviz draws nothing, or aborts on a label of only line
/// breaks) and ones holding control characters (not allowed in the SVG's XML, and able to move the
/// cursor or recolour a terminal).
public enum DisplayText {
  /// Why `text` cannot be an actor's name or alias, or nil if it can.
  ///
  /// A name is one line: every control character, line breaks and tabs included, is refused.
  public static func nameProblem(_ text: String) -> String? {
    if isBlank(text) { return "is empty or only whitespace" }
    if let c = text.unicodeScalars.first(where: isControl) { return "contains the control character \(codePoint(c))" }
    return nil
  }

  /// Why `text` cannot be a title, or nil if it can. A title may span lines; other control characters are refused.
  public static func titleProblem(_ text: String) -> String? {
    if isBlank(text) { return "is empty or only whitespace" }
    if let c = text.unicodeScalars.first(where: { isControl($0) && $0 != "\n" }) {
      return "contains the control character \(codePoint(c))"
    }
    return nil
  }

  /// `text` with every control character written as a visible escape (`\n`, `\t`, `\u{1B}`), so
  /// text from a data file cannot move the cursor, clear the screen or recolour a terminal.
  ///
  /// - Complexity: O(n) in the text's length.
  public static func terminalSafe(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isControl) else { return text }
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      guard isControl(scalar) else {
        out.append(scalar)
        continue
      }
      let escaped: String
      switch scalar {
      case "\n": escaped = "\\n"
      case "\r": escaped = "\\r"
      case "\t": escaped = "\\t"
      default: escaped = "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
      }
      out.append(contentsOf: escaped.unicodeScalars)
    }
    return String(out)
  }

  /// `text` with every control character other than line breaks (LF, CR) and tabs written as a
  /// visible escape (``terminalSafe(_:)`` escapes those too): for whole blocks of output, tables,
  /// multi-line text and CSV, where `\n`, `\r\n` and `\t` are the layout (a quoted CSV field may
  /// hold a CRLF) and everything else came from data.
  ///
  /// - Complexity: O(n) in the text's length; one pass over its UTF-8 when there is nothing to escape.
  public static func terminalSafeLines(_ text: String) -> String {
    // Fast path: no C0 control but LF, CR and tab, no DEL, no C1 (UTF-8 C2 80…C2 9F).
    var previous: UInt8 = 0
    var clean = true
    for b in text.utf8 {
      if (b < 0x20 && b != 0x0A && b != 0x0D && b != 0x09) || b == 0x7F || (previous == 0xC2 && (0x80...0x9F).contains(b)) {
        clean = false
        break
      }
      previous = b
    }
    if clean { return text }
    // Scalar by scalar: as Characters, "\r\n" is one and would hide its line break.
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if scalar == "\n" || scalar == "\r" || scalar == "\t" || !isControl(scalar) {
        out.append(scalar)
      } else {
        out.append(contentsOf: terminalSafe(String(scalar)).unicodeScalars)
      }
    }
    return String(out)
  }

  /// C0 controls, DEL and C1 controls (general category Cc).
  static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
  }

  static func isBlank(_ text: String) -> Bool { text.allSatisfy(\.isWhitespace) }

  static func codePoint(_ scalar: Unicode.Scalar) -> String {
    let hex = String(scalar.value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }
}

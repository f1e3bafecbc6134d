/// Fitting text into a width: cells are shortened with "…", lines are wrapped under their indent.
///
/// Both keep what is cut recoverable: the same answer in JSON or CSV, or with `--wide`, is whole.
enum TextFitting {
  /// `text` cut to `width` characters, its last one "…" when something was cut.
  static func shorten(_ text: String, to width: Int) -> String {
    guard text.count > width else { return text }
    guard width > 1 else { return width == 1 ? "…" : "" }
    return String(text.prefix(width - 1)).trimmingTrailingSpaces() + "…"
  }

  /// `line` broken at spaces into lines of at most `width` characters (a word longer than the
  /// width is cut). Continuation lines hang four columns under the line's own indent, so a
  /// wrapped entry still reads as one entry. `nil` width returns the line whole.
  static func wrap(_ line: String, width: Int?) -> [String] {
    guard let width, line.count > width else { return [line] }
    let indent = line.prefix { $0 == " " }.count
    let hang = String(repeating: " ", count: min(indent + 4, width / 2))
    var out: [String] = []
    var rest = Substring(line)
    var prefix = ""
    while prefix.count + rest.count > width {
      let room = width - prefix.count
      let head = rest.prefix(room + 1)
      // Break at the last space that leaves something on this line, past the indent.
      var cut = head.lastIndex(of: " ").map { rest.distance(from: rest.startIndex, to: $0) } ?? room
      if cut <= (out.isEmpty ? indent : 0) { cut = room }
      out.append(prefix + String(rest.prefix(cut)).trimmingTrailingSpaces())
      rest = rest.dropFirst(cut).drop { $0 == " " }
      prefix = hang
    }
    if !rest.isEmpty { out.append(prefix + rest) }
    return out
  }

  /// Every line of `text` wrapped to `width`.
  static func wrapAll(_ text: String, width: Int?) -> String {
    guard width != nil else { return text }
    return text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { wrap(String($0), width: width) }.joined(
      separator: "\n")
  }
}

extension String {
  fileprivate func trimmingTrailingSpaces() -> String {
    var s = self
    while s.last == " " { s.removeLast() }
    return s
  }
}

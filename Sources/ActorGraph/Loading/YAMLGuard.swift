import Yams

/// What data and view files may not use, checked before the YAML parser sees the text.
///
/// **Aliases are refused.** An alias (`*name`) repeats an anchored node; nested aliases grow
/// exponentially (an "alias bomb": nine lines can stand for a billion leaves). Yams hashes alias keys
/// in full for its duplicate-key check, and any walk over the expanded tree — ours included — takes
/// time and memory exponential in the file's size. Data and view files are written by people and
/// gain little from aliases, so a file that uses one is refused with an error at the alias, before
/// parsing. (Anchors alone are harmless and allowed.)
///
/// **Flow nesting is capped** at ``maximumFlowDepth`` (`[[[[…`): the parser recurses once per level.
///
/// The check is a scanner over the text that knows YAML's quoting, comments and block scalars. A
/// plain multi-line scalar whose continuation line starts with `*` is read as an alias too; quoting
/// the text avoids that, and the error's hint says so.
public enum YAMLGuard {
  /// The deepest `[`/`{` nesting accepted.
  public static let maximumFlowDepth = 64

  /// The first problem in `text`, as a diagnostic located in `path`, or nil.
  ///
  /// - Complexity: O(n) in the text's length.
  public static func problem(in text: String, path: String) -> Diagnostic? {
    var line = 1
    var lineStart = true
    var column = 0
    var indent = 0
    var nodeStart = true
    var inDouble = false, inSingle = false, escaped = false
    var flowDepth = 0
    var blockParent: Int?  // indentation of the line that opened a block scalar
    var inComment = false
    var previous: Unicode.Scalar = "\n"
    var skipAnchor = false
    var scalars = Array(text.unicodeScalars)
    scalars.append("\n")
    var i = 0
    while i < scalars.count {
      let c = scalars[i]
      defer {
        previous = c
        i += 1
      }
      if c == "\n" {
        line += 1
        column = 0
        indent = 0
        lineStart = true
        inComment = false
        skipAnchor = false
        if !inDouble && !inSingle && flowDepth == 0 { nodeStart = true }
        continue
      }
      column += 1
      // libyaml (YAML 1.1) also breaks lines at a lone CR, NEL, LS and PS; every location here
      // counts LF only, so after one of them libyaml's marks would point at the wrong line (a
      // fuzzing finding). Such files are refused where the character stands.
      if (c == "\r" && scalars[i + 1] != "\n") || c == "\u{85}" || c == "\u{2028}" || c == "\u{2029}" {
        let name = c == "\r" ? "a carriage return not followed by a line feed" : "U+\(String(c.value, radix: 16, uppercase: true))"
        return Diagnostic(
          .error, "yaml-line-break", "\(name) is a line break to YAML but not to this tool",
          at: SourceLocation(file: path, line: line, column: column),
          hint: "end lines with LF or CRLF; inside text, write the character as an escape in a double-quoted string (\"\\r\", \"\\u2028\")")
      }
      if lineStart {
        if c == " " {
          indent += 1
          continue
        }
        lineStart = false
        if let parent = blockParent {
          // Block scalar content: lines indented deeper than the opener, or blank lines.
          if indent > parent || c == "\r" || c == "\t" {
            inComment = true  // skip the rest of the line
            continue
          }
          blockParent = nil
        }
      }
      if inComment { continue }
      if inDouble {
        if escaped {
          escaped = false
        } else if c == "\\" {
          escaped = true
        } else if c == "\"" {
          inDouble = false
          nodeStart = false
        }
        continue
      }
      if inSingle {
        if c == "'" {
          if i + 1 < scalars.count && scalars[i + 1] == "'" {
            i += 1
            column += 1
          } else {
            inSingle = false
            nodeStart = false
          }
        }
        continue
      }
      if skipAnchor {
        if c == " " || c == "\t" || ",[]{}".unicodeScalars.contains(c) { skipAnchor = false } else { continue }
      }
      let next: Unicode.Scalar = i + 1 < scalars.count ? scalars[i + 1] : "\n"
      let spaceNext = next == " " || next == "\t" || next == "\n" || next == "\r"
      switch c {
      case " ", "\t", "\r":
        continue
      case "#" where previous == " " || previous == "\t" || previous == "\n" || column == 1:
        inComment = true
        continue
      default:
        break
      }
      if nodeStart {
        switch c {
        case "*":
          return Diagnostic(
            .error, "yaml-alias", "YAML aliases (*name) are not allowed in data and view files",
            at: SourceLocation(file: path, line: line, column: column),
            hint: "write the value out in full (aliases can expand exponentially); if this is text, quote it")
        case "&", "!":
          skipAnchor = true
          continue
        case "\"":
          inDouble = true
          continue
        case "'":
          inSingle = true
          continue
        case "|", ">":
          blockParent = indent
          inComment = true
          continue
        case "-", "?", ":":
          if spaceNext { continue }
          nodeStart = false
        case "[", "{":
          flowDepth += 1
          if flowDepth > maximumFlowDepth {
            return Diagnostic(
              .error, "yaml-depth", "lists and mappings are nested more than \(maximumFlowDepth) deep",
              at: SourceLocation(file: path, line: line, column: column), hint: "flatten the structure")
          }
          continue
        case "]", "}":
          flowDepth = max(0, flowDepth - 1)
          nodeStart = false
          continue
        case ",":
          continue
        default:
          nodeStart = false
        }
      }
      // Inside or after a plain scalar: only a separator starts the next node.
      if c == ":" && (spaceNext || (flowDepth > 0 && ",[]{}".unicodeScalars.contains(next))) {
        nodeStart = true
      } else if flowDepth > 0 {
        if c == "," {
          nodeStart = true
        } else if c == "[" || c == "{" {
          flowDepth += 1
          nodeStart = true
          if flowDepth > maximumFlowDepth {
            return Diagnostic(
              .error, "yaml-depth", "lists and mappings are nested more than \(maximumFlowDepth) deep",
              at: SourceLocation(file: path, line: line, column: column), hint: "flatten the structure")
          }
        } else if c == "]" || c == "}" {
          flowDepth -= 1
        }
      }
    }
    return nil
  }

  /// Composes a data or view file's YAML after ``problem(in:path:)`` found nothing.
  ///
  /// - Throws: the guard's ``Diagnostic``, or Yams' `YamlError`.
  public static func compose(_ text: String, path: String) throws -> Node? {
    if let d = problem(in: text, path: path) { throw d }
    return try Yams.compose(yaml: text)
  }
}

/// How strings become DOT: quoting, escaping and the inverse used by tests.
///
/// Rules, checked against the Graphviz 2.42 lexer (`scan.l`):
/// - Every ID and value is quoted.
/// - In quoted strings the lexer turns `\"` into `"`, drops `\` followed by a
///   newline, keeps `\\` as two backslashes and keeps any other backslash.
///   Values are then read as `escString`, where `\\` is one backslash and `\n`
///   a line break. So text is written with `\` → `\\`, `"` → `\"` and every
///   line break (LF, CR, CRLF) → `\n`, which also makes a trailing backslash
///   safe. Node names get the same treatment, so a node's default label
///   (`\N`) shows the original name.
/// - cgraph 2.42 mangles object names that start with `%` (its prefix for
///   anonymous objects: `"%y"` becomes `%3`, even in the `dot` CLI), so a
///   leading `%` of an ID is written `\%`, which labels show as `%`.
/// - The 2.42 lexer rejects a quoted string longer than about 16,000 bytes, so
///   long strings are split into pieces joined with DOT's `+` concatenation.
/// - C0 control characters other than tab and line breaks, and the
///   noncharacters U+FFFE and U+FFFF, cannot live in a C string (NUL) or in
///   the SVG/XML Graphviz writes, so they are replaced with U+FFFD.
/// - Graphviz decodes character references (`&amp;`, `&#1;`) in labels and
///   tooltips, and keeps them undecoded in names and ids it writes to SVG.
///   Every `&` is therefore written `&amp;`: labels decode it back to `&`,
///   names and ids show it as `&` in the XML, and no reference we did not
///   mean (`&#1;` would be a raw U+0001, not well-formed XML) reaches the output.
/// - A label made only of line breaks has height but no width, and dot 2.42
///   aborts on one when the graph has edge xlabels (`xlabels.c:219
///   lblenclosing`); such a value is written as the empty string.
public enum DOTEscaping {
  /// The longest quoted piece, in UTF-8 bytes, before the encoder splits a
  /// string with `+` (the 2.42 lexer fails near 16,370).
  public static let maximumQuotedPieceLength = 4096

  /// Writes an ID (a graph, subgraph or node name) as a quoted DOT string
  /// (or `+`-joined quoted pieces).
  ///
  /// - Parameter id: Any text.
  /// - Returns: The DOT token(s), e.g. `"say \"hi\"\n"`.
  public static func id(_ id: String) -> String {
    var pieces = textPieces(id)
    if pieces.first == "%" { pieces[0] = "\\%" }
    return quote(pieces: pieces)
  }

  /// Writes text as a quoted DOT string (or `+`-joined quoted pieces).
  ///
  /// - Parameter text: Any text, e.g. a label.
  /// - Returns: The DOT token(s).
  public static func quoted(_ text: String) -> String {
    quote(pieces: blankIfOnlyLineBreaks(textPieces(text)))
  }

  /// Writes an attribute value: quoted text or `<markup>`.
  ///
  /// - Parameter value: The value.
  /// - Returns: The DOT token(s) for `value`.
  public static func value(_ value: DOTValue) -> String {
    switch value {
    case .text(let text): quote(pieces: blankIfOnlyLineBreaks(textPieces(text)))
    case .escString(let text): quote(pieces: blankIfOnlyLineBreaks(escStringPieces(text)))
    case .html(let label): "<" + sanitized(label.markup) + ">"
    }
  }

  /// Inverts the escaping of ``id(_:)`` and ``quoted(_:)`` on the string
  /// cgraph stores after parsing (`\\` → `\`, `\n` → newline, `\%` → `%`,
  /// `&amp;` → `&`), recovering the original text.
  ///
  /// - Parameter stored: A name or value as libcgraph returns it.
  /// - Returns: The text that was given to the encoder (with line breaks
  ///   normalised to LF and control characters replaced).
  public static func unescape(_ stored: String) -> String {
    var result = ""
    var scalars = stored.unicodeScalars.makeIterator()
    while let scalar = scalars.next() {
      guard scalar == "\\" else {
        result.unicodeScalars.append(scalar)
        continue
      }
      switch scalars.next() {
      case "\\"?: result += "\\"
      case "n"?: result += "\n"
      case "\""?: result += "\""
      case "%"?: result += "%"
      case let other?:
        result += "\\"
        result.unicodeScalars.append(other)
      case nil: result += "\\"
      }
    }
    // `&` is the only character the encoder writes as an entity, so `&amp;` always stands for it.
    let scalarsOut = Array(result.unicodeScalars)
    let entity = Array("&amp;".unicodeScalars)
    var decoded = String.UnicodeScalarView()
    var index = 0
    while index < scalarsOut.count {
      if scalarsOut[index] == "&", scalarsOut[index...].starts(with: entity) {
        decoded.append("&")
        index += entity.count
      } else {
        decoded.append(scalarsOut[index])
        index += 1
      }
    }
    return String(decoded)
  }

  /// The replacement for a control character that must not reach Graphviz,
  /// or `nil` if `scalar` may pass.
  static func replacement(forControl scalar: Unicode.Scalar) -> String? {
    switch scalar.value {
    case 0x09, 0x0A, 0x0D: nil
    case 0x00...0x1F, 0xFFFE, 0xFFFF: "\u{FFFD}"
    default: nil
    }
  }

  /// `true` if `name` can be written bare (an identifier that is no keyword).
  static func isPlainIdentifier(_ name: String) -> Bool {
    guard let first = name.unicodeScalars.first,
      first == "_" || ("a"..."z").contains(first) || ("A"..."Z").contains(first)
    else { return false }
    let valid = name.unicodeScalars.allSatisfy {
      $0 == "_" || ("a"..."z").contains($0) || ("A"..."Z").contains($0)
        || ("0"..."9").contains($0)
    }
    let keywords: Set = ["node", "edge", "graph", "digraph", "subgraph", "strict"]
    return valid && !keywords.contains(name.lowercased())
  }

  // MARK: - Pieces

  /// Escaped, indivisible pieces of `text` (one per scalar or line break).
  private static func textPieces(_ text: String) -> [String] {
    var pieces: [String] = []
    pieces.reserveCapacity(text.unicodeScalars.count)
    var previousWasCR = false
    for scalar in text.unicodeScalars {
      defer { previousWasCR = scalar == "\r" }
      switch scalar {
      case "\\": pieces.append("\\\\")
      case "\"": pieces.append("\\\"")
      case "\r": pieces.append("\\n")
      case "\n": if !previousWasCR { pieces.append("\\n") }
      case "&": pieces.append("&amp;")
      default: pieces.append(plain(scalar))
      }
    }
    return pieces
  }

  /// No pieces at all when every piece is a line break (see the type's notes on dot's abort).
  private static func blankIfOnlyLineBreaks(_ pieces: [String]) -> [String] {
    pieces.isEmpty || !pieces.allSatisfy({ $0 == "\\n" || $0 == "\\l" || $0 == "\\r" }) ? pieces : []
  }

  /// Pieces of an escString value: backslash sequences kept as one piece.
  private static func escStringPieces(_ text: String) -> [String] {
    var pieces: [String] = []
    let scalars = Array(text.unicodeScalars)
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      index += 1
      switch scalar {
      case "\\":
        let next = index < scalars.count ? scalars[index] : nil
        switch next {
        case "\\"?:
          pieces.append("\\\\")
          index += 1
        case nil, "\""?, "\n"?, "\r"?:
          pieces.append("\\\\")  // a literal backslash
        case let escaped?:
          pieces.append("\\" + plain(escaped))
          index += 1
        }
      case "\"": pieces.append("\\\"")
      case "&": pieces.append("&amp;")
      case "\r":
        pieces.append("\\n")
        if index < scalars.count, scalars[index] == "\n" { index += 1 }
      case "\n": pieces.append("\\n")
      default: pieces.append(plain(scalar))
      }
    }
    return pieces
  }

  private static func plain(_ scalar: Unicode.Scalar) -> String {
    replacement(forControl: scalar) ?? String(Character(scalar))
  }

  private static func sanitized(_ markup: String) -> String {
    var result = ""
    for scalar in markup.unicodeScalars {
      if let replacement = replacement(forControl: scalar) {
        result += replacement
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  private static func quote(pieces: [String]) -> String {
    var chunks: [String] = []
    var current = ""
    var currentLength = 0
    for piece in pieces {
      let length = piece.utf8.count
      if currentLength + length > maximumQuotedPieceLength, !current.isEmpty {
        chunks.append(current)
        current = ""
        currentLength = 0
      }
      current += piece
      currentLength += length
    }
    chunks.append(current)
    return chunks.map { "\"" + $0 + "\"" }.joined(separator: " + ")
  }
}

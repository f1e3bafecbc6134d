/// The value of one DOT attribute, as ``DOTEncoder`` writes it.
///
/// Most values are ``text(_:)``: any Swift string, which the encoder quotes and
/// escapes so that Graphviz shows exactly that text. HTML-like labels are a
/// separate case, so markup can never be confused with text that merely
/// contains `<` and `>`.
///
///     var node = DOTNode("hezbollah")
///     node.label = "Hezbollah \"Party of God\""        // .text
///     node.label = .html("<b>\(name)</b>")              // .html, `name` escaped
///     node.label = .escString(#"left\lalso left\l"#)    // Graphviz escapes kept
public enum DOTValue: Sendable, Hashable {
  /// Literal text. Backslashes and quotes are escaped, newlines become
  /// Graphviz line breaks (`\n`), so the text is shown as written.
  case text(String)
  /// An HTML-like label, written between `<` and `>`.
  case html(HTMLLabel)
  /// Text already in Graphviz's `escString` syntax: sequences such as `\l`,
  /// `\r`, `\N` and `\G` keep their Graphviz meaning. Quotes and newlines are
  /// still escaped, and a trailing backslash is written as a literal one, so
  /// the value cannot break the DOT.
  case escString(String)
}

extension DOTValue: ExpressibleByStringLiteral, ExpressibleByStringInterpolation {
  /// Creates a ``text(_:)`` value.
  public init(stringLiteral value: String) {
    self = .text(value)
  }
}

extension DOTValue: CustomStringConvertible {
  /// The value as it appears in DOT, quotes or angle brackets included.
  public var description: String {
    DOTEscaping.value(self)
  }
}

extension DOTValue {
  /// The string of a text-like value (``text(_:)`` or ``escString(_:)``);
  /// `nil` for HTML labels.
  var textValue: String? {
    switch self {
    case .text(let text), .escString(let text): text
    case .html: nil
    }
  }
}

/// An HTML-like Graphviz label (`label=<…>`), kept distinct from plain text.
///
/// The markup of an `HTMLLabel` is trusted: it is written into the DOT between
/// `<` and `>` unchanged. Build it with string interpolation and every
/// interpolated value is escaped (`&`, `<`, `>`, `"`), while the literal parts
/// stay markup:
///
///     let name = "Kata'ib <Hezbollah> & co"
///     let label: HTMLLabel = "<b>\(name)</b><br/>\(2003)"
///     // markup: <b>Kata'ib &lt;Hezbollah&gt; &amp; co</b><br/>2003
///
/// Use ``init(text:)`` for a label that is only escaped text, and
/// `\(raw: markup)` to splice trusted markup into an interpolation.
///
/// Graphviz 2.42 cannot read HTML-like labels longer than about 16,000 bytes
/// (unlike quoted strings, they cannot be split); rendering one fails with
/// ``GraphvizError/syntax(line:message:)``.
public struct HTMLLabel: Sendable, Hashable {
  /// The trusted markup, without the enclosing `<` and `>`.
  public var markup: String

  /// Creates a label from trusted markup, which must be well-formed
  /// Graphviz HTML (balanced `<` and `>`).
  public init(markup: String) {
    self.markup = markup
  }

  /// Creates a label showing `text`, escaped so no markup is interpreted.
  public init(text: String) {
    self.markup = HTMLLabel.escape(text)
  }

  /// Escapes `&`, `<`, `>` and `"` as XML entities.
  ///
  /// - Parameter text: Any text.
  /// - Returns: The text, safe to place inside HTML-like label markup.
  public static func escape(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      default:
        if let replacement = DOTEscaping.replacement(forControl: scalar) {
          result.unicodeScalars.append(contentsOf: replacement.unicodeScalars)
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result
  }
}

extension HTMLLabel: ExpressibleByStringInterpolation {
  /// Creates a label from a literal, which is trusted markup.
  public init(stringLiteral value: String) {
    self.markup = value
  }

  /// Creates a label whose literal segments are markup and whose
  /// interpolated values are escaped.
  public init(stringInterpolation: Interpolation) {
    self.markup = stringInterpolation.markup
  }

  /// Builds ``HTMLLabel`` markup: literals verbatim, interpolations escaped.
  public struct Interpolation: StringInterpolationProtocol {
    var markup = ""

    /// Reserves storage.
    public init(literalCapacity: Int, interpolationCount: Int) {
      markup.reserveCapacity(literalCapacity + 16 * interpolationCount)
    }

    /// Appends trusted markup.
    public mutating func appendLiteral(_ literal: String) {
      markup += literal
    }

    /// Appends `text`, escaped.
    public mutating func appendInterpolation(_ text: String) {
      markup += HTMLLabel.escape(text)
    }

    /// Appends the description of `value`, escaped.
    public mutating func appendInterpolation<Value: CustomStringConvertible>(
      _ value: Value
    ) {
      markup += HTMLLabel.escape(value.description)
    }

    /// Appends the markup of another label unchanged.
    public mutating func appendInterpolation(_ label: HTMLLabel) {
      markup += label.markup
    }

    /// Appends trusted markup unchanged.
    public mutating func appendInterpolation(raw markup: String) {
      self.markup += markup
    }
  }
}

extension HTMLLabel: CustomStringConvertible {
  /// The markup.
  public var description: String { markup }
}

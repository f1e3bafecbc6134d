import ActorGraph
import GraphvizKit

/// How a diagram is laid out and fitted to its picture: the layout engine, the picture's size in
/// pixels, the aspect the layout is stretched to, the resolution, and the smallest text a build
/// makes the drawing reach.
///
/// `render` flags and view-file keys make it through one parser, ``parse(_:)``, as they make a
/// ``Selection`` through the domain's: a value is checked once, where it is read, and the styler
/// receives types, never text to parse again.
public struct DiagramLayout: Sendable, Hashable {
  /// The Graphviz engine that lays the diagram out.
  public var engine: LayoutEngine = .dot
  /// The picture's size in pixels: the drawing is scaled, up or down, until it fits (Graphviz
  /// `size` with `!`, in inches at ``dpi``).
  public var size: Readability.Target?
  /// The shape the layout below the title and legend is stretched to (Graphviz `ratio`); the text
  /// is not stretched, so a slide is filled instead of letterboxed.
  public var aspect: AspectRatio?
  /// Pixels per inch of PNG output (Graphviz's 96 when unset). Graphviz scales the size an SVG
  /// declares by the same factor (the drawing stays vector).
  public var dpi: Int?
  /// The smallest text, in pixels at the view's picture, that a build makes the diagram reach by
  /// enlarging its text (view files' `min_text:`); drawing alone does not use it.
  public var minText: Double?

  /// The default layout: dot, no size, aspect or dpi of its own.
  public init(engine: LayoutEngine = .dot) { self.engine = engine }

  /// The engines ``parse(_:)`` accepts: GraphvizKit's list.
  public static let engines = LayoutEngine.all
  /// The dots per inch ``dpi`` may be.
  public static let dpiRange = 36...1200
  /// The text heights, in pixels, ``minText`` may be.
  public static let minTextRange = 1.0...200.0

  /// A key of the layout, named as view files write it (`min_text`); ``flag`` is the command line's.
  public enum Field: String, Sendable, Hashable, CaseIterable {
    /// ``DiagramLayout/engine``.
    case engine
    /// ``DiagramLayout/size``.
    case size
    /// ``DiagramLayout/aspect``.
    case aspect
    /// ``DiagramLayout/dpi``.
    case dpi
    /// ``DiagramLayout/minText``.
    case minText = "min_text"

    /// The command line's option for the key: `--min-text`.
    public var flag: String { "--" + rawValue.replacingOccurrences(of: "_", with: "-") }
  }

  /// A value of the layout that cannot be understood: which key, what is wrong, what would be right.
  public struct Problem: Error, Sendable, Hashable, CustomStringConvertible {
    /// The key at fault.
    public var field: Field
    /// A short code for the kind of problem (`unknown-engine`, `bad-value`, `bad-number`).
    public var code: String
    /// What is wrong, after the key's name: `'16/9' is not an aspect`.
    public var detail: String
    /// What would be right.
    public var hint: String

    /// What is wrong, naming the key with `name` (a flag on the command line, a key in a view file).
    public func message(naming name: (Field) -> String) -> String { name(field) + " " + detail }

    /// The message and the hint as the command line says them:
    /// `--aspect '16/9' is not an aspect; use W:H (e.g. 16:9), slide, a4 or a4-portrait`.
    public var description: String { message(naming: \.flag) + "; " + hint }
  }

  /// The one parser of layouts: each key's value as written, checked and made into a layout.
  ///
  /// - Returns: the layout made of every value that could be understood (a key with a problem
  ///   keeps its default), and a problem for each that could not, in key order.
  /// - Complexity: O(k) for k keys given, plus the engine suggestion's O(e · n) for an unknown
  ///   engine name of length n.
  public static func parse(_ text: [Field: String]) -> (layout: DiagramLayout, problems: [Problem]) {
    var layout = DiagramLayout()
    var problems: [Problem] = []
    func problem(_ field: Field, _ code: String, _ detail: String, _ hint: String) {
      problems.append(Problem(field: field, code: code, detail: detail, hint: hint))
    }
    if let v = text[.engine] {
      if let engine = engines.first(where: { $0.rawValue == v }) {
        layout.engine = engine
      } else {
        problem(.engine, "unknown-engine", "'\(v)' is not a layout engine", Suggest.hint(v, engines.map(\.rawValue)))
      }
    }
    if let v = text[.size] {
      if let size = Readability.Target(parsing: v) {
        layout.size = size
      } else {
        problem(.size, "bad-value", "'\(v)' is not a size in pixels", "use WIDTHxHEIGHT, e.g. 1920x1080")
      }
    }
    if let v = text[.aspect] {
      if let aspect = AspectRatio(parsing: v) {
        layout.aspect = aspect
      } else {
        problem(.aspect, "bad-value", "'\(v)' is not an aspect", "use W:H (e.g. 16:9), slide, a4 or a4-portrait")
      }
    }
    if let v = text[.dpi] {
      if let dpi = Int(v), dpiRange.contains(dpi) {
        layout.dpi = dpi
      } else {
        problem(
          .dpi, "bad-number", "'\(v)' is not a whole number from \(dpiRange.lowerBound) to \(dpiRange.upperBound)",
          "pixels per inch of PNG output, e.g. 150")
      }
    }
    if let v = text[.minText] {
      if let height = Double(v), minTextRange.contains(height) {
        layout.minText = height
      } else {
        problem(
          .minText, "bad-number",
          "'\(v)' is not a text height from \(Int(minTextRange.lowerBound)) to \(Int(minTextRange.upperBound)) pixels",
          "e.g. 10")
      }
    }
    return (layout, problems)
  }

  /// The layout `text` makes, or its first problem: ``parse(_:)`` for a caller that stops at the
  /// first mistake.
  ///
  /// - Complexity: as ``parse(_:)``.
  public static func parsing(_ text: [Field: String]) throws(Problem) -> DiagramLayout {
    let parsed = parse(text)
    if let first = parsed.problems.first { throw first }
    return parsed.layout
  }
}

/// The shape a layout is stretched to, as its height over its width.
public struct AspectRatio: Sendable, Hashable, CustomStringConvertible {
  /// Height divided by width: 16:9 is 0.5625, a portrait page more than 1.
  public let heightPerWidth: Double
  /// The ratio as written, lower-cased (`16:9`, `slide`).
  public let description: String

  /// A 16:9 slide.
  public static let slide = AspectRatio(heightPerWidth: 9.0 / 16.0, description: "slide")

  private init(heightPerWidth: Double, description: String) {
    self.heightPerWidth = heightPerWidth
    self.description = description
  }

  /// Parses `W:H` (`16:9`, each side positive and neither more than 20 times the other), `slide`
  /// (16:9), `a4` or `a4-landscape`, and `a4-portrait`.
  ///
  /// - Returns: `nil` when the text is none of these.
  public init?(parsing text: String) {
    let name = text.lowercased()
    switch name {
    case "slide": self = .slide
    case "a4", "a4-landscape": self.init(heightPerWidth: 210.0 / 297.0, description: name)
    case "a4-portrait": self.init(heightPerWidth: 297.0 / 210.0, description: name)
    default:
      let parts = name.split(separator: ":")
      guard parts.count == 2, let w = Double(parts[0]), let h = Double(parts[1]), w > 0, h > 0, w / h <= 20, h / w <= 20 else {
        return nil
      }
      self.init(heightPerWidth: h / w, description: name)
    }
  }
}

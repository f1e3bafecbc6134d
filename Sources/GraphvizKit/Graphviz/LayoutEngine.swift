/// A Graphviz layout engine, by name.
///
/// The static members are the engines actorgraph uses. Any other name can be
/// passed with ``init(rawValue:)`` (e.g. from a command-line option); an
/// engine Graphviz does not know makes ``GraphvizRenderer`` throw
/// ``GraphvizError/unknownEngine(_:available:)``.
public struct LayoutEngine: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
  /// The engine's Graphviz name, e.g. `"dot"`.
  public var rawValue: String

  /// Creates an engine from its Graphviz name.
  public init(rawValue: String) {
    self.rawValue = rawValue
  }

  /// Hierarchical layouts of directed graphs; the only engine that honours
  /// `rankdir`, `rank` and clusters fully.
  public static let dot = LayoutEngine(rawValue: "dot")
  /// Spring model (stress majorization), for undirected graphs up to a few
  /// hundred nodes.
  public static let neato = LayoutEngine(rawValue: "neato")
  /// Force-directed placement; draws clusters.
  public static let fdp = LayoutEngine(rawValue: "fdp")
  /// Multiscale force-directed placement, for large graphs.
  public static let sfdp = LayoutEngine(rawValue: "sfdp")
  /// Circular layout.
  public static let circo = LayoutEngine(rawValue: "circo")
  /// Radial layout around a root node.
  public static let twopi = LayoutEngine(rawValue: "twopi")

  /// The engines above.
  public static let all: [LayoutEngine] = [.dot, .neato, .fdp, .sfdp, .circo, .twopi]

  /// The engine's name.
  public var description: String { rawValue }
}

/// A Graphviz output format, by name.
///
/// Any other format name can be passed with ``init(rawValue:)``; one Graphviz
/// does not know makes ``GraphvizRenderer`` throw
/// ``GraphvizError/unknownFormat(_:available:)``.
public struct OutputFormat: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
  /// The format's Graphviz name, e.g. `"svg"`.
  public var rawValue: String

  /// Creates a format from its Graphviz name.
  public init(rawValue: String) {
    self.rawValue = rawValue
  }

  /// SVG (UTF-8 XML).
  public static let svg = OutputFormat(rawValue: "svg")
  /// PNG via cairo.
  public static let png = OutputFormat(rawValue: "png")
  /// PDF via cairo.
  public static let pdf = OutputFormat(rawValue: "pdf")
  /// Canonical DOT with the layout's positions (`pos`, `bb`…) added.
  public static let dot = OutputFormat(rawValue: "dot")
  /// JSON with layout and drawing information.
  public static let json = OutputFormat(rawValue: "json")
  /// Graphviz's simple line-based text format with positions.
  public static let plain = OutputFormat(rawValue: "plain")

  /// The formats above.
  public static let all: [OutputFormat] = [.svg, .png, .pdf, .dot, .json, .plain]

  /// Whether the output is text (SVG, DOT, JSON, plain) rather than binary.
  public var isText: Bool {
    [OutputFormat.svg, .dot, .json, .plain].contains(self)
  }

  /// The format's name.
  public var description: String { rawValue }
}

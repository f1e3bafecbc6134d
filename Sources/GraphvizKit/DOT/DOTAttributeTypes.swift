/// Node shapes (DOT attribute `shape`); raw values are the DOT spellings.
public enum DOTNodeShape: String, Sendable, Hashable, CaseIterable {
  /// Polygon shapes named as in Graphviz's shape gallery (graphviz.org/doc/info/shapes.html).
  case box, rect, rectangle, square, ellipse, oval, circle, point, egg
  /// Polygons; `inv…` is the shape upside down.
  case triangle, invtriangle, diamond, trapezium, invtrapezium
  /// Polygons with more sides.
  case parallelogram, house, invhouse, pentagon, hexagon, septagon, octagon
  /// Shapes drawn with two or three peripheries.
  case doublecircle, doubleoctagon, tripleoctagon
  /// Shapes with marked corners, spelled with a capital M in DOT.
  case mdiamond = "Mdiamond", msquare = "Msquare", mcircle = "Mcircle"
  /// Text-only shapes (`plaintext` keeps margins, `plain` none) and symbols.
  case plaintext, plain, none, underline, star, cylinder, note, tab, folder
  /// Shapes for software diagrams.
  case box3d, component
}

/// Drawing styles (DOT attribute `style`, a comma-separated list).
public enum DOTStyle: String, Sendable, Hashable, CaseIterable {
  /// Line styles for nodes and edges; `invis` draws nothing but keeps the layout.
  case solid, dashed, dotted, bold, invis
  /// Fill and outline styles for nodes and clusters (`tapered` for edges).
  case filled, rounded, diagonals, striped, wedged, radial, tapered
}

/// Arrowhead and arrowtail shapes (DOT attributes `arrowhead`, `arrowtail`).
public enum DOTArrowType: String, Sendable, Hashable, CaseIterable {
  /// Basic arrowheads; `o…` is the open variant, `inv…` the reversed one.
  case normal, inv, dot, invdot, odot, invodot, none, tee, empty, invempty
  /// More arrowheads, as in Graphviz's arrow gallery (graphviz.org/doc/info/arrows.html).
  case diamond, odiamond, ediamond, crow, box, obox, open, halfopen, vee
  /// Open and half (`l…` left, `r…` right) variants.
  case onormal, oinv, ovee, lnormal, rnormal
}

/// Which ends of an edge get arrows (DOT attribute `dir`).
public enum DOTEdgeDirection: String, Sendable, Hashable, CaseIterable {
  /// An arrow at the head, at the tail, at both ends, or none.
  case forward, back, both, none
}

/// The direction of rank flow in dot layouts (DOT attribute `rankdir`).
public enum DOTRankDirection: String, Sendable, Hashable, CaseIterable {
  /// Top to bottom (the default).
  case topToBottom = "TB"
  /// Left to right.
  case leftToRight = "LR"
  /// Bottom to top.
  case bottomToTop = "BT"
  /// Right to left.
  case rightToLeft = "RL"
}

/// Rank constraints on a subgraph's nodes (DOT attribute `rank`).
public enum DOTRankType: String, Sendable, Hashable, CaseIterable {
  /// `same` puts the nodes on one rank; `min`/`source` on the first (alone for `source`), `max`/`sink` on the last.
  case same, min, source, max, sink
}

/// How edges are drawn (DOT attribute `splines`).
public enum DOTSplines: String, Sendable, Hashable, CaseIterable {
  /// No edges, straight lines, polylines, curves, right angles, or splines around nodes (the default).
  case none, line, polyline, curved, ortho, spline
}

/// How node overlaps are removed by neato, fdp and sfdp (DOT attribute
/// `overlap`).
public enum DOTOverlap: String, Sendable, Hashable, CaseIterable {
  /// Keep overlaps.
  case keep = "true"
  /// Remove overlaps with the default method (Voronoi or prism).
  case remove = "false"
  /// Other removal methods, as in Graphviz's `overlap` documentation.
  case scale, prism, compress, vpsc, ortho
}

/// Vertical placement of a graph, cluster or node label (DOT `labelloc`).
public enum DOTLabelLocation: String, Sendable, Hashable, CaseIterable {
  /// At the top, the centre or the bottom.
  case top = "t", center = "c", bottom = "b"
}

/// Horizontal placement of a graph or cluster label (DOT `labeljust`).
public enum DOTLabelJustification: String, Sendable, Hashable, CaseIterable {
  /// At the left, the centre or the right.
  case left = "l", center = "c", right = "r"
}

/// A Graphviz colour: a name from the X11 scheme, or `#RRGGBB[AA]`.
///
///     node.fillcolor = "lightyellow"
///     node.color = .rgb(0x33, 0x66, 0x99)
public struct DOTColor: RawRepresentable, Sendable, Hashable,
  ExpressibleByStringLiteral
{
  /// The colour as DOT spells it.
  public var rawValue: String

  /// Creates a colour from its DOT spelling (a name or `#RRGGBB[AA]`).
  public init(rawValue: String) {
    self.rawValue = rawValue
  }

  /// Creates a colour from its DOT spelling.
  public init(stringLiteral value: String) {
    self.rawValue = value
  }

  /// An opaque RGB colour, written `#RRGGBB`.
  public static func rgb(_ red: UInt8, _ green: UInt8, _ blue: UInt8) -> DOTColor {
    DOTColor(rawValue: "#" + [red, green, blue].map(hex).joined())
  }

  /// An RGB colour with alpha, written `#RRGGBBAA`.
  public static func rgba(
    _ red: UInt8, _ green: UInt8, _ blue: UInt8, _ alpha: UInt8
  ) -> DOTColor {
    DOTColor(rawValue: "#" + [red, green, blue, alpha].map(hex).joined())
  }

  /// Black.
  public static let black: DOTColor = "black"
  /// White.
  public static let white: DOTColor = "white"
  /// Gray.
  public static let gray: DOTColor = "gray"
  /// Red.
  public static let red: DOTColor = "red"
  /// Transparent (for backgrounds).
  public static let transparent: DOTColor = "transparent"

  private static func hex(_ byte: UInt8) -> String {
    let digits = Array("0123456789ABCDEF")
    return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
  }
}

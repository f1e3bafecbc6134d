/// A set of DOT attributes: typed properties over a raw dictionary.
///
/// Each conforming type (``DOTGraphAttributes``, ``DOTNodeAttributes``,
/// ``DOTEdgeAttributes``) offers typed properties for the attributes that
/// apply to its kind of object. Anything else goes through ``values`` or
/// ``subscript(raw:)``, the escape hatch. ``DOTEncoder`` writes attributes
/// sorted by name, whatever the order they were set in.
public protocol DOTAttributeSet: Sendable, Hashable {
  /// All attributes by DOT name; the escape hatch for attributes without a
  /// typed property.
  var values: [String: DOTValue] { get set }
  /// An empty set.
  init()
}

extension DOTAttributeSet {
  /// The attribute with DOT name `name`, e.g. `attributes[raw: "sep"] = "+4"`.
  public subscript(raw name: String) -> DOTValue? {
    get { values[name] }
    set { values[name] = newValue }
  }

  /// `true` if no attribute is set.
  public var isEmpty: Bool { values.isEmpty }

  // MARK: Attributes common to graphs, clusters, nodes and edges

  /// The label (`label`): text, HTML-like markup or an `escString`.
  public var label: DOTValue? {
    get { values["label"] }
    set { values["label"] = newValue }
  }

  /// The tooltip in SVG and image-map output (`tooltip`).
  public var tooltip: String? {
    get { text("tooltip") }
    set { setText("tooltip", newValue) }
  }

  /// The `id` of the object's element in SVG output (`id`).
  public var svgID: String? {
    get { text("id") }
    set { setText("id", newValue) }
  }

  /// The `class` of the object's element in SVG output (`class`).
  public var svgClass: String? {
    get { text("class") }
    set { setText("class", newValue) }
  }

  /// A link target for SVG and image-map output (`URL`).
  public var url: String? {
    get { text("URL") }
    set { setText("URL", newValue) }
  }

  /// The pen colour (`color`).
  public var color: DOTColor? {
    get { typed("color") }
    set { setTyped("color", newValue) }
  }

  /// The font colour (`fontcolor`).
  public var fontcolor: DOTColor? {
    get { typed("fontcolor") }
    set { setTyped("fontcolor", newValue) }
  }

  /// The font family (`fontname`), e.g. `"Helvetica"`.
  public var fontname: String? {
    get { text("fontname") }
    set { setText("fontname", newValue) }
  }

  /// The font size in points (`fontsize`).
  public var fontsize: Double? {
    get { number("fontsize") }
    set { setNumber("fontsize", newValue) }
  }

  /// The pen width in points (`penwidth`).
  public var penwidth: Double? {
    get { number("penwidth") }
    set { setNumber("penwidth", newValue) }
  }

  /// Drawing styles (`style`), written comma-separated in the given order.
  public var style: [DOTStyle]? {
    get {
      text("style").map {
        $0.split(separator: ",").compactMap {
          DOTStyle(rawValue: $0.trimmingSpaces())
        }
      }
    }
    set { setText("style", newValue?.map(\.rawValue).joined(separator: ",")) }
  }

  // MARK: Helpers for conforming types

  func text(_ name: String) -> String? {
    values[name]?.textValue
  }

  mutating func setText(_ name: String, _ value: String?) {
    values[name] = value.map(DOTValue.text)
  }

  func typed<T: RawRepresentable<String>>(_ name: String) -> T? {
    text(name).flatMap(T.init(rawValue:))
  }

  mutating func setTyped<T: RawRepresentable<String>>(_ name: String, _ value: T?) {
    setText(name, value?.rawValue)
  }

  func number(_ name: String) -> Double? {
    text(name).flatMap(Double.init)
  }

  mutating func setNumber(_ name: String, _ value: Double?) {
    setText(name, value.map(DOTEncoder.format))
  }

  func bool(_ name: String) -> Bool? {
    text(name).map { ["true", "yes", "1"].contains($0.lowercased()) }
  }

  mutating func setBool(_ name: String, _ value: Bool?) {
    setText(name, value.map { $0 ? "true" : "false" })
  }
}

extension Substring {
  fileprivate func trimmingSpaces() -> String {
    String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
  }
}

/// Attributes of a graph, a cluster or a subgraph.
public struct DOTGraphAttributes: DOTAttributeSet {
  /// All attributes by DOT name.
  public var values: [String: DOTValue]

  /// An empty set.
  public init() {
    values = [:]
  }

  /// The direction of rank flow (`rankdir`, dot only).
  public var rankdir: DOTRankDirection? {
    get { typed("rankdir") }
    set { setTyped("rankdir", newValue) }
  }

  /// Whether dot ranks the whole graph at once, ignoring cluster boundaries
  /// (`newrank`). ``DOTEncoder`` sets it for graphs with clusters.
  public var newrank: Bool? {
    get { bool("newrank") }
    set { setBool("newrank", newValue) }
  }

  /// Whether edges may be clipped at cluster boundaries (`compound`), which
  /// `lhead`/`ltail` need.
  public var compound: Bool? {
    get { bool("compound") }
    set { setBool("compound", newValue) }
  }

  /// How edges are drawn (`splines`).
  public var splines: DOTSplines? {
    get { typed("splines") }
    set { setTyped("splines", newValue) }
  }

  /// How node overlaps are removed by neato, fdp and sfdp (`overlap`).
  public var overlap: DOTOverlap? {
    get { typed("overlap") }
    set { setTyped("overlap", newValue) }
  }

  /// Minimum space between nodes of one rank, in inches (`nodesep`).
  public var nodesep: Double? {
    get { number("nodesep") }
    set { setNumber("nodesep", newValue) }
  }

  /// Minimum space between ranks, in inches (`ranksep`).
  public var ranksep: Double? {
    get { number("ranksep") }
    set { setNumber("ranksep", newValue) }
  }

  /// The background colour (`bgcolor`).
  public var bgcolor: DOTColor? {
    get { typed("bgcolor") }
    set { setTyped("bgcolor", newValue) }
  }

  /// The fill colour of a cluster with style `filled` (`fillcolor`).
  public var fillcolor: DOTColor? {
    get { typed("fillcolor") }
    set { setTyped("fillcolor", newValue) }
  }

  /// Vertical placement of the label (`labelloc`).
  public var labelloc: DOTLabelLocation? {
    get { typed("labelloc") }
    set { setTyped("labelloc", newValue) }
  }

  /// Horizontal placement of the label (`labeljust`).
  public var labeljust: DOTLabelJustification? {
    get { typed("labeljust") }
    set { setTyped("labeljust", newValue) }
  }

  /// Rank constraint on a subgraph's nodes (`rank`).
  public var rank: DOTRankType? {
    get { typed("rank") }
    set { setTyped("rank", newValue) }
  }

  /// Whether parallel edges are merged (`concentrate`).
  public var concentrate: Bool? {
    get { bool("concentrate") }
    set { setBool("concentrate", newValue) }
  }

  /// Whether `xlabel`s are placed even if they overlap (`forcelabels`).
  public var forcelabels: Bool? {
    get { bool("forcelabels") }
    set { setBool("forcelabels", newValue) }
  }

  /// Space around the drawing, in inches (`pad`).
  public var pad: Double? {
    get { number("pad") }
    set { setNumber("pad", newValue) }
  }
}

/// Attributes of a node.
public struct DOTNodeAttributes: DOTAttributeSet {
  /// All attributes by DOT name.
  public var values: [String: DOTValue]

  /// An empty set.
  public init() {
    values = [:]
  }

  /// The shape (`shape`).
  public var shape: DOTNodeShape? {
    get { typed("shape") }
    set { setTyped("shape", newValue) }
  }

  /// The fill colour, used with style `filled` (`fillcolor`).
  public var fillcolor: DOTColor? {
    get { typed("fillcolor") }
    set { setTyped("fillcolor", newValue) }
  }

  /// Minimum width in inches (`width`).
  public var width: Double? {
    get { number("width") }
    set { setNumber("width", newValue) }
  }

  /// Minimum height in inches (`height`).
  public var height: Double? {
    get { number("height") }
    set { setNumber("height", newValue) }
  }

  /// Whether `width` and `height` are exact rather than minimums
  /// (`fixedsize`).
  public var fixedsize: Bool? {
    get { bool("fixedsize") }
    set { setBool("fixedsize", newValue) }
  }

  /// The number of outlines (`peripheries`).
  public var peripheries: Int? {
    get { number("peripheries").map { Int($0) } }
    set { setNumber("peripheries", newValue.map(Double.init)) }
  }

  /// An external label, placed outside the node (`xlabel`).
  public var xlabel: DOTValue? {
    get { values["xlabel"] }
    set { values["xlabel"] = newValue }
  }

  /// Nodes of one group are kept straight in dot layouts (`group`).
  public var group: String? {
    get { text("group") }
    set { setText("group", newValue) }
  }
}

/// Attributes of an edge.
public struct DOTEdgeAttributes: DOTAttributeSet {
  /// All attributes by DOT name.
  public var values: [String: DOTValue]

  /// An empty set.
  public init() {
    values = [:]
  }

  /// The arrow at the head (`arrowhead`).
  public var arrowhead: DOTArrowType? {
    get { typed("arrowhead") }
    set { setTyped("arrowhead", newValue) }
  }

  /// The arrow at the tail (`arrowtail`), drawn with `dir` `back` or `both`.
  public var arrowtail: DOTArrowType? {
    get { typed("arrowtail") }
    set { setTyped("arrowtail", newValue) }
  }

  /// Which ends get arrows (`dir`).
  public var dir: DOTEdgeDirection? {
    get { typed("dir") }
    set { setTyped("dir", newValue) }
  }

  /// Scale of the arrowheads (`arrowsize`).
  public var arrowsize: Double? {
    get { number("arrowsize") }
    set { setNumber("arrowsize", newValue) }
  }

  /// An external label, placed after layout (`xlabel`). ``DOTEncoder`` moves
  /// ``label`` here for graphs with clusters.
  public var xlabel: DOTValue? {
    get { values["xlabel"] }
    set { values["xlabel"] = newValue }
  }

  /// A label near the head (`headlabel`).
  public var headlabel: DOTValue? {
    get { values["headlabel"] }
    set { values["headlabel"] = newValue }
  }

  /// A label near the tail (`taillabel`).
  public var taillabel: DOTValue? {
    get { values["taillabel"] }
    set { values["taillabel"] = newValue }
  }

  /// The tooltip of the edge label (`labeltooltip`).
  public var labeltooltip: String? {
    get { text("labeltooltip") }
    set { setText("labeltooltip", newValue) }
  }

  /// Whether the edge takes part in ranking (`constraint`, dot only).
  public var constraint: Bool? {
    get { bool("constraint") }
    set { setBool("constraint", newValue) }
  }

  /// How strongly the edge is kept short and straight (`weight`).
  public var weight: Double? {
    get { number("weight") }
    set { setNumber("weight", newValue) }
  }

  /// Minimum rank difference between head and tail (`minlen`, dot only).
  public var minlen: Int? {
    get { number("minlen").map { Int($0) } }
    set { setNumber("minlen", newValue.map(Double.init)) }
  }

  /// Clip the edge at the boundary of this cluster at the head (`lhead`;
  /// the cluster's DOT name, see ``DOTSubgraph/dotName``; needs `compound`).
  public var lhead: String? {
    get { text("lhead") }
    set { setText("lhead", newValue) }
  }

  /// Clip the edge at the boundary of this cluster at the tail (`ltail`).
  public var ltail: String? {
    get { text("ltail") }
    set { setText("ltail", newValue) }
  }
}

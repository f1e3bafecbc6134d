import ActorGraph
import ActorGraphDiagrams
import Foundation
import GraphvizKit

/// A briefing page: one self-contained HTML file that lets a reader without the tool explore a
/// selection and its sources.
///
/// The selection is laid out once by libgvc (the whole record of the selection, so positions
/// stay put while the reader moves through time), and the page embeds that SVG with a data
/// island: every relation with its evidence, every actor's profile, the sources, and for each
/// date the slider offers, which relations the domain's snapshot rule (``TimeScope``) keeps then.
/// The page's script only looks those answers up; it never decides what a snapshot holds, so the
/// slider agrees with `--as-of` by construction.
///
/// The bytes depend only on the dataset, the spec and the tool version: no time stamps, sorted
/// keys, relations and actors in id order.
public struct BriefingPage {
  /// Bumped whenever the page's markup, script or data island changes shape: a view build then
  /// regenerates every committed page.
  public static let version = "actorgraph-briefing-1"

  /// The data the page shows.
  public var dataset: Dataset
  /// The selection and the drawing. Its date (`asOf`) is where the slider starts; its
  /// `wholeRecord` starts the page on the whole record. The layout always covers the whole record
  /// of the selection (within `window`, if any).
  public var spec: DiagramSpec
  /// The tool's version, stated on the page ("made by actorgraph 0.1.0").
  public var toolVersion: String
  /// Extra words for the selection line, for what the spec does not carry (e.g. `--sources d3`).
  public var selectionNotes: [String]

  /// A page for `spec` drawn from `dataset`; nothing is laid out until the page is made.
  public init(dataset: Dataset, spec: DiagramSpec, toolVersion: String, selectionNotes: [String] = []) {
    self.dataset = dataset
    self.spec = spec
    self.toolVersion = toolVersion
    self.selectionNotes = selectionNotes
  }

  /// What the page is made of before layout: the DOT source and the data island. Both are cheap
  /// and deterministic, so a build can hash them to decide whether the page is stale.
  public struct Prepared: Sendable {
    /// The DOT source libgvc lays out.
    public var dot: String
    /// The engine that lays it out.
    public var engine: LayoutEngine
    /// The data island, as JSON (sorted keys; `<`, `>` and `&` escaped so it cannot end its script element).
    public var data: String
    /// The island, as values (for tests and library users).
    public var island: Island
    /// The page's title.
    public var title: String
    /// The stated selection, dataset and version, as the header shows them.
    public var caption: String

    /// Everything that decides the page's bytes, for content hashing.
    /// The stylesheet and script are in it, so editing them rebuilds committed pages; a change to
    /// the markup bumps ``BriefingPage/version``.
    public var fingerprint: String {
      "\(BriefingPage.version)\n\(engine)\n\(dot)\n\(data)\n\(title)\n\(caption)\n\(BriefingHTML.css)\n\(BriefingHTML.script)"
    }
  }

  /// The spec the page lays out: the selection's whole record (within its window) with one line
  /// per relation type, so the type and attribution filters hide whole lines.
  var layoutSpec: DiagramSpec {
    var s = spec
    s.selection.asOf = nil
    s.selection.wholeRecord = true
    s.selection.diff = nil
    s.separate = true
    return s
  }

  /// The DOT source and the data island.
  ///
  /// - Throws: ``DiagramError`` when the selection cannot be drawn (unknown actor, too large for the engine).
  /// - Complexity: O(d·r) for d slider dates and r relations on the page, plus the styling.
  public func prepare() throws -> Prepared {
    let layout = layoutSpec
    let styled = try DiagramStyler(dataset: dataset, spec: layout).buildTracingRelations()
    let dot = DOTEncoder().encode(styled.graph)
    let island = Island(
      dataset: dataset, spec: spec, relationsByLine: styled.relationsByLine,
      drawnActors: BriefingPage.actorElements(in: styled.graph), toolVersion: toolVersion, notes: selectionNotes)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let json = String(decoding: try encoder.encode(island), as: UTF8.self)
    return Prepared(
      dot: dot, engine: layout.layout.engine, data: BriefingHTML.scriptSafe(json), island: island, title: island.title,
      caption: island.caption)
  }

  /// The page's bytes: the prepared page laid out by libgvc and assembled.
  ///
  /// - Throws: ``DiagramError`` or the renderer's error when Graphviz cannot lay it out.
  public func render() throws -> [UInt8] {
    try BriefingPage.assemble(try prepare())
  }

  /// Whether a view output names a briefing page: a path ending in `.html`.
  public static func isPageOutput(_ path: String) -> Bool { path.lowercased().hasSuffix(".html") }

  /// Lays out a prepared page and writes its HTML.
  public static func assemble(_ prepared: Prepared) throws -> [UInt8] {
    let svg = try DiagramRenderer.render(source: prepared.dot, engine: prepared.engine, format: .svg)
    return Array(BriefingHTML.page(prepared, svg: BriefingHTML.inlineSVG(svg)).utf8)
  }

  /// The actors a graph draws (its nodes named `actor:ID`), each with the SVG element that shows
  /// it: its node, or for an umbrella drawn around its members, its cluster (whose anchor node is
  /// invisible).
  static func actorElements(in graph: DOTGraph) -> [String: String] {
    var out: [String: String] = [:]
    var clusters: [String: String] = [:]
    func visit(_ nodes: [DOTNode], _ subgraphs: [DOTSubgraph]) {
      for n in nodes where n.id.hasPrefix("actor:") { out[String(n.id.dropFirst(6))] = n.attributes.svgID }
      for s in subgraphs {
        if s.isCluster, let id = s.attributes.svgID, id.hasPrefix("umbrella-") { clusters[String(id.dropFirst(9))] = id }
        visit(s.nodes, s.subgraphs)
      }
    }
    visit(graph.nodes, graph.subgraphs)
    for (actor, cluster) in clusters where out[actor] != nil { out[actor] = cluster }
    return out
  }
}

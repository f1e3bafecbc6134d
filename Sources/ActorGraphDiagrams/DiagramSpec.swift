import ActorGraph
import GraphAnalytics
import GraphvizKit

/// What a diagram shows and how: the selection (the same filters as the queries) and the style.
///
/// The same spec comes from `actorgraph render` flags and from view files, so a query's answer
/// and a committed diagram are drawn the same way.
public struct DiagramSpec: Sendable, Hashable, Codable {
  /// Relation types to draw; `nil` draws every type.
  public var types: [RelationType]?
  /// Only what held on this date (see ``RelationFilter/asOf``).
  public var asOf: String?
  /// Only what overlaps this period `FROM..TO`.
  public var window: String?
  /// How far back from the snapshot date events count (`1y` by default, `all`); see ``TimeScope/Recent``.
  public var recent: String?
  /// Draw the whole record instead of the snapshot at the data's present (the default without
  /// `asOf` or `window`).
  public var wholeRecord: Bool?
  public var minAttribution: Attribution?
  /// Only relations at least this sure (see ``Confidence``).
  public var minConfidence: Confidence?
  /// Only relations at exactly these attribution levels.
  public var attributions: [Attribution]?
  /// Leave out planned and potential relations.
  public var onlyActual: Bool
  /// Centre the diagram on these actors (ids, names or aliases)…
  public var focus: [String]
  /// …and the actors within this many hops of them.
  public var depth: Int
  /// Which way the focus neighbourhood extends: `out` (whom the focus acts on), `in`, or `both`.
  public var direction: String
  /// Draw a path between two actors (shortest, following relation direction unless `undirected`).
  public var path: [String]?
  public var undirected: Bool
  /// Draw only the highlighted part (focus or path), instead of highlighting it against the faded rest.
  public var alone: Bool
  /// Draw the attacks on this actor's footprint (itself, its parts, its sites and forces), with the
  /// links that tie each target to it: "who is held responsible, by attribution".
  public var attacksOn: String?
  /// With `attacksOn`: only attacks in this place (an actor, or text matched against the event's place).
  public var attacksIn: String?
  /// Draw what changed between two dates `[from, to]`: relations that appeared are marked new,
  /// relations that ended are drawn faded and marked ended, events in between are new.
  public var diff: [String]?
  /// Extra actors to highlight.
  public var highlight: [String]
  /// Scale nodes by this centrality measure (degree, betweenness, pagerank…).
  public var sizeBy: String?
  /// Layout engine: dot, neato, fdp, sfdp, circo, twopi.
  public var engine: String
  public var title: String?
  public var legend: Bool
  /// Draw umbrella groups as clusters around their members.
  public var clusters: Bool
  /// Draw each relation type between two actors as its own line, instead of one line per pair
  /// and direction carrying all of them: for a view whose point is the difference between them.
  public var separate: Bool = false
  /// Draw each umbrella group as one node standing for its members (with their count).
  public var collapseUmbrellas: Bool = false
  /// Keep only this many actors, the most central by `rankBy` (after collapsing).
  public var top: Int?
  /// The centrality that ranks actors for `top`.
  public var rankBy: String = "pagerank"
  /// Colour the blocs of structural balance (``BalanceBlocs``, decided in the domain) and draw
  /// the frustrated ties in a style of their own; `nil` draws no balance.
  public var balance: BalanceBlocs.Partition? = nil
  /// With `balance`, in dot: the blocs are placed left to right in the order of the blocs of these
  /// actors (ids or names), the rest after them in letter order; empty places them in letter order.
  /// The domain decides who is in which bloc; this only orders them on the page.
  public var campOrder: [String] = []
  /// Draw each line's weight by the confidence of its surest relation (``Confidence``, derived in
  /// the domain from attribution, source grades and corroboration): thick high, thin very low.
  public var drawConfidence: Bool = false
  /// Keep only what these sources say (ids; and the reports they relay), as `--sources` does.
  public var sources: [String]? = nil
  /// Drop what these sources say (ids; and the reports they relay), as `--exclude-sources` does.
  public var excludeSources: [String]? = nil
  /// The picture's size in pixels, `WIDTHxHEIGHT` (e.g. `1920x1080`): the drawing is scaled, up or
  /// down, until it fits (Graphviz `size` with `!`, in inches at ``dpi``).
  public var size: String? = nil
  /// The drawing's aspect ratio, `W:H` (`16:9`) or `slide`, `a4`, `a4-portrait`: the layout below
  /// the title and legend is stretched to it (Graphviz `ratio`), the text is not, so a slide is
  /// filled instead of letterboxed.
  public var aspect: String? = nil
  /// Pixels per inch of PNG output (Graphviz's 96 when unset). Graphviz scales the size an SVG
  /// declares by the same factor (the drawing stays vector).
  public var dpi: Int? = nil
  /// Every text size (and the legend's samples) multiplied by this: how the build honours a view's
  /// minimum text size (`min_text:`) when the drawing must shrink to fit its picture.
  public var fontScale: Double = 1

  public init(
    types: [RelationType]? = nil, asOf: String? = nil, window: String? = nil, minAttribution: Attribution? = nil,
    attributions: [Attribution]? = nil, onlyActual: Bool = false,
    focus: [String] = [], depth: Int = 1, direction: String = "both", path: [String]? = nil, undirected: Bool = false, alone: Bool = false,
    attacksOn: String? = nil, attacksIn: String? = nil, diff: [String]? = nil, highlight: [String] = [], sizeBy: String? = nil,
    engine: String = "dot", title: String? = nil, legend: Bool = true,
    clusters: Bool = true
  ) {
    self.types = types
    self.asOf = asOf
    self.window = window
    self.minAttribution = minAttribution
    self.attributions = attributions
    self.onlyActual = onlyActual
    self.focus = focus
    self.depth = depth
    self.direction = direction
    self.path = path
    self.undirected = undirected
    self.alone = alone
    self.attacksOn = attacksOn
    self.attacksIn = attacksIn
    self.diff = diff
    self.highlight = highlight
    self.sizeBy = sizeBy
    self.engine = engine
    self.title = title
    self.legend = legend
    self.clusters = clusters
  }

  /// The relation filter this spec selects with.
  public var filter: RelationFilter {
    var f = RelationFilter()
    f.types = types.map(Set.init)
    f.asOf = asOf.flatMap { FuzzyDate(parsing: $0) }
    f.window = window.flatMap { FuzzyDate(parsing: $0) }
    if let r = recent.flatMap({ TimeScope.Recent(parsing: $0) }) { f.recent = r }
    f.minAttribution = minAttribution
    f.minConfidence = minConfidence
    f.attributions = attributions.map(Set.init)
    f.includeUnrealised = !onlyActual
    return f
  }

  /// The filter for `dataset`: without a date, the snapshot at the data's present (the one rule
  /// of ``TimeScope``), unless the spec asks for the whole record or draws a diff.
  public func filter(for dataset: Dataset) -> RelationFilter {
    var f = filter
    if wholeRecord != true && diff == nil { f.time = f.time.defaultingToPresent(of: dataset) }
    return f
  }

  /// The dataset as this spec's source filter leaves it (``Dataset/restrictingSources(keep:exclude:)``):
  /// relations left with no citation go, the others keep their confidence recomputed from what is
  /// left. Applying it twice gives the same dataset.
  ///
  /// - Complexity: O(r · c · d) when a source filter is set, O(1) otherwise.
  public func selectingSources(_ dataset: Dataset) -> Dataset {
    guard sources != nil || excludeSources != nil else { return dataset }
    return dataset.restrictingSources(keep: sources.map(Set.init), exclude: Set(excludeSources ?? []))
  }

  /// Source ids the spec names that `dataset` does not have.
  public func unknownSources(in dataset: Dataset) -> [String] {
    let known = Set(dataset.sources.map(\.id))
    return ((sources ?? []) + (excludeSources ?? [])).filter { !known.contains($0) }
  }

  /// The height-to-width ratio an aspect names (`16:9` → 0.5625), or `nil` if it is not one.
  public static func aspectRatio(_ text: String) -> Double? {
    switch text.lowercased() {
    case "slide": return 9.0 / 16.0
    case "a4", "a4-landscape": return 210.0 / 297.0
    case "a4-portrait": return 297.0 / 210.0
    default:
      let parts = text.split(separator: ":")
      guard parts.count == 2, let w = Double(parts[0]), let h = Double(parts[1]), w > 0, h > 0, w / h <= 20, h / w <= 20 else {
        return nil
      }
      return h / w
    }
  }

  /// The dots per inch `dpi` accepts.
  public static let dpiRange = 36...1200

  /// Layout engines the renderer offers.
  public static let engines = ["dot", "neato", "fdp", "sfdp", "circo", "twopi"]
  /// Measures `sizeBy` accepts.
  public static let measures = CentralityMeasure.allCases.map(\.rawValue)
}

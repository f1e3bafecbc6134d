import ActorGraph
import GraphAnalytics
import GraphvizKit

/// What a diagram shows and how: the ``Selection`` (the same one the queries use, made by the
/// same parser) and the style.
///
/// The same spec comes from `actorgraph render` flags and from view files, so a query's answer
/// and a committed diagram are drawn the same way.
public struct DiagramSpec: Sendable, Hashable {
  /// What the diagram shows: relations, focus, path, diff, attacks, highlights, sizes.
  public var selection: Selection
  /// Draw only the highlighted part (focus or path), instead of highlighting it against the faded rest.
  public var alone: Bool = false
  /// How it is laid out and fitted to its picture: engine, size, aspect, dpi (typed, parsed once
  /// by ``DiagramLayout/parse(_:)``).
  public var layout: DiagramLayout
  /// The title drawn above the diagram; `nil` takes the default (``DiagramStyler/defaultTitle``).
  public var title: String?
  /// Draw a legend of what the diagram uses.
  public var legend: Bool
  /// Draw umbrella groups as clusters around their members.
  public var clusters: Bool
  /// Draw each relation type between two actors as its own line, instead of one line per pair
  /// and direction carrying all of them: for a view whose point is the difference between them.
  public var separate: Bool = false
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
  /// Every text size (and the legend's samples) multiplied by this: how the build honours a view's
  /// minimum text size (`min_text:`) when the drawing must shrink to fit its picture.
  public var fontScale: Double = 1

  /// A spec drawing `selection` with this layout, title, legend and clusters; the other style
  /// fields keep their defaults.
  public init(
    _ selection: Selection = Selection(), layout: DiagramLayout = DiagramLayout(), title: String? = nil, legend: Bool = true,
    clusters: Bool = true
  ) {
    self.selection = selection
    self.layout = layout
    self.title = title
    self.legend = legend
    self.clusters = clusters
  }

  /// The relation filter of the selection, without the default date.
  public var filter: RelationFilter { selection.filter }

  /// The filter for `dataset` (``Selection/filter(for:)``).
  ///
  /// - Complexity: as ``Selection/filter(for:)``.
  public func filter(for dataset: Dataset) -> RelationFilter { selection.filter(for: dataset) }

  /// The dataset as the selection's source filter leaves it (``Selection/selectingSources(_:)``).
  ///
  /// - Complexity: O(r · c · d) when a source filter is set, O(1) otherwise.
  public func selectingSources(_ dataset: Dataset) -> Dataset { selection.selectingSources(dataset) }

  /// Source ids the selection names that `dataset` does not have.
  ///
  /// - Complexity: O(s + k) for s sources in the dataset and k ids named.
  public func unknownSources(in dataset: Dataset) -> [String] { selection.unknownSources(in: dataset) }

  /// The centrality measures, by name (for `--size-by`, `--rank-by` and their view keys).
  public static let measures = CentralityMeasure.allCases.map(\.rawValue)
}

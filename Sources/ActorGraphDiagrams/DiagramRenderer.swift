import ActorGraph
import GraphvizKit

/// Builds and renders diagrams: the one entry point the CLI and the build use.
public enum DiagramRenderer {
  /// Bumped whenever a change to the builder or styles changes the pictures: the build then
  /// regenerates every committed diagram.
  public static let version = "actorgraph-diagram-3/graphviz-2.42"

  /// The DOT source of a diagram (deterministic).
  public static func source(dataset: Dataset, spec: DiagramSpec) throws -> String {
    DOTEncoder().encode(try DiagramStyler(dataset: dataset, spec: spec).build())
  }

  /// Lays out and renders DOT source in a format (`dot`/`gv` return the source itself).
  public static func render(source: String, engine: LayoutEngine, format: DiagramFormat) throws -> [UInt8] {
    switch format {
    case .dot, .gv: return Array(source.utf8)
    default:
      let result = try GraphvizRenderer().render(
        dot: source, engine: engine, format: OutputFormat(rawValue: format.rawValue))
      return result.bytes
    }
  }

  /// A diagram of `dataset` as `spec` selects and styles it, laid out by its engine and rendered.
  ///
  /// - Throws: ``DiagramError`` when the selection cannot be drawn, or the renderer's error.
  public static func render(dataset: Dataset, spec: DiagramSpec, format: DiagramFormat) throws -> [UInt8] {
    try render(source: try source(dataset: dataset, spec: spec), engine: spec.layout.engine, format: format)
  }
}

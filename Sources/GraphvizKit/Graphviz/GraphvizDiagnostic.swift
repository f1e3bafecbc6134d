/// A message Graphviz reported while parsing, laying out or rendering.
///
/// Graphviz prints these to stderr by default; ``GraphvizRenderer`` captures
/// them instead, turns errors into ``GraphvizError`` and hands warnings back in
/// ``RenderResult/warnings``.
public struct GraphvizDiagnostic: Sendable, Hashable, CustomStringConvertible {
  /// How serious a message is.
  public enum Severity: String, Sendable, Hashable {
    /// Graphviz carried on, perhaps with a fallback (e.g. an unknown shape
    /// drawn as a box).
    case warning
    /// The step failed or its result cannot be trusted.
    case error
  }

  /// The step during which a message was reported.
  public enum Phase: String, Sendable, Hashable {
    /// Reading the DOT text.
    case parse
    /// Computing the layout.
    case layout
    /// Writing the output format.
    case render
  }

  /// How serious the message is.
  public var severity: Severity
  /// When it was reported.
  public var phase: Phase
  /// The message, without the `Error: `/`Warning: ` prefix and trailing
  /// newline; continuation lines are joined with newlines.
  public var message: String

  /// Creates a diagnostic.
  public init(severity: Severity, phase: Phase, message: String) {
    self.severity = severity
    self.phase = phase
    self.message = message
  }

  /// `"warning (layout): …"`.
  public var description: String {
    "\(severity.rawValue) (\(phase.rawValue)): \(message)"
  }
}

/// The output of one render, with the warnings Graphviz reported.
public struct RenderResult: Sendable, Hashable {
  /// The rendered bytes (SVG text, PNG, PDF…).
  public var bytes: [UInt8]
  /// Warnings from parsing, layout and rendering, in order. Empty for a clean
  /// render.
  public var warnings: [GraphvizDiagnostic]

  /// Creates a result.
  public init(bytes: [UInt8], warnings: [GraphvizDiagnostic] = []) {
    self.bytes = bytes
    self.warnings = warnings
  }

  /// The bytes as UTF-8 text, or `nil` if they are not valid UTF-8 (binary
  /// formats).
  public var text: String? {
    String(validating: bytes, as: UTF8.self)
  }
}

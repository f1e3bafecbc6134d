/// Keeps at most a fixed number of diagnostics of each kind and counts the rest, so hostile input
/// (a million-column header, a thousand cycles) gives bounded output: the first ones tell the story,
/// and "and K more" says how much was left out.
///
/// A kind is a severity plus a code (`error unknown-actor`). Diagnostics are kept in the order added.
///
/// ```swift
/// var cap = DiagnosticCap(perKind: 50)
/// for d in diagnostics { cap.add(d) }
/// for d in cap.kept { print(d) }
/// for line in cap.summaryLines { print(line) }   // "… and 950 more unknown-actor errors"
/// ```
public struct DiagnosticCap: Sendable, Equatable {
  /// How many diagnostics were left out, for one kind.
  public struct Omission: Sendable, Hashable, Codable {
    /// The severity of the kind.
    public var severity: Diagnostic.Severity
    /// The diagnostic code of the kind.
    public var code: String
    /// How many were left out.
    public var count: Int
  }

  /// The most diagnostics kept per kind.
  public let perKind: Int
  /// The diagnostics kept, in the order added.
  public private(set) var kept: [Diagnostic] = []
  private var counts: [Kind: Int] = [:]
  private var order: [Kind] = []

  private struct Kind: Hashable, Sendable {
    var severity: Diagnostic.Severity
    var code: String
  }

  /// The default for commands that print diagnostics.
  public static let defaultPerKind = 50

  /// A cap keeping at most `perKind` diagnostics of each kind (never fewer than 0).
  public init(perKind: Int = DiagnosticCap.defaultPerKind) { self.perKind = max(0, perKind) }

  /// The cap applied to `diagnostics`.
  public init(_ diagnostics: some Sequence<Diagnostic>, perKind: Int = DiagnosticCap.defaultPerKind) {
    self.init(perKind: perKind)
    for d in diagnostics { add(d) }
  }

  /// Adds a diagnostic; returns whether it was kept (false: only counted).
  @discardableResult
  public mutating func add(_ d: Diagnostic) -> Bool {
    let kind = Kind(severity: d.severity, code: d.code)
    let n = counts[kind, default: 0]
    if n == 0 { order.append(kind) }
    counts[kind] = n + 1
    guard n < perKind else { return false }
    kept.append(d)
    return true
  }

  /// Whether another diagnostic of this kind would be kept: lets a producer skip building costly
  /// messages (a "did you mean" search) for ones that would only be counted.
  public func wouldKeep(_ severity: Diagnostic.Severity, _ code: String) -> Bool {
    counts[Kind(severity: severity, code: code), default: 0] < perKind
  }

  /// The kinds with diagnostics left out, in the order their kind first appeared.
  public var omitted: [Omission] {
    order.compactMap { k in
      let n = counts[k, default: 0] - perKind
      return n > 0 ? Omission(severity: k.severity, code: k.code, count: n) : nil
    }
  }

  /// Every diagnostic added, kept or not, by severity.
  public func total(_ severity: Diagnostic.Severity) -> Int {
    counts.reduce(0) { $0 + ($1.key.severity == severity ? $1.value : 0) }
  }

  /// One line per kind with diagnostics left out: `… and 950 more unknown-actor errors`.
  public var summaryLines: [String] {
    omitted.map { "… and \($0.count) more \($0.code) \($0.severity.rawValue)\($0.count == 1 ? "" : "s") (not shown)" }
  }
}

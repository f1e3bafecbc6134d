/// An iterative measure did not converge within its iteration budget.
///
/// Thrown by ``CompactGraph/eigenvectorCentrality(normalized:tolerance:maxIterations:parallel:)``,
/// ``CompactGraph/pageRank(alpha:normalized:tolerance:maxIterations:parallel:)`` and
/// ``CompactGraph/katzCentrality(alpha:beta:normalized:tolerance:maxIterations:parallel:)``
/// (Katz diverges when `alpha` is at least 1/λ_max).
public struct ConvergenceError: Error, CustomStringConvertible, Sendable, Equatable {
  /// The measure that failed, e.g. `"katz"`.
  public let measure: String
  /// Iterations run before giving up.
  public let iterations: Int

  /// Creates the error.
  ///
  /// - Parameters:
  ///   - measure: The measure that failed.
  ///   - iterations: Iterations run before giving up.
  public init(measure: String, iterations: Int) {
    self.measure = measure
    self.iterations = iterations
  }

  /// A one-line explanation.
  public var description: String {
    "\(measure) did not converge within \(iterations) iterations"
  }
}

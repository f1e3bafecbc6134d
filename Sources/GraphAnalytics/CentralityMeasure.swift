/// A centrality measure chosen by name, for command-line front ends.
///
/// Raw values are the spellings a CLI accepts (`actorgraph centrality
/// --measure betweenness`). Each case runs the matching ``CompactGraph``
/// method with NetworkX's defaults.
public enum CentralityMeasure: String, Sendable, Hashable, CaseIterable {
  /// ``CompactGraph/degreeCentrality(normalized:)``.
  case degree
  /// ``CompactGraph/inDegreeCentrality(normalized:)``.
  case inDegree = "in-degree"
  /// ``CompactGraph/outDegreeCentrality(normalized:)``.
  case outDegree = "out-degree"
  /// ``CompactGraph/betweennessCentrality(normalized:sample:seed:parallel:progress:)``.
  case betweenness
  /// ``CompactGraph/closenessCentrality(normalized:wfImproved:parallel:progress:)``.
  case closeness
  /// ``CompactGraph/harmonicCentrality(normalized:parallel:progress:)``.
  case harmonic
  /// ``CompactGraph/eigenvectorCentrality(normalized:tolerance:maxIterations:parallel:)``.
  case eigenvector
  /// ``CompactGraph/pageRank(alpha:normalized:tolerance:maxIterations:parallel:)``.
  case pagerank
  /// ``CompactGraph/katzCentrality(alpha:beta:normalized:tolerance:maxIterations:parallel:)``.
  case katz

  /// Whether NetworkX's default value of this measure is normalised.
  ///
  /// `false` only for harmonic centrality, which NetworkX leaves raw.
  public var networkXDefaultNormalized: Bool { self != .harmonic }
}

extension CompactGraph {
  /// Computes `measure` with NetworkX's defaults unless told otherwise.
  ///
  /// - Parameters:
  ///   - measure: Which measure.
  ///   - normalized: `nil` for NetworkX's default (normalised for every
  ///     measure except harmonic); `true`/`false` to force either variant.
  ///   - sample: Pivot count for betweenness (`nil`: exact); ignored otherwise.
  ///   - seed: Pivot seed for betweenness.
  ///   - parallel: Thread options.
  ///   - progress: Progress callback for the path-based measures.
  /// - Returns: One value per vertex.
  /// - Throws: ``ConvergenceError`` from the iterative measures.
  /// - Complexity: That of the chosen measure.
  public func centrality(
    _ measure: CentralityMeasure, normalized: Bool? = nil, sample: Int? = nil,
    seed: UInt64 = 0, parallel: ParallelOptions = .init(), progress: ProgressHandler? = nil
  ) throws(ConvergenceError) -> [Double] {
    let norm = normalized ?? measure.networkXDefaultNormalized
    switch measure {
    case .degree: return degreeCentrality(normalized: norm)
    case .inDegree: return inDegreeCentrality(normalized: norm)
    case .outDegree: return outDegreeCentrality(normalized: norm)
    case .betweenness:
      return betweennessCentrality(
        normalized: norm, sample: sample, seed: seed, parallel: parallel, progress: progress)
    case .closeness:
      return closenessCentrality(normalized: norm, parallel: parallel, progress: progress)
    case .harmonic:
      return harmonicCentrality(normalized: norm, parallel: parallel, progress: progress)
    case .eigenvector: return try eigenvectorCentrality(normalized: norm, parallel: parallel)
    case .pagerank: return try pageRank(normalized: norm, parallel: parallel)
    case .katz: return try katzCentrality(normalized: norm, parallel: parallel)
    }
  }
}

// Harmonic centrality.
//
// References: M. Marchiori and V. Latora, "Harmony in the small-world",
// Physica A 285(3–4):539–546, 2000; P. Boldi and S. Vigna, "Axioms for
// centrality", Internet Mathematics 10(3–4):222–262, 2014.
//
// Normalisation: NetworkX 3.6 `harmonic_centrality` returns the raw sum
// H(v) = Σ_{u ≠ v} 1/d(u, v) (incoming distances on a DiGraph; unreachable
// pairs add 0). That is `normalized: false`, the default here.
// `normalized: true` divides by n − 1, giving values in [0, 1].

extension CompactGraph {
  /// Harmonic centrality of every vertex: the sum of reciprocal distances.
  ///
  /// `H(v) = Σ 1/d(u, v)` over the vertices `u ≠ v` that reach `v`. On a
  /// directed graph distances are *incoming*, as NetworkX's
  /// `harmonic_centrality` does on a `DiGraph`.
  ///
  /// Shares the 64-way bit-parallel search kernel of
  /// ``closenessCentrality(normalized:wfImproved:parallel:progress:)``.
  ///
  /// NetworkX does not normalise this measure, so the default
  /// `normalized: false` equals NetworkX; `normalized: true` divides by
  /// `n − 1`.
  ///
  /// - Parameters:
  ///   - normalized: Divide by `n − 1` (default `false`, NetworkX's value).
  ///   - parallel: Thread options; the result does not depend on them.
  ///   - progress: Called with `(vertices done, vertex count)`.
  /// - Returns: One value per vertex.
  /// - Complexity: O(*n* (*n* + *m*)) time in the worst case, usually far less
  ///   (one arc scan serves 64 searches); O(*n*) memory per thread.
  public func harmonicCentrality(
    normalized: Bool = false,
    parallel: ParallelOptions = .init(), progress: ProgressHandler? = nil
  ) -> [Double] {
    let n = vertexCount
    let h = incomingDistanceSums(parallel: parallel, progress: progress).harmonic
    guard normalized else { return h }
    guard n > 1 else { return h }
    let s = 1 / Double(n - 1)
    return h.map { $0 * s }
  }
}

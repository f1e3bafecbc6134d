// Katz centrality.
//
// Reference: L. Katz, "A new status index derived from sociometric
// analysis", Psychometrika 18(1):39–43, 1953.
//
// Computed as NetworkX 3.6 `katz_centrality` with its defaults: alpha = 0.1,
// beta = 1.0, iterating x ← alpha · Aᵀ x + beta from x = 0 (in-arcs on a
// directed graph: a vertex gains from the vertices pointing to it), stopping
// when the L1 change is below n · tolerance. `normalized: true` (default)
// scales the result to unit Euclidean norm; `normalized: false` returns the
// raw fixed point. The series diverges when alpha ≥ 1/λ_max; the iteration then
// runs out of budget and throws.

extension CompactGraph {
  /// Katz centrality of every vertex, as NetworkX 3.6 `katz_centrality`.
  ///
  /// Solves `x = alpha · Aᵀ x + beta` by fixed-point iteration: on a directed
  /// graph a vertex gains from the vertices pointing *to* it.
  ///
  /// - Parameters:
  ///   - alpha: Attenuation factor (NetworkX default 0.1); must be below
  ///     1/λ_max for the series to converge.
  ///   - beta: Constant added to every vertex (NetworkX default 1.0).
  ///   - normalized: Unit Euclidean norm (NetworkX default) or the raw values.
  ///   - tolerance: Stop when the L1 change is below `n × tolerance`.
  ///   - maxIterations: Iteration budget.
  /// - Returns: One value per vertex; empty for an empty graph.
  /// - Throws: ``ConvergenceError`` when the budget runs out or the values
  ///   overflow (alpha too large).
  /// - Complexity: O(*i* (*n* + *m*)) for *i* iterations.
  public func katzCentrality(
    alpha: Double = 0.1, beta: Double = 1.0, normalized: Bool = true,
    tolerance: Double = 1e-14, maxIterations: Int = 10_000
  ) throws(ConvergenceError) -> [Double] {
    let n = vertexCount
    if n == 0 { return [] }
    var x = [Double](repeating: 0, count: n)
    var y = [Double](repeating: 0, count: n)
    var iterations = 0
    var converged = false
    inOffsets.withUnsafeBufferPointer { off in
      inSources.withUnsafeBufferPointer { src in
        while iterations < maxIterations {
          iterations += 1
          var err = 0.0
          x.withUnsafeBufferPointer { xp in
            y.withUnsafeMutableBufferPointer { yp in
              for v in 0..<n {
                var s = 0.0
                for j in Int(off[v])..<Int(off[v + 1]) { s += xp[Int(src[j])] }
                let nv = alpha * s + beta
                err += abs(nv - xp[v])
                yp[v] = nv
              }
            }
          }
          swap(&x, &y)
          if !err.isFinite { return }
          if err < Double(n) * tolerance {
            converged = true
            return
          }
        }
      }
    }
    guard converged else {
      throw ConvergenceError(measure: "katz", iterations: iterations)
    }
    guard normalized else { return x }
    var sq = 0.0
    for v in x { sq += v * v }
    let norm = sq.squareRoot()
    let s = norm > 0 ? 1 / norm : 1
    return x.map { $0 * s }
  }
}

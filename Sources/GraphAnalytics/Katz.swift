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
  ///   - parallel: Thread options; graphs of 16k+ vertices are split into
  ///     fixed chunks, so the result does not depend on them.
  /// - Returns: One value per vertex; empty for an empty graph.
  /// - Throws: ``ConvergenceError`` when the budget runs out or the values
  ///   overflow (alpha too large).
  /// - Complexity: O(*i* (*n* + *m*)) for *i* iterations.
  public func katzCentrality(
    alpha: Double = 0.1, beta: Double = 1.0, normalized: Bool = true,
    tolerance: Double = 1e-14, maxIterations: Int = 10_000,
    parallel: ParallelOptions = .init()
  ) throws(ConvergenceError) -> [Double] {
    let n = vertexCount
    if n == 0 { return [] }
    var x = [Double](repeating: 0, count: n)
    var y = [Double](repeating: 0, count: n)
    let chunks = VertexChunks(n: n, threads: parallel.threads)
    var iterations = 0
    var converged = false
    inOffsets.withUnsafeBufferPointer { off in
      inSources.withUnsafeBufferPointer { src in
        x.withUnsafeMutableBufferPointer { xb in
          y.withUnsafeMutableBufferPointer { yb in
            var xp = xb.baseAddress.unsafelyUnwrapped
            var yp = yb.baseAddress.unsafelyUnwrapped
            while iterations < maxIterations {
              iterations += 1
              let (cur, nxt) = (xp, yp)
              let err = chunks.sum { r in
                var err = 0.0
                for v in r {
                  var s = 0.0
                  for j in Int(off[v])..<Int(off[v + 1]) { s += cur[Int(src[j])] }
                  let nv = alpha * s + beta
                  err += abs(nv - cur[v])
                  nxt[v] = nv
                }
                return err
              }
              swap(&xp, &yp)
              if !err.isFinite { return }
              if err < Double(n) * tolerance {
                converged = true
                // Leave the result in `x`.
                if xp != xb.baseAddress.unsafelyUnwrapped {
                  xb.baseAddress.unsafelyUnwrapped.update(from: xp, count: n)
                }
                return
              }
            }
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

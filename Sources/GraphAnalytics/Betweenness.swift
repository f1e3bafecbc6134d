// Betweenness centrality.
//
// Algorithm: U. Brandes, "A faster algorithm for betweenness centrality",
// Journal of Mathematical Sociology 25(2):163–177, 2001. Pivot sampling:
// U. Brandes and C. Pich, "Centrality estimation in large networks",
// International Journal of Bifurcation and Chaos 17(7):2303–2318, 2007.
//
// Normalisation follows NetworkX 3.6 `betweenness_centrality` (endpoints=False):
// with N = n − 1 and K = number of sources (N for the exact measure),
// - normalized:   b(v) / (K (N − 1))   — for an exact run 1/((n−1)(n−2)) on
//   ordered pairs, i.e. 2/((n−1)(n−2)) on unordered pairs for undirected graphs;
// - raw:          b(v) · N / (K · c), c = 2 for undirected graphs (each pair
//   counted once), 1 for directed.
// With sampling and endpoints excluded, NetworkX scales sampled sources with
// K − 1 in place of K; this file does the same.

extension CompactGraph {
  /// Betweenness centrality of every vertex (Brandes 2001).
  ///
  /// The fraction of shortest paths between other pairs `(s, t)` that pass
  /// through `v`, summed over pairs. Values equal NetworkX 3.6
  /// `betweenness_centrality(G, normalized=…)` (endpoints excluded; `DiGraph`
  /// when directed, `Graph` when undirected).
  ///
  /// - `normalized: true` divides by `(n−1)(n−2)` for directed graphs and by
  ///   `(n−1)(n−2)/2` for undirected ones.
  /// - `normalized: false` gives raw pair counts; undirected pairs count once.
  ///
  /// Pass `sample` to estimate from `k` pivot sources drawn with `seed`
  /// (deterministic for a seed, not NetworkX's RNG); values are rescaled as
  /// NetworkX does for `k`.
  ///
  /// Sources run in parallel in fixed blocks whose partial sums are folded in
  /// block order, so the result is bit-identical for every thread count.
  ///
  /// - Parameters:
  ///   - normalized: Whether to normalise (NetworkX default `true`).
  ///   - sample: Number of pivot sources `k` (`nil` for the exact measure).
  ///   - seed: Seed for choosing the pivots.
  ///   - parallel: Thread options.
  ///   - progress: Called with `(sources done, sources total)` at coarse
  ///     intervals, from worker threads.
  /// - Returns: One value per vertex.
  /// - Complexity: O(*k* (*n* + *m*)) time, where *k* is the number of sources
  ///   (*n* when exact); O(*n*) memory per thread.
  public func betweennessCentrality(
    normalized: Bool = true, sample: Int? = nil, seed: UInt64 = 0,
    parallel: ParallelOptions = .init(), progress: ProgressHandler? = nil
  ) -> [Double] {
    guard let k = sample else {
      let raw = brandesSums(sources: nil, parallel: parallel, progress: progress)
      return rescaleBetweenness(raw, sampled: nil, normalized: normalized)
    }
    let pivots = samplePivots(k: k, seed: seed)
    return betweennessCentrality(
      sources: pivots, normalized: normalized, parallel: parallel, progress: progress)
  }

  /// Betweenness centrality estimated from the given pivot sources.
  ///
  /// Equals NetworkX 3.6 `betweenness_centrality(G, k=len(sources), …)` when
  /// NetworkX happens to draw the same pivots: sources contribute their
  /// shortest paths and values are rescaled by the number of pivots (sampled
  /// vertices use `k − 1`).
  ///
  /// - Parameters:
  ///   - sources: Distinct pivot vertices.
  ///   - normalized: Whether to normalise (NetworkX default `true`).
  ///   - parallel: Thread options.
  ///   - progress: Called with `(sources done, sources total)`.
  /// - Returns: One value per vertex.
  /// - Complexity: O(*k* (*n* + *m*)) for *k* sources.
  public func betweennessCentrality(
    sources: [Int32], normalized: Bool = true,
    parallel: ParallelOptions = .init(), progress: ProgressHandler? = nil
  ) -> [Double] {
    precondition(Set(sources).count == sources.count, "pivot sources must be distinct")
    let raw = brandesSums(sources: sources, parallel: parallel, progress: progress)
    return rescaleBetweenness(raw, sampled: sources, normalized: normalized)
  }

  /// Chooses `k` distinct vertices with a seeded partial Fisher–Yates shuffle.
  ///
  /// - Parameters:
  ///   - k: Number of pivots, clamped to `0 ... vertexCount`.
  ///   - seed: Seed of the ``SplitMix64`` generator.
  /// - Returns: The pivots in the order drawn.
  /// - Complexity: O(*n*).
  public func samplePivots(k: Int, seed: UInt64) -> [Int32] {
    let n = vertexCount
    let k = max(0, min(k, n))
    var rng = SplitMix64(seed: seed)
    var perm = (0..<Int32(n)).map { $0 }
    for i in 0..<k {
      let j = i + Int(rng.next() % UInt64(n - i))
      perm.swapAt(i, j)
    }
    return Array(perm[0..<k])
  }

  private func rescaleBetweenness(
    _ b: [Double], sampled: [Int32]?, normalized: Bool
  ) -> [Double] {
    let n = vertexCount
    let bigN = Double(n - 1)
    if n - 1 < 2 { return b }
    let correction: Double = isDirected ? 1 : 2
    guard let sampled else {
      let scale = normalized ? 1 / (bigN * (bigN - 1)) : bigN / (bigN * correction)
      return scale == 1 ? b : b.map { $0 * scale }
    }
    let k = Double(sampled.count)
    let scaleSource: Double
    let scaleOther: Double
    if normalized {
      scaleSource = k > 1 ? 1 / ((k - 1) * (bigN - 1)) : .nan
      scaleOther = 1 / (k * (bigN - 1))
    } else {
      scaleSource = k > 1 ? bigN / ((k - 1) * correction) : .nan
      scaleOther = bigN / (k * correction)
    }
    var isSource = [Bool](repeating: false, count: n)
    for s in sampled { isSource[Int(s)] = true }
    var out = b
    for v in 0..<n { out[v] *= isSource[v] ? scaleSource : scaleOther }
    return out
  }

  /// Sums of pair dependencies over the sources (all vertices when `nil`).
  func brandesSums(
    sources: [Int32]?, parallel: ParallelOptions, progress: ProgressHandler?
  ) -> [Double] {
    let n = vertexCount
    let sourceCount = sources?.count ?? n
    if n == 0 || sourceCount == 0 { return [Double](repeating: 0, count: n) }
    let runner = OrderedBlockRunner(itemCount: sourceCount, resultCount: n, progress: progress)
    let blocks = runner.blockCount
    let sourceList = sources ?? []
    outOffsets.withUnsafeBufferPointer { off in
      outTargets.withUnsafeBufferPointer { tgt in
        sourceList.withUnsafeBufferPointer { src in
          runner.run(threads: parallel.threads) { _ in
            let bfs = BFSScratch(count: n)
            let sigma = UnsafeMutableBufferPointer<Double>.allocate(capacity: n)
            sigma.initialize(repeating: 0)
            let partial = UnsafeMutableBufferPointer<Double>.allocate(capacity: n)
            defer {
              sigma.deallocate()
              partial.deallocate()
            }
            while let block = runner.claim() {
              partial.update(repeating: 0)
              var i = block
              while i < sourceCount {
                let s = src.isEmpty ? Int32(i) : src[i]
                brandesSingleSource(
                  s, off: off, tgt: tgt, dist: bfs.dist, queue: bfs.queue, sigma: sigma,
                  acc: partial)
                i += blocks
              }
              runner.finish(block: block, partial: partial)
            }
          }
        }
      }
    }
    return runner.result
  }
}

/// One Brandes pass from `s`: BFS counting shortest paths, then dependency
/// accumulation in reverse BFS order, pulling from successors:
/// δ(v) = σ(v) · Σ_{w succ v} (1 + δ(w))/σ(w).
///
/// `sigma[v]` holds the path count σ(v) during the forward pass and is
/// overwritten by the coefficient (1 + δ(v))/σ(v) once δ(v) is known (every
/// reader of σ(v) has run by then). `dist` must be all −1 and `sigma` all 0
/// on entry; both are restored.
@inline(__always)
private func brandesSingleSource(
  _ s: Int32, off: UnsafeBufferPointer<Int32>, tgt: UnsafeBufferPointer<Int32>,
  dist: UnsafeMutableBufferPointer<Int32>, queue: UnsafeMutableBufferPointer<Int32>,
  sigma: UnsafeMutableBufferPointer<Double>, acc: UnsafeMutableBufferPointer<Double>
) {
  let d = dist.baseAddress.unsafelyUnwrapped
  let q = queue.baseAddress.unsafelyUnwrapped
  let sg = sigma.baseAddress.unsafelyUnwrapped
  let a = acc.baseAddress.unsafelyUnwrapped
  let o = off.baseAddress.unsafelyUnwrapped
  let t = tgt.baseAddress.unsafelyUnwrapped
  d[Int(s)] = 0
  sg[Int(s)] = 1
  q[0] = s
  var head = 0
  var tail = 1
  while head < tail {
    let v = Int(q[head])
    head &+= 1
    let dv1 = d[v] &+ 1
    let sv = sg[v]
    var j = Int(o[v])
    let end = Int(o[v &+ 1])
    while j < end {
      let w = Int(t[j])
      let dw = d[w]
      if dw < 0 {
        d[w] = dv1
        sg[w] = sv
        q[tail] = Int32(truncatingIfNeeded: w)
        tail &+= 1
      } else if dw == dv1 {
        sg[w] += sv
      }
      j &+= 1
    }
  }
  var i = tail &- 1
  while i > 0 {
    let v = Int(q[i])
    let dv1 = d[v] &+ 1
    var sum = 0.0
    var j = Int(o[v])
    let end = Int(o[v &+ 1])
    while j < end {
      let w = Int(t[j])
      if d[w] == dv1 { sum += sg[w] }
      j &+= 1
    }
    let sv = sg[v]
    let delta = sv * sum
    a[v] += delta
    sg[v] = (1 + delta) / sv
    i &-= 1
  }
  i = 0
  while i < tail {
    let v = Int(q[i])
    d[v] = -1
    sg[v] = 0
    i &+= 1
  }
}

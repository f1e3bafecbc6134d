// Shared kernel of closeness and harmonic centrality: one breadth-first
// search per vertex over *incoming* arcs (distances to the vertex), as
// NetworkX does on a DiGraph. Each vertex writes only its own slot, so the
// parallel result is bit-identical to a serial one.

/// Per-vertex distance statistics from a breadth-first search.
struct DistanceSums {
  /// Vertices that reach the vertex, itself included.
  var reached: [Int]
  /// Sum of shortest-path distances from those vertices.
  var total: [Double]
  /// Sum of reciprocal distances (computed level by level: Σ count(d) / d).
  var harmonic: [Double]
}

extension CompactGraph {
  func incomingDistanceSums(
    parallel: ParallelOptions, progress: ProgressHandler?
  ) -> DistanceSums {
    let n = vertexCount
    var reached = [Int](repeating: 0, count: n)
    var total = [Double](repeating: 0, count: n)
    var harmonic = [Double](repeating: 0, count: n)
    if n == 0 { return DistanceSums(reached: reached, total: total, harmonic: harmonic) }
    let runner = OrderedBlockRunner(itemCount: n, resultCount: 0, progress: progress)
    let blocks = runner.blockCount
    inOffsets.withUnsafeBufferPointer { off in
      inSources.withUnsafeBufferPointer { src in
        reached.withUnsafeMutableBufferPointer { reachedOut in
          total.withUnsafeMutableBufferPointer { totalOut in
            harmonic.withUnsafeMutableBufferPointer { harmonicOut in
              let r = SharedIntOutput(base: reachedOut.baseAddress.unsafelyUnwrapped)
              let t = SharedOutput(base: totalOut.baseAddress.unsafelyUnwrapped)
              let h = SharedOutput(base: harmonicOut.baseAddress.unsafelyUnwrapped)
              runner.run(threads: parallel.threads) { _ in
                let bfs = BFSScratch(count: n)
                while let block = runner.claim() {
                  var v = block
                  while v < n {
                    let (count, sum, harm) = levelSums(
                      from: Int32(v), off: off, adj: src, dist: bfs.dist, queue: bfs.queue)
                    r.base[v] = count
                    t.base[v] = sum
                    h.base[v] = harm
                    v += blocks
                  }
                  runner.finish(block: block, partial: nil)
                }
              }
            }
          }
        }
      }
    }
    return DistanceSums(reached: reached, total: total, harmonic: harmonic)
  }
}

/// A raw pointer wrapper for writing disjoint indices from several workers.
struct SharedIntOutput: @unchecked Sendable {
  let base: UnsafeMutablePointer<Int>
}

/// Level-synchronous BFS from `s`; returns (vertices reached including `s`,
/// sum of distances, sum of reciprocal distances). Restores `dist` to −1.
@inline(__always)
private func levelSums(
  from s: Int32, off: UnsafeBufferPointer<Int32>, adj: UnsafeBufferPointer<Int32>,
  dist: UnsafeMutableBufferPointer<Int32>, queue: UnsafeMutableBufferPointer<Int32>
) -> (Int, Double, Double) {
  let d = dist.baseAddress.unsafelyUnwrapped
  let q = queue.baseAddress.unsafelyUnwrapped
  let o = off.baseAddress.unsafelyUnwrapped
  let a = adj.baseAddress.unsafelyUnwrapped
  d[Int(s)] = 0
  q[0] = s
  var head = 0
  var tail = 1
  var sum = 0
  var harmonic = 0.0
  while head < tail {
    let v = Int(q[head])
    head &+= 1
    let dv1 = d[v] &+ 1
    var j = Int(o[v])
    let end = Int(o[v &+ 1])
    while j < end {
      let w = Int(a[j])
      if d[w] < 0 {
        d[w] = dv1
        q[tail] = Int32(truncatingIfNeeded: w)
        tail &+= 1
      }
      j &+= 1
    }
  }
  // Distances are nondecreasing along the queue: sum them level by level.
  var i = 1
  while i < tail {
    let level = d[Int(q[i])]
    var count = 0
    while i < tail && d[Int(q[i])] == level {
      count &+= 1
      i &+= 1
    }
    sum &+= count &* Int(level)
    harmonic += Double(count) / Double(level)
  }
  i = 0
  while i < tail {
    d[Int(q[i])] = -1
    i &+= 1
  }
  return (tail, Double(sum), harmonic)
}

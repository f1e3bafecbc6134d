// Shared kernel of closeness and harmonic centrality: breadth-first searches
// over *incoming* arcs (distances to each vertex), as NetworkX does on a
// DiGraph.
//
// Searches run 64 at a time as a multi-source bit-parallel BFS (M. Then et
// al., "The more the merrier: efficient multi-source graph traversal", PVLDB
// 8(4):449–460, 2014): bit i of a vertex's word says whether search i has
// reached it, so one scan of an arc serves up to 64 searches. Each search
// still gets its exact per-level counts, and the sums are formed exactly as a
// single search would form them (integer distance sums; reciprocal sums added
// level by level in increasing order), so values do not depend on batching or
// threads. Each vertex writes only its own slot.

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
    let batches = (n + 63) / 64
    var batchProgress: ProgressHandler? = nil
    if let report = progress {
      batchProgress = { @Sendable done, _ in report(min(done * 64, n), n) }
    }
    let runner = OrderedBlockRunner(itemCount: batches, resultCount: 0, progress: batchProgress)
    let blocks = runner.blockCount
    inOffsets.withUnsafeBufferPointer { off in
      inSources.withUnsafeBufferPointer { src in
        reached.withUnsafeMutableBufferPointer { reachedOut in
          total.withUnsafeMutableBufferPointer { totalOut in
            harmonic.withUnsafeMutableBufferPointer { harmonicOut in
              let out = BatchOutput(
                reached: reachedOut.baseAddress.unsafelyUnwrapped,
                total: totalOut.baseAddress.unsafelyUnwrapped,
                harmonic: harmonicOut.baseAddress.unsafelyUnwrapped)
              runner.run(threads: parallel.threads) { _ in
                let scratch = MultiBFSScratch(count: n)
                while let block = runner.claim() {
                  var batch = block
                  while batch < batches {
                    let first = batch * 64
                    let count = min(64, n - first)
                    multiSourceLevelSums(
                      first: first, count: count, off: off, adj: src, scratch: scratch, out: out)
                    batch += blocks
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

/// Output slots; each batch writes only its own 64 vertices.
struct BatchOutput {
  let reached: UnsafeMutablePointer<Int>
  let total: UnsafeMutablePointer<Double>
  let harmonic: UnsafeMutablePointer<Double>
}

/// Scratch of one multi-source BFS worker, allocated once.
final class MultiBFSScratch {
  /// Bit i: search i has reached the vertex.
  let seen: UnsafeMutablePointer<UInt64>
  /// Bit i: the vertex is on search i's current frontier.
  let frontier: UnsafeMutablePointer<UInt64>
  /// Bits newly arriving at the vertex during the current level.
  let next: UnsafeMutablePointer<UInt64>
  /// Vertices with a non-empty frontier word.
  let active: UnsafeMutablePointer<Int32>
  /// Vertices whose `next` word became non-zero this level.
  let touched: UnsafeMutablePointer<Int32>
  /// Every vertex reached by any search of the batch (to reset `seen`).
  let everSeen: UnsafeMutablePointer<Int32>
  /// Per-search counts for the current level.
  let levelCount: UnsafeMutablePointer<Int>
  let count: Int

  init(count: Int) {
    let c = max(count, 1)
    self.count = c
    seen = .allocate(capacity: c)
    seen.initialize(repeating: 0, count: c)
    frontier = .allocate(capacity: c)
    frontier.initialize(repeating: 0, count: c)
    next = .allocate(capacity: c)
    next.initialize(repeating: 0, count: c)
    active = .allocate(capacity: c)
    active.initialize(repeating: 0, count: c)
    touched = .allocate(capacity: c)
    touched.initialize(repeating: 0, count: c)
    everSeen = .allocate(capacity: c)
    everSeen.initialize(repeating: 0, count: c)
    levelCount = .allocate(capacity: 64)
    levelCount.initialize(repeating: 0, count: 64)
  }

  deinit {
    seen.deallocate()
    frontier.deallocate()
    next.deallocate()
    active.deallocate()
    touched.deallocate()
    everSeen.deallocate()
    levelCount.deallocate()
  }
}

/// Runs the searches from vertices `first ..< first + count` (at most 64) at
/// once and writes each one's reached count, distance sum and reciprocal sum.
/// Leaves the scratch words all zero.
private func multiSourceLevelSums(
  first: Int, count: Int, off: UnsafeBufferPointer<Int32>, adj: UnsafeBufferPointer<Int32>,
  scratch: MultiBFSScratch, out: BatchOutput
) {
  let seen = scratch.seen
  let frontier = scratch.frontier
  let next = scratch.next
  var active = scratch.active
  var touched = scratch.touched
  let everSeen = scratch.everSeen
  let levelCount = scratch.levelCount
  let o = off.baseAddress.unsafelyUnwrapped
  let a = adj.baseAddress.unsafelyUnwrapped

  withUnsafeTemporaryAllocation(of: Int.self, capacity: 128) { buf in
    let distSum = buf.baseAddress.unsafelyUnwrapped
    let reachedCount = distSum + 64
    distSum.update(repeating: 0, count: 128)
    withUnsafeTemporaryAllocation(of: Double.self, capacity: 64) { hbuf in
      let harm = hbuf.baseAddress.unsafelyUnwrapped
      harm.update(repeating: 0, count: 64)

      var activeCount = 0
      var everCount = 0
      for i in 0..<count {
        let v = first + i
        let bit = UInt64(1) << UInt64(i)
        seen[v] = bit
        frontier[v] = bit
        active[activeCount] = Int32(truncatingIfNeeded: v)
        activeCount &+= 1
        everSeen[everCount] = Int32(truncatingIfNeeded: v)
        everCount &+= 1
        reachedCount[i] = 1
      }
      var level = 0
      while activeCount > 0 {
        level &+= 1
        // Expand: every frontier word flows along the arcs.
        var touchedCount = 0
        var k = 0
        while k < activeCount {
          let u = Int(active[k])
          let f = frontier[u]
          var j = Int(o[u])
          let end = Int(o[u &+ 1])
          while j < end {
            let w = Int(a[j])
            let fresh = f & ~seen[w]
            if fresh != 0 {
              let old = next[w]
              if old == 0 {
                touched[touchedCount] = Int32(truncatingIfNeeded: w)
                touchedCount &+= 1
              }
              next[w] = old | fresh
            }
            j &+= 1
          }
          frontier[u] = 0
          k &+= 1
        }
        // Settle: newly reached bits become the next frontier.
        var newActive = 0
        k = 0
        while k < touchedCount {
          let w = Int(touched[k])
          let bits = next[w]
          next[w] = 0
          if seen[w] == 0 {
            everSeen[everCount] = Int32(truncatingIfNeeded: w)
            everCount &+= 1
          }
          seen[w] |= bits
          frontier[w] = bits
          touched[newActive] = Int32(truncatingIfNeeded: w)
          newActive &+= 1
          var b = bits
          while b != 0 {
            levelCount[b.trailingZeroBitCount] &+= 1
            b &= b &- 1
          }
          k &+= 1
        }
        if newActive == 0 { break }
        let d = Double(level)
        for i in 0..<count {
          let c = levelCount[i]
          if c != 0 {
            distSum[i] &+= c &* level
            harm[i] += Double(c) / d
            reachedCount[i] &+= c
            levelCount[i] = 0
          }
        }
        // The settled list is the next level's active list.
        swap(&active, &touched)
        activeCount = newActive
      }
      var k = 0
      while k < everCount {
        let v = Int(everSeen[k])
        seen[v] = 0
        frontier[v] = 0
        k &+= 1
      }
      for i in 0..<count {
        out.reached[first + i] = reachedCount[i]
        out.total[first + i] = Double(distSum[i])
        out.harmonic[first + i] = harm[i]
      }
    }
  }
}

// k shortest simple paths.
//
// Reference: J. Y. Yen, "Finding the k shortest loopless paths in a network",
// Management Science 17(11):712–716, 1971.
//
// Unweighted: length = number of arcs. Each spur search is the deterministic
// breadth-first search of ``CompactGraph/shortestPath(from:to:constraints:)``;
// candidates are ranked by length, then lexicographically by vertex sequence,
// so the output is deterministic.

extension CompactGraph {
  /// Up to `k` shortest simple paths from `source` to `target` (Yen 1971).
  ///
  /// Paths come in nondecreasing length (ties: lexicographic vertex order),
  /// without repeats, each respecting `constraints` (paths longer than
  /// ``PathConstraints/maxLength`` are never returned).
  ///
  /// - Parameters:
  ///   - source: The first vertex.
  ///   - target: The last vertex (different from `source`).
  ///   - k: The most paths to return.
  ///   - constraints: Direction, avoided vertices, arc filter, length limit.
  /// - Returns: The paths, shortest first; fewer than `k` when no more exist.
  /// - Complexity: O(*k* · *L* · (*n* + *m*)) for paths of at most *L* arcs.
  public func kShortestPaths(
    from source: Int32, to target: Int32, k: Int, constraints: PathConstraints = .init()
  ) -> [[Int32]] {
    guard k > 0, source != target else {
      if k > 0, source == target,
        Stepper(graph: self, constraints: constraints).shortestPath(from: source, to: target)
          != nil
      {
        return [[source]]
      }
      return []
    }
    let base = Stepper(graph: self, constraints: constraints)
    guard let first = base.shortestPath(from: source, to: target) else { return [] }
    var found: [[Int32]] = [first]
    var seen: Set<[Int32]> = [first]
    var candidates: [[Int32]] = []
    while found.count < k {
      let last = found[found.count - 1]
      for i in 0..<(last.count - 1) {
        let spur = last[i]
        let root = Array(last[0...i])
        var stepper = base
        // Forbid the next step of every found path sharing this root.
        for p in found where p.count > i + 1 && Array(p[0...i]) == root {
          stepper.blockedSteps.insert(
            UInt64(UInt32(bitPattern: p[i])) << 32 | UInt64(UInt32(bitPattern: p[i + 1])))
        }
        // Keep the path simple: the root (except the spur vertex) is off limits.
        for v in root.dropLast() { stepper.blockedVertices.insert(v) }
        if let limit = constraints.maxLength {
          var spurConstraints = constraints
          spurConstraints.maxLength = limit - i
          var limited = Stepper(graph: self, constraints: spurConstraints)
          limited.blockedSteps = stepper.blockedSteps
          limited.blockedVertices = stepper.blockedVertices
          stepper = limited
          if limit - i <= 0 { continue }
        }
        guard let spurPath = stepper.shortestPath(from: spur, to: target) else { continue }
        let total = root + spurPath.dropFirst()
        if seen.insert(total).inserted { candidates.append(total) }
      }
      guard !candidates.isEmpty else { break }
      var best = 0
      for c in 1..<candidates.count where precedes(candidates[c], candidates[best]) {
        best = c
      }
      found.append(candidates.remove(at: best))
    }
    return found
  }
}

/// Shorter first, then lexicographically smaller.
private func precedes(_ a: [Int32], _ b: [Int32]) -> Bool {
  a.count != b.count ? a.count < b.count : a.lexicographicallyPrecedes(b)
}

// Connected components.
//
// Weak components: breadth-first search over arcs in both directions.
// Strong components: R. Tarjan, "Depth-first search and linear graph
// algorithms", SIAM Journal on Computing 1(2):146–160, 1972 — written with an
// explicit stack (no recursion) so 100k-vertex paths cannot overflow the call
// stack.
//
// Ordering (deterministic): each component lists its vertices ascending;
// components are sorted largest first, then by smallest member.

extension CompactGraph {
  /// The weakly connected components: vertices joined ignoring direction.
  ///
  /// On an undirected graph these are the connected components.
  ///
  /// - Returns: Components largest first (ties: smaller least member first),
  ///   each sorted ascending. Isolated vertices are singleton components.
  /// - Complexity: O(*n* + *m*) time and O(*n*) memory.
  public func weaklyConnectedComponents() -> [[Int32]] {
    let n = vertexCount
    var label = [Int32](repeating: -1, count: n)
    var queue = [Int32](repeating: 0, count: n)
    var count: Int32 = 0
    outOffsets.withUnsafeBufferPointer { oo in
      outTargets.withUnsafeBufferPointer { ot in
        inOffsets.withUnsafeBufferPointer { io in
          inSources.withUnsafeBufferPointer { isrc in
            label.withUnsafeMutableBufferPointer { lab in
              queue.withUnsafeMutableBufferPointer { q in
                for root in 0..<n where lab[root] < 0 {
                  lab[root] = count
                  q[0] = Int32(root)
                  var head = 0
                  var tail = 1
                  while head < tail {
                    let v = Int(q[head])
                    head += 1
                    for j in Int(oo[v])..<Int(oo[v + 1]) {
                      let w = Int(ot[j])
                      if lab[w] < 0 {
                        lab[w] = count
                        q[tail] = Int32(w)
                        tail += 1
                      }
                    }
                    for j in Int(io[v])..<Int(io[v + 1]) {
                      let w = Int(isrc[j])
                      if lab[w] < 0 {
                        lab[w] = count
                        q[tail] = Int32(w)
                        tail += 1
                      }
                    }
                  }
                  count += 1
                }
              }
            }
          }
        }
      }
    }
    return groupComponents(label: label, count: Int(count))
  }

  /// The strongly connected components (iterative Tarjan).
  ///
  /// On an undirected graph these equal the weakly connected components.
  ///
  /// - Returns: Components largest first (ties: smaller least member first),
  ///   each sorted ascending.
  /// - Complexity: O(*n* + *m*) time and O(*n*) memory; no recursion.
  public func stronglyConnectedComponents() -> [[Int32]] {
    let n = vertexCount
    var label = [Int32](repeating: -1, count: n)
    var count: Int32 = 0
    var index = [Int32](repeating: -1, count: n)
    var low = [Int32](repeating: 0, count: n)
    var onStack = [Bool](repeating: false, count: n)
    var stack = [Int32]()
    stack.reserveCapacity(n)
    var callVertex = [Int32]()
    var callPos = [Int32]()
    var counter: Int32 = 0
    let off = outOffsets
    let tgt = outTargets
    for root in 0..<n where index[root] < 0 {
      index[root] = counter
      low[root] = counter
      counter += 1
      stack.append(Int32(root))
      onStack[root] = true
      callVertex.append(Int32(root))
      callPos.append(off[root])
      while let v32 = callVertex.last {
        let v = Int(v32)
        let top = callPos.count - 1
        let pos = callPos[top]
        if pos < off[v + 1] {
          callPos[top] = pos + 1
          let w = Int(tgt[Int(pos)])
          if index[w] < 0 {
            index[w] = counter
            low[w] = counter
            counter += 1
            stack.append(Int32(w))
            onStack[w] = true
            callVertex.append(Int32(w))
            callPos.append(off[w])
          } else if onStack[w] {
            low[v] = min(low[v], index[w])
          }
          continue
        }
        callVertex.removeLast()
        callPos.removeLast()
        if let parent = callVertex.last {
          low[Int(parent)] = min(low[Int(parent)], low[v])
        }
        if low[v] == index[v] {
          while let w = stack.popLast() {
            onStack[Int(w)] = false
            label[Int(w)] = count
            if Int(w) == v { break }
          }
          count += 1
        }
      }
    }
    return groupComponents(label: label, count: Int(count))
  }

  /// Groups vertices by label; members ascending, groups by size then least member.
  private func groupComponents(label: [Int32], count: Int) -> [[Int32]] {
    var groups = [[Int32]](repeating: [], count: count)
    for v in 0..<vertexCount { groups[Int(label[v])].append(Int32(v)) }
    groups.sort { a, b in a.count != b.count ? a.count > b.count : a[0] < b[0] }
    return groups
  }
}

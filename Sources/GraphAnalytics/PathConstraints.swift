/// Restrictions on the paths a search may return.
///
/// A *step* `u → w` is allowed when
/// - `w` is not in ``avoiding``, and
/// - for ``EdgeDirection/outgoing``: the arc `u → w` exists and passes
///   ``arcFilter``;
/// - for ``EdgeDirection/incoming``: the arc `w → u` exists and passes;
/// - for ``EdgeDirection/both``: either of those holds.
///
/// ``arcFilter`` always receives the arc as stored, `(tail, head)`.
public struct PathConstraints: Sendable {
  /// Which arcs a step follows.
  public var direction: EdgeDirection
  /// Vertices a path may not enter. An avoided endpoint means no path.
  public var avoiding: Set<Int32>
  /// The most arcs a path may have (`nil`: unlimited).
  public var maxLength: Int?
  /// Returns whether the stored arc `tail → head` may be used (`nil`: all).
  public var arcFilter: (@Sendable (_ tail: Int32, _ head: Int32) -> Bool)?

  /// Creates constraints; the defaults allow every outgoing path.
  ///
  /// - Parameters:
  ///   - direction: Which arcs a step follows.
  ///   - avoiding: Vertices a path may not enter.
  ///   - maxLength: The most arcs a path may have.
  ///   - arcFilter: Which stored arcs may be used.
  public init(
    direction: EdgeDirection = .outgoing, avoiding: Set<Int32> = [], maxLength: Int? = nil,
    arcFilter: (@Sendable (_ tail: Int32, _ head: Int32) -> Bool)? = nil
  ) {
    self.direction = direction
    self.avoiding = avoiding
    self.maxLength = maxLength
    self.arcFilter = arcFilter
  }
}

/// Enumerates allowed steps in ascending order of the next vertex.
struct Stepper {
  let graph: CompactGraph
  let constraints: PathConstraints
  /// Extra vertices to avoid (Yen's root path).
  var blockedVertices: Set<Int32> = []
  /// Extra forbidden steps `u → w`, keyed `u << 32 | w` (Yen's spur arcs).
  var blockedSteps: Set<UInt64> = []

  init(graph: CompactGraph, constraints: PathConstraints) {
    self.graph = graph
    self.constraints = constraints
  }

  @inline(__always)
  private func vertexOK(_ w: Int32) -> Bool {
    !constraints.avoiding.contains(w) && !blockedVertices.contains(w)
  }

  @inline(__always)
  private func stepKey(_ u: Int32, _ w: Int32) -> UInt64 {
    UInt64(UInt32(bitPattern: u)) << 32 | UInt64(UInt32(bitPattern: w))
  }

  /// Calls `body` for each allowed step `u → w` (forward) or, when
  /// `reverse`, each allowed step `w → u` (so a search can run backwards
  /// from a target). `w` ascends; duplicates are removed.
  func forEachStep(from u: Int32, reverse: Bool, _ body: (Int32) -> Void) {
    let filter = constraints.arcFilter
    let useOut: Bool
    let useIn: Bool
    switch constraints.direction {
    case .outgoing: (useOut, useIn) = reverse ? (false, true) : (true, false)
    case .incoming: (useOut, useIn) = reverse ? (true, false) : (false, true)
    case .both: (useOut, useIn) = (true, true)
    }
    let outRow = useOut ? graph.outNeighbors(of: u) : []
    let inRow = useIn ? graph.inNeighbors(of: u) : []
    var i = outRow.startIndex
    var j = inRow.startIndex
    while i < outRow.endIndex || j < inRow.endIndex {
      let a = i < outRow.endIndex ? outRow[i] : Int32.max
      let b = j < inRow.endIndex ? inRow[j] : Int32.max
      let w = min(a, b)
      // The stored arcs behind this step: out-row entry is u → w, in-row is w → u.
      var ok = false
      if a == w {
        i += 1
        ok = filter?(u, w) ?? true
      }
      if b == w {
        j += 1
        if !ok { ok = filter?(w, u) ?? true }
      }
      guard ok, vertexOK(w) else { continue }
      let key = reverse ? stepKey(w, u) : stepKey(u, w)
      if !blockedSteps.isEmpty && blockedSteps.contains(key) { continue }
      body(w)
    }
  }

  /// Breadth-first distances to `target` (backwards), stopping once `source`
  /// is reached or beyond `limit` steps. −1 marks unreached vertices.
  func distancesTo(_ target: Int32, stopAt source: Int32?, limit: Int?) -> [Int32] {
    var dist = [Int32](repeating: -1, count: graph.vertexCount)
    guard vertexOK(target) else { return dist }
    var queue: [Int32] = [target]
    dist[Int(target)] = 0
    var head = 0
    let maxDepth = Int32(clamping: limit ?? Int(Int32.max))
    while head < queue.count {
      let v = queue[head]
      head += 1
      let dv = dist[Int(v)]
      if let source, dist[Int(source)] >= 0, dv >= dist[Int(source)] { break }
      if dv >= maxDepth { break }
      forEachStep(from: v, reverse: true) { w in
        if dist[Int(w)] < 0 {
          dist[Int(w)] = dv + 1
          queue.append(w)
        }
      }
    }
    return dist
  }

  /// The lexicographically smallest shortest path `source … target`.
  func shortestPath(from source: Int32, to target: Int32) -> [Int32]? {
    guard vertexOK(source), vertexOK(target) else { return nil }
    if source == target { return [source] }
    let dist = distancesTo(target, stopAt: source, limit: constraints.maxLength)
    guard dist[Int(source)] > 0 else { return nil }
    var path: [Int32] = [source]
    var u = source
    while u != target {
      let want = dist[Int(u)] - 1
      var next: Int32 = -1
      forEachStep(from: u, reverse: false) { w in
        if next < 0 && dist[Int(w)] == want { next = w }
      }
      u = next
      path.append(u)
    }
    return path
  }
}

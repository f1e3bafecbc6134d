import IntegerProgramming

// Exact frustration through integer programming.
//
// Two camps: the binary linear model of S. Aref, A. J. Mason and M. C. Wilson, "Computing the line
// index of balance using integer programming optimisation", in Optimization Problems in Graph
// Theory, Springer 2018 (arXiv:1710.09876), and its valid inequalities from "A modeling and
// computational study of the frustration index in signed networks", Networks 75(1), 2020
// (arXiv:1611.09030): a binary x per vertex (its camp), an f per edge that must be 1 when the edge
// is frustrated — f ≥ |x_u − x_v| for a positive edge, f ≥ |x_u + x_v − 1| for a negative one —
// one vertex fixed to break the camp symmetry, and Σf ≥ 1 over each unbalanced triangle.
// Before the solver runs, the graph is split into connected components (frustration adds up over
// them) and vertices of degree one are peeled off (they can always sit with or against their one
// neighbour at no cost); a component that two-colours is balanced and needs no solver.
//
// Any number of camps (Davis's k-balance, correlation clustering): the clique-partitioning model of
// M. Grötschel and Y. Wakabayashi, "A cutting plane algorithm for a clustering problem",
// Mathematical Programming 45, 1989: a binary y per pair of vertices (same bloc), transitive
// (y_ij + y_jk − y_ik ≤ 1 for every triple), a positive edge frustrated when y = 0, a negative one
// when y = 1. It has O(n³) rows, so it runs only on components up to a size limit; larger ones get
// the best partition a local search finds and a lower bound from edge-disjoint triangles that no
// partition can satisfy, both labelled.

/// The outcome of a frustration search.
public struct FrustrationResult: Sendable, Hashable {
  /// The frustration of `partition`: the best found (the minimum when `isOptimal`).
  public var frustration: Int
  /// A proven lower bound on the minimum (equal to `frustration` when `isOptimal`).
  public var lowerBound: Int
  /// Whether `frustration` is proven to be the minimum.
  public var isOptimal: Bool
  /// The camp or bloc of each vertex (for two camps, 0 or 1). Vertices with no edge are in bloc 0
  /// (two camps) or a bloc of their own (any number of blocs). Each component's smallest vertex
  /// is in the lowest-numbered bloc it uses, so the numbering is canonical.
  public var partition: [Int32]
  /// Edges frustrated under `partition`, ascending.
  public var frustratedEdges: [Int32]
  /// Edges that are positive and negative at once: frustrated under every partition and included
  /// in `frustration` and `lowerBound`.
  public var ambivalentEdges: Int
  /// Components whose answer came from the integer program (the rest were settled by peeling and
  /// two-colouring, or by the local search past the size limit).
  public var componentsSolved: Int
}

/// Limits for the frustration searches.
public struct FrustrationOptions: Sendable, Hashable {
  /// Seconds the integer-programming solver may spend in total.
  public var timeLimit: Double
  /// Solver threads.
  public var threads: Int
  /// Largest component (in vertices, after peeling) given the exact k-balance model; its size is
  /// cubic in this.
  public var clusterExactLimit: Int
  /// Restarts of the local search that provides the starting partition.
  public var restarts: Int

  /// Options with the defaults the CLI uses: a minute, one thread, exact search of clusters up to
  /// 30 vertices, 16 restarts.
  public init(timeLimit: Double = 60, threads: Int = 1, clusterExactLimit: Int = 30, restarts: Int = 16) {
    self.timeLimit = timeLimit
    self.threads = threads
    self.clusterExactLimit = clusterExactLimit
    self.restarts = restarts
  }
}

extension SignedGraph {
  /// The frustration index: the least number of edges frustrated under a split into two camps
  /// (Cartwright–Harary balance), with a partition that attains it.
  ///
  /// Exact unless the time limit stops the solver; then `isOptimal` is `false`, `frustration` is
  /// the best partition found and `lowerBound` the solver's proven bound.
  ///
  /// - Complexity: NP-hard in general; linear work per component before the solver, which is
  ///   bounded by `options.timeLimit`.
  public func frustrationIndex(options: FrustrationOptions = FrustrationOptions()) -> FrustrationResult {
    let clock = ContinuousClock()
    let started = clock.now
    var side = [Int32](repeating: 0, count: vertexCount)
    var total = 0
    var bound = 0
    var optimal = true
    var solved = 0
    for component in signedComponents() {
      let (core, peeled) = peel(component)
      var local: [Int32: Int32] = [:]
      if core.count == 1 {
        local[core[0]] = 0
      } else {
        if let colours = twoColouring(core) {
          for (v, c) in zip(core, colours) { local[v] = c }
        } else {
          let used = (clock.now - started) / .seconds(1)
          let r = solveTwoCamps(core, timeLimit: max(0.05, options.timeLimit - used), options: options)
          for (v, c) in zip(core, r.sides) { local[v] = c }
          total += r.frustration
          bound += r.bound
          optimal = optimal && r.optimal
          solved += 1
        }
      }
      for (v, w, e) in peeled.reversed() {
        let base = local[w] ?? 0
        local[v] = edgeSign[Int(e)] == 1 ? base : 1 - base
      }
      let flip = local[component[0]] ?? 0
      for v in component { side[Int(v)] = (local[v] ?? 0) ^ flip }
    }
    let sides = side.map { $0 == 1 }
    let frustrated = (0..<edgeCount).filter { isFrustrated($0, side: sides) }.map(Int32.init)
    let ambivalent = ambivalentEdgeCount
    precondition(frustrated.count == total + ambivalent, "camp assignment disagrees with the solver")
    return FrustrationResult(
      frustration: frustrated.count, lowerBound: optimal ? frustrated.count : bound + ambivalent,
      isOptimal: optimal, partition: side, frustratedEdges: frustrated, ambivalentEdges: ambivalent,
      componentsSolved: solved)
  }

  /// Whether the two-camp partition found by ``frustrationIndex(options:)`` is the only optimal one
  /// (up to swapping the camps of a component): the solver is asked for a partition of equal
  /// frustration that differs from it. `nil` when either search hit the time limit.
  ///
  /// - Complexity: NP-hard; bounded by `options.timeLimit` per component.
  public func hasUniqueOptimalPartition(_ result: FrustrationResult, options: FrustrationOptions = FrustrationOptions())
    -> Bool?
  {
    guard result.isOptimal else { return nil }
    for component in signedComponents() {
      // Decided on the whole component, pendant vertices included: each has one placement that
      // costs nothing, so the exclusion row cannot be met by moving one of them alone.
      guard component.count > 1 else { continue }
      let ones = component.filter { result.partition[Int($0)] == 1 }
      var p = twoCampProgram(component)
      let index = Dictionary(uniqueKeysWithValues: component.enumerated().map { ($1, Int32($0)) })
      // Exclude the found partition: at least one vertex (other than the fixed first) changes side.
      var terms: [(Int32, Double)] = []
      var rhs = 1.0
      for v in component.dropFirst() {
        if ones.contains(v) {
          terms.append((index[v]!, -1))
          rhs -= 1
        } else {
          terms.append((index[v]!, 1))
        }
      }
      p.program.addRow(terms, atLeast: rhs)
      let best = frustrationWithin(component, sides: result.partition)
      let s = p.program.solve(timeLimit: options.timeLimit, threads: options.threads)
      switch s.status {
      case .optimal: if s.objective.rounded() <= Double(best) { return false }
      case .infeasible: continue
      default: return nil
      }
    }
    return true
  }

  /// A partition into any number of blocs that minimises frustration (Davis's k-balance): negative
  /// edges inside a bloc and positive edges between blocs.
  ///
  /// Exact on components up to `options.clusterExactLimit` vertices within the time limit;
  /// otherwise labelled by `isOptimal == false` with a proven lower bound.
  ///
  /// - Complexity: NP-hard; the exact model has O(*c*³) rows for a component of *c* vertices.
  public func clusterFrustration(options: FrustrationOptions = FrustrationOptions()) -> FrustrationResult {
    let clock = ContinuousClock()
    let started = clock.now
    var bloc = [Int32](repeating: -1, count: vertexCount)
    var next: Int32 = 0
    var total = 0
    var bound = 0
    var optimal = true
    var solved = 0
    for component in signedComponents() {
      let (core, peeled) = peel(component)
      var local: [Int32: Int32] = [:]
      if core.count == 1 {
        local[core[0]] = 0
      } else {
        var start = clusterLocalSearch(core, restarts: options.restarts)
        var cost = frustrationWithin(core, blocs: start)
        var lower = cost == 0 ? 0 : clusterTriangleBound(core)
        var proven = cost == lower
        if !proven && core.count <= options.clusterExactLimit {
          let used = (clock.now - started) / .seconds(1)
          let r = solveClusters(core, start: start, timeLimit: max(0.05, options.timeLimit - used), options: options)
          if r.frustration <= cost {
            start = r.blocs
            cost = r.frustration
          }
          lower = max(lower, r.bound)
          proven = r.optimal || cost == lower
          solved += 1
        }
        for (v, b) in zip(core, start) { local[v] = b }
        total += cost
        bound += lower
        optimal = optimal && proven
      }
      var fresh: Int32 = 1 << 20
      for (v, w, e) in peeled.reversed() {
        // A peeled vertex joins its neighbour's bloc over a positive edge, or a bloc of its own.
        if edgeSign[Int(e)] == 1 {
          local[v] = local[w]!
        } else {
          local[v] = fresh
          fresh += 1
        }
      }
      // Renumber blocs in order of their smallest member, continuing the global numbering.
      var renumber: [Int32: Int32] = [:]
      for v in component {
        let b = local[v]!
        if renumber[b] == nil {
          renumber[b] = next
          next += 1
        }
        bloc[Int(v)] = renumber[b]!
      }
    }
    for v in 0..<vertexCount where bloc[v] < 0 {
      bloc[v] = next
      next += 1
    }
    let frustrated = (0..<edgeCount).filter { isFrustrated($0, bloc: bloc) }.map(Int32.init)
    let ambivalent = ambivalentEdgeCount
    precondition(frustrated.count == total + ambivalent, "bloc assignment disagrees with its cost")
    return FrustrationResult(
      frustration: frustrated.count, lowerBound: optimal ? frustrated.count : bound + ambivalent,
      isOptimal: optimal, partition: bloc, frustratedEdges: frustrated, ambivalentEdges: ambivalent,
      componentsSolved: solved)
  }

  // MARK: - Decomposition

  /// Components of the signed (non-ambivalent) edges with at least two vertices, each ascending.
  func signedComponents() -> [[Int32]] {
    var s: [Int32] = []
    var t: [Int32] = []
    for e in 0..<edgeCount where edgeSign[e] != 0 {
      s.append(edgeU[e])
      t.append(edgeV[e])
    }
    return CompactGraph(vertexCount: vertexCount, sources: s, targets: t, directed: false)
      .weaklyConnectedComponents().filter { $0.count > 1 }
  }

  /// Signed neighbours of `v`: `(neighbour, edge)` for edges of sign ±1.
  func signedNeighbours(_ v: Int32) -> [(Int32, Int32)] {
    (Int(offsets[Int(v)])..<Int(offsets[Int(v) + 1])).compactMap { j in
      edgeSign[Int(neighborEdge[j])] == 0 ? nil : (neighbors[j], neighborEdge[j])
    }
  }

  /// Repeatedly removes vertices with one signed neighbour left. Returns the rest (ascending) and
  /// the removed vertices in removal order, each with the neighbour and edge it hung from.
  func peel(_ component: [Int32]) -> (core: [Int32], peeled: [(Int32, Int32, Int32)]) {
    var degree: [Int32: Int] = [:]
    for v in component { degree[v] = signedNeighbours(v).count }
    var removed = Set<Int32>()
    var peeled: [(Int32, Int32, Int32)] = []
    var stack = component.filter { degree[$0] == 1 }.reversed().map { $0 }
    while let v = stack.popLast() {
      guard !removed.contains(v), degree[v] == 1 else { continue }
      guard let (w, e) = signedNeighbours(v).first(where: { !removed.contains($0.0) }) else { continue }
      removed.insert(v)
      peeled.append((v, w, e))
      degree[w]! -= 1
      if degree[w] == 1 { stack.append(w) }
    }
    // A tree peels down to one vertex, a core that needs no solver.
    return (component.filter { !removed.contains($0) }, peeled)
  }

  /// Camps that frustrate no edge of the induced subgraph, or `nil` when it is not balanced.
  func twoColouring(_ vertices: [Int32]) -> [Int32]? {
    let member = Set(vertices)
    var colour: [Int32: Int32] = [:]
    for root in vertices where colour[root] == nil {
      colour[root] = 0
      var queue = [root]
      var head = 0
      while head < queue.count {
        let v = queue[head]
        head += 1
        for (w, e) in signedNeighbours(v) where member.contains(w) {
          let want = edgeSign[Int(e)] == 1 ? colour[v]! : 1 - colour[v]!
          if let c = colour[w] {
            if c != want { return nil }
          } else {
            colour[w] = want
            queue.append(w)
          }
        }
      }
    }
    return vertices.map { colour[$0]! }
  }

  /// Signed edges with both ends in `vertices`.
  func inducedEdges(_ vertices: [Int32]) -> [Int32] {
    let member = Set(vertices)
    return (0..<edgeCount).filter { edgeSign[$0] != 0 && member.contains(edgeU[$0]) && member.contains(edgeV[$0]) }
      .map(Int32.init)
  }

  func frustrationWithin(_ vertices: [Int32], sides: [Int32]) -> Int {
    inducedEdges(vertices).filter {
      let same = sides[Int(edgeU[Int($0)])] == sides[Int(edgeV[Int($0)])]
      return edgeSign[Int($0)] == 1 ? !same : same
    }.count
  }

  /// Frustration of the induced subgraph when `blocs[i]` is the bloc of `vertices[i]`.
  func frustrationWithin(_ vertices: [Int32], blocs: [Int32]) -> Int {
    let b = Dictionary(uniqueKeysWithValues: zip(vertices, blocs))
    return inducedEdges(vertices).filter {
      let same = b[edgeU[Int($0)]] == b[edgeV[Int($0)]]
      return edgeSign[Int($0)] == 1 ? !same : same
    }.count
  }

  // MARK: - Two camps

  /// The Aref–Mason–Wilson program over the subgraph induced by `vertices`: variables
  /// `0 ..< vertices.count` are the camps, the rest one per edge of `edges`.
  func twoCampProgram(_ vertices: [Int32]) -> (program: IntegerProgram, edges: [Int32]) {
    let index = Dictionary(uniqueKeysWithValues: vertices.enumerated().map { ($1, Int32($0)) })
    let edges = inducedEdges(vertices)
    var p = IntegerProgram()
    for _ in vertices { p.addVariable(cost: 0) }
    // The first vertex stays in camp 0: the two camps are interchangeable.
    p.fix(0, to: 0)
    var fOf: [Int32: Int32] = [:]
    for e in edges {
      let f = p.addVariable(cost: 1)
      fOf[e] = f
      let x = index[edgeU[Int(e)]]!
      let y = index[edgeV[Int(e)]]!
      if edgeSign[Int(e)] == 1 {
        p.addRow([(f, 1), (x, -1), (y, 1)], atLeast: 0)
        p.addRow([(f, 1), (x, 1), (y, -1)], atLeast: 0)
      } else {
        p.addRow([(f, 1), (x, -1), (y, -1)], atLeast: -1)
        p.addRow([(f, 1), (x, 1), (y, 1)], atLeast: 1)
      }
    }
    let member = Set(vertices)
    for t in triangles() where member.contains(t.a) && member.contains(t.b) && member.contains(t.c) {
      if let n = negativeSides(t), n % 2 == 1 {
        p.addRow(t.edges.map { (fOf[$0]!, 1) }, atLeast: 1)
      }
    }
    return (p, edges)
  }

  /// A local search for two camps: greedy single-vertex moves from several starts.
  func twoCampLocalSearch(_ vertices: [Int32], restarts: Int) -> [Int32] {
    let index = Dictionary(uniqueKeysWithValues: vertices.enumerated().map { ($1, $0) })
    let adj: [[(Int, Int8)]] = vertices.map { v in
      signedNeighbours(v).compactMap { w, e in index[w].map { ($0, edgeSign[Int(e)]) } }
    }
    var rng = SplitMix64(seed: 0x5eed_ba1a)
    var best: [Int32] = []
    var bestCost = Int.max
    for round in 0..<max(1, restarts) {
      var side: [Int32] = round == 0 ? spanningTreeColouring(adj) : vertices.map { _ in Int32(rng.next() & 1) }
      var improved = true
      while improved {
        improved = false
        for v in 0..<side.count {
          var gain = 0
          for (w, s) in adj[v] {
            let same = side[v] == side[w]
            let frustrated = s == 1 ? !same : same
            gain += frustrated ? 1 : -1
          }
          if gain > 0 {
            side[v] = 1 - side[v]
            improved = true
          }
        }
      }
      var cost = 0
      for v in 0..<side.count {
        for (w, s) in adj[v] where w > v {
          let same = side[v] == side[w]
          if s == 1 ? !same : same { cost += 1 }
        }
      }
      if cost < bestCost {
        bestCost = cost
        best = side
      }
    }
    return best
  }

  /// Camps read off a breadth-first spanning tree: a good start when few edges are frustrated.
  private func spanningTreeColouring(_ adj: [[(Int, Int8)]]) -> [Int32] {
    var side = [Int32](repeating: -1, count: adj.count)
    for root in 0..<adj.count where side[root] < 0 {
      side[root] = 0
      var queue = [root]
      var head = 0
      while head < queue.count {
        let v = queue[head]
        head += 1
        for (w, s) in adj[v] where side[w] < 0 {
          side[w] = s == 1 ? side[v] : 1 - side[v]
          queue.append(w)
        }
      }
    }
    return side
  }

  private func solveTwoCamps(_ core: [Int32], timeLimit: Double, options: FrustrationOptions)
    -> (sides: [Int32], frustration: Int, bound: Int, optimal: Bool)
  {
    var start = twoCampLocalSearch(core, restarts: options.restarts)
    if start[0] == 1 { start = start.map { 1 - $0 } }
    let (program, edges) = twoCampProgram(core)
    let index = Dictionary(uniqueKeysWithValues: core.enumerated().map { ($1, $0) })
    let startCost = frustrationWithin(core, sides: sideArray(core, start))
    var values = start.map(Double.init)
    for e in edges {
      let same = start[index[edgeU[Int(e)]]!] == start[index[edgeV[Int(e)]]!]
      values.append((edgeSign[Int(e)] == 1 ? !same : same) ? 1 : 0)
    }
    let s = program.solve(timeLimit: timeLimit, threads: options.threads, start: values)
    guard !s.values.isEmpty, s.objective.rounded() <= Double(startCost) else {
      let bound = provenBound(s.bound, cap: startCost)
      // A proven bound that reaches the count found proves it minimal, whatever stopped the solver.
      return (start, startCost, bound, bound == startCost)
    }
    let sides = (0..<core.count).map { Int32(s.values[$0].rounded()) }
    let cost = frustrationWithin(core, sides: sideArray(core, sides))
    // CBC's bound is a float; a bound within rounding of an integer is that integer.
    let bound = s.status == .optimal ? cost : provenBound(s.bound, cap: cost)
    return (sides, cost, bound, bound == cost)
  }

  /// The solver's bound as a count of edges: rounded up (frustration is an integer) after allowing
  /// for floating-point noise, never below 0 nor above the best count found.
  private func provenBound(_ bound: Double, cap: Int) -> Int {
    guard bound.isFinite else { return 0 }
    let b = (bound - 1e-6).rounded(.up)
    return b <= 0 ? 0 : b >= Double(cap) ? cap : Int(b)
  }

  private func sideArray(_ vertices: [Int32], _ local: [Int32]) -> [Int32] {
    var out = [Int32](repeating: 0, count: vertexCount)
    for (v, c) in zip(vertices, local) { out[Int(v)] = c }
    return out
  }

  // MARK: - Any number of blocs

  /// A local search for blocs: start from the components of the positive edges, then move single
  /// vertices to the neighbouring bloc (or a new one) that frustrates fewest edges.
  func clusterLocalSearch(_ vertices: [Int32], restarts: Int) -> [Int32] {
    let index = Dictionary(uniqueKeysWithValues: vertices.enumerated().map { ($1, $0) })
    let adj: [[(Int, Int8)]] = vertices.map { v in
      signedNeighbours(v).compactMap { w, e in index[w].map { ($0, edgeSign[Int(e)]) } }
    }
    let n = vertices.count
    func improve(_ b: inout [Int32]) {
      var improved = true
      var rounds = 0
      while improved && rounds < 100 {
        improved = false
        rounds += 1
        for v in 0..<n {
          // Cost of v in bloc c: positive edges to vertices outside c + negative edges inside c.
          var toBloc: [Int32: Int] = [:]  // (negatives − positives) into each neighbouring bloc
          var positives = 0
          for (w, s) in adj[v] {
            toBloc[b[w], default: 0] += s == 1 ? -1 : 1
            if s == 1 { positives += 1 }
          }
          let current = positives + (toBloc[b[v]] ?? 0)
          var bestBloc = b[v]
          var bestCost = current
          for (c, d) in toBloc.sorted(by: { $0.key < $1.key }) where positives + d < bestCost {
            bestCost = positives + d
            bestBloc = c
          }
          if positives < bestCost {  // alone in a new bloc
            bestCost = positives
            bestBloc = Int32(n + v)
          }
          if bestBloc != b[v] {
            b[v] = bestBloc
            improved = true
          }
        }
      }
    }
    func cost(_ b: [Int32]) -> Int {
      var c = 0
      for v in 0..<n {
        for (w, s) in adj[v] where w > v {
          let same = b[v] == b[w]
          if s == 1 ? !same : same { c += 1 }
        }
      }
      return c
    }
    // Start 1: components of the positive edges.
    var label = [Int32](repeating: -1, count: n)
    var next: Int32 = 0
    for root in 0..<n where label[root] < 0 {
      label[root] = next
      var stack = [root]
      while let v = stack.popLast() {
        for (w, s) in adj[v] where s == 1 && label[w] < 0 {
          label[w] = next
          stack.append(w)
        }
      }
      next += 1
    }
    var best = label
    improve(&best)
    var bestCost = cost(best)
    // Further starts: the two-camp local search, then random splits into a few blocs.
    var rng = SplitMix64(seed: 0xb10c_5)
    for round in 0..<max(0, restarts) {
      var b: [Int32] =
        round == 0
        ? twoCampLocalSearch(vertices, restarts: 1) : (0..<n).map { _ in Int32(rng.next() % UInt64(2 + round % 4)) }
      improve(&b)
      let c = cost(b)
      if c < bestCost {
        bestCost = c
        best = b
      }
    }
    return best
  }

  /// A lower bound for any number of blocs: edge-disjoint triangles with exactly one negative side
  /// (two friends of a third who are enemies) each need one frustrated edge. Packed greedily.
  func clusterTriangleBound(_ vertices: [Int32]) -> Int {
    let member = Set(vertices)
    var used = Set<Int32>()
    var count = 0
    for t in triangles() where member.contains(t.a) && member.contains(t.b) && member.contains(t.c) {
      guard negativeSides(t) == 1, !t.edges.contains(where: used.contains) else { continue }
      used.formUnion(t.edges)
      count += 1
    }
    return count
  }

  private func solveClusters(_ core: [Int32], start: [Int32], timeLimit: Double, options: FrustrationOptions)
    -> (blocs: [Int32], frustration: Int, bound: Int, optimal: Bool)
  {
    let n = core.count
    var p = IntegerProgram()
    var pairIndex = [[Int32]](repeating: [Int32](repeating: -1, count: n), count: n)
    let index = Dictionary(uniqueKeysWithValues: core.enumerated().map { ($1, $0) })
    var cost = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
    var constant = 0.0
    for e in inducedEdges(core) {
      let i = index[edgeU[Int(e)]]!
      let j = index[edgeV[Int(e)]]!
      if edgeSign[Int(e)] == 1 {
        cost[i][j] -= 1  // frustrated when apart: 1 − y
        constant += 1
      } else {
        cost[i][j] += 1  // frustrated when together: y
      }
    }
    for i in 0..<n {
      for j in (i + 1)..<n { pairIndex[i][j] = p.addVariable(cost: cost[min(i, j)][max(i, j)]) }
    }
    func y(_ i: Int, _ j: Int) -> Int32 { pairIndex[min(i, j)][max(i, j)] }
    for i in 0..<n {
      for j in (i + 1)..<n {
        for k in (j + 1)..<n {
          p.addRow([(y(i, j), 1), (y(j, k), 1), (y(i, k), -1)], atMost: 1)
          p.addRow([(y(i, j), 1), (y(j, k), -1), (y(i, k), 1)], atMost: 1)
          p.addRow([(y(i, j), -1), (y(j, k), 1), (y(i, k), 1)], atMost: 1)
        }
      }
    }
    var values = [Double](repeating: 0, count: p.variableCount)
    for i in 0..<n {
      for j in (i + 1)..<n where start[i] == start[j] { values[Int(y(i, j))] = 1 }
    }
    let s = p.solve(timeLimit: timeLimit, threads: options.threads, start: values)
    guard !s.values.isEmpty else {
      let f = frustrationWithin(core, blocs: start)
      return (start, f, provenBound(s.bound + constant, cap: f), false)
    }
    // Blocs: classes of the transitive "same bloc" relation.
    var bloc = [Int32](repeating: -1, count: n)
    var next: Int32 = 0
    for i in 0..<n where bloc[i] < 0 {
      bloc[i] = next
      for j in (i + 1)..<n where bloc[j] < 0 && s.values[Int(y(i, j))] > 0.5 { bloc[j] = next }
      next += 1
    }
    let f = frustrationWithin(core, blocs: bloc)
    let bound = s.status == .optimal ? f : provenBound(s.bound + constant, cap: f)
    return (bloc, f, bound, bound == f)
  }
}

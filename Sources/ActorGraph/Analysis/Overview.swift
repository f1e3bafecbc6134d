import GraphAnalytics

/// What an overview keeps of a selection, so a whole network answers "who is with whom" at slide
/// size: umbrella groups standing for their members, and only the most central actors.
///
/// These are choices about the data (which actors a picture stands on), so they live in the
/// domain: a library user asking for an overview gets the actors the CLI's diagram draws.
public enum Overview {
  /// Each member of an umbrella group mapped to the outermost umbrella it belongs to (through
  /// membership relations held under `filter`'s dates and attribution, whatever its types), so the
  /// umbrella can be drawn as one node for all of them.
  ///
  /// - Returns: member → umbrella; umbrellas themselves are not keys.
  /// - Complexity: O(r + m·d) for r relations, m members and d the nesting depth.
  public static func umbrellaRepresentatives(_ dataset: Dataset, filter: RelationFilter = .all) -> [Int32: Int32] {
    var links = filter
    links.types = [.membership]
    var up: [Int32: Int32] = [:]
    // The first umbrella in relation order, for a member of two: deterministic, and rare in the data.
    for r in dataset.relations where links.accepts(r) && dataset.actor(r.target).kind.isA(.umbrellaGroup) && r.source != r.target {
      if up[r.source] == nil { up[r.source] = r.target }
    }
    var out: [Int32: Int32] = [:]
    for member in up.keys {
      var top = up[member]!
      var seen: Set<Int32> = [member, top]
      while let next = up[top], !seen.contains(next) {
        seen.insert(next)
        top = next
      }
      out[member] = top
    }
    return out
  }

  /// How many members each umbrella stands for in `representatives`.
  ///
  /// - Complexity: O(m) for m members.
  public static func memberCounts(_ representatives: [Int32: Int32]) -> [Int32: Int] {
    var out: [Int32: Int] = [:]
    for u in representatives.values { out[u, default: 0] += 1 }
    return out
  }

  /// The `count` actors with the highest `measure` in the selection, after mapping each actor to
  /// its representative (an umbrella standing for its members); ties go to the lower actor id.
  ///
  /// - Complexity: that of the centrality measure on the selection's graph.
  public static func topActors(
    _ dataset: Dataset, filter: RelationFilter, by measure: CentralityMeasure, count: Int, representatives: [Int32: Int32] = [:]
  ) throws -> Set<Int32> {
    var sources: [Int32] = []
    var targets: [Int32] = []
    var touched = Set<Int32>()
    for r in dataset.relations where filter.accepts(r) {
      let s = representatives[r.source] ?? r.source, t = representatives[r.target] ?? r.target
      guard s != t else { continue }
      sources.append(s)
      targets.append(t)
      if r.type.isSymmetric {
        sources.append(t)
        targets.append(s)
      }
      touched.insert(s)
      touched.insert(t)
    }
    let graph = CompactGraph(vertexCount: dataset.actors.count, sources: sources, targets: targets, directed: true)
    let values = try graph.centrality(measure)
    let ranked = touched.sorted { a, b in
      values[Int(a)] != values[Int(b)] ? values[Int(a)] > values[Int(b)] : dataset.actor(a).id < dataset.actor(b).id
    }
    return Set(ranked.prefix(max(0, count)))
  }
}

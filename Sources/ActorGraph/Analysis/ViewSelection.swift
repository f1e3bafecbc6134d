import GraphAnalytics

/// What a view of the data shows, chosen from a ``Selection``: the relations (by index), the actors
/// in scope (the focus neighbourhoods, the path, the highlights), the actors named, the path's hops
/// and, for a diff, how each relation changed.
///
/// This is the choosing half of a diagram; the drawing half (shapes, colours, legend) only styles
/// what this hands it. The `neighbors` and `path` commands choose with the same functions
/// (``neighbourhood(of:in:depth:direction:)``, ``PathSearch``), so a query and its diagram agree.
public struct ViewSelection: Sendable {
  /// The relation filter the view selects with: the selection's, at the data's present unless it
  /// asks for a date, the whole record or a diff (``Selection/filter(for:)``).
  public var filter: RelationFilter
  /// The graph of that filter, directed unless the selection is undirected.
  public var graph: GraphSelection
  /// The relations shown, by index in dataset order: what the filter keeps; for a diff, what
  /// changed; for attacks, the attacks on the target and the links that tie each target to it.
  public var relations: [Int]
  /// For a diff, how each shown relation changed; `nil` otherwise.
  public var changes: [Int: RelationChange]?
  /// The actors in scope: the focus and its neighbourhood, the path, the highlights. Empty when
  /// the selection names none (everything is in scope).
  public var inScope: Set<Int32>
  /// The actors the selection names: the focus, the path's actors, the highlights.
  public var named: Set<Int32>
  /// The path's hops as actor pairs `[a, b]`, each both ways; empty without a path.
  public var pathPairs: Set<[Int32]>
  /// In an overview (``Selection/collapseUmbrellas``), the umbrella group each member is shown
  /// as (``Overview/umbrellaRepresentatives(_:filter:)``); empty otherwise.
  public var representative: [Int32: Int32]
  /// With ``Selection/top``, the actors kept: the most central by ``Selection/rankBy``, after
  /// collapsing (``Overview/topActors(_:filter:by:count:representatives:)``); `nil` keeps every actor.
  public var kept: Set<Int32>?

  /// Why a view cannot be chosen as asked.
  public struct Problem: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong, in words for the reader.
    public var message: String
    /// A problem saying `message`.
    public init(_ message: String) { self.message = message }
    public var description: String { message }
  }

  /// Chooses what `selection` shows of `dataset`.
  ///
  /// `dataset` is taken as given: apply the selection's source filter first
  /// (``Selection/selectingSources(_:)``) if it has one.
  ///
  /// - Throws: ``Problem`` for an actor no id, name or alias names, a diff whose dates run
  ///   backwards, a path that does not exist in the selection, or a ranking that does not converge.
  /// - Complexity: O(r + n) for the filter and graph of r relations and n actors; plus O(n + m) per
  ///   focus actor and for the path, and the attack report's O(m log m) with attacks.
  public init(_ dataset: Dataset, selection: Selection) throws(Problem) {
    let lookup = ActorLookup(dataset)
    func resolve(_ name: String) throws(Problem) -> Int32 {
      do {
        return try lookup.find(name, in: dataset)
      } catch {
        throw Problem(error.description)
      }
    }
    filter = selection.filter(for: dataset)
    graph = GraphSelection(dataset, filter: filter, undirected: selection.undirected)
    if let diff = selection.diff {
      guard diff.from.end <= diff.to.end else { throw Problem("diff takes two dates, the earlier first: [FROM, TO]") }
      // Only what changed is shown: a diff answers "what is different", not "what is".
      changes = SnapshotDiff.relationChanges(dataset, from: diff.from, to: diff.to, filter: selection.filter)
    }
    relations = []
    if let on = selection.attacksOn {
      let target = try resolve(on)
      relations = ViewSelection.attacks(dataset, on: target, in: selection.attacksIn, filter: filter)
    } else if let changes {
      relations = changes.keys.sorted()
    } else {
      for (k, r) in dataset.relations.enumerated() where filter.accepts(r) { relations.append(k) }
    }

    inScope = []
    named = []
    pathPairs = []
    for name in selection.focus {
      let a = try resolve(name)
      named.insert(a)
      for m in ViewSelection.neighbourhood(of: a, in: graph, depth: selection.depth, direction: selection.direction) {
        inScope.insert(m.actor)
      }
    }
    if let path = selection.path {
      let a = try resolve(path.from), b = try resolve(path.to)
      guard let actors = PathSearch().actorPaths(in: graph, from: a, to: b).first else {
        throw Problem(
          "no path from \(dataset.actor(a).id) to \(dataset.actor(b).id) in this selection\(selection.undirected ? "" : "; relations are followed in their direction (try undirected)")"
        )
      }
      inScope.formUnion(actors)
      named.formUnion(actors)
      for (x, y) in zip(actors, actors.dropFirst()) {
        pathPairs.insert([x, y])
        pathPairs.insert([y, x])
      }
    }
    for name in selection.highlight {
      let a = try resolve(name)
      inScope.insert(a)
      named.insert(a)
    }
    // An overview: umbrellas stand for their members, and only the most central actors stay.
    representative = selection.collapseUmbrellas ? Overview.umbrellaRepresentatives(dataset, filter: filter) : [:]
    if let top = selection.top {
      do {
        kept = try Overview.topActors(dataset, filter: filter, by: selection.rankBy, count: top, representatives: representative)
      } catch {
        throw Problem(String(describing: error))
      }
    }
  }

  /// The attacks on `target`'s footprint (in `place`, if given) that `filter` keeps whatever their
  /// type filter, and the links that make each attacked actor part of it (part-of, operated-by,
  /// presence, located-in between two actors of its reach, held at the filter's dates): "who is
  /// held responsible, by attribution", by relation index in dataset order.
  ///
  /// - Complexity: that of ``AttackReport/init(_:query:)`` and ``AttackReport/reach(_:of:links:)``,
  ///   plus O(r) over the r relations.
  public static func attacks(_ dataset: Dataset, on target: Int32, in place: String?, filter: RelationFilter) -> [Int] {
    var attackFilter = filter
    attackFilter.types = nil
    let report = AttackReport(dataset, query: .init(on: target, place: place, filter: attackFilter))
    let attacks = Set(report.pairs.flatMap(\.relationIndices))
    let footprint = AttackReport.reach(dataset, of: target, links: AttackReport.timeOnly(filter))
    var out: [Int] = []
    for (k, r) in dataset.relations.enumerated() {
      if r.type == .attack {
        if attacks.contains(k) { out.append(k) }
      } else if [.partOf, .operatedBy, .presence, .locatedIn].contains(r.type), footprint.contains(r.source),
        footprint.contains(r.target), attackFilter.accepts(r)
      {
        out.append(k)
      }
    }
    return out
  }

  /// The actors within `depth` hops of `actor` in `graph`, following relations `direction`, with
  /// their distance (the actor itself at 0), in the order of the breadth-first search. An actor the
  /// graph does not hold is its own neighbourhood.
  ///
  /// - Complexity: O(n + m) for the n actors and m arcs reached.
  public static func neighbourhood(
    of actor: Int32, in graph: GraphSelection, depth: Int, direction: Selection.Direction
  ) -> [(actor: Int32, distance: Int)] {
    guard let v = graph.vertex(ofActor: actor) else { return [(actor, 0)] }
    return graph.graph.egoNetwork(of: v, depth: depth, direction: direction.edgeDirection).map {
      (graph.actorOfVertex[Int($0.vertex)], $0.distance)
    }
  }
}

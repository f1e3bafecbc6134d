import ActorGraph
import ArgumentParser
import GraphAnalytics

struct PathCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "path",
    abstract: "How is A connected to B? Shortest paths along the direction of relations.",
    discussion: """
      Directed by default: support flows one way. --undirected ignores direction. Each hop shows its \
      relation type, date and attribution. With no path, the paths list is empty and a message goes \
      to stderr. JSON: {"from": id, "to": id, "paths": [{"length": n, "hops": [{"from": id, "to": id, \
      "type": type, "relation": id, "relations": [id], "attribution": level, "confidence": level, "time": text}]}]}. \
      Confidence is derived per relation (README 'How sure is an answer'); --min-confidence keeps only \
      hops at least that sure.
      """
        + helpFooter([
          "path iran kataib-hezbollah", "path \"United States\" \"Kataib Hezbollah\" --undirected --k 3",
          "path united-states iran --min-confidence moderate",
        ]))

  @Argument(help: "From this actor.") var a: String
  @Argument(help: "To this actor.") var b: String
  @Flag(help: "All shortest paths, not just one.") var all = false
  @Option(name: .customLong("k"), help: ArgumentHelp("The K shortest simple paths (Yen's algorithm).", valueName: "k")) var k: Int?
  @Option(help: ArgumentHelp("Longest path to accept, in hops.", valueName: "n")) var maxLength: Int?
  @Option(parsing: .singleValue, help: ArgumentHelp("Pass through this actor (repeatable).", valueName: "actor")) var via: [String] = []
  @Option(parsing: .singleValue, help: ArgumentHelp("Never pass through this actor (repeatable).", valueName: "actor")) var avoid:
    [String] = []
  @OptionGroup var data: DataOptions
  @OptionGroup var graphOptions: GraphOptions
  @OptionGroup var output: OutputOptions

  struct Hop: Codable {
    var from: String
    var to: String
    var type: String
    var relation: String
    var relations: [String]
    var attribution: String
    /// The confidence of the relation that speaks for the hop.
    var confidence: String
    var time: String
    /// True when the hop runs against the relation's own direction (only in an undirected selection).
    var reversed: Bool?
  }
  struct FoundPath: Codable {
    var length: Int
    var hops: [Hop]
  }
  struct Result: Codable {
    var from: String
    var to: String
    var paths: [FoundPath]
  }

  func validate() throws {
    if let k, k < 1 { throw ValidationError("--k must be at least 1") }
    if let maxLength, maxLength < 1 { throw ValidationError("--max-length must be at least 1") }
    if all && k != nil { throw ValidationError("use either --all or --k") }
  }

  func run() throws {
    let dataset = try data.load()
    let sel = try graphOptions.selection(dataset)
    let x = try resolveActor(a, in: dataset), y = try resolveActor(b, in: dataset)
    let viaActors = try via.map { try resolveActor($0, in: dataset) }
    let avoidActors = try avoid.map { try resolveActor($0, in: dataset) }
    var paths: [[Int32]] = []
    if let s = sel.vertex(ofActor: x), let t = sel.vertex(ofActor: y) {
      let viaVertices = viaActors.compactMap { sel.vertex(ofActor: $0) }
      if viaVertices.count == viaActors.count {
        var c = PathConstraints(
          direction: .outgoing, avoiding: Set(avoidActors.compactMap { sel.vertex(ofActor: $0) }), maxLength: maxLength)
        c.direction = .outgoing
        if !viaVertices.isEmpty {
          if let p = sel.graph.shortestPath(from: s, via: viaVertices, to: t, constraints: c) { paths = [p] }
        } else if let k {
          paths = sel.graph.kShortestPaths(from: s, to: t, k: k, constraints: c)
        } else if all {
          paths = sel.graph.allShortestPaths(from: s, to: t, constraints: c, limit: 1000)
        } else if let p = sel.graph.shortestPath(from: s, to: t, constraints: c) {
          paths = [p]
        }
      }
    }
    let result = Result(
      from: dataset.actor(x).id, to: dataset.actor(y).id,
      paths: {
        let actorPaths = paths.map { $0.map { sel.actorOfVertex[Int($0)] } }
        let arcs = Set(actorPaths.flatMap { zip($0, $0.dropFirst()).map { [$0, $1] } })
        let behind = sel.relations(behind: arcs, in: dataset)
        return actorPaths.map { actors in
          FoundPath(
            length: actors.count - 1,
            hops: zip(actors, actors.dropFirst()).map { hop(dataset, $0, $1, behind[[$0, $1]] ?? []) })
        }
      }())
    if paths.isEmpty {
      printError(
        "no path from \(result.from) to \(result.to) in this selection\(graphOptions.undirected ? "" : " (relations are followed in their direction; try --undirected)")"
      )
    }
    switch output.format {
    case .json: print(try encodeJSON(result))
    case .csv:
      var rows: [[String]] = []
      for (i, p) in result.paths.enumerated() {
        for (j, h) in p.hops.enumerated() {
          rows.append([String(i + 1), String(j + 1), h.from, h.to, h.type, h.relation, h.attribution, h.confidence, h.time])
        }
      }
      print(CSVWriter.render(["path", "hop", "from", "to", "type", "relation", "attribution", "confidence", "time"], rows))
    case .table:
      var lines: [String] = []
      for (i, p) in result.paths.enumerated() {
        lines.append("\(i == 0 ? "" : "\n")path \(i + 1) (\(p.length) hop\(p.length == 1 ? "" : "s")):")
        for h in p.hops {
          let (s, t) = h.reversed == true ? (h.to, h.from) : (h.from, h.to)
          let arrow = h.reversed == true ? "  (traversed backwards)" : ""
          lines.append(
            "  \(s) \(dataset.vocabulary.verb(h.type)) \(t)  \(h.time)  \(h.attribution), \(h.confidence) confidence  (\(h.relations.joined(separator: ", ")))\(arrow)"
          )
        }
      }
      if !lines.isEmpty { print(TextFitting.wrapAll(lines.joined(separator: "\n"), width: output.width)) }
    }
  }

  func hop(_ d: Dataset, _ u: Int32, _ v: Int32, _ rels: [Int]) -> Hop {
    // The strongest relation speaks for the hop (surest first, then most certain attribution); all are listed.
    let best =
      rels.max {
        (d.relations[$0].confidence, d.relations[$0].attribution, d.relationID($1))
          < (d.relations[$1].confidence, d.relations[$1].attribution, d.relationID($0))
      } ?? -1
    let summary = best >= 0 ? RelationSummary(d, best) : nil
    return Hop(
      from: d.actor(u).id, to: d.actor(v).id, type: summary?.type.rawValue ?? "?", relation: summary?.id ?? "",
      relations: rels.map { d.relationID($0) }, attribution: summary?.attribution.rawValue ?? "",
      confidence: summary?.confidence.rawValue ?? "",
      time: summary?.timeText ?? "",
      reversed: best >= 0 && d.relations[best].source != u && !d.relations[best].type.isSymmetric ? true : nil)
  }
}

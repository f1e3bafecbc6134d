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
      for (i, p) in result.paths.enumerated() {
        print("\(i == 0 ? "" : "\n")path \(i + 1) (\(p.length) hop\(p.length == 1 ? "" : "s")):")
        for h in p.hops {
          let (s, t) = h.reversed == true ? (h.to, h.from) : (h.from, h.to)
          let arrow = h.reversed == true ? "  (traversed backwards)" : ""
          print(
            "  \(s) \(RelationType(rawValue: h.type)?.verb ?? h.type) \(t)  \(h.time)  \(h.attribution), \(h.confidence) confidence  (\(h.relations.joined(separator: ", ")))\(arrow)"
          )
        }
      }
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
      from: d.actor(u).id, to: d.actor(v).id, type: summary?.type ?? "?", relation: summary?.id ?? "",
      relations: rels.map { d.relationID($0) }, attribution: summary?.attribution ?? "", confidence: summary?.confidence ?? "",
      time: summary?.timeText ?? "",
      reversed: best >= 0 && d.relations[best].source != u && !d.relations[best].type.isSymmetric ? true : nil)
  }
}

struct Neighbors: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "The ego network: actors within N hops of an actor.",
    discussion: """
      --direction out follows relations from the actor (whom it supports, attacks…), in follows them \
      into it, both ignores direction. JSON: {"center": id, "depth": n, "direction": d, "members": \
      [{"id", "name", "kind", "distance"}]}, sorted by distance then id.
      """ + helpFooter(["neighbors iran --depth 2 --direction out", "neighbors pmf --types membership --format json"]))

  enum Direction: String, ExpressibleByArgument, CaseIterable { case `in`, out, both }

  @Argument(help: "The actor at the centre.") var actor: String
  @Option(help: ArgumentHelp("How many hops out.", valueName: "n")) var depth: Int = 1
  @Option(help: ArgumentHelp("in, out or both.", valueName: "direction")) var direction: Direction = .both
  @OptionGroup var data: DataOptions
  @OptionGroup var graphOptions: GraphOptions
  @OptionGroup var output: OutputOptions

  struct Member: Codable {
    var id: String
    var name: String
    var kind: String
    var distance: Int
  }
  struct Result: Codable {
    var center: String
    var depth: Int
    var direction: String
    var members: [Member]
  }

  func validate() throws { if depth < 0 { throw ValidationError("--depth must be 0 or more") } }

  func run() throws {
    let dataset = try data.load()
    let sel = try graphOptions.selection(dataset)
    let x = try resolveActor(actor, in: dataset)
    var members: [Member] = []
    if let v = sel.vertex(ofActor: x) {
      let dir: EdgeDirection = direction == .in ? .incoming : direction == .out ? .outgoing : .both
      for m in sel.graph.egoNetwork(of: v, depth: depth, direction: dir) {
        let a = dataset.actor(sel.actorOfVertex[Int(m.vertex)])
        members.append(Member(id: a.id, name: a.name, kind: a.kind.rawValue, distance: m.distance))
      }
    } else {
      let a = dataset.actor(x)
      members = [Member(id: a.id, name: a.name, kind: a.kind.rawValue, distance: 0)]
    }
    members.sort { ($0.distance, $0.id) < ($1.distance, $1.id) }
    let result = Result(center: dataset.actor(x).id, depth: depth, direction: direction.rawValue, members: members)
    switch output.format {
    case .json: print(try encodeJSON(result))
    case .csv: print(CSVWriter.render(["id", "name", "kind", "distance"], members.map { [$0.id, $0.name, $0.kind, String($0.distance)] }))
    case .table:
      var t = TextTable(["distance", "id", "name", "kind"])
      t.keepWhole = [0, 1]
      for m in members { t.add([String(m.distance), m.id, m.name, m.kind]) }
      print(t.render(width: output.width))
    }
  }
}

struct Components: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Weakly and strongly connected components of the selected graph, largest first.",
    discussion: """
      Every actor of the dataset is a vertex, so an actor no selected relation touches is a component \
      of its own (as in NetworkX or igraph built from the node list); --drop-isolates leaves them out. \
      JSON: {"weak": [[id]], "strong": [[id]]}; components sorted by size, then by first member.
      """ + helpFooter(["components", "components --types support,membership --drop-isolates --format json"]))

  @OptionGroup var data: DataOptions
  @OptionGroup var graphOptions: GraphOptions
  @OptionGroup var output: OutputOptions

  struct Result: Codable {
    var weak: [[String]]
    var strong: [[String]]
  }

  func run() throws {
    let dataset = try data.load()
    let sel = try graphOptions.selection(dataset)
    func ids(_ comps: [[Int32]]) -> [[String]] {
      comps.map { $0.map { dataset.actor(sel.actorOfVertex[Int($0)]).id }.sorted() }
        .sorted { $0.count != $1.count ? $0.count > $1.count : $0.first ?? "" < $1.first ?? "" }
    }
    let result = Result(weak: ids(sel.graph.weaklyConnectedComponents()), strong: ids(sel.graph.stronglyConnectedComponents()))
    if sel.graph.edgeCount == 0 { reportEmpty("the selection has no relations; check --types and --as-of") }
    switch output.format {
    case .json: print(try encodeJSON(result))
    case .csv:
      var rows: [[String]] = []
      for (i, c) in result.weak.enumerated() { for m in c { rows.append(["weak", String(i + 1), m]) } }
      for (i, c) in result.strong.enumerated() { for m in c { rows.append(["strong", String(i + 1), m]) } }
      print(CSVWriter.render(["kind", "component", "actor"], rows))
    case .table:
      for (title, comps) in [("Weakly connected", result.weak), ("Strongly connected", result.strong)] {
        print("\(title): \(comps.count) component\(comps.count == 1 ? "" : "s")")
        for (i, c) in comps.enumerated() where c.count > 1 {
          print("  \(i + 1). \(c.count) actors: \(c.joined(separator: ", "))")
        }
        let singles = comps.filter { $0.count == 1 }.count
        if singles > 0 { print("  and \(singles) single actor\(singles == 1 ? "" : "s")") }
      }
    }
  }
}

struct Common: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "What two actors share: allies, supporters, clients, enemies and targets; statements apart.",
    discussion: """
      Allies: alliance partners of both. Supporters: actors that support both. Clients: actors both \
      support. Enemies: actors in hostility with both, or in an attack with both (either way; named \
      attackers only). Targets: actors both attacked. Statements (protest, condemnation, accusation, \
      denial, threat) are not enmity: third actors both exchanged statements with are listed in \
      their own section, with the statements, and so are statements between the two. \
      JSON: {"a", "b", "allies", "supporters", "clients", "enemies", "targets" (sorted lists of ids), \
      "enemyRelations": {id: [relation id]}, "statements": [{"actor", "withA": [relation], "withB": [relation]}], "statementsBetween": [relation]}.
      """ + helpFooter(["common iran iraq --as-of 2026", "common russia china --format json"]))

  @Argument(help: "The first actor.") var a: String
  @Argument(help: "The second actor.") var b: String
  @OptionGroup var data: DataOptions
  @OptionGroup var filters: FilterOptions
  @OptionGroup var output: OutputOptions

  func run() throws {
    let dataset = try data.load()
    let filter = try filters.snapshotFilter(dataset)
    let x = try resolveActor(a, in: dataset), y = try resolveActor(b, in: dataset)
    let result = CommonGround(dataset, x, y, filter: filter)
    if result.isEmpty { reportEmpty("\(result.a) and \(result.b) share nothing in this selection") }
    let groups = [
      ("ally", "allies", result.allies), ("supporter", "supporters", result.supporters), ("client", "clients", result.clients),
      ("enemy", "enemies (hostility, attacks)", result.enemies), ("target", "targets", result.targets),
    ]
    switch output.format {
    case .json: print(try encodeJSON(result))
    case .csv:
      var rows: [[String]] = []
      for (k, _, v) in groups { for id in v { rows.append([k, id, ""]) } }
      for s in result.statements { rows.append(["statement", s.actor, (s.withA + s.withB).map(\.id).joined(separator: ";")]) }
      if !result.statementsBetween.isEmpty {
        rows.append(["statement-between", "", result.statementsBetween.map(\.id).joined(separator: ";")])
      }
      print(CSVWriter.render(["shared", "actor", "relations"], rows))
    case .table:
      var lines = ["What \(result.a) and \(result.b) share:"]
      for (kind, title, v) in groups {
        // Enemies carry the relations behind them: an old invasion should read as one.
        let shown = kind == "enemy" ? v.map { "\($0) (\(result.enemyRelations[$0]?.joined(separator: ", ") ?? ""))" } : v
        lines.append("  \(title): \(shown.isEmpty ? "none" : shown.joined(separator: ", "))")
      }
      func said(_ r: RelationSummary) -> String {
        "\(r.source) \(RelationType(rawValue: r.type)?.verb ?? r.type) \(r.target)  \(r.timeText)  \(r.attribution) (\(r.id))"
      }
      if !result.statements.isEmpty || !result.statementsBetween.isEmpty {
        lines.append("")
        lines.append("Statements (not enmity):")
        for s in result.statements {
          lines.append("  with \(s.actor):")
          for r in s.withA + s.withB { lines.append("    " + said(r)) }
        }
        if !result.statementsBetween.isEmpty {
          lines.append("  between \(result.a) and \(result.b):")
          for r in result.statementsBetween { lines.append("    " + said(r)) }
        }
      }
      print(lines.joined(separator: "\n"))
    }
  }
}

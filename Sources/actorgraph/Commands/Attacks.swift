import ActorGraph
import ArgumentParser
import GraphAnalytics

struct Attacks: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Who attacked what, and how sure we are: attacks aggregated per attacker–target pair.",
    discussion: """
      --on ACTOR matches the actor, its parts (part-of), the sites it operates and the sites where its \
      forces are present; --by ACTOR matches the actor and its parts (attacks by the IRGC count for \
      Iran); --exact turns both off. --in PLACE takes a place actor (with everything located in it or \
      part of it) or free text matched against the event's place. Each pair lists its events with \
      their attribution, so a suspected attack never reads as a claimed one. \
      Example: attacks --on united-states --in iraq --attribution suspected,unattributed. \
      JSON: {pairs: [{attacker, target, events, count, first, last, killed, injured, atLeast, attributions: \
      {level: n}, strongest, relations: [relation]}], targets, attackers, places}.
      """
        + helpFooter([
          "attacks --on united-states --in iraq --attribution suspected,unattributed", "attacks --in Kurdistan --window 2026..2026",
          "attacks --by irgc --format json",
        ]))

  @Option(help: ArgumentHelp("Attacks on this actor (and its parts, forces' sites).", valueName: "actor")) var on: String?
  @Option(help: ArgumentHelp("Attacks by this actor (and its parts).", valueName: "actor")) var by: String?
  @Option(name: .customLong("in"), help: ArgumentHelp("Attacks in this place: an actor or text.", valueName: "place")) var place: String?
  @Option(help: ArgumentHelp("Weapon, matched as text (drone, missiles…).", valueName: "text")) var weapon: String?
  @Option(parsing: .upToNextOption, help: ArgumentHelp(visibility: .hidden))
  var between: [String] = []
  @Flag(help: "Match only the named actors, not their parts, forces or sites.") var exact = false
  @OptionGroup var data: DataOptions
  @OptionGroup var filters: FilterOptions
  @OptionGroup var output: OutputOptions

  func run() throws {
    if !between.isEmpty {
      let hint = between.count == 2 ? "--window \(between[0])..\(between[1])" : "--window FROM..TO (e.g. --window 2024..2026-03)"
      throw ValidationError("--between was removed; one spelling for a period: \(hint)")
    }
    let filter = try filters.filter()
    let dataset = try data.load()
    let q = AttackReport.Query(
      on: try on.map { try resolveActor($0, in: dataset) }, by: try by.map { try resolveActor($0, in: dataset) },
      place: place, weapon: weapon, exact: exact, filter: filter)
    let report = AttackReport(dataset, query: q)
    if report.pairs.isEmpty { reportEmpty("no attacks match this selection") }
    switch output.format {
    case .json: print(try encodeJSON(report))
    case .csv:
      print(
        CSVWriter.render(
          ["attacker", "target", "events", "count", "first", "last", "killed", "injured", "strongest", "attributions", "relations"],
          report.pairs.map {
            [
              $0.attacker, $0.target, String($0.events), $0.count.map(String.init) ?? "", $0.first ?? "", $0.last ?? "",
              $0.killed.map(String.init) ?? "", $0.injured.map(String.init) ?? "", $0.strongest,
              $0.attributions.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ";"),
              $0.relations.map(\.id).joined(separator: ";"),
            ]
          }))
    case .table:
      var apart: [String] = []
      if let undated = report.undated, !undated.isEmpty {
        apart = ["", "Undated attacks that match otherwise (no date places them in the period asked for):"]
        apart += undated.map { "  \($0.source) → \($0.target)  \($0.when ?? "undated")  \($0.attribution) (\($0.id))" }
      }
      var lines: [String] = []
      for p in report.pairs {
        var head = "\(p.attacker) → \(p.target): \(p.events) event\(p.events == 1 ? "" : "s")"
        if let f = p.first { head += ", \(f)" + (p.last.map { $0 == f ? "" : " to \($0)" } ?? "") }
        func ge(_ field: String) -> String { p.atLeast?.contains(field) == true ? "≥" : "" }
        if let k = p.killed { head += ", \(ge("killed"))\(k) killed" }
        if let i = p.injured { head += ", \(ge("injured"))\(i) injured" }
        lines.append(head)
        for r in p.relations {
          var s = "    \(r.timeText)  \(r.attribution), \(r.confidence) confidence"
          if let by = r.attributedBy { s += " (\(by))" }
          if let resp = r.response, resp != "none-reported" { s += "; accused: \(resp)" }
          if let w = r.weapon { s += "; \(w)" }
          if let pl = r.place { s += "; \(pl)" }
          s += "  [\(r.id); \(r.sources.joined(separator: ", "))]"
          lines.append(s)
        }
      }
      print((lines + apart).joined(separator: "\n"))
    }
  }
}

struct Why: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Every relation linking two actors, with the sources each rests on.",
    discussion: """
      Lists relations in either direction between A and B with their citations: outlet, title, date, \
      locator. With --path, finds the shortest path from A to B in the selection (directed unless \
      --undirected) and gives the evidence for every hop. \
      JSON: {hops: [{from, to, items: [{relation, citations: [{id, locator, outlet, title, date, url}]}]}]}.
      """
        + helpFooter(["why iran kataib-hezbollah", "why iran kataib-hezbollah --chain", "why \"United States\" iran --path --undirected"]))

  @Argument(help: "The first actor.") var a: String
  @Argument(help: "The second actor.") var b: String
  @Flag(help: "Explain each hop of the shortest path from A to B, not only direct relations.") var path = false
  @Flag(help: "Explain each hop of the shortest chain of support by which A backs B (see who-supports).") var chain = false
  @OptionGroup var data: DataOptions
  @OptionGroup var graphOptions: GraphOptions
  @OptionGroup var output: OutputOptions

  func run() throws {
    let dataset = try data.load()
    let filter = try graphOptions.filters.snapshotFilter(dataset)
    let x = try resolveActor(a, in: dataset), y = try resolveActor(b, in: dataset)
    var actors = [x, y]
    if chain {
      let answer = SupportQuery(filter: filter, rules: .sameForm).run(dataset, actor: x, direction: .clients)
      guard let c = answer.chains.first(where: { $0.supported == dataset.actor(y).id }) else {
        reportEmpty("\(dataset.actor(x).id) backs \(dataset.actor(y).id) through no chain of support in this selection")
        try printEvidence(Evidence(hops: []), format: output.format)
        return
      }
      let hops = c.hops.map { Evidence.between(dataset, dataset.index(of: $0.from)!, dataset.index(of: $0.to)!, filter: filter) }
      // Keep only the relations of the chain's own type in each hop.
      let typed = zip(hops, c.hops).map { e, h in
        Evidence.Hop(from: e.from, to: e.to, items: e.items.filter { $0.relation.type == h.type })
      }
      if output.format == .table {
        // The chain is our inference unless it is one stated relation; say so before its evidence.
        print("\(c.supporter) backs \(c.supported): \(c.kind), \(c.attribution), \(c.confidence) confidence (rule: \(c.rule))")
      }
      try printEvidence(Evidence(hops: typed), format: output.format)
      return
    }
    if path {
      let sel = try graphOptions.selection(dataset)
      guard let s = sel.vertex(ofActor: x), let t = sel.vertex(ofActor: y),
        let p = sel.graph.shortestPath(from: s, to: t, constraints: PathConstraints(direction: .outgoing))
      else {
        reportEmpty("no path from \(dataset.actor(x).id) to \(dataset.actor(y).id) in this selection")
        try printEvidence(Evidence(dataset, path: [], filter: filter), format: output.format)
        return
      }
      actors = p.map { sel.actorOfVertex[Int($0)] }
    }
    try printEvidence(Evidence(dataset, path: actors, filter: filter), format: output.format)
  }
}

func printEvidence(_ evidence: Evidence, format: OutputFormat) throws {
  switch format {
  case .json: print(try encodeJSON(evidence))
  case .csv:
    var rows: [[String]] = []
    for h in evidence.hops {
      for item in h.items {
        for c in item.citations {
          rows.append([
            h.from, h.to, item.relation.id, item.relation.type, item.relation.attribution, item.relation.confidence, c.id, c.locator ?? "",
            c.outlet ?? "", c.title ?? "", c.date ?? "",
          ])
        }
      }
    }
    print(
      CSVWriter.render(
        ["from", "to", "relation", "type", "attribution", "confidence", "source", "locator", "outlet", "title", "date"], rows))
  case .table:
    var lines: [String] = []
    for h in evidence.hops {
      lines.append("\(h.from) – \(h.to):")
      if h.items.isEmpty { lines.append("  no relation in the data") }
      for item in h.items {
        let r = item.relation
        lines.append(
          "  \(r.source) \(RelationType(rawValue: r.type)?.verb ?? r.type) \(r.target)  \(r.timeText)  \(r.attribution)\(r.attributedBy.map { " by \($0)" } ?? ""), \(r.confidence) confidence  (\(r.id))"
        )
        for c in item.citations {
          let what = [c.reliability.map { "grade \($0)" }, c.outlet, c.title.map { "“\($0)”" }, c.date].compactMap { $0 }.joined(
            separator: ", ")
          lines.append("      \(c.id)\(c.locator.map { ":\($0)" } ?? ""): \(what)")
        }
        if let n = r.note { lines.append("      note: \(n)") }
      }
    }
    print(lines.joined(separator: "\n"))
  }
}

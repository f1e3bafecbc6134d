import ActorGraph
import ArgumentParser
import GraphAnalytics

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
      """ + helpFooter(["common iran iraq --as-of 2026", "common iran iraq --as-of 1985 --recent 5y", "common russia china --format json"]))

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
    if result.isEmpty {
      reportEmpty("\(result.a) and \(result.b) share nothing in this selection", about: [x, y], filter: filter, in: dataset)
    }
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
        "\(r.source) \(dataset.vocabulary.verb(r.type)) \(r.target)  \(r.timeText)  \(r.attribution) (\(r.id))"
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
      print(TextFitting.wrapAll(lines.joined(separator: "\n"), width: output.width))
    }
  }
}

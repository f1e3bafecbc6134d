import ActorGraph
import ArgumentParser

struct Show: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Profile one actor: kind, aliases, memberships, members, and its relations by type.",
    discussion: """
      ACTOR is an id, name or alias (case- and accent-insensitive). Relations are listed out of and \
      into the actor, grouped by type, with dates, attribution and sources. \
      With --as-of, an actor not founded yet, dissolved already, or of which the data records \
      nothing yet on that date gets a note saying so and on what grounds (JSON: existence). \
      JSON: {id, name, kind, subkind, country, aliases, notes, inferred, sources, founded, dissolved, \
      existence: {standing, asOf, founded, dissolved, firstRecord, firstRecordRelation, \
      firstRecordBasis, sources, message}, memberOf, members, \
      outgoing: [{type, relations: [relation]}], incoming: [...]}; a relation is {id, type, subtypes, \
      source, target, since, until, date, when, attribution, attributedBy, response, status, place, \
      weapon, count, killed, injured, atLeast, outcome, sources, note}, absent fields omitted.
      Each relation is followed by its outcome (events) and its note. Lines are wrapped to COLUMNS \
      (80 when unset); --wide prints them unbroken.
      """
        + helpFooter([
          "show IRGC", "show erbil --wide", "show \"Kataib Hezbollah\" --as-of 2026 --format json", "show pmf --as-of 2010",
        ]))

  @Argument(help: "The actor: id, name or alias.") var actor: String
  @OptionGroup var data: DataOptions
  @OptionGroup var filters: FilterOptions
  @OptionGroup var output: OutputOptions

  func run() throws {
    let dataset = try data.load()
    let filter = try filters.snapshotFilter(dataset)
    let index = try resolveActor(actor, in: dataset)
    let p = ActorProfile(dataset, actor: index, filter: filter)
    switch output.format {
    case .json: print(try encodeJSON(p))
    case .csv:
      let all = (p.outgoing + p.incoming).flatMap(\.relations)
      print(relationsCSV(all))
    case .table:
      var lines = ["\(p.name) (\(p.id))", "  kind: \(p.kind)\(p.subkind.map { "/\($0)" } ?? "")"]
      if let c = p.country { lines.append("  country: \(c)") }
      if p.founded != nil || p.dissolved != nil {
        lines.append(
          "  exists: " + (p.founded.map { "founded \($0)" } ?? "founding not stated") + (p.dissolved.map { ", dissolved \($0)" } ?? ""))
      }
      if !p.aliases.isEmpty { lines.append("  aliases: \(p.aliases.joined(separator: "; "))") }
      if p.inferred { lines.append("  (this actor is our inference)") }
      if !p.memberOf.isEmpty { lines.append("  member of: \(p.memberOf.joined(separator: ", "))") }
      if !p.members.isEmpty { lines.append("  members: \(p.members.joined(separator: ", "))") }
      if let n = p.notes { lines.append("  notes: \(n)") }
      if !p.sources.isEmpty { lines.append("  sources: \(p.sources.joined(separator: ", "))") }
      if let existence = p.existence { lines += ["", "Note: " + existence.message] }
      for (title, groups, outgoing) in [("Relations from", p.outgoing, true), ("Relations to", p.incoming, false)] {
        guard !groups.isEmpty else { continue }
        lines.append("")
        lines.append("\(title) \(p.id):")
        for g in groups {
          lines.append("  \(g.type) (\(g.relations.count))")
          for r in g.relations {
            lines.append("    " + describe(r, from: outgoing ? nil : r.source, to: outgoing ? r.target : nil))
            lines += commentary(r).map { "        " + $0 }
          }
        }
      }
      print(TextFitting.wrapAll(lines.joined(separator: "\n"), width: output.width))
    }
  }
}

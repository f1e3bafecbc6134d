import ActorGraph
import ArgumentParser
import GraphAnalytics

struct Attacks: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Who attacked what, and how sure we are: attacks aggregated per attacker–target pair.",
    discussion: """
      --on ACTOR matches the actor, its parts (part-of), the sites it operates, the sites where its \
      forces are present, and everything located in any of them (located-in, transitively: --on iraq \
      includes the U.S. bases located in Iraq); --by ACTOR matches the actor and its parts (attacks by \
      the IRGC count for Iran). --in PLACE names places by id, name or alias (case and accents \
      folded) and matches an attack whose target, or whose place words, lie within one of them \
      (located-in, transitively: --in Kurdistan finds a place that reads "Iraqi Kurdistan" and the \
      sites located in Erbil); text that names no place is matched as words of the place. --exact \
      turns the parts, sites and place tree off for all three. Each pair lists its events with \
      their attribution, so a suspected attack never reads as a claimed one. Attacks that were not \
      carried out (status planned or potential) are listed apart and counted nowhere. The table gives \
      each event's date, subtype, attribution, confidence, count, killed, injured (≥ for a lower \
      bound) and weapon, and under it who attributes it, the source's words for the time, the place, \
      the outcome and the sources; it is fitted to COLUMNS (80 when unset), --wide prints it whole. \
      Records that name the same event (`event:` in the data: two actors blamed for one strike, the \
      two sides of a war) are one event: counted once in each pair and in the closing "In all" line, \
      their killed and injured taken from the highest account, never added; each record lists the \
      event's other accounts beside it, also those the selection leaves out. \
      Example: attacks --on united-states --in iraq --attribution suspected,unattributed. \
      JSON: {pairs: [{attacker, target, events, count, first, last, killed, injured, atLeast, attributions: \
      {level: n}, strongest, relations: [relation]}], targets, attackers, places, undated: [relation], \
      unrealised: [relation], events: [{id, records, attributions: [{record, attacker, target, type, \
      attribution, confidence, attributedBy, inAnswer}], count, killed, injured, atLeast}], totals: \
      {events, records, killed, injured, atLeast}}; a relation carries `event` when it names one. \
      With no attack, a message goes to stderr, with a note when --on or --by was not founded yet, \
      or dissolved, on the --as-of date (see `show`).
      """
        + helpFooter([
          "attacks --on united-states --in iraq --attribution suspected,unattributed", "attacks --in Kurdistan --window 2026..2026",
          "attacks --on kurdistan-region", "attacks --on iraq --exact",
          "attacks --by irgc --format json", "attacks --by iran --wide", "attacks --on erbil --exact --whole-record",
        ]))

  @Option(help: ArgumentHelp("Attacks on this actor (and its parts, its forces' sites, what is located in it).", valueName: "actor"))
  var on: String?
  @Option(help: ArgumentHelp("Attacks by this actor (and its parts).", valueName: "actor")) var by: String?
  @Option(
    name: .customLong("in"),
    help: ArgumentHelp("Attacks in this place and everything located in it (a place's id, name or alias, or words).", valueName: "place"))
  var place: String?
  @Option(help: ArgumentHelp("Weapon, matched as text (drone, missiles…).", valueName: "text")) var weapon: String?
  @Option(parsing: .upToNextOption, help: ArgumentHelp(visibility: .hidden))
  var between: [String] = []
  @Flag(help: "Match only the named actors and places, not their parts, sites or what is located in them.") var exact = false
  @OptionGroup var data: DataOptions
  @OptionGroup var filters: FilterOptions
  @OptionGroup var output: OutputOptions

  func run() throws {
    if !between.isEmpty {
      let hint = between.count == 2 ? "--window \(between[0])..\(between[1])" : "--window FROM..TO (e.g. --window 2024..2026-03)"
      throw ValidationError("--between was removed; one spelling for a period: \(hint)")
    }
    let dataset = try data.load()
    let filter = try filters.filter(vocabulary: dataset.vocabulary)
    let q = AttackReport.Query(
      on: try on.map { try resolveActor($0, in: dataset) }, by: try by.map { try resolveActor($0, in: dataset) },
      place: place, weapon: weapon, exact: exact, filter: filter)
    if let place, Places(dataset).resolve(place).isEmpty {
      printError("note: '\(place)' names no place; matched as words of each attack's place")
    }
    let report = AttackReport(dataset, query: q)
    if report.pairs.isEmpty {
      reportEmpty(
        report.unrealised == nil ? "no attacks match this selection" : "no attack that was carried out matches this selection",
        about: [q.on, q.by].compactMap { $0 }, filter: filter, in: dataset)
    }
    switch output.format {
    case .json: print(try encodeJSON(report))
    case .csv:
      print(
        CSVWriter.render(
          ["attacker", "target", "events", "count", "first", "last", "killed", "injured", "strongest", "attributions", "relations"],
          report.pairs.map {
            [
              $0.attacker, $0.target, String($0.events), $0.count.map(String.init) ?? "", $0.first?.description ?? "",
              $0.last?.description ?? "", $0.killed.map(String.init) ?? "", $0.injured.map(String.init) ?? "", $0.strongest.rawValue,
              $0.attributions.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ";"),
              $0.relations.map(\.id).joined(separator: ";"),
            ]
          }))
    case .table:
      let text = AttacksTable(report: report, width: output.width).render()
      if !text.isEmpty { print(text) }
    }
  }
}

import ActorGraph
import ActorGraphDiagrams
import ActorGraphViews
import ArgumentParser

struct TimelineCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "timeline",
    abstract: "The chronological record of an actor's relations and events, or of a pair's.",
    discussion: """
      Entries are sorted by start (an event's date, a state's since); undated entries come last. \
      JSON: {actors: [id], entries: [{start, end, kind: event|began|undated, relation}]}. With \
      nothing to list, a message goes to stderr, with a note when an actor was not founded yet, or \
      dissolved, on the --as-of date (see `show`).
      """ + helpFooter(["timeline iran iraq --as-of 1985", "timeline kataib-hezbollah --format json"]))

  @Argument(help: "The actor: id, name or alias.") var actor: String
  @Argument(help: "A second actor: only relations between the two.") var other: String?
  @OptionGroup var data: DataOptions
  @OptionGroup var filters: FilterOptions
  @OptionGroup var output: OutputOptions

  func run() throws {
    let dataset = try data.load()
    let filter = try filters.filter(vocabulary: dataset.vocabulary)
    let a = try resolveActor(actor, in: dataset)
    let b = try other.map { try resolveActor($0, in: dataset) }
    let t = Timeline(dataset, actor: a, other: b, filter: filter)
    if t.entries.isEmpty {
      reportEmpty(
        "nothing in the data for \(t.actors.joined(separator: " and ")) in this selection", about: [a] + (b.map { [$0] } ?? []),
        filter: filter,
        in: dataset)
    }
    switch output.format {
    case .json: print(try encodeJSON(t))
    case .csv: print(relationsCSV(t.entries.map(\.relation) + (t.undated ?? [])))
    case .table:
      var table = TextTable(["when", "relation", "attribution", "sources", "id"])
      table.keepWhole = [2, 4]
      // Wide enough for a day-precise range ("2026-03-04..2026-03-11"); the words after it may be cut.
      table.minimumWidths = [0: 22, 1: 26]
      for e in t.entries {
        let r = e.relation
        let verb = dataset.vocabulary.verb(r.type)
        let sub = r.subtypes.map { " [\($0.joined(separator: ", "))]" } ?? ""
        var facts = ""
        if let k = r.killed { facts += ", \(r.quantity(k, "killed")) killed" }
        if let i = r.injured { facts += ", \(r.quantity(i, "injured")) injured" }
        table.add([
          r.timeText, "\(r.source) \(verb) \(r.target)\(sub)\(facts)", r.attribution.rawValue, r.sources.joined(separator: " "), r.id,
        ])
      }
      print("Timeline of \(t.actors.joined(separator: " and "))")
      print(table.render(width: output.width))
      if let undated = t.undated, !undated.isEmpty {
        print("\nUndated (no date places them in the period asked for):")
        for r in undated {
          print(
            "  \(r.source) \(dataset.vocabulary.verb(r.type)) \(r.target)  \(r.when ?? "undated")  \(r.attribution) (\(r.id))"
          )
        }
      }
    }
  }
}

import ActorGraph
import ArgumentParser

struct Sources: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "The source list: each source's reliability grade, who relays it, and how much rests on it.",
    discussion: """
      Grades are the NATO/Admiralty letters (A completely reliable, B usually reliable, C fairly \
      reliable, D not usually reliable, E unreliable, F cannot be judged). A report known only \
      through another source (relayed_by) keeps its own grade; `eff` is the grade that counts for \
      confidence, the worse of its own and its relay's. `relations` counts relations citing the \
      source or a report it relays; `only` those that would go if the source were dropped \
      (see also `rests-on`). \
      JSON: a list of {id, outlet, title, date, url, reliability, reliabilityReason, relayedBy, \
      effectiveReliability, relations, only, actors}, sorted by id; absent fields omitted.
      """ + helpFooter(["sources", "sources --format json", "sources --exclude-sources d0,d4"]))

  @OptionGroup var data: DataOptions
  @OptionGroup var output: OutputOptions

  func run() throws {
    let dataset = try data.load()
    let rows = SourceUsage.all(dataset)
    if rows.isEmpty { reportEmpty("the dataset lists no sources") }
    switch output.format {
    case .json: print(try encodeJSON(rows))
    case .csv:
      print(
        CSVWriter.render(
          ["id", "outlet", "title", "date", "reliability", "effective_reliability", "relayed_by", "relations", "only", "actors", "reason"],
          rows.map {
            [
              $0.id, $0.outlet ?? "", $0.title ?? "", $0.date ?? "", $0.reliability ?? "", $0.effectiveReliability ?? "",
              $0.relayedBy ?? "", String($0.relations), String($0.only), String($0.actors), $0.reliabilityReason ?? "",
            ]
          }))
    case .table:
      var t = TextTable(["id", "grade", "eff", "relayed by", "relations", "only", "actors", "outlet", "reason"])
      t.keepWhole = [0]
      for r in rows {
        t.add([
          r.id, r.reliability ?? "-", r.effectiveReliability ?? "-", r.relayedBy ?? "", String(r.relations), String(r.only),
          String(r.actors), r.outlet ?? "", r.reliabilityReason ?? "",
        ])
      }
      print(t.render(width: output.width))
    }
  }
}

import ActorGraph
import ArgumentParser

struct Balance: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Structural balance of the signed ally/enemy graph, and the blocs it falls into.",
    discussion: """
      Signs pairs of actors from their relations (alliance, alignment, support +; hostility, attack −; \
      by default only alliance and hostility — widen with --types), lists the unbalanced triads \
      (an odd number of hostile sides: the friend of my friend is my enemy), pairs that are ally and \
      enemy at once, the blocs (components of positive ties) and the hostile ties inside a bloc. \
      All-negative triads are flagged: unbalanced for Heider, allowed under weak balance. Use --as-of \
      to see how balance changes over time. JSON: {positivePairs, negativePairs, ambivalent: [{actors, \
      sign, relations}], triads, balancedTriads, balanceIndex, unbalanced: [{actors, signs, balanced, \
      allNegative}], ambivalentTriads: [triad], blocs: [[id]], frustrated: [{actors, sign, relations}]}.
      """ + helpFooter(["balance --as-of 2026", "balance --as-of 1985 --format json"]))

  @OptionGroup var data: DataOptions
  @OptionGroup var filters: FilterOptions
  @OptionGroup var output: OutputOptions

  func run() throws {
    let dataset = try data.load()
    let filter = try filters.snapshotFilter(dataset, defaultTypes: [.alliance, .hostility])
    let b = StructuralBalance(dataset, filter: filter)
    if b.positivePairs == 0 && b.negativePairs == 0 { reportEmpty("no signed pair of actors in this selection") }
    switch output.format {
    case .json: print(try encodeJSON(b))
    case .csv:
      print(
        CSVWriter.render(
          ["a", "b", "c", "signs", "all_negative"],
          b.unbalanced.map { $0.actors + [$0.signs.joined(), $0.allNegative ? "yes" : "no"] }))
    case .table:
      var lines = [
        "\(b.positivePairs) allied pairs, \(b.negativePairs) hostile pairs, \(b.ambivalent.count) both",
        "\(b.triads) triads, \(b.balancedTriads) balanced (balance index \(formatScore(b.balanceIndex)))",
      ]
      let strict = b.unbalanced.filter { !$0.allNegative }
      let weak = b.unbalanced.filter(\.allNegative)
      if !strict.isEmpty {
        lines.append("")
        lines.append("Unbalanced triads (signs of a–b, b–c, a–c):")
        for t in strict { lines.append("  \(t.actors.joined(separator: ", "))  \(t.signs.joined(separator: " "))") }
      }
      if !weak.isEmpty {
        lines.append("")
        lines.append("All-hostile triads (unbalanced for Heider, allowed under weak balance):")
        for t in weak { lines.append("  \(t.actors.joined(separator: ", "))") }
      }
      if !b.ambivalentTriads.isEmpty {
        lines.append("")
        lines.append("Triads with an ambivalent side (± = ally and enemy at once):")
        for t in b.ambivalentTriads { lines.append("  \(t.actors.joined(separator: ", "))  \(t.signs.joined(separator: " "))") }
      }
      if !b.ambivalent.isEmpty {
        lines.append("")
        lines.append("Ally and enemy at once:")
        for p in b.ambivalent { lines.append("  \(p.actors.joined(separator: " – "))  (\(p.relations.joined(separator: ", ")))") }
      }
      if !b.blocs.isEmpty {
        lines.append("")
        lines.append("Blocs (connected by positive ties):")
        for (i, bloc) in b.blocs.enumerated() { lines.append("  \(i + 1). \(bloc.joined(separator: ", "))") }
      }
      if !b.frustrated.isEmpty {
        lines.append("")
        lines.append("Hostile ties inside a bloc:")
        for p in b.frustrated { lines.append("  \(p.actors.joined(separator: " – "))  (\(p.relations.joined(separator: ", ")))") }
      }
      print(lines.joined(separator: "\n"))
    }
  }
}

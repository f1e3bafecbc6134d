import ActorGraph
import ArgumentParser
import GraphAnalytics

struct Why: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Every relation linking two actors, with the sources each rests on.",
    discussion: """
      Lists relations in either direction between A and B in date order (undated ones last), each \
      with its citations (outlet, title, date, locator), outcome and note. With --path, finds the \
      shortest path from A to B in the selection (directed unless --undirected) and gives the \
      evidence for every hop. Lines are wrapped to COLUMNS (80 when unset); --wide leaves them whole. \
      JSON: {hops: [{from, to, items: [{relation, citations: [{id, locator, outlet, title, date, url}]}]}]}.
      """
        + helpFooter([
          "why iran kataib-hezbollah", "why iran kataib-hezbollah --chain", "why \"United States\" iran --path --undirected",
          "why iran iraq --whole-record --wide",
        ]))

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
      guard let c = SupportQuery(filter: filter, rules: .sameForm).chain(dataset, from: x, to: y) else {
        reportEmpty(
          "\(dataset.actor(x).id) backs \(dataset.actor(y).id) through no chain of support in this selection", about: [x, y],
          filter: filter,
          in: dataset)
        try printEvidence(Evidence(hops: []), format: output.format, width: output.width)
        return
      }
      if output.format == .table {
        // The chain is our inference unless it is one stated relation; say so before its evidence.
        print("\(c.supporter) backs \(c.supported): \(c.kind), \(c.attribution), \(c.confidence) confidence (rule: \(c.rule))")
      }
      try printEvidence(
        Evidence(dataset, chain: c, filter: filter), format: output.format, width: output.width, vocabulary: dataset.vocabulary)
      return
    }
    if path {
      guard let p = PathSearch().actorPaths(in: try graphOptions.selection(dataset), from: x, to: y).first else {
        reportEmpty(
          "no path from \(dataset.actor(x).id) to \(dataset.actor(y).id) in this selection", about: [x, y], filter: filter, in: dataset)
        try printEvidence(
          Evidence(dataset, path: [], filter: filter), format: output.format, width: output.width, vocabulary: dataset.vocabulary)
        return
      }
      actors = p
    }
    try printEvidence(
      Evidence(dataset, path: actors, filter: filter), format: output.format, width: output.width, vocabulary: dataset.vocabulary)
  }
}

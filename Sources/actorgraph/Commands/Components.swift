import ActorGraph
import ArgumentParser
import GraphAnalytics

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

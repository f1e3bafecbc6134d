import ActorGraph
import ArgumentParser
import Foundation
import GraphAnalytics

struct Centrality: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Rank actors by a centrality measure on the selected graph: who is the broker here?",
    discussion: """
      The values are NetworkX's, value for value: in the default directed mode on the DiGraph of the \
      selected arcs, with --undirected on the Graph. The vertex set is every actor of the dataset, \
      including those no selected relation touches (they score 0 and count in n), as NetworkX and \
      igraph do when the graph is built from the node list; --drop-isolates keeps only actors at either \
      end of a selected relation (the values then change, since n changes). Defaults normalise as NetworkX's defaults do: \
      degree measures divide by n−1; betweenness (Brandes) by (n−1)(n−2), and by (n−1)(n−2)/2 \
      undirected; closeness uses incoming distances with the Wasserman–Faust correction; harmonic is \
      a raw sum of 1/d; eigenvector and Katz have unit Euclidean norm (left eigenvector: in-edges); \
      PageRank (alpha 0.85) sums to 1. --raw gives unnormalised values. \
      JSON: {"measure": "...", "directed": bool, "normalized": bool, "scores": [{"id", "name", "score"}]}, \
      sorted by score descending, then id.
      """
        + helpFooter([
          "centrality --measure betweenness --top 5",
          "centrality --measure pagerank --types support,membership --format json",
          "centrality --measure degree --types support --drop-isolates",
          "centrality --measure pagerank --as-of 2014 --recent 2y", "centrality --measure betweenness --whole-record",
        ]))

  @Option(
    help: ArgumentHelp("The measure: \(CentralityMeasure.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "measure"))
  var measure: CentralityMeasure

  @Flag(help: "Unnormalised values.") var raw = false
  @Option(help: ArgumentHelp("Show only the top N actors.", valueName: "n")) var top: Int?
  @Option(help: ArgumentHelp("Betweenness: estimate from K sampled pivots (for big graphs).", valueName: "k")) var sample: Int?
  @Option(help: ArgumentHelp("Seed for --sample.", valueName: "seed")) var seed: UInt64 = 0

  @OptionGroup var data: DataOptions
  @OptionGroup var graphOptions: GraphOptions
  @OptionGroup var output: OutputOptions

  struct Score: Codable {
    var id: String
    var name: String
    var score: Double
  }

  struct Result: Codable {
    var measure: String
    var directed: Bool
    var normalized: Bool
    var scores: [Score]
  }

  func validate() throws {
    if let top, top < 1 { throw ValidationError("--top must be at least 1") }
    if let sample, sample < 1 { throw ValidationError("--sample must be at least 1") }
    if sample != nil && measure != .betweenness { throw ValidationError("--sample applies to betweenness only") }
  }

  func run() throws {
    let dataset = try data.load()
    let sel = try graphOptions.selection(dataset)
    let g = sel.graph
    let values: [Double]
    do {
      // --raw asks for unnormalised values; otherwise NetworkX's defaults (harmonic is raw there).
      values = try g.centrality(
        measure, normalized: raw ? false : nil, sample: sample, seed: seed,
        progress: [.betweenness, .closeness, .harmonic].contains(measure) ? progressReporter(measure.rawValue) : nil)
    } catch {
      throw CLIError("\(error)")
    }
    var scores = (0..<values.count).map { v in
      let a = dataset.actor(sel.actorOfVertex[v])
      return Score(id: a.id, name: a.name, score: values[v])
    }
    scores.sort { $0.score != $1.score ? $0.score > $1.score : $0.id < $1.id }
    if let top { scores = Array(scores.prefix(top)) }
    let result = Result(
      measure: measure.rawValue, directed: !graphOptions.undirected,
      normalized: raw ? false : measure.networkXDefaultNormalized, scores: scores)
    if g.edgeCount == 0 { reportEmpty("the selection has no relations; check --types and --as-of") }
    switch output.format {
    case .json: print(try encodeJSON(result))
    case .csv: print(CSVWriter.render(["id", "name", "score"], scores.map { [$0.id, $0.name, "\($0.score)"] }))
    case .table:
      var t = TextTable(["rank", "id", "name", measure.rawValue])
      t.keepWhole = [0, 1, 3]
      for (i, s) in scores.enumerated() { t.add([String(i + 1), s.id, s.name, formatScore(s.score)]) }
      print(t.render(width: output.width))
    }
  }
}

func formatScore(_ x: Double) -> String {
  if x == x.rounded() && abs(x) < 1e15 { return String(Int(x)) }
  let s = String(format: "%.6f", x)
  return s
}

extension CentralityMeasure: ExpressibleByArgument {}

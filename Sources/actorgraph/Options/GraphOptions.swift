import ActorGraph
import ArgumentParser
import Foundation
import GraphAnalytics

/// The selection that turns the dataset into a graph: the shared filters plus the direction.
struct GraphOptions: ParsableArguments {
  @OptionGroup var filters: FilterOptions

  @Flag(help: "Treat every relation as undirected (the NetworkX Graph rather than DiGraph).")
  var undirected = false

  @Flag(
    help: """
      Leave out actors with no selected relation. By default every actor of the dataset is a vertex \
      (isolated ones score 0), as in NetworkX or igraph built from the node list.
      """)
  var dropIsolates = false

  /// The graph of the domain's selection these flags make (``FilterOptions/selection(vocabulary:_:)``
  /// with `--undirected`), at the data's present unless a date or the whole record is asked for.
  func selection(_ dataset: Dataset, defaultTypes: Set<RelationType>? = nil) throws -> GraphSelection {
    let selection = try filters.selection(vocabulary: dataset.vocabulary, undirected ? [.undirected: ["true"]] : [:])
    var filter = selection.filter(for: dataset)
    if filters.types == nil { filter.types = defaultTypes }
    return GraphSelection(dataset, filter: filter, undirected: selection.undirected, includeIsolated: !dropIsolates)
  }
}

/// Whether stderr is a terminal, so progress lines help rather than pollute logs.
var stderrIsTerminal: Bool { isatty(2) == 1 }

/// A progress printer for long runs: a single updating line on a terminal, nothing otherwise.
func progressReporter(_ label: String) -> ProgressHandler? {
  guard stderrIsTerminal else { return nil }
  return { done, total in
    let pct = total == 0 ? 100 : done * 100 / total
    FileHandleOutput.writeStderr("\r\(label): \(pct)% (\(done)/\(total))" + (done >= total ? "\n" : ""))
  }
}

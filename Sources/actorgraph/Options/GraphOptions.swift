import ActorGraph
import ArgumentParser
import Foundation
import GraphAnalytics

/// The selection that turns the dataset into a graph: the shared filters plus the direction.
struct GraphOptions: ParsableArguments {
  @OptionGroup var filters: FilterOptions

  @Flag(help: "Treat every relation as undirected (the NetworkX Graph rather than DiGraph).")
  var undirected = false

  @Flag(help: "Keep actors with no selected relation as isolated vertices.")
  var includeIsolated = false

  func selection(_ dataset: Dataset, defaultTypes: Set<RelationType>? = nil) throws -> GraphSelection {
    GraphSelection(
      dataset, filter: try filters.filter(defaultTypes: defaultTypes), undirected: undirected, includeIsolated: includeIsolated)
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

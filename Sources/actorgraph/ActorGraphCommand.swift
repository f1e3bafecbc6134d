import ArgumentParser
import Foundation

@main
struct ActorGraphCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "actorgraph",
    abstract: "Model a conflict's actors as a typed, dated, sourced graph, and ask it questions.",
    discussion: """
      Datasets live as text in graphs/ (YAML for people, nodes.csv/edges.csv for bulk data; see \
      docs/data-format.md). Actors are named by id, name or alias, in any case and with or without \
      accents. Every query refuses data that fails validation. Diagrams are declared in \
      graphs/views.yaml and kept current by `actorgraph build`.

      \(ExitStatus.helpText)
      """,
    version: ActorGraphVersion.string,
    subcommands: [
      Validate.self, Actors.self, Show.self, WhoSupports.self, BackedBy.self, Attacks.self, TimelineCommand.self,
      Diff.self, Why.self, Sources.self, RestsOn.self, Centrality.self, PathCommand.self, Neighbors.self, Components.self, Common.self,
      Balance.self, Render.self, Report.self, Export.self, Import.self, Build.self, Watch.self,
    ]
  )

  static func main() {
    Foundation.exit(runMapped(Array(CommandLine.arguments.dropFirst())))
  }
}

enum ActorGraphVersion {
  static let string = "0.1.0"
}

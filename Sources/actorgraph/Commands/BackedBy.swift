import ActorGraph
import ArgumentParser

struct BackedBy: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "backed-by",
    abstract: "Whom an actor supports: its clients, members of umbrella groups it backs, and what we infer beyond that.",
    discussion: "The other direction of who-supports; same options and JSON shape, with direction \"clients\"."
      + helpFooter(["backed-by iran", "backed-by iran --transitive --format json"]))

  @OptionGroup var options: SupportOptions

  func run() throws { try options.run(.clients) }
}

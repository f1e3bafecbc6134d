import ActorGraph
import ArgumentParser

struct Neighbors: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "The ego network: actors within N hops of an actor.",
    discussion: """
      --direction out follows relations from the actor (whom it supports, attacks…), in follows them \
      into it, both ignores direction. JSON: {"center": id, "depth": n, "direction": d, "members": \
      [{"id", "name", "kind", "distance"}]}, sorted by distance then id. With no neighbour, a message \
      goes to stderr, with a note when the actor was not founded yet, or dissolved, on the --as-of \
      date (see `show`).
      """
        + helpFooter([
          "neighbors iran --depth 2 --direction out", "neighbors pmf --types membership --format json", "neighbors pmf --as-of 2010",
        ]))

  @Argument(help: "The actor at the centre.") var actor: String
  @Option(help: ArgumentHelp("How many hops out.", valueName: "n")) var depth: Int = 1
  @Option(help: ArgumentHelp("in, out or both.", valueName: "direction")) var direction: Selection.Direction = .both
  @OptionGroup var data: DataOptions
  @OptionGroup var graphOptions: GraphOptions
  @OptionGroup var output: OutputOptions

  struct Member: Codable {
    var id: String
    var name: String
    var kind: String
    var distance: Int
  }
  struct Result: Codable {
    var center: String
    var depth: Int
    var direction: String
    var members: [Member]
  }

  func validate() throws { if depth < 0 { throw ValidationError("--depth must be 0 or more") } }

  func run() throws {
    let dataset = try data.load()
    let sel = try graphOptions.selection(dataset)
    let x = try resolveActor(actor, in: dataset)
    // The same neighbourhood a diagram's focus shows.
    var members = ViewSelection.neighbourhood(of: x, in: sel, depth: depth, direction: direction).map { m in
      let a = dataset.actor(m.actor)
      return Member(id: a.id, name: a.name, kind: a.kind.rawValue, distance: m.distance)
    }
    members.sort { ($0.distance, $0.id) < ($1.distance, $1.id) }
    let result = Result(center: dataset.actor(x).id, depth: depth, direction: direction.rawValue, members: members)
    if members.count <= 1 {
      reportEmpty(
        "no neighbour of \(result.center) in this selection", about: [x], filter: try graphOptions.filters.snapshotFilter(dataset),
        in: dataset)
    }
    switch output.format {
    case .json: print(try encodeJSON(result))
    case .csv: print(CSVWriter.render(["id", "name", "kind", "distance"], members.map { [$0.id, $0.name, $0.kind, String($0.distance)] }))
    case .table:
      var t = TextTable(["distance", "id", "name", "kind"])
      t.keepWhole = [0, 1]
      for m in members { t.add([String(m.distance), m.id, m.name, m.kind]) }
      print(t.render(width: output.width))
    }
  }
}

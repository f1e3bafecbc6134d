import ActorGraph
import ArgumentParser

struct Actors: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "List actors, optionally of some kinds.",
    discussion: "JSON: a list of {id, name, kind, subkind, country, aliases, memberOf}, sorted by id."
      + helpFooter(["actors --kind armed-group,umbrella-group", "actors --kind military-base --format csv"]))

  @OptionGroup var data: DataOptions
  @OptionGroup var output: OutputOptions

  @Option(help: ArgumentHelp("Keep only these kinds or subkinds (comma-separated), e.g. armed-group,military-base.", valueName: "kinds"))
  var kind: String?

  struct Row: Codable {
    var id: String
    var name: String
    var kind: String
    var subkind: String?
    var country: String?
    var aliases: [String]
    var memberOf: [String]
  }

  func run() throws {
    let dataset = try data.load()
    var selection: ActorKindSelection?
    if let kind {
      do { selection = try ActorKindSelection.parse(kind, vocabulary: dataset.vocabulary) } catch {
        throw ValidationError(error.description)
      }
    }
    let rows = dataset.actors.filter { selection?.matches($0) ?? true }.sorted { $0.id < $1.id }.map {
      Row(
        id: $0.id, name: $0.name, kind: $0.kind.rawValue, subkind: $0.subkind, country: $0.country, aliases: $0.aliases,
        memberOf: $0.memberOf.sorted())
    }
    if rows.isEmpty { reportEmpty("no actors of kind \(kind ?? "")") }
    switch output.format {
    case .json: print(try encodeJSON(rows))
    case .csv:
      print(
        CSVWriter.render(
          ["id", "name", "kind", "subkind", "country", "aliases", "member_of"],
          rows.map {
            [
              $0.id, $0.name, $0.kind, $0.subkind ?? "", $0.country ?? "", $0.aliases.joined(separator: ";"),
              $0.memberOf.joined(separator: ";"),
            ]
          }))
    case .table:
      var t = TextTable(["id", "name", "kind", "country", "member of"])
      t.keepWhole = [0]
      for r in rows {
        t.add([r.id, r.name, r.kind + (r.subkind.map { "/\($0)" } ?? ""), r.country ?? "", r.memberOf.joined(separator: ", ")])
      }
      print(t.render(width: output.width))
      print("\(rows.count) actor\(rows.count == 1 ? "" : "s")")
    }
  }
}

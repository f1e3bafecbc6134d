import ActorGraph
import ArgumentParser
import Foundation

struct RestsOn: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rests-on",
    abstract: "The relations that rest only on given sources, or only on weak grades: drop those and these go.",
    discussion: """
      A relation rests only on SOURCES when every one of its citations is of one of them or of a \
      report one of them relays (a Reuters report quoted by an explainer rests on the explainer). \
      With --grades it rests only on those grades when every citation's effective grade (the worse \
      of the source's own grade and its relay's) is among them. Filters apply as in other queries. \
      JSON: {basis, count, relations: [relation]}, a relation as in `show`.
      """ + helpFooter(["rests-on d0,d4", "rests-on --grades D-F", "rests-on --grades D-F --types support --format json"]))

  @Argument(help: "Source ids, comma-separated (omit with --grades).") var sources: String?
  @Option(help: ArgumentHelp("Grades instead of sources: letters or ranges, e.g. D-F or C,D.", valueName: "grades"))
  var grades: String?
  @OptionGroup var data: DataOptions
  @OptionGroup var filters: FilterOptions
  @OptionGroup var output: OutputOptions

  struct Result: Codable {
    var basis: String
    var count: Int
    var relations: [RelationSummary]
  }

  func validate() throws {
    if (sources == nil) == (grades == nil) {
      throw ValidationError("give either source ids or --grades, e.g. rests-on d0,d4 or rests-on --grades D-F")
    }
  }

  func run() throws {
    let dataset = try data.load()
    let filter = try filters.filter(vocabulary: dataset.vocabulary)
    let basis: SourceReliance.Basis
    let label: String
    if let grades {
      let set: Set<ReliabilityGrade>
      do { set = try SourceReliance.parseGrades(grades) } catch { throw ValidationError("--grades: \(error.message)") }
      basis = .grades(set)
      label = "grades " + set.sorted().map(\.rawValue).joined(separator: ",")
    } else {
      let ids = (sources ?? "").split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
      let known = dataset.sources.map(\.id)
      for id in ids where !known.contains(id) { throw CLIError("unknown source '\(id)'; \(Suggest.hint(id, known))", status: .usageError) }
      guard !ids.isEmpty else { throw ValidationError("name at least one source id") }
      basis = .sources(Set(ids))
      label = "sources " + ids.sorted().joined(separator: ",")
    }
    let found = SourceReliance.restingOnly(on: basis, in: dataset, filter: filter)
    let result = Result(basis: label, count: found.count, relations: found.map { RelationSummary(dataset, $0) })
    switch output.format {
    case .json: print(try encodeJSON(result))
    case .csv: print(relationsCSV(result.relations))
    case .table:
      if result.count == 0 { reportEmpty("no relation rests only on \(label)") }
      var lines = ["\(result.count) relation\(result.count == 1 ? "" : "s") rest only on \(label):"]
      for r in result.relations {
        lines.append("  \(r.source) \(dataset.vocabulary.verb(r.type)) \(r.target)  " + describe(r).trimmingCharacters(in: .whitespaces))
      }
      print(TextFitting.wrapAll(lines.joined(separator: "\n"), width: output.width))
    }
  }
}

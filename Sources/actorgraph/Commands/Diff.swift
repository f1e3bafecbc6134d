import ActorGraph
import ActorGraphDiagrams
import ActorGraphViews
import ArgumentParser

struct Diff: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "What appeared, ended or changed between two snapshots of the data.",
    discussion: """
      Compares the snapshot at --from with the snapshot at --to (a partial date means its last day), \
      grouped by relation type; lists pairs whose relation changed type (foes become allies) and the \
      events in between. Undated relations hold in both snapshots. \
      JSON: {from, to, groups: [{type, appeared: [relation], ended: [relation]}], changed: [{pair, before, after}], events: [relation]}.
      """ + helpFooter(["diff --from 1985 --to 2015", "diff --from 1985 --to 2015 --render changes.svg"]))

  @Option(help: ArgumentHelp("The earlier date.", valueName: "date")) var from: String
  @Option(help: ArgumentHelp("The later date.", valueName: "date")) var to: String
  @Option(
    help: ArgumentHelp(
      "Also draw the changes to this file (.svg, .png, .pdf, .dot): new relations bold, ended ones faded.", valueName: "file"))
  var render: String?
  @OptionGroup var data: DataOptions
  @OptionGroup var filters: FilterOptions
  @OptionGroup var output: OutputOptions

  func run() throws {
    guard let d1 = FuzzyDate(parsing: from), let d2 = FuzzyDate(parsing: to) else {
      throw ValidationError("--from and --to must be dates: YYYY, YYYY-MM or YYYY-MM-DD")
    }
    guard d1.end <= d2.end else { throw ValidationError("--from (\(from)) must not be after --to (\(to))") }
    let dataset = try data.load()
    var selection = try filters.selection(vocabulary: dataset.vocabulary)
    let filter = selection.filter
    let diff = SnapshotDiff(dataset, from: d1, to: d2, filter: filter)
    if diff.groups.isEmpty && diff.changed.isEmpty && diff.events.isEmpty { reportEmpty("no changes between \(from) and \(to)") }
    if let render {
      guard let format = DiagramFormat(path: render) else {
        throw ValidationError("cannot tell the format of '\(render)'; end it with .svg, .png, .pdf or .dot")
      }
      // The diagram compares the same two snapshots: its dates are the diff's, not a snapshot's.
      selection.diff = Selection.DatePair(from: d1, to: d2)
      selection.asOf = nil
      selection.window = nil
      selection.wholeRecord = false
      let spec = DiagramSpec(selection)
      let bytes: [UInt8]
      do {
        bytes = try DiagramRenderer.render(dataset: dataset, spec: spec, format: format)
      } catch {
        throw CLIError("cannot draw the diff: \(error)")
      }
      do {
        try OutputFile.write(bytes, to: render)
      } catch {
        throw CLIError("\(error)")
      }
      printError("wrote \(render)")
    }
    switch output.format {
    case .json: print(try encodeJSON(diff))
    case .csv:
      var rows: [[String]] = []
      for g in diff.groups {
        for r in g.appeared { rows.append(["appeared", r.type.rawValue, r.source, r.target, r.timeText, r.attribution.rawValue, r.id]) }
        for r in g.ended { rows.append(["ended", r.type.rawValue, r.source, r.target, r.timeText, r.attribution.rawValue, r.id]) }
      }
      for r in diff.events { rows.append(["event", r.type.rawValue, r.source, r.target, r.timeText, r.attribution.rawValue, r.id]) }
      for r in diff.undated { rows.append(["undated", r.type.rawValue, r.source, r.target, r.timeText, r.attribution.rawValue, r.id]) }
      print(CSVWriter.render(["change", "type", "source", "target", "time", "attribution", "id"], rows))
    case .table:
      var lines = ["Changes from \(diff.from) to \(diff.to)"]
      for g in diff.groups {
        lines.append("")
        lines.append("\(g.type):")
        for r in g.appeared {
          lines.append(
            "  + \(r.source) \(dataset.vocabulary.verb(r.type)) \(r.target)  \(r.timeText)  \(r.attribution) (\(r.id))")
        }
        for r in g.ended {
          lines.append(
            "  - \(r.source) \(dataset.vocabulary.verb(r.type)) \(r.target)  \(r.timeText)  \(r.attribution) (\(r.id))")
        }
      }
      if !diff.changed.isEmpty {
        lines.append("")
        lines.append("Changed:")
        for c in diff.changed {
          lines.append("  \(c.pair.joined(separator: " – ")): \(c.before.joined(separator: ", ")) → \(c.after.joined(separator: ", "))")
        }
      }
      if !diff.events.isEmpty {
        lines.append("")
        lines.append("Events:")
        for r in diff.events {
          lines.append(
            "  \(r.timeText)  \(r.source) \(dataset.vocabulary.verb(r.type)) \(r.target)  \(r.attribution) (\(r.id))")
        }
      }
      if !diff.undated.isEmpty {
        lines.append("")
        lines.append("Undated (nothing places them before or after either date; not compared):")
        for r in diff.undated {
          lines.append(
            "  \(r.source) \(dataset.vocabulary.verb(r.type)) \(r.target)  \(r.when ?? "undated")  \(r.attribution) (\(r.id))"
          )
        }
      }
      print(TextFitting.wrapAll(lines.joined(separator: "\n"), width: output.width))
    }
  }
}

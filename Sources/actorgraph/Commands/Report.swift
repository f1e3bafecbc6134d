import ActorGraph
import ActorGraphDiagrams
import ActorGraphReport
import ArgumentParser
import Foundation

struct Report: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Write a briefing page: one self-contained HTML file to explore a selection and its sources.",
    discussion: """
      The page needs no network and no install: open it from a file:// URL or put it on a static \
      host. libgvc lays out the whole record of the selection once (so positions stay put) and the \
      page embeds that SVG, every relation's evidence (type, dates, attribution, confidence, each \
      citation with outlet, title, date and locator), every actor's profile and the source list. \
      Its script shows and hides relations by date (a slider that looks up, for each date, what \
      --as-of DATE keeps: the tool's own snapshot rule, computed here, not in the browser), by type, \
      by attribution and by confidence; finds actors by name or alias in any case, with or without \
      accents; opens an actor's profile or a line's evidence on click or Enter; lists the same \
      relations in a sortable table; and prints the diagram with its legend and the sources.

      The selection uses the query flags (--types, --window, --min-attribution, --attribution, \
      --min-confidence, --only-actual, --sources/--exclude-sources) and --focus ACTOR --depth N. \
      --as-of D is where the slider starts (default: the data's latest source date); \
      --whole-record starts it on the whole record; --recent sets the events a snapshot counts. \
      Output is written atomically and is the same bytes for the same input; `-o -` writes to \
      standard output. A view can declare a page as an output ending in .html, and `build` keeps \
      it current.
      """
        + helpFooter([
          "report -o briefing.html",
          "report -o iran.html --types support,membership,alignment --focus iran --depth 2",
          "report -o - --as-of 1985 --types alliance,hostility,support > 1985.html",
          "report -o attacks.html --types attack --attribution suspected,unattributed --whole-record",
        ]))

  @Option(name: .shortAndLong, help: ArgumentHelp("The output file (.html), or - for standard output.", valueName: "file"))
  var output: String
  @Option(help: ArgumentHelp("Layout engine: dot, neato, fdp, sfdp, circo, twopi (sfdp for large selections).", valueName: "engine"))
  var engine: String = "dot"
  @Option(parsing: .singleValue, help: ArgumentHelp("Centre on this actor (repeatable).", valueName: "actor")) var focus: [String] = []
  @Option(help: ArgumentHelp("With --focus: how many hops around it.", valueName: "n")) var depth: Int = 1
  @Option(help: ArgumentHelp("With --focus: follow relations out of it, into it, or both.", valueName: "in|out|both"))
  var direction: String = "both"
  @Flag(help: "With --focus: only the focus and its neighbourhood, not the faded rest.") var alone = false
  @Option(
    help: ArgumentHelp("Title (default: what it shows, e.g. Around Iran for --focus iran, else the dataset's title).", valueName: "text"))
  var title: String?
  @OptionGroup var data: DataOptions
  @OptionGroup var filters: FilterOptions

  func validate() throws {
    _ = try layout()
    _ = try filters.selection(vocabulary: nil, selectionText)
    if let title, let problem = DisplayText.titleProblem(title) { throw ValidationError("--title \(problem)") }
    if output != "-", let ext = output.split(separator: "/").last?.split(separator: ".").last, output.contains("."),
      !["html", "htm"].contains(ext.lowercased())
    {
      throw ValidationError("a briefing page is HTML: end '\(output)' with .html, or use -o - for standard output")
    }
  }

  /// The layout `--engine` names, through the diagrams' one parser.
  func layout() throws -> DiagramLayout {
    do {
      return try DiagramLayout.parsing([.engine: engine])
    } catch {
      throw ValidationError(error.description)
    }
  }

  /// The focus flags, as the domain's parser takes them.
  var selectionText: [Selection.Field: [String]] { [.focus: focus, .depth: [String(depth)], .direction: [direction]] }

  func run() throws {
    let dataset = try data.load()
    var spec = DiagramSpec(try filters.selection(vocabulary: dataset.vocabulary, selectionText), layout: try layout(), title: title)
    spec.alone = alone
    var notes: [String] = []
    if let keep = data.keepSources { notes.append("only sources \(keep)") }
    if let drop = data.excludeSources { notes.append("without sources \(drop)") }
    let page = BriefingPage(dataset: dataset, spec: spec, toolVersion: ActorGraphVersion.string, selectionNotes: notes)
    let bytes: [UInt8]
    do {
      bytes = try page.render()
    } catch {
      throw CLIError("\(error)")
    }
    do {
      try OutputFile.write(bytes, to: output)
    } catch {
      throw CLIError("\(error)")
    }
    printError("wrote \(output == "-" ? "standard output" : output) (\(bytes.count) bytes)")
  }
}

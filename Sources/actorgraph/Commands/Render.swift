import ActorGraph
import ActorGraphDiagrams
import ActorGraphViews
import ArgumentParser
import Foundation

struct Render: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Draw a selection of the data as DOT, SVG, PNG or PDF, through the Graphviz library.",
    discussion: """
      The selection uses the query flags (--types, --as-of, --window, --min-attribution, \
      --min-confidence, --sources/--exclude-sources) plus \
      --focus ACTOR --depth N (an ego network) or --path A B (a path), highlighted against the faded \
      rest, or drawn alone with --alone. Relation types differ in colour, line and arrowhead; \
      suspected links are dotted and attributed ones dashed; umbrella groups are clusters around \
      their members; a legend lists what the diagram uses. Relations between two actors are one \
      line per pair and direction, naming its types with their dates as people write them (since \
      2003, 1980–88, Feb–Mar 2026), styled by its most telling type and drawn as surely as its \
      surest relation, its tooltip listing every relation with dates and sources (--separate draws \
      one line per type). --balance colours the blocs of structural balance (computed as `balance` \
      does, from the drawn types that carry a sign; --camps for the two camps) with a bordered node \
      and the bloc's name under the actor, and draws each frustrated tie as a double line labelled \
      frustrated; with dot the blocs are placed side by side, left to right in --camp-order (actors \
      naming their blocs) or letter order, an actor with a frustrated tie across at the edge facing \
      that bloc. --draw-confidence weighs each line by the confidence of its surest relation; every \
      tooltip gives each relation's confidence beside its attribution. --multiples D1,D2,… draws one picture per date (OUT-D1.svg…), the union laid out once and every \
      actor pinned at its place and every line on the union's route (absent actors as dashed \
      ghosts), umbrella clusters left out; each lists the legend of the series, so the frames are \
      identical too. --size WxH fits the drawing into a picture of that many pixels (at --dpi, 96 by default, for \
      PNG), --aspect W:H stretches the layout to a slide or page. --collapse umbrellas and --top N --rank-by MEASURE draw an overview. SVG carries tooltips and stable ids \
      (actor-ID, rel-TYPES-SOURCE-TARGET-N with types joined by +, umbrella-ID, a_legend). The format follows the extension of \
      -o (.svg .png .pdf .dot .gv .json) or --format; output is written atomically and is the same \
      bytes for the same input. `-o -` writes to standard output (give --format); a symlink is \
      written through, a FIFO or device is written directly, and a folder is an error.
      """
        + helpFooter([
          "render -o iran.svg --types support,membership --focus iran --depth 2 --direction out --alone",
          "render -o attacks.png --attacks-on \"United States\" --attacks-in Iraq", "render -o - --format dot --focus iran",
          "render -o iraq.svg --focus iraq --alone --separate",
          "render -o blocs.svg --types alliance,hostility --balance",
          "render -o iran-iraq.svg --focus iraq --alone --types alliance,hostility --multiples 1985,2003,2026",
          "render -o slide.png --focus iraq --alone --size 1920x1080 --aspect 16:9 --dpi 150",
          "render -o strong.svg --types support,membership --focus iran --depth 2 --alone --exclude-sources d0,d4 --draw-confidence",
          "render -o camps.png --types alliance,hostility --balance --camps",
          "render -o camps.svg --types alliance,hostility --as-of 2026 --balance --camps --camp-order iran,united-states",
          "render -o overview.svg --types alliance,support,hostility --collapse umbrellas --top 16 --rank-by pagerank",
        ]))

  @Option(name: .shortAndLong, help: ArgumentHelp("The output file, or - for standard output.", valueName: "file")) var output: String
  @Option(help: ArgumentHelp("Output format when the extension does not say: svg, png, pdf, dot, json.", valueName: "format"))
  var format: String?
  @Option(help: ArgumentHelp("Layout engine: dot, neato, fdp, sfdp, circo, twopi.", valueName: "engine")) var engine: String = "dot"
  @Option(parsing: .singleValue, help: ArgumentHelp("Centre on this actor (repeatable).", valueName: "actor")) var focus: [String] = []
  @Option(help: ArgumentHelp("With --focus: how many hops around it.", valueName: "n")) var depth: Int = 1
  @Option(help: ArgumentHelp("With --focus: follow relations out of it, into it, or both.", valueName: "in|out|both"))
  var direction: String = "both"
  @Option(parsing: .upToNextOption, help: ArgumentHelp("Draw the shortest path between two actors: --path A B.", valueName: "actor"))
  var path: [String] = []
  @Option(parsing: .singleValue, help: ArgumentHelp("Highlight this actor too (repeatable).", valueName: "actor")) var highlight: [String] =
    []
  @Flag(help: "Draw only the focus or path, not the faded rest.") var alone = false
  @Flag(help: "Draw each relation type between two actors as its own line (default: one line per pair and direction).")
  var separate = false
  @Option(help: ArgumentHelp("Draw the attacks on this actor, its parts, sites and forces, by attribution.", valueName: "actor"))
  var attacksOn: String?
  @Option(
    help: ArgumentHelp("With --attacks-on: only attacks in this place and what is located in it (a place or words).", valueName: "place"))
  var attacksIn: String?
  @Option(
    parsing: .upToNextOption,
    help: ArgumentHelp("Draw what changed between two dates: --diff FROM TO (new relations bold, ended ones faded).", valueName: "date"))
  var diff: [String] = []
  @Option(help: ArgumentHelp("Scale nodes by a centrality: \(DiagramSpec.measures.joined(separator: ", ")).", valueName: "measure"))
  var sizeBy: String?
  @Option(
    help: ArgumentHelp("Title (default: what it shows, e.g. Around Iran for --focus iran, else the dataset's title).", valueName: "text"))
  var title: String?
  @Flag(help: "Leave out the legend.") var noLegend = false
  @Flag(help: "Do not draw umbrella groups as clusters.") var noClusters = false
  @Flag(help: "Follow relations regardless of direction (for --path and --focus).") var undirected = false
  @Flag(
    help:
      "Colour the blocs of structural balance (Davis: any number of blocs, from the drawn types that carry a sign) and draw frustrated ties as labelled double lines."
  )
  var balance = false
  @Flag(
    help:
      "Draw each line's weight by the confidence of its surest relation (high thick … very low thin), with the legend saying so.")
  var drawConfidence = false
  @Option(help: ArgumentHelp("Fit the drawing into WIDTHxHEIGHT pixels, scaling it up or down (e.g. 1920x1080).", valueName: "size"))
  var size: String?
  @Option(help: ArgumentHelp("Stretch the layout to an aspect ratio: W:H (16:9), slide, a4 or a4-portrait.", valueName: "ratio"))
  var aspect: String?
  @Option(help: ArgumentHelp("Pixels per inch of PNG output (default 96).", valueName: "n")) var dpi: Int?
  @Option(
    help: ArgumentHelp(
      "Small multiples: one diagram per date (comma-separated), laid out once with every actor at the same place; writes OUT-DATE.EXT.",
      valueName: "dates"))
  var multiples: String?
  @Flag(help: "With --balance: two opposed camps (the frustration index) instead of any number of blocs.") var camps = false
  @Option(
    help: ArgumentHelp(
      "With --balance: place the blocs left to right in the order of these actors' blocs (comma-separated; default letter order).",
      valueName: "actors"))
  var campOrder: String?
  @Option(help: ArgumentHelp("Collapse umbrella groups: each drawn as one node for its members.", valueName: "umbrellas"))
  var collapse: String?
  @Option(help: ArgumentHelp("Keep only the N most central actors (after --collapse), ranked by --rank-by.", valueName: "n"))
  var top: Int?
  @Option(
    help: ArgumentHelp("The centrality that ranks actors for --top: \(DiagramSpec.measures.joined(separator: ", ")).", valueName: "measure")
  )
  var rankBy: String = "pagerank"
  @OptionGroup var data: DataOptions
  @OptionGroup var filters: FilterOptions

  func validate() throws {
    // The selection (filters, focus, path, diff, size) is checked by the domain's parser; the
    // type names wait for the dataset's vocabulary.
    _ = try filters.selection(vocabulary: nil, selectionText)
    _ = try layout()
    if camps && !balance { throw ValidationError("--camps draws the two camps of --balance: add --balance") }
    if campOrder != nil && !balance { throw ValidationError("--camp-order places the blocs of --balance: add --balance") }
    if multiples != nil && output == "-" { throw ValidationError("--multiples writes one file per date: give -o a file name, not -") }
    if let title, let problem = DisplayText.titleProblem(title) { throw ValidationError("--title \(problem)") }
    if let format, let fromName = DiagramFormat(path: output), DiagramFormat(rawValue: format.lowercased()) != fromName {
      throw ValidationError("--format \(format) does not match the extension of '\(output)'; drop one or make them agree")
    }
    guard resolvedFormat != nil else {
      throw ValidationError("cannot tell the format of '\(output)'; end it with .svg, .png, .pdf, .dot or .gv, or pass --format")
    }
  }

  /// The selection flags of `render` itself, as the domain's parser takes them; the dataset is
  /// already restricted to the sources (DataOptions), the selection names them for the caption.
  var selectionText: [Selection.Field: [String]] {
    var text: [Selection.Field: [String]] = [.focus: focus, .depth: [String(depth)], .direction: [direction], .highlight: highlight]
    if !path.isEmpty { text[.path] = path }
    if undirected { text[.undirected] = ["true"] }
    if !diff.isEmpty { text[.diff] = diff }
    text[.attacksOn] = attacksOn.map { [$0] }
    text[.attacksIn] = attacksIn.map { [$0] }
    text[.sizeBy] = sizeBy.map { [$0] }
    text[.sources] = data.keepSources.map { [$0] }
    text[.excludeSources] = data.excludeSources.map { [$0] }
    text[.collapse] = collapse.map { [$0] }
    text[.top] = top.map { [String($0)] }
    text[.rankBy] = [rankBy]
    text[.multiples] = multiples.map { [$0] }
    return text
  }

  /// The layout flags, through the diagrams' one parser.
  func layout() throws -> DiagramLayout {
    do {
      return try DiagramLayout.parsing([.engine: engine, .size: size, .aspect: aspect, .dpi: dpi.map(String.init)].compactMapValues { $0 })
    } catch {
      throw ValidationError(error.description)
    }
  }

  var resolvedFormat: DiagramFormat? {
    if let format { return DiagramFormat(rawValue: format.lowercased()) }
    return DiagramFormat(path: output)
  }

  func run() throws {
    let dataset = try data.load()
    var spec = DiagramSpec(
      try filters.selection(vocabulary: dataset.vocabulary, selectionText), layout: try layout(), title: title, legend: !noLegend,
      clusters: !noClusters)
    spec.alone = alone
    spec.separate = separate
    spec.drawConfidence = drawConfidence
    if balance { spec.balance = camps ? .camps : .blocs }
    spec.campOrder =
      campOrder.map { $0.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } } ?? []
    if spec.selection.multiples != nil {
      let format = resolvedFormat!
      let ext = (output as NSString).pathExtension
      let stem = ext.isEmpty ? output : String(output.dropLast(ext.count + 1))
      do {
        for (date, source) in try SmallMultiples.sources(dataset: dataset, spec: spec) {
          let file = stem + "-" + date.description + (ext.isEmpty ? "" : "." + ext)
          let bytes = try DiagramRenderer.render(source: source, engine: SmallMultiples.engine, format: format)
          try OutputFile.write(bytes, to: file)
          printError("wrote \(file) (\(bytes.count) bytes)")
        }
      } catch {
        throw CLIError("\(error)")
      }
      return
    }
    let bytes: [UInt8]
    do {
      bytes = try DiagramRenderer.render(dataset: dataset, spec: spec, format: resolvedFormat!)
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

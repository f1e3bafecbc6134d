import ActorGraph
import ArgumentParser
import GraphAnalytics

struct PathCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "path",
    abstract: "How is A connected to B? Shortest paths along the direction of relations.",
    discussion: """
      Directed by default: support flows one way. --undirected ignores direction. Each hop shows its \
      relation type, date and attribution. With no path, the paths list is empty and a message goes \
      to stderr, with a note when an end was not founded yet, or dissolved, on the --as-of date \
      (see `show`). JSON: {"from": id, "to": id, "paths": [{"length": n, "hops": [{"from": id, "to": id, \
      "type": type, "relation": id, "relations": [id], "attribution": level, "confidence": level, "time": text}]}]}. \
      Confidence is derived per relation (README 'How sure is an answer'); --min-confidence keeps only \
      hops at least that sure.
      """
        + helpFooter([
          "path iran kataib-hezbollah", "path \"United States\" \"Kataib Hezbollah\" --undirected --k 3",
          "path united-states iran --min-confidence moderate",
        ]))

  @Argument(help: "From this actor.") var a: String
  @Argument(help: "To this actor.") var b: String
  @Flag(help: "All shortest paths, not just one.") var all = false
  @Option(name: .customLong("k"), help: ArgumentHelp("The K shortest simple paths (Yen's algorithm).", valueName: "k")) var k: Int?
  @Option(help: ArgumentHelp("Longest path to accept, in hops.", valueName: "n")) var maxLength: Int?
  @Option(parsing: .singleValue, help: ArgumentHelp("Pass through this actor (repeatable).", valueName: "actor")) var via: [String] = []
  @Option(parsing: .singleValue, help: ArgumentHelp("Never pass through this actor (repeatable).", valueName: "actor")) var avoid:
    [String] = []
  @OptionGroup var data: DataOptions
  @OptionGroup var graphOptions: GraphOptions
  @OptionGroup var output: OutputOptions

  func validate() throws {
    if let k, k < 1 { throw ValidationError("--k must be at least 1") }
    if let maxLength, maxLength < 1 { throw ValidationError("--max-length must be at least 1") }
    if all && k != nil { throw ValidationError("use either --all or --k") }
  }

  func run() throws {
    let dataset = try data.load()
    let sel = try graphOptions.selection(dataset)
    let x = try resolveActor(a, in: dataset), y = try resolveActor(b, in: dataset)
    let search = PathSearch(
      mode: k.map { .kShortest($0) } ?? (all ? .allShortest(limit: 1000) : .shortest),
      via: try via.map { try resolveActor($0, in: dataset) }, avoiding: try avoid.map { try resolveActor($0, in: dataset) },
      maxLength: maxLength)
    let result = search.run(dataset, in: sel, from: x, to: y)
    if result.paths.isEmpty {
      reportEmpty(
        "no path from \(result.from) to \(result.to) in this selection\(graphOptions.undirected ? "" : " (relations are followed in their direction; try --undirected)")",
        about: [x, y], filter: try graphOptions.filters.snapshotFilter(dataset), in: dataset)
    }
    switch output.format {
    case .json: print(try encodeJSON(result))
    case .csv:
      var rows: [[String]] = []
      for (i, p) in result.paths.enumerated() {
        for (j, h) in p.hops.enumerated() {
          rows.append([
            String(i + 1), String(j + 1), h.from, h.to, h.type.rawValue, h.relation, h.attribution.rawValue, h.confidence.rawValue, h.time,
          ])
        }
      }
      print(CSVWriter.render(["path", "hop", "from", "to", "type", "relation", "attribution", "confidence", "time"], rows))
    case .table:
      var lines: [String] = []
      for (i, p) in result.paths.enumerated() {
        lines.append("\(i == 0 ? "" : "\n")path \(i + 1) (\(p.length) hop\(p.length == 1 ? "" : "s")):")
        for h in p.hops {
          let (s, t) = h.reversed == true ? (h.to, h.from) : (h.from, h.to)
          let arrow = h.reversed == true ? "  (traversed backwards)" : ""
          lines.append(
            "  \(s) \(h.type.verb) \(t)  \(h.time)  \(h.attribution), \(h.confidence) confidence  (\(h.relations.joined(separator: ", ")))\(arrow)"
          )
        }
      }
      if !lines.isEmpty { print(TextFitting.wrapAll(lines.joined(separator: "\n"), width: output.width)) }
    }
  }
}

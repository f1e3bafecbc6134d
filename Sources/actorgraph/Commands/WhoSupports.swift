import ActorGraph
import ArgumentParser

/// Options shared by `who-supports` and `backed-by`.
struct SupportOptions: ParsableArguments {
  @Argument(help: "The actor: id, name or alias.") var actor: String

  @Flag(help: "Follow chains of support through intermediaries (a patron's patron), not only direct and umbrella support.")
  var transitive = false

  @Option(help: ArgumentHelp("Longest chain to follow, in hops.", valueName: "n"))
  var maxHops: Int = 4

  @Option(
    help: ArgumentHelp(
      "Follow only these forms of support (comma-separated): arms, funding, training, advisory, political, military, logistics, economic, unspecified.",
      valueName: "forms"))
  var forms: String?

  @OptionGroup var data: DataOptions
  @OptionGroup var filters: FilterOptions
  @OptionGroup var output: OutputOptions

  func run(_ direction: SupportQuery.Direction) throws {
    guard maxHops >= 1 else { throw ValidationError("--max-hops must be at least 1") }
    let filter = try filters.filter()
    var formSet: Set<String>?
    if let forms {
      formSet = Set(forms.split(separator: ",").map { String($0) })
      for f in formSet! where !RelationType.support.subtypes.contains(f) {
        throw ValidationError("unknown form '\(f)'; one of: \(RelationType.support.subtypes.joined(separator: ", "))")
      }
    }
    let dataset = try data.load()
    let index = try resolveActor(actor, in: dataset)
    let result = SupportQuery(filter: filter, forms: formSet, maxHops: maxHops, transitive: transitive).run(
      dataset, actor: index, direction: direction)
    if result.chains.isEmpty && result.related.isEmpty {
      reportEmpty("no \(direction == .supporters ? "supporter of" : "client of") \(result.actor) in this selection")
    }
    switch output.format {
    case .json: print(try encodeJSON(result))
    case .csv:
      print(
        CSVWriter.render(
          ["supporter", "supported", "direct", "attribution", "hops", "chain", "relations"],
          result.chains.map {
            [
              $0.supporter, $0.supported, $0.direct ? "yes" : "no", $0.attribution, String($0.hops.count), chainText($0),
              $0.hops.flatMap(\.relations).joined(separator: ";"),
            ]
          }))
    case .table:
      // Without --transitive, say how many longer chains there are, so none is hidden silently.
      let longer =
        transitive
        ? 0
        : SupportQuery(filter: filter, forms: formSet, maxHops: maxHops, transitive: true)
          .run(dataset, actor: index, direction: direction).chains.filter { !$0.direct }.count
      print(renderTable(result, direction: direction, longerChains: longer))
    }
  }

  func renderTable(_ r: SupportQuery.Result, direction: SupportQuery.Direction, longerChains: Int) -> String {
    let who = direction == .supporters ? "Supporters of" : "Actors backed by"
    var lines = ["\(who) \(r.name) (\(r.actor))"]
    let direct = r.chains.filter(\.direct)
    let indirect = r.chains.filter { !$0.direct }
    func section(_ title: String, _ chains: [SupportQuery.Chain]) {
      lines.append("")
      lines.append(title)
      if chains.isEmpty {
        lines.append("  none in the data")
        return
      }
      var t = TextTable([direction == .supporters ? "supporter" : "client", "attribution", "chain", "relations"])
      for c in chains {
        t.add([
          direction == .supporters ? c.supporter : c.supported, c.attribution, chainText(c),
          c.hops.flatMap(\.relations).joined(separator: ","),
        ])
      }
      lines += t.render().split(separator: "\n").map { "  " + $0 }
    }
    section("Direct:", direct.filter { $0.hops.count == 1 })
    let viaUmbrella = direct.filter { $0.hops.count > 1 }
    if !viaUmbrella.isEmpty { section("Through umbrella groups:", viaUmbrella) }
    if transitive {
      section("Through chains of support:", indirect)
    } else if longerChains > 0 {
      lines.append("")
      lines.append("(\(longerChains) longer chain\(longerChains == 1 ? "" : "s") through intermediaries; add --transitive to list them)")
    }
    if !r.related.isEmpty {
      lines.append("")
      lines.append("Related, but not support (alignment, alliance):")
      for rel in r.related {
        lines.append(
          "  \(rel.source) \(RelationType(rawValue: rel.type)?.verb ?? rel.type) \(rel.target)  \(rel.timeText)  \(rel.attribution); sources \(rel.sources.joined(separator: ", ")) (\(rel.id))"
        )
      }
    }
    return lines.joined(separator: "\n")
  }
}

/// "iran —support→ pmf ←membership— kataib-hezbollah"
func chainText(_ c: SupportQuery.Chain) -> String {
  var s = ""
  var current: String?
  for h in c.hops {
    if current == nil {
      // Start at the patron end of the chain.
      current = h.type == "support" ? h.from : h.to
      s = current!
    }
    if h.from == current {
      s += " —\(h.type)→ \(h.to)"
      current = h.to
    } else {
      s += " ←\(h.type)— \(h.from)"
      current = h.from
    }
  }
  return s
}

struct WhoSupports: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "who-supports",
    abstract: "Who supports an actor: directly, through its umbrella groups, and (--transitive) through chains.",
    discussion: """
      A state that supports an umbrella group backs the group's members; with --transitive, a patron \
      of a patron backs the client too. Chains follow the direction of support and membership, never \
      an undirected path, and are as certain as their weakest hop. Alignment and alliance are shown \
      apart: related, but not support. \
      JSON: {actor, name, direction: "supporters", chains: [{supporter, supported, direct, attribution, \
      hops: [{from, to, type, attribution, relations}]}], related: [relation]}.
      """ + helpFooter(["who-supports \"Kataib Hezbollah\"", "who-supports pmf --transitive --forms arms,funding"]))

  @OptionGroup var options: SupportOptions

  func run() throws { try options.run(.supporters) }
}

struct BackedBy: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "backed-by",
    abstract: "Whom an actor supports: its clients, members of umbrella groups it backs, and (--transitive) further.",
    discussion: "The other direction of who-supports; same options and JSON shape, with direction \"clients\"."
      + helpFooter(["backed-by iran", "backed-by iran --transitive --format json"]))

  @OptionGroup var options: SupportOptions

  func run() throws { try options.run(.clients) }
}

import ActorGraph
import ArgumentParser

/// Options shared by `who-supports` and `backed-by`.
struct SupportOptions: ParsableArguments {
  @Argument(help: "The actor: id, name or alias.") var actor: String

  @Flag(
    help: """
      Also follow intermediaries that pass on the same form of support while both relations hold \
      (arms to X, arms from X); every such chain is our inference.
      """)
  var transitive = false

  @Flag(help: "Widen --transitive: follow intermediaries whatever the forms (the weakest reading; implies --transitive).")
  var anyForm = false

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

  var rules: SupportQuery.Rules { anyForm ? .anyForm : (transitive ? .sameForm : .standard) }

  func run(_ direction: SupportQuery.Direction) throws {
    guard maxHops >= 1 else { throw ValidationError("--max-hops must be at least 1") }
    // Flags are checked before the data is read; type names wait for its vocabulary.
    _ = try filters.filter(vocabulary: nil)
    var formSet: Set<String>?
    if let forms {
      formSet = Set(forms.split(separator: ",").map { String($0) })
      for f in formSet! where !RelationType.support.subtypes.contains(f) {
        throw ValidationError("unknown form '\(f)'; one of: \(RelationType.support.subtypes.joined(separator: ", "))")
      }
    }
    let dataset = try data.load()
    let filter = try filters.snapshotFilter(dataset)
    let index = try resolveActor(actor, in: dataset)
    let result = SupportQuery(filter: filter, forms: formSet, maxHops: maxHops, rules: rules).run(
      dataset, actor: index, direction: direction)
    if result.chains.isEmpty && result.related.isEmpty {
      reportEmpty("no \(direction == .supporters ? "supporter of" : "client of") \(result.actor) in this selection")
    }
    switch output.format {
    case .json: print(try encodeJSON(result))
    case .csv:
      print(
        CSVWriter.render(
          ["supporter", "supported", "kind", "rule", "held", "attribution", "confidence", "hops", "chain", "relations"],
          result.chains.map {
            [
              $0.supporter, $0.supported, $0.kind.rawValue, $0.rule.rawValue, $0.held, $0.attribution.rawValue, $0.confidence.rawValue,
              String($0.hops.count), chainText($0),
              $0.hops.flatMap(\.relations).joined(separator: ";"),
            ]
          }))
    case .table:
      print(renderTable(result, direction: direction, scope: filter.time.description, width: output.width))
    }
  }

  func renderTable(_ r: SupportQuery.Result, direction: SupportQuery.Direction, scope: String, width: Int?) -> String {
    let who = direction == .supporters ? "Supporters of" : "Actors backed by"
    var lines = ["\(who) \(r.name) (\(r.actor)), \(scope)"]
    if let existence = r.existence { lines += ["", "Note: " + existence.message] }
    func section(_ title: String, _ chains: [SupportQuery.Chain], hopDetail: Bool) {
      lines.append("")
      lines.append(title)
      if chains.isEmpty {
        lines.append("  none in the data")
        return
      }
      var t = TextTable([direction == .supporters ? "supporter" : "client", "held", "attribution", "confidence"])
      t.keepWhole = [0, 1, 2, 3]
      for c in chains {
        t.add([
          direction == .supporters ? c.supporter : c.supported, c.held, c.attribution.rawValue, c.confidence.rawValue,
        ])
      }
      // The chain and its relations under the row, whole: cut, a chain would name the wrong intermediaries.
      let rendered = t.render(width: width.map { $0 - 2 }).split(separator: "\n").map { "  " + $0 }
      lines += rendered.prefix(2)
      for (c, row) in zip(chains, rendered.dropFirst(2)) {
        lines.append(row)
        let relations = c.hops.flatMap(\.relations).joined(separator: ", ")
        lines.append(c.kind == .direct ? "      relations: \(relations)" : "      chain: \(chainText(c)) (\(relations))")
      }
      guard hopDetail else { return }
      // Each hop keeps what its own sources say: the chain is inferred, its steps are not.
      var seen = Set<String>()
      for h in chains.flatMap(\.hops) where seen.insert("\(h.from)|\(h.type)|\(h.to)").inserted {
        lines.append(
          "    hop \(h.from) \(h.type.verb) \(h.to): \(h.attribution), \(h.confidence) confidence (\(h.relations.joined(separator: ",")))"
        )
      }
    }
    let direct = r.chains.filter { $0.kind == .direct }
    let umbrella = r.chains.filter { $0.kind == .umbrella }
    let indirect = r.chains.filter { $0.kind == .indirect }
    section("Direct (what the sources say):", direct, hopDetail: false)
    section(
      direction == .supporters
        ? "Through its umbrella groups (inferred: support to the group, membership of it):"
        : "Members of umbrella groups it backs (inferred: support to the group, membership of it):", umbrella, hopDetail: true)
    section("Indirect (inferred: through organs or intermediaries, under the \(r.rules) rules):", indirect, hopDetail: true)
    let more = r.beyondRules
    if !more.isEmpty {
      lines.append("")
      var parts: [String] = []
      if let n = more["same-form"] { parts.append("\(n) through intermediaries passing on the same form (--transitive)") }
      if let n = more["any-form"] { parts.append("\(n) through intermediaries whatever the form (--any-form, the weakest reading)") }
      lines.append("(not shown: " + parts.joined(separator: "; ") + ")")
    }
    if !r.related.isEmpty {
      lines.append("")
      lines.append("Related, but not support (alignment, alliance):")
      for rel in r.related {
        lines.append(
          "  \(rel.source) \(rel.type.verb) \(rel.target)  \(rel.timeText)  \(rel.attribution), \(rel.confidence) confidence; sources \(rel.sources.joined(separator: ", ")) (\(rel.id))"
        )
      }
    }
    return TextFitting.wrapAll(lines.joined(separator: "\n"), width: width)
  }
}

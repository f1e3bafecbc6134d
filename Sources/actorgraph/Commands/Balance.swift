import ActorGraph
import ArgumentParser
import GraphAnalytics

struct Balance: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Structural balance of the signed ally/enemy graph: triads, the frustration index, camps and blocs.",
    discussion: """
      Signs each pair of actors from its selected relations. Signs: alliance, alignment, support +; \
      hostility, attack −; part-of and presence + only when named in --types; any other type is \
      refused with an error naming it. By default only alliance and hostility count. A pair with \
      both signs is ambivalent: listed, frustrated under every split (it adds one to each frustration \
      count), and its triads counted apart.

      Reports every triad (balanced, unbalanced, all-hostile — allowed under weak balance — and \
      those with an ambivalent side), each unbalanced triad with the relations behind its sides; \
      the frustration index (the fewest ties whose sign must change for two opposed camps), solved \
      exactly by integer programming (COIN-OR CBC) with the camps that attain it; and the blocs of \
      the best split into any number of camps (Davis). Each frustrated tie is listed with its \
      relations and sources. Past --time-limit the best split found and a proven lower bound are \
      reported and labelled.

      JSON: {signs: [{type, sign}], signedActors, positivePairs, negativePairs, ambivalent: [tie], \
      triads: {total, balanced, unbalanced, allNegative, ambivalent}, balanceIndex, unbalanced: \
      [triad], ambivalentTriads: [triad], camps: partition, blocs: partition}; tie = {actors, sign, \
      relations: [{id, type, source, target, sign, sources}]}; triad = {actors, signs, balanced, \
      allNegative, sides: [tie]}; partition = {frustration, lowerBound, exact, status, groups, \
      frustrated: [tie]}. CSV: one row per unbalanced or ambivalent triad.
      """
        + helpFooter([
          "balance --as-of 2026", "balance --types alliance,hostility,support,attack --format json",
          "balance --types alliance,hostility,part-of --time-limit 5",
        ]))

  @OptionGroup var data: DataOptions
  @OptionGroup var filters: FilterOptions
  @OptionGroup var output: OutputOptions

  @Option(help: ArgumentHelp("Seconds the exact search may take before reporting its best split and a bound.", valueName: "seconds"))
  var timeLimit: Double = 30

  @Option(help: ArgumentHelp("Solver threads.", valueName: "n"))
  var threads: Int = 1

  func validate() throws {
    guard timeLimit > 0, timeLimit.isFinite else { throw ValidationError("--time-limit must be a positive number of seconds") }
    guard (1...64).contains(threads) else { throw ValidationError("--threads must be between 1 and 64") }
  }

  func run() throws {
    let dataset = try data.load()
    let filter = try filters.snapshotFilter(dataset, defaultTypes: [.alliance, .hostility])
    let options = StructuralBalance.Options(search: FrustrationOptions(timeLimit: timeLimit, threads: threads))
    let b: StructuralBalance
    do { b = try StructuralBalance(dataset, filter: filter, options: options) } catch { throw ValidationError(error.description) }
    if b.positivePairs == 0 && b.negativePairs == 0 && b.ambivalent.isEmpty {
      reportEmpty("no signed pair of actors in this selection")
    }
    switch output.format {
    case .json: print(try encodeJSON(b))
    case .csv:
      print(
        CSVWriter.render(
          ["a", "b", "c", "signs", "kind", "relations_ab", "relations_bc", "relations_ac"],
          (b.unbalanced + b.ambivalentTriads).map { t in
            let kind = t.signs.contains("±") ? "ambivalent" : t.allNegative ? "all-negative" : "unbalanced"
            return t.actors + [t.signs.joined(), kind] + t.sides.map { $0.relations.map(\.id).joined(separator: ";") }
          }))
    case .table: print(BalanceText.lines(b).joined(separator: "\n"))
    }
  }
}

/// The table form of a balance answer.
enum BalanceText {
  static func lines(_ b: StructuralBalance) -> [String] {
    let t = b.triads
    var lines = [
      "Signs: " + b.signs.map { "\($0.type.rawValue) \($0.sign > 0 ? "+" : "−")" }.joined(separator: ", "),
      "\(b.signedActors) actors with a signed tie: \(b.positivePairs) allied pairs, \(b.negativePairs) hostile pairs, "
        + "\(b.ambivalent.count) both",
      "\(t.total) triads: \(t.balanced) balanced, \(t.unbalanced) unbalanced (\(t.allNegative) all-hostile), "
        + "\(t.ambivalent) with an ambivalent side; balance index \(formatScore(b.balanceIndex)) (balanced of signed triads)",
    ]
    if let c = b.camps {
      lines.append("Frustration index (two camps): \(summary(c))")
    }
    if let k = b.blocs {
      lines.append("Frustration with any number of blocs: \(summary(k, limit: "size or time limit")), \(k.groups.count) blocs")
    }
    let strict = b.unbalanced.filter { !$0.allNegative }
    let weak = b.unbalanced.filter(\.allNegative)
    section(&lines, "Unbalanced triads (signs of a–b, b–c, a–c) and the relations behind each side:", strict, triad)
    section(&lines, "All-hostile triads (unbalanced for Heider, allowed under weak balance):", weak, triad)
    section(&lines, "Triads with an ambivalent side (± = ally and enemy at once):", b.ambivalentTriads, triad)
    section(&lines, "Ally and enemy at once (frustrated under any split):", b.ambivalent) { [tie($0)] }
    if let c = b.camps {
      section(&lines, "Two camps (\(c.exact ? "an optimal split" : "best split found, not proven optimal")):", Array(c.groups.enumerated()))
      {
        ["  \($0.offset + 1). \($0.element.joined(separator: ", "))"]
      }
      section(&lines, "Ties frustrated by the two camps:", c.frustrated) { [tie($0)] }
    }
    if let k = b.blocs {
      section(
        &lines, "Blocs (\(k.exact ? "an optimal partition" : "best partition found, not proven optimal")):", Array(k.groups.enumerated())
      ) {
        ["  \($0.offset + 1). \($0.element.joined(separator: ", "))"]
      }
      section(&lines, "Ties frustrated by the blocs:", k.frustrated) { [tie($0)] }
    }
    return lines
  }

  static func summary(_ p: StructuralBalance.Partition, limit: String = "time limit") -> String {
    p.exact
      ? "\(p.frustration) (optimal)"
      : "\(p.frustration) best found, ≥ \(p.lowerBound) proven (\(limit) reached; not proven optimal)"
  }

  static func section<T>(_ lines: inout [String], _ title: String, _ items: [T], _ render: (T) -> [String]) {
    guard !items.isEmpty else { return }
    lines.append("")
    lines.append(title)
    for item in items { lines += render(item) }
  }

  static func triad(_ t: StructuralBalance.Triad) -> [String] {
    ["  \(t.actors.joined(separator: ", "))  \(t.signs.joined(separator: " "))"] + t.sides.map { "  " + tie($0) }
  }

  static func tie(_ p: StructuralBalance.Tie) -> String {
    let rels = p.relations.map { r in
      "\(r.id) \(r.type.rawValue) \(r.sign)" + (r.sources.isEmpty ? "" : " [\(r.sources.joined(separator: ", "))]")
    }
    return "  \(p.actors.joined(separator: " – ")) \(p.sign)  \(rels.joined(separator: "; "))"
  }
}

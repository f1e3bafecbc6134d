import ActorGraph
import ActorGraphDiagrams
import ArgumentParser
import Foundation
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

      Over time: --series FROM..TO --step 1y gives, at each date (the snapshot rule of --as-of: \
      states of affairs valid on the date, events up to it), the balance index, the frustration \
      index and the blocs; --chart FILE.svg draws both indices as a line chart (written \
      atomically). JSON: {signs, points: [{date, signedActors, positivePairs, negativePairs, \
      ambivalentPairs, triads, balanceIndex, frustration, frustrationLowerBound, frustrationExact, \
      frustrationPerTie, blocs, blocFrustration, blocFrustrationExact}]}.

      As a CI gate: --check FILE compares with a baseline written by --update FILE, and exits 1 \
      when the data now has an unbalanced triad the baseline did not, or a higher frustration \
      index, listing the triads and the relations behind them (and the ties newly frustrated). \
      Give the same --types, --as-of, --recent and --whole-record as the baseline (it records them; without --as-of the check follows the data's present as it moves).
      """
        + helpFooter([
          "balance --as-of 2026", "balance --as-of 1987 --recent all", "balance --types alliance,hostility,support,attack --format json",
          "balance --types alliance,hostility,part-of --time-limit 5",
          "balance --series 2000..2026 --step 1y --chart balance.svg",
          "balance --check graphs/balance-baseline.json",
          "balance --update graphs/balance-baseline.json",
        ]))

  @OptionGroup var data: DataOptions
  @OptionGroup var filters: FilterOptions
  @OptionGroup var output: OutputOptions

  @Option(help: ArgumentHelp("Seconds the exact search may take before reporting its best split and a bound.", valueName: "seconds"))
  var timeLimit: Double = 30

  @Option(help: ArgumentHelp("Solver threads.", valueName: "n"))
  var threads: Int = 1

  @Option(help: ArgumentHelp("Balance at each date of FROM..TO (e.g. 2000..2026), stepped by --step.", valueName: "period"))
  var series: String?

  @Option(help: ArgumentHelp("Step of --series: Ny (years) or Nm (months).", valueName: "step"))
  var step: String = "1y"

  @Option(help: ArgumentHelp("With --series: also write an SVG line chart of the indices to this file (- for stdout).", valueName: "file"))
  var chart: String?

  @Option(help: ArgumentHelp("Fail (exit 1) if balance got worse than this baseline file.", valueName: "file"))
  var check: String?

  @Option(help: ArgumentHelp("Write the current balance to this baseline file for --check.", valueName: "file"))
  var update: String?

  func validate() throws {
    if series == nil && chart != nil { throw ValidationError("--chart needs --series") }
    if series != nil && (check != nil || update != nil) { throw ValidationError("--series cannot be combined with --check or --update") }
    if check != nil && update != nil { throw ValidationError("give --check or --update, not both") }
    if series != nil && filters.wholeRecord { throw ValidationError("--series takes a snapshot at each date; leave out --whole-record") }
    if series != nil && filters.asOf != nil { throw ValidationError("--series sets the date of each point; leave out --as-of") }
    guard timeLimit > 0, timeLimit.isFinite else { throw ValidationError("--time-limit must be a positive number of seconds") }
    guard (1...64).contains(threads) else { throw ValidationError("--threads must be between 1 and 64") }
  }

  func run() throws {
    let dataset = try data.load()
    let filter = try filters.snapshotFilter(dataset, defaultTypes: [.alliance, .hostility])
    let options = StructuralBalance.Options(search: FrustrationOptions(timeLimit: timeLimit, threads: threads))
    if let series {
      try runSeries(series, dataset: dataset, filter: filter, options: options)
      return
    }
    let b: StructuralBalance
    do { b = try StructuralBalance(dataset, filter: filter, options: options) } catch { throw ValidationError(error.description) }
    if let update {
      let baseline = BalanceBaseline(b, asOf: filters.asOf, recent: filters.recent, wholeRecord: filters.wholeRecord)
      let text = try encodeJSON(baseline) + "\n"
      do { try OutputFile.write(text, to: update) } catch { throw CLIError(error.description) }
      printError(
        "balance: baseline written to \(update) (frustration \(baseline.frustration), \(baseline.unbalancedTriads.count) unbalanced triads)"
      )
      return
    }
    if let check {
      try runCheck(check, current: b)
      return
    }
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
    case .table: print(TextFitting.wrapAll(BalanceText.lines(b).joined(separator: "\n"), width: output.width))
    }
  }
}

extension Balance {
  func runSeries(_ range: String, dataset: Dataset, filter: RelationFilter, options: StructuralBalance.Options) throws {
    let dates: [FuzzyDate]
    do { dates = try BalanceSeries.dates(range, step: step) } catch { throw ValidationError(error.description) }
    let s: BalanceSeries
    do { s = try BalanceSeries(dataset, filter: filter, dates: dates, options: options) } catch {
      throw ValidationError(error.description)
    }
    if let chart {
      do { try OutputFile.write(BalanceChart.svg(s), to: chart) } catch { throw CLIError(error.description) }
    }
    if chart == "-" { return }
    switch output.format {
    case .json: print(try encodeJSON(s))
    case .csv, .table:
      let header = [
        "date", "actors", "allied", "hostile", "both", "triads", "balanced", "balance_index", "frustration", "exact",
        "frustration_per_tie", "bloc_frustration", output.format == .csv ? "blocs" : "blocs_of_2+",
      ]
      let rows = s.points.map { p -> [String] in
        let blocs = p.blocs.filter { $0.count > 1 }.map { $0.joined(separator: " ") }
        return [
          p.date, "\(p.signedActors)", "\(p.positivePairs)", "\(p.negativePairs)", "\(p.ambivalentPairs)", "\(p.triads.total)",
          "\(p.triads.balanced)", formatScore(p.balanceIndex),
          p.frustrationExact ? "\(p.frustration)" : "\(p.frustrationLowerBound)..\(p.frustration)", p.frustrationExact ? "yes" : "no",
          formatScore(p.frustrationPerTie), "\(p.blocFrustration)\(p.blocFrustrationExact ? "" : " (best found)")",
          output.format == .csv ? blocs.joined(separator: "; ") : "\(blocs.count)",
        ]
      }
      if output.format == .csv {
        print(CSVWriter.render(header, rows))
      } else {
        let signs = "Signs: " + s.signs.map { "\($0.type.rawValue) \($0.sign > 0 ? "+" : "−")" }.joined(separator: ", ")
        print(TextFitting.wrapAll(signs, width: output.width))
        var table = TextTable(header)
        for row in rows { table.add(row) }
        print(table.render())
      }
    }
  }

  func runCheck(_ path: String, current: StructuralBalance) throws {
    let data: Data
    do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
      throw CLIError("cannot read baseline \(path); write one with: actorgraph balance --update \(path)", status: .usageError)
    }
    let baseline: BalanceBaseline
    do { baseline = try JSONDecoder().decode(BalanceBaseline.self, from: data) } catch {
      throw CLIError("\(path) is not a balance baseline (\(error)); rewrite it with: actorgraph balance --update \(path)")
    }
    let now = BalanceBaseline(current, asOf: filters.asOf, recent: filters.recent, wholeRecord: filters.wholeRecord)
    guard now.hasSameSelection(as: baseline) else {
      throw CLIError(
        "the baseline \(path) was made with \(baseline.selectionFlags), not \(now.selectionFlags); check with the same selection",
        status: .usageError)
    }
    let r = baseline.regression(current)
    if output.format == .json {
      print(try encodeJSON(r))
    } else {
      var lines: [String] = []
      for t in r.newUnbalancedTriads {
        lines.append(
          "new \(t.allNegative ? "all-hostile" : "unbalanced") triad: \(t.actors.joined(separator: ", "))  \(t.signs.joined(separator: " "))"
        )
        lines += t.sides.map { "  " + BalanceText.tie($0) }
      }
      if let f = r.frustrationRose {
        let after = r.certain ? "\(f.after)" : "\(f.after) best found (proven ≥ \(f.afterLowerBound); raise --time-limit to settle it)"
        lines.append("frustration index rose from \(f.before) to \(after); ties frustrated now and not in the baseline:")
        lines += f.newlyFrustrated.map { "  " + BalanceText.tie($0) }
      }
      if lines.isEmpty {
        lines.append(
          "balance: no new unbalanced triad, frustration \(current.camps?.frustration ?? 0) ≤ baseline \(baseline.frustration) (\(path))")
      }
      print(TextFitting.wrapAll(lines.joined(separator: "\n"), width: output.width))
    }
    if r.failed {
      throw CLIError("balance got worse than the baseline \(path); if the change is intended: actorgraph balance --update \(path)")
    }
  }
}

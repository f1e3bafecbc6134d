import ActorGraph
import ArgumentParser

/// The selection flags every query shares: relation types, a date, a minimum attribution.
struct FilterOptions: ParsableArguments {
  @Option(help: ArgumentHelp("Keep only these relation types (comma-separated), e.g. support,membership.", valueName: "types"))
  var types: String?

  @Option(
    help: ArgumentHelp(
      "Snapshot on this date: states of affairs valid then, events of the --recent period before it. YYYY, YYYY-MM or YYYY-MM-DD (a partial date means its last day). Snapshot commands default to the data's latest publication date.",
      valueName: "date"))
  var asOf: String?

  @Option(
    help: ArgumentHelp(
      "How far back from the snapshot date events count: 1y (default), 6m, 2w, 30d, or all (every event up to then).",
      valueName: "span"))
  var recent: String?

  @Flag(help: "Use the whole record (every state and event ever recorded) instead of a snapshot.")
  var wholeRecord = false

  @Option(
    help: ArgumentHelp(
      "Only relations at least this certain: confirmed, claimed, attributed, blamed, suspected, inferred, unattributed.",
      valueName: "level"))
  var minAttribution: String?

  @Option(
    help: ArgumentHelp(
      "Only what overlaps this period, FROM..TO (e.g. 2014..2017): states valid at some day in it, events dated in it.",
      valueName: "period"))
  var window: String?

  @Option(
    help: ArgumentHelp(
      "Only relations at exactly these attribution levels (comma-separated), e.g. suspected,unattributed.",
      valueName: "levels"))
  var attribution: String?

  @Option(
    help: ArgumentHelp(
      "Only relations at least this sure: high, moderate, low, very-low (derived from attribution, source grades and corroboration; see README 'How sure is an answer').",
      valueName: "level"))
  var minConfidence: String?

  @Flag(help: "Leave out relations that were only planned or are potential (kept by default, marked in output).")
  var onlyActual = false

  /// The selection flags as the domain's parser takes them (``Selection/Field``), as given.
  var selectionText: [Selection.Field: [String]] {
    var text: [Selection.Field: [String]] = [:]
    text[.types] = types.map { [$0] }
    text[.asOf] = asOf.map { [$0] }
    text[.recent] = recent.map { [$0] }
    text[.wholeRecord] = wholeRecord ? ["true"] : nil
    text[.minAttribution] = minAttribution.map { [$0] }
    text[.window] = window.map { [$0] }
    text[.attribution] = attribution.map { [$0] }
    text[.minConfidence] = minConfidence.map { [$0] }
    text[.onlyActual] = onlyActual ? ["true"] : nil
    return text
  }

  /// The selection these flags and a command's own (`extra`: focus, path, diff…) make, through the
  /// domain's one parser; the first problem is a usage error naming the flag.
  ///
  /// - Parameter vocabulary: the dataset's, for `--types` (declared types included); `nil` checks
  ///   every other flag and leaves names that are not built in for the dataset.
  func selection(vocabulary: Vocabulary?, _ extra: [Selection.Field: [String]] = [:]) throws -> Selection {
    let parsed = Selection.parse(selectionText.merging(extra) { $1 }, vocabulary: vocabulary)
    if let problem = parsed.problems.first { throw ValidationError(problem.description) }
    return parsed.selection
  }

  /// The filter of a snapshot command: without --as-of, --window or --whole-record, the snapshot
  /// at the data's present.
  func snapshotFilter(_ dataset: Dataset, defaultTypes: Set<RelationType>? = nil) throws -> RelationFilter {
    var f = try selection(vocabulary: dataset.vocabulary).filter(for: dataset)
    if types == nil { f.types = defaultTypes }
    return f
  }

  /// - Parameter vocabulary: the dataset's, for `--types` (declared types included); `nil` checks
  ///   every other option and leaves the types unparsed.
  func filter(defaultTypes: Set<RelationType>? = nil, vocabulary: Vocabulary?) throws -> RelationFilter {
    var f = try selection(vocabulary: vocabulary).filter
    if types == nil { f.types = defaultTypes }
    return f
  }
}

/// `--direction in|out|both`: the domain's direction, its names checked by the domain's enum.
extension Selection.Direction: ExpressibleByArgument {}

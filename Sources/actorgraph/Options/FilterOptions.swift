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

  /// The filter of a snapshot command: without --as-of, --window or --whole-record, the snapshot
  /// at the data's present.
  func snapshotFilter(_ dataset: Dataset, defaultTypes: Set<RelationType>? = nil) throws -> RelationFilter {
    var f = try filter(defaultTypes: defaultTypes, vocabulary: dataset.vocabulary)
    if !wholeRecord { f.time = f.time.defaultingToPresent(of: dataset) }
    return f
  }

  /// - Parameter vocabulary: the dataset's, for `--types` (declared types included); `nil` checks
  ///   every other option and leaves the types unparsed.
  func filter(defaultTypes: Set<RelationType>? = nil, vocabulary: Vocabulary?) throws -> RelationFilter {
    var f = RelationFilter()
    f.includeUnrealised = !onlyActual
    if let types {
      if let vocabulary {
        do { f.types = try RelationFilter.parseTypes(types, vocabulary: vocabulary) } catch { throw ValidationError(error.message) }
      }
    } else {
      f.types = defaultTypes
    }
    if let asOf {
      guard let d = FuzzyDate(parsing: asOf) else {
        throw ValidationError("--as-of '\(asOf)' is not a date; use YYYY, YYYY-MM or YYYY-MM-DD")
      }
      f.asOf = d
    }
    if wholeRecord && (asOf != nil || window != nil) {
      throw ValidationError("--whole-record cannot be combined with --as-of or --window")
    }
    if let recent {
      guard let r = TimeScope.Recent(parsing: recent) else {
        throw ValidationError("--recent '\(recent)' is not a span; use 1y, 6m, 2w, 30d or all")
      }
      f.recent = r
    }
    if let minAttribution {
      guard let a = Attribution(parsing: minAttribution), a != .denied else {
        throw ValidationError(
          "--min-attribution '\(minAttribution)' is not a level; use one of confirmed, claimed, attributed, blamed, suspected, inferred, unattributed"
        )
      }
      f.minAttribution = a
    }
    if let minConfidence {
      guard let c = Confidence(parsing: minConfidence) else {
        throw ValidationError("--min-confidence '\(minConfidence)' is not a level; use high, moderate, low or very-low")
      }
      f.minConfidence = c
    }
    if let window {
      guard let d = FuzzyDate(parsing: window) else {
        throw ValidationError("--window '\(window)' is not a period; use FROM..TO with dates like 2014 or 2026-03-04")
      }
      f.window = d
    }
    if let attribution {
      var set = Set<Attribution>()
      for part in attribution.split(separator: ",").map(String.init) {
        guard let a = Attribution(parsing: part) else {
          throw ValidationError(
            "--attribution '\(part)' is not a level; use \(Attribution.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        set.insert(a)
      }
      f.attributions = set
    }
    return f
  }
}

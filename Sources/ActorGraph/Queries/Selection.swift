import GraphAnalytics

/// What a question or a diagram looks at: which relations (``RelationFilter``: types, dates,
/// attribution, confidence, status, sources) and which part of the graph (a focus and its
/// neighbourhood, a path, a diff between two dates, the attacks on a target, highlighted actors,
/// the measure that sizes actors).
///
/// The command line, `render` and view files all make a selection through one parser,
/// ``parse(_:vocabulary:)``, so a flag and a view key mean the same thing and are checked the same
/// way. Actor names stay text: they are resolved against a dataset when the selection is used.
public struct Selection: Sendable, Hashable {
  /// Relation types to keep, sorted by name, each once; `nil` keeps every type.
  public var types: [RelationType]?
  /// The snapshot date given (see ``TimeScope``); `nil` means the data's present, unless
  /// ``wholeRecord`` or a ``window`` says otherwise.
  public var asOf: FuzzyDate?
  /// Only what overlaps this period.
  public var window: FuzzyDate?
  /// How far back from the snapshot date events count.
  public var recent: TimeScope.Recent = .default
  /// The whole record instead of the snapshot at the data's present.
  public var wholeRecord = false
  /// Only relations at least this certain (never `denied`).
  public var minAttribution: Attribution?
  /// Only relations at exactly these levels, surest first, each once.
  public var attributions: [Attribution]?
  /// Only relations at least this sure.
  public var minConfidence: Confidence?
  /// Leave out planned and potential relations.
  public var onlyActual = false
  /// Keep only what these sources say (ids, in the order given).
  public var sources: [String]?
  /// Drop what these sources say (ids, in the order given).
  public var excludeSources: [String]?
  /// Actors (ids, names or aliases) to centre on…
  public var focus: [String] = []
  /// …with the actors within this many hops of them.
  public var depth = 1
  /// Which way the focus neighbourhood extends.
  public var direction = Direction.both
  /// A path between two actors (ids, names or aliases).
  public var path: Endpoints?
  /// Follow relations regardless of their direction (for the path and the focus).
  public var undirected = false
  /// What changed between two dates, the earlier first.
  public var diff: DatePair?
  /// The attacks on this actor's footprint.
  public var attacksOn: String?
  /// With ``attacksOn``: only attacks in this place (an actor, or words of the event's place).
  public var attacksIn: String?
  /// Actors to highlight besides the focus or path.
  public var highlight: [String] = []
  /// The centrality that sizes actors.
  public var sizeBy: CentralityMeasure?
  /// Show each umbrella group as one actor standing for its members (an overview).
  public var collapseUmbrellas = false
  /// Keep only this many actors, the most central by ``rankBy`` (after collapsing).
  public var top: Int?
  /// The centrality that ranks actors for ``top``.
  public var rankBy = CentralityMeasure.pagerank
  /// Small multiples: one picture per date, each this selection as of that date, in the order
  /// given, each date once; `nil` draws one picture. The queries ignore it: a diagram builder draws
  /// each date with ``asOf`` set to it.
  public var multiples: [FuzzyDate]?

  /// The selection of everything: every relation of the data's present, no focus.
  public init() {}

  /// Which way a focus neighbourhood extends from the focus.
  public enum Direction: String, Sendable, Hashable, CaseIterable {
    /// Actors that act on the focus.
    case incoming = "in"
    /// Actors the focus acts on.
    case outgoing = "out"
    /// Both.
    case both

    /// The direction of the core's searches.
    public var edgeDirection: EdgeDirection {
      switch self {
      case .incoming: return .incoming
      case .outgoing: return .outgoing
      case .both: return .both
      }
    }
  }

  /// The two actors of a path, as given.
  public struct Endpoints: Sendable, Hashable {
    /// Where the path starts.
    public var from: String
    /// Where it ends.
    public var to: String
    /// The two ends.
    public init(from: String, to: String) {
      self.from = from
      self.to = to
    }
  }

  /// Two dates, the earlier first.
  public struct DatePair: Sendable, Hashable {
    /// The earlier date.
    public var from: FuzzyDate
    /// The later date.
    public var to: FuzzyDate
    /// The pair; the parser checks that `from` does not end after `to`.
    public init(from: FuzzyDate, to: FuzzyDate) {
      self.from = from
      self.to = to
    }
  }

  /// The relation filter of this selection, without the default date (see ``filter(for:)``).
  public var filter: RelationFilter {
    var f = RelationFilter()
    f.types = types.map(Set.init)
    f.asOf = asOf
    f.window = window
    f.recent = recent
    f.minAttribution = minAttribution
    f.minConfidence = minConfidence
    f.attributions = attributions.map(Set.init)
    f.includeUnrealised = !onlyActual
    return f
  }

  /// The filter for `dataset`: without a date, the snapshot at the data's present (the one rule
  /// of ``TimeScope``), unless the selection asks for the whole record or a diff (which has its
  /// own two dates).
  ///
  /// - Complexity: O(t + a) for t types and a attribution levels.
  public func filter(for dataset: Dataset) -> RelationFilter {
    var f = filter
    if !wholeRecord && diff == nil { f.time = f.time.defaultingToPresent(of: dataset) }
    return f
  }

  /// The dataset as the source filter leaves it (``Dataset/restrictingSources(keep:exclude:)``):
  /// relations left with no citation go, the others keep their confidence recomputed from what is
  /// left. Applying it twice gives the same dataset.
  ///
  /// - Complexity: O(r · c · d) when a source filter is set, O(1) otherwise.
  public func selectingSources(_ dataset: Dataset) -> Dataset {
    guard sources != nil || excludeSources != nil else { return dataset }
    return dataset.restrictingSources(keep: sources.map(Set.init), exclude: Set(excludeSources ?? []))
  }

  /// Source ids the selection names that `dataset` does not have, in the order given.
  ///
  /// - Complexity: O(s + k) for s sources in the dataset and k ids named.
  public func unknownSources(in dataset: Dataset) -> [String] {
    let known = Set(dataset.sources.map(\.id))
    return ((sources ?? []) + (excludeSources ?? [])).filter { !known.contains($0) }
  }
}

// MARK: - Parsing

extension Selection {
  /// A field of a selection, named as view files write it (`as_of`); ``flag`` is the command line's name.
  public enum Field: String, Sendable, Hashable, CaseIterable {
    /// ``Selection/types``.
    case types
    /// ``Selection/asOf``.
    case asOf = "as_of"
    /// ``Selection/window``.
    case window
    /// ``Selection/recent``.
    case recent
    /// ``Selection/wholeRecord``.
    case wholeRecord = "whole_record"
    /// ``Selection/minAttribution``.
    case minAttribution = "min_attribution"
    /// ``Selection/minConfidence``.
    case minConfidence = "min_confidence"
    /// ``Selection/attributions``.
    case attribution
    /// ``Selection/onlyActual``.
    case onlyActual = "only_actual"
    /// ``Selection/sources``.
    case sources
    /// ``Selection/excludeSources``.
    case excludeSources = "exclude_sources"
    /// ``Selection/focus``.
    case focus
    /// ``Selection/depth``.
    case depth
    /// ``Selection/direction``.
    case direction
    /// ``Selection/path``.
    case path
    /// ``Selection/undirected``.
    case undirected
    /// ``Selection/diff``.
    case diff
    /// ``Selection/attacksOn``.
    case attacksOn = "attacks_on"
    /// ``Selection/attacksIn``.
    case attacksIn = "attacks_in"
    /// ``Selection/highlight``.
    case highlight
    /// ``Selection/sizeBy``.
    case sizeBy = "size_by"
    /// ``Selection/collapseUmbrellas``: the value `umbrellas`.
    case collapse
    /// ``Selection/top``.
    case top
    /// ``Selection/rankBy``.
    case rankBy = "rank_by"
    /// ``Selection/multiples``: `--multiples` on the command line, `as_of` as a list in a view file.
    case multiples

    /// The command line's option for the field: `--as-of`.
    public var flag: String { "--" + rawValue.replacingOccurrences(of: "_", with: "-") }

    /// The field's key in a view file: its raw value, except that small multiples are `as_of`
    /// written as a list (`as_of: [2003, 2014, 2026]`).
    public var viewKey: String { self == .multiples ? Field.asOf.rawValue : rawValue }

    /// Whether the field takes several values (a list in a view file, a repeated or
    /// multi-value option on the command line); the others take one.
    public var isList: Bool {
      switch self {
      case .types, .attribution, .sources, .excludeSources, .focus, .path, .diff, .highlight, .multiples: return true
      default: return false
      }
    }

    /// Whether each value is itself a comma-separated list (`support,membership`).
    var splitsOnCommas: Bool {
      switch self {
      case .types, .attribution, .sources, .excludeSources, .multiples: return true
      default: return false
      }
    }
  }

  /// A value of a selection that cannot be understood: which field, which of its values, what is
  /// wrong and what would be right.
  public struct Problem: Error, Sendable, Hashable, CustomStringConvertible {
    /// The field at fault.
    public var field: Field
    /// Which of the field's values (its position in the list given), when one value is at fault;
    /// `nil` when the field as a whole is.
    public var index: Int?
    /// A short code for the kind of problem (`bad-date`, `unknown-attribution`…), as data diagnostics have.
    public var code: String
    /// What would be right (`use YYYY, YYYY-MM or YYYY-MM-DD`), if there is something to say.
    public var hint: String?
    /// The message, as text and field names, so that each surface names fields its own way.
    var parts: [Part]

    enum Part: Sendable, Hashable {
      case text(String)
      case field(Field)
    }

    /// What is wrong, naming fields with `name` (a flag on the command line, a key in a view file).
    public func message(naming name: (Field) -> String) -> String {
      parts.map { part in
        switch part {
        case .text(let t): return t
        case .field(let f): return name(f)
        }
      }.joined()
    }

    /// The message and the hint as the command line says them, naming fields by their flags:
    /// `--as-of '2026-13' is not a date; use YYYY, YYYY-MM or YYYY-MM-DD`.
    public var description: String {
      message(naming: \.flag) + (hint.map { "; " + $0 } ?? "")
    }
  }

  /// A type name left for the dataset to resolve: ``parse(_:vocabulary:)`` without a vocabulary
  /// keeps names that are not built in as placeholders, to be checked once a dataset is loaded.
  public struct PendingType: Sendable, Hashable {
    /// The name as written.
    public var name: String
    /// Which value of `types` it came from.
    public var index: Int
  }

  /// The outcome of ``parse(_:vocabulary:)``: the selection made of every value that could be
  /// understood, and a problem for each that could not.
  public struct Parsed: Sendable, Hashable {
    /// The selection; a field with a problem keeps its default.
    public var selection: Selection
    /// Every problem, in field order.
    public var problems: [Problem]
    /// Type names left for a dataset's vocabulary (only without a vocabulary).
    public var pendingTypes: [PendingType]
  }

  /// The selection `text` makes, or its first problem: ``parse(_:vocabulary:)`` for a caller
  /// that stops at the first mistake.
  ///
  /// - Parameter vocabulary: the dataset's, for the type names it declares (the built-in ones by default).
  /// - Complexity: as ``parse(_:vocabulary:)``.
  public static func parsing(_ text: [Field: [String]], vocabulary: Vocabulary = Vocabulary()) throws(Problem) -> Selection {
    let parsed = parse(text, vocabulary: vocabulary)
    if let first = parsed.problems.first { throw first }
    return parsed.selection
  }

  /// The one parser of selections: each field's values as text, checked and made into a
  /// ``Selection``.
  ///
  /// A field that takes one value uses the first it is given; a boolean field takes `true`,
  /// `yes`, `false` or `no`. Types, attribution levels and source ids may also be written as one
  /// comma-separated value.
  ///
  /// - Parameters:
  ///   - text: the values of each field given, as written.
  ///   - vocabulary: the dataset's, for type names it declares; `nil` resolves built-in names and
  ///     keeps the others as ``Parsed/pendingTypes``, for the dataset to check later.
  /// - Complexity: O(n + t · k) for n values in all and t type names, k the vocabulary's suggestion
  ///   cost for an unknown name.
  public static func parse(_ text: [Field: [String]], vocabulary: Vocabulary?) -> Parsed {
    var s = Selection()
    var problems: [Problem] = []
    var pending: [PendingType] = []
    func problem(_ field: Field, _ index: Int?, _ code: String, _ parts: [Problem.Part], hint: String? = nil) {
      problems.append(Problem(field: field, index: index, code: code, hint: hint, parts: parts))
    }
    func one(_ field: Field) -> String? { text[field]?.first }
    /// The field's values, with commas splitting a value where the field allows, each with the
    /// index of the value it came from.
    func items(_ field: Field) -> [(String, Int)]? {
      guard let values = text[field] else { return nil }
      var out: [(String, Int)] = []
      for (i, v) in values.enumerated() {
        if field.splitsOnCommas {
          for part in v.split(separator: ",") {
            let p = String(part).trimmingWhitespace()
            if !p.isEmpty { out.append((p, i)) }
          }
        } else {
          out.append((v, i))
        }
      }
      return out
    }
    func flag(_ field: Field) -> Bool {
      guard let v = one(field) else { return false }
      switch v.lowercased() {
      case "true", "yes": return true
      case "false", "no": return false
      default:
        problem(field, nil, "bad-value", [.field(field), .text(" must be true or false")])
        return false
      }
    }
    /// A centrality measure by name.
    func measure(_ field: Field) -> CentralityMeasure? {
      guard let v = one(field) else { return nil }
      if let m = CentralityMeasure(rawValue: v) { return m }
      problem(
        field, nil, "unknown-measure", [.text("unknown measure '\(v)' for "), .field(field)],
        hint: "one of: " + CentralityMeasure.allCases.map(\.rawValue).joined(separator: ", "))
      return nil
    }
    func date(_ field: Field, what: String, hint: String) -> FuzzyDate? {
      guard let v = one(field) else { return nil }
      guard let d = FuzzyDate(parsing: v) else {
        problem(field, nil, "bad-date", [.field(field), .text(" '\(v)' is not \(what)")], hint: hint)
        return nil
      }
      return d
    }

    if let names = items(.types) {
      var set = Set<RelationType>()
      for (name, i) in names {
        if let vocabulary {
          do {
            set.formUnion(try RelationFilter.parseTypes(name, vocabulary: vocabulary))
          } catch {
            problem(.types, i, "unknown-type", [.text(error.message)], hint: error.hint)
          }
        } else if let builtIn = try? RelationFilter.parseTypes(name) {
          set.formUnion(builtIn)
        } else {
          // Maybe a type the dataset declares: resolved, and reported if unknown, once it is loaded.
          set.insert(.custom(CustomRelationType(name: name, isDirected: true, sign: nil)))
          pending.append(PendingType(name: name, index: i))
        }
      }
      s.types = set.sorted { $0.rawValue < $1.rawValue }
    }
    s.asOf = date(.asOf, what: "a date", hint: "use YYYY, YYYY-MM or YYYY-MM-DD")
    s.window = date(.window, what: "a period", hint: "use FROM..TO with dates like 2014 or 2026-03-04")
    if let v = one(.recent) {
      if let r = TimeScope.Recent(parsing: v) {
        s.recent = r
      } else {
        problem(.recent, nil, "bad-value", [.field(.recent), .text(" '\(v)' is not a span")], hint: "use 1y, 6m, 2w, 30d or all")
      }
    }
    s.wholeRecord = flag(.wholeRecord)
    if s.wholeRecord && (text[.asOf] != nil || text[.window] != nil) {
      problem(
        .wholeRecord, nil, "bad-value",
        [.field(.wholeRecord), .text(" cannot be combined with "), .field(.asOf), .text(" or "), .field(.window)])
    }
    if let v = one(.minAttribution) {
      if let a = Attribution(parsing: v), a != .denied {
        s.minAttribution = a
      } else {
        problem(
          .minAttribution, nil, "unknown-attribution", [.field(.minAttribution), .text(" '\(v)' is not a level")],
          hint: "use one of " + Attribution.allCases.filter { $0 != .denied }.map(\.rawValue).joined(separator: ", "))
      }
    }
    if let v = one(.minConfidence) {
      if let c = Confidence(parsing: v) {
        s.minConfidence = c
      } else {
        problem(
          .minConfidence, nil, "unknown-confidence", [.field(.minConfidence), .text(" '\(v)' is not a level")],
          hint: "use high, moderate, low or very-low")
      }
    }
    if let levels = items(.attribution) {
      var set = Set<Attribution>()
      for (v, i) in levels {
        if let a = Attribution(parsing: v) {
          set.insert(a)
        } else {
          problem(
            .attribution, i, "unknown-attribution", [.field(.attribution), .text(" '\(v)' is not a level")],
            hint: "use " + Attribution.allCases.map(\.rawValue).joined(separator: ", "))
        }
      }
      s.attributions = set.sorted { $0.rank > $1.rank }
    }
    s.onlyActual = flag(.onlyActual)
    for field in [Field.sources, .excludeSources] {
      guard let ids = items(field) else { continue }
      if ids.isEmpty {
        problem(field, nil, "bad-value", [.field(field), .text(" needs at least one source id")], hint: "e.g. d0,d4")
        continue
      }
      if field == .sources { s.sources = ids.map(\.0) } else { s.excludeSources = ids.map(\.0) }
    }
    s.focus = text[.focus] ?? []
    if let v = one(.depth) {
      if let d = Int(v), d >= 0 {
        s.depth = d
      } else {
        problem(.depth, nil, "bad-number", [.field(.depth), .text(" must be 0 or more")])
      }
    }
    if let v = one(.direction) {
      if let d = Direction(rawValue: v) {
        s.direction = d
      } else {
        problem(.direction, nil, "bad-value", [.field(.direction), .text(" must be in, out or both")])
      }
    }
    if let ends = text[.path] {
      if ends.count == 2 {
        s.path = Endpoints(from: ends[0], to: ends[1])
      } else {
        problem(.path, nil, "bad-value", [.field(.path), .text(" takes two actors")], hint: "from and to, e.g. iran kataib-hezbollah")
      }
    }
    s.undirected = flag(.undirected)
    if let dates = text[.diff] {
      if dates.count == 2, let a = FuzzyDate(parsing: dates[0]), let b = FuzzyDate(parsing: dates[1]), a.end <= b.end {
        s.diff = DatePair(from: a, to: b)
      } else {
        problem(.diff, nil, "bad-value", [.field(.diff), .text(" takes two dates, the earlier first")], hint: "e.g. 1985 2015")
      }
    }
    s.attacksOn = one(.attacksOn)
    s.attacksIn = one(.attacksIn)
    s.highlight = text[.highlight] ?? []
    s.sizeBy = measure(.sizeBy)
    if let v = one(.collapse) {
      if v == "umbrellas" {
        s.collapseUmbrellas = true
      } else {
        problem(
          .collapse, nil, "bad-value",
          [.field(.collapse), .text(" takes umbrellas (each umbrella group drawn as one node for its members)")])
      }
    }
    if let v = one(.top) {
      if let n = Int(v), n >= 1 {
        s.top = n
      } else {
        problem(.top, nil, "bad-number", [.field(.top), .text(" must be 1 or more (how many actors to keep)")])
      }
    }
    if let m = measure(.rankBy) { s.rankBy = m }
    if let dates = items(.multiples) {
      var distinct: [FuzzyDate] = []
      var seen = Set<FuzzyDate>()
      for (v, i) in dates {
        guard let d = FuzzyDate(parsing: v) else {
          problem(
            .multiples, i, "bad-date", [.field(.multiples), .text(" '\(v)' is not a date")],
            hint: "list dates like 2003, 2014, 2026 (YYYY, YYYY-MM or YYYY-MM-DD)")
          continue
        }
        if seen.insert(d).inserted {
          distinct.append(d)
        } else {
          problem(.multiples, i, "bad-value", [.field(.multiples), .text(" lists \(d) twice")])
        }
      }
      if dates.isEmpty {
        problem(.multiples, nil, "bad-value", [.field(.multiples), .text(" lists no date")], hint: "e.g. 2003, 2014, 2026")
      }
      for other in [Field.asOf, .window, .wholeRecord, .diff] where text[other] != nil {
        problem(
          other, nil, "bad-value",
          [.text("small multiples ("), .field(.multiples), .text(") give each picture its date: drop "), .field(other)])
      }
      s.multiples = distinct.isEmpty ? nil : distinct
    }
    return Parsed(selection: s, problems: problems, pendingTypes: pending)
  }
}

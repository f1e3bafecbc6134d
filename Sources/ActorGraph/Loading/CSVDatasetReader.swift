/// Reads bulk data — `nodes.csv` (optional) and `edges.csv` — into a ``DatasetBuilder``.
///
/// Relations are resolved as they are read (nodes come first), so a million rows never pass
/// through an intermediate representation.
struct CSVDatasetReader {
  static let nodeColumns = [
    "id", "name", "kind", "aliases", "country", "member_of", "subkind", "notes", "sources", "inferred", "founded", "dissolved",
  ]
  static let edgeColumns = [
    "source", "target", "type", "sign", "weight", "since", "until", "date", "attribution", "sources", "subtype", "id",
    "when", "attributed_by", "response", "status", "place", "weapon", "count", "killed", "injured", "at_least", "outcome", "note", "event",
  ]
  /// Errors past this many in one file are counted, not listed: the first ones tell the story.
  static let maxListedErrors = 200

  var builder: DatasetBuilder

  private mutating func report(
    _ severity: Diagnostic.Severity, _ code: String, _ message: String, _ file: String, _ line: Int, _ column: Int,
    hint: String? = nil
  ) {
    builder.diagnostics.append(
      Diagnostic(severity, code, message, at: SourceLocation(file: file, line: line, column: column), hint: hint))
  }

  private mutating func header(
    _ reader: CSVReader, _ fields: [CSVReader.Field], file: String, line: Int, allowed: [String], required: [String]
  ) -> [String: Int]? {
    // The header is the first record that is not blank: blank lines may come before it (a fuzzing
    // finding located its warnings on line 1, an empty line).
    var map: [String: Int] = [:]
    // A hostile header can hold a million columns: list the first few of each problem, count the rest.
    let listedPerKind = 20
    var unknown = 0
    var duplicates = 0
    for (i, f) in fields.enumerated() {
      let name = reader.string(f).lowercased()
      if !allowed.contains(name) {
        unknown += 1
        if unknown <= listedPerKind {
          report(
            .warning, "unknown-column", "unknown column '\(name)' is ignored", file, f.line, f.column,
            hint: Suggest.closest(to: name, among: allowed).map { "did you mean '\($0)'?" }
              ?? "known columns: \(allowed.joined(separator: ", "))")
        }
      } else if map[name] != nil {
        duplicates += 1
        if duplicates <= listedPerKind { report(.error, "duplicate-column", "column '\(name)' appears twice", file, f.line, f.column) }
      } else {
        map[name] = i
      }
    }
    if unknown > listedPerKind {
      report(.warning, "unknown-column", "… and \(unknown - listedPerKind) more unknown columns are ignored", file, line, 1)
    }
    if duplicates > listedPerKind {
      report(.error, "duplicate-column", "… and \(duplicates - listedPerKind) more repeated columns", file, line, 1)
    }
    let missing = required.filter { map[$0] == nil }
    if !missing.isEmpty {
      report(
        .error, "missing-column", "missing required column\(missing.count > 1 ? "s" : "") \(missing.joined(separator: ", "))",
        file, line, 1, hint: "the header must name at least: \(required.joined(separator: ","))")
      return nil
    }
    return map
  }

  private mutating func csvProblem(_ e: Error, file: String) {
    switch e {
    case CSVReader.Problem.unterminatedQuote(let line, let column):
      report(
        .error, "csv-syntax", "quoted field is never closed", file, line, column,
        hint: "close the field with '\"'; a quote inside a quoted field is written twice (\"\")")
    case CSVReader.Problem.strayQuote(let line, let column):
      report(
        .error, "csv-syntax", "stray quote inside an unquoted field", file, line, column,
        hint: "quote the whole field and double the inner quote: \"a \"\"b\"\" c\"")
    default:
      report(.error, "csv-syntax", "cannot read CSV: \(e)", file, 1, 1)
    }
  }

  /// Reads `nodes.csv`.
  mutating func readNodes(bytes: [UInt8], file: String) {
    let vocabulary = builder.dataset.vocabulary
    let fileIndex = builder.addFile(file)
    // One row per line in the common case: an upper bound that spares the id index its rehashes.
    builder.dataset.reserveActors(bytes.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 })
    let reader = CSVReader(bytes: bytes)
    var columns: ColumnPositions<NodeColumn>?
    var width = 0
    var errors = 0
    do {
      try reader.forEachRecord { line, fields in
        guard let cols = columns else {
          columns = ColumnPositions(header(reader, fields, file: file, line: line, allowed: Self.nodeColumns, required: ["id"]))
          width = fields.count
          return
        }
        if cols.isEmpty { return }
        guard fields.count == width else {
          errors += 1
          if errors <= Self.maxListedErrors {
            report(
              .error, "csv-width", "row has \(fields.count) fields, the header has \(width)", file, fields.last?.line ?? line,
              fields.last?.column ?? 1, hint: "quote fields that contain commas")
          }
          return
        }
        func value(_ c: NodeColumn) -> String? {
          guard let i = cols[c], !reader.isEmpty(fields[i]) else { return nil }
          return reader.string(fields[i])
        }
        /// Where column `c` of this row stands (only for a column the header has).
        func at(_ c: NodeColumn) -> (line: Int, column: Int) { (fields[cols[c]!].line, fields[cols[c]!].column) }
        func list(_ c: NodeColumn) -> [String] {
          (value(c) ?? "").split(separator: ";").map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
        }
        guard let id = value(.id) else {
          report(.error, "missing-id", "row has no id", file, at(.id).line, at(.id).column)
          return
        }
        // An actor without a name is shown by its id, so the id obeys the rule for names (a fuzzing
        // finding: an id holding U+0000 loaded, and the same actor exported with its name did not).
        if let problem = DisplayText.nameProblem(id) {
          report(
            .error, "bad-id", "id \(problem)", file, at(.id).line, at(.id).column,
            hint: "write the id on one line without control characters")
          return
        }
        var kind = ActorKind.unspecified
        if let k = value(.kind) {
          if let v = vocabulary.actorKind(named: k) {
            kind = v
          } else {
            report(
              .error, "unknown-kind", "unknown actor kind '\(k)'", file, at(.kind).line, at(.kind).column,
              hint: YAMLReader.unknownWordHint(k, vocabulary.actorKindNames, list: "actor_kinds"))
          }
        }
        var name = value(.name)
        if let n = name, let problem = DisplayText.nameProblem(n.trimmingWhitespace()) {
          report(
            .error, "bad-name", "name \(problem)", file, at(.name).line, at(.name).column,
            hint: "write the name on one line without control characters")
          name = nil
        }
        for alias in list(.aliases) {
          if let problem = DisplayText.nameProblem(alias) {
            report(.error, "bad-name", "alias '\(alias)' \(problem)", file, at(.aliases).line, at(.aliases).column)
          }
        }
        var subkind: String?
        if let sk = value(.subkind) {
          if kind.subkinds.contains(sk) {
            subkind = sk
          } else {
            report(
              .error, "unknown-subkind", "'\(sk)' is not a subkind of \(kind.rawValue)", file, at(.subkind).line,
              at(.subkind).column,
              hint: kind.subkinds.isEmpty ? "\(kind.rawValue) has no subkinds" : Suggest.hint(sk, kind.subkinds))
          }
        }
        var inferred = false
        if let text = value(.inferred) {
          switch text.lowercased() {
          case "true", "yes", "1": inferred = true
          case "false", "no", "0": inferred = false
          default:
            report(
              .error, "bad-value", "inferred '\(text)' must be true or false", file, at(.inferred).line,
              at(.inferred).column)
          }
        }
        var lifespan: [FuzzyDate?] = []
        for key in [NodeColumn.founded, .dissolved] {
          guard let text = value(key) else {
            lifespan.append(nil)
            continue
          }
          if let d = FuzzyDate(parsing: text) {
            lifespan.append(d)
          } else {
            report(
              .error, "bad-date", "\(key.name) '\(text)' is not a date", file, at(key).line, at(key).column,
              hint: "use YYYY, YYYY-MM, YYYY-MM-DD or a range FROM..TO")
            lifespan.append(nil)
          }
        }
        let actor = Actor(
          id: id, name: name?.trimmingWhitespace(), aliases: list(.aliases), kind: kind, subkind: subkind, country: value(.country),
          notes: value(.notes), sources: list(.sources).map { SourceRef(parsing: $0) }, inferred: inferred, founded: lifespan[0],
          dissolved: lifespan[1])
        let origin = Dataset.Origin(file: fileIndex, line: Int32(line), column: 1)
        let location = SourceLocation(file: file, line: at(.id).line, column: at(.id).column)
        let memberLine = cols[.memberOf].map { fields[$0].line } ?? line
        let memberColumn = cols[.memberOf].map { fields[$0].column } ?? 1
        builder.addActor(
          actor, origin: origin, idLocation: location, aliasLocations: [],
          memberOf: list(.memberOf).map { ($0, SourceLocation(file: file, line: memberLine, column: memberColumn)) },
          sourceLocations: [])
      }
    } catch {
      csvProblem(error, file: file)
    }
    // Bulk memberships carry no sources: the file is their provenance. Drop the curated-data error.
    builder.diagnostics.removeAll { $0.code == "no-source" && $0.location?.file == file }
    if errors > Self.maxListedErrors {
      report(.error, "csv-width", "\(errors - Self.maxListedErrors) more rows with the wrong number of fields", file, 1, 1)
    }
  }

  /// Reads `edges.csv`. When `createActors` is true (no `nodes.csv`), endpoints become actors.
  mutating func readEdges(bytes: [UInt8], file: String, createActors: Bool) {
    let vocabulary = builder.dataset.vocabulary
    let fileIndex = builder.addFile(file)
    let reader = CSVReader(bytes: bytes)
    // Column positions, looked up once: a dictionary lookup per field per row dominated the load.
    var columns: ColumnPositions<EdgeColumn>?
    var width = 0
    var errors = 0
    var unsourced = 0
    var firstUnsourcedLine = 0
    // Rows resolve names in a local table and collect into local arrays; the dataset is touched
    // once at the end (touching a large struct per row costs a retain/release of each of its fields).
    var ids = builder.dataset.actorIndexTable
    var actorCount = Int32(builder.dataset.actors.count)
    var newActors: [(String, Dataset.Origin)] = []
    var rows: [Relation] = []
    var rowOrigins: [Dataset.Origin] = []
    // A row is at least "a,b,t\n" and usually ~20 bytes: reserve for that to avoid regrowth copies.
    rows.reserveCapacity(bytes.count / 20)
    rowOrigins.reserveCapacity(bytes.count / 20)
    func listed() -> Bool {
      errors += 1
      return errors <= Self.maxListedErrors
    }
    // Built on the first unknown endpoint, once: one index instead of a sort and scan per name.
    var suggestions: SuggestionIndex?
    func suggestion(_ text: String) -> String? {
      if suggestions == nil { suggestions = SuggestionIndex(ids.keys) }
      return suggestions!.closest(to: text)
    }
    do {
      try reader.forEachRecord { line, fields in
        guard let cols = columns else {
          columns = ColumnPositions(
            header(reader, fields, file: file, line: line, allowed: Self.edgeColumns, required: ["source", "target", "type"]))
          width = fields.count
          return
        }
        if cols.isEmpty { return }
        guard fields.count == width else {
          if listed() {
            report(
              .error, "csv-width", "row has \(fields.count) fields, the header has \(width)", file, fields.last?.line ?? line,
              fields.last?.column ?? 1, hint: "quote fields that contain commas")
          }
          return
        }
        func value(_ c: EdgeColumn) -> String? {
          guard let i = cols[c], !reader.isEmpty(fields[i]) else { return nil }
          return reader.string(fields[i])
        }
        func column(_ c: EdgeColumn) -> Int { cols[c].map { fields[$0].column } ?? 1 }
        func lineOf(_ c: EdgeColumn) -> Int { cols[c].map { fields[$0].line } ?? line }
        func endpoint(_ c: EdgeColumn) -> Int32? {
          let name = c.name
          guard let text = value(c) else {
            if listed() { report(.error, "missing-endpoint", "empty \(name)", file, lineOf(c), column(c)) }
            return nil
          }
          if let i = ids[text] { return i }
          if createActors, let problem = DisplayText.nameProblem(text) {
            // The new actor would be shown by this id: the rule for names applies (see nodes.csv).
            if listed() { report(.error, "bad-id", "id \(problem)", file, lineOf(c), column(c)) }
            return nil
          }
          if createActors {
            let i = actorCount
            actorCount += 1
            ids[text] = i
            newActors.append((text, Dataset.Origin(file: fileIndex, line: Int32(lineOf(c)), column: Int32(column(c)))))
            return i
          }
          if listed() {
            report(
              .error, "unknown-actor", "unknown actor '\(text)'", file, lineOf(c), column(c),
              hint: suggestion(text).map { "did you mean '\($0)'?" }
                ?? "add it to nodes.csv")
          }
          return nil
        }
        /// The descriptive columns (the YAML keys of the same names), or nil when the row has none.
        func details(_ value: (EdgeColumn) -> String?, _ column: (EdgeColumn) -> Int) -> RelationDetails? {
          let cols: [EdgeColumn] = [
            .when, .attributedBy, .response, .status, .place, .weapon, .count, .killed, .injured, .atLeast, .outcome, .note, .event,
          ]
          guard cols.contains(where: { value($0) != nil }) else { return nil }
          var response: Response?
          if let t = value(.response) {
            response = Response(rawValue: t)
            if response == nil, listed() {
              report(
                .error, "unknown-response", "unknown response '\(t)'", file, lineOf(.response), column(.response),
                hint: Suggest.hint(t, Response.allCases.map(\.rawValue)))
            }
          }
          var status = RelationStatus.actual
          if let t = value(.status) {
            if let v = RelationStatus(rawValue: t) {
              status = v
            } else if listed() {
              report(
                .error, "unknown-status", "unknown status '\(t)'", file, lineOf(.status), column(.status),
                hint: Suggest.hint(t, RelationStatus.allCases.map(\.rawValue)))
            }
          }
          func number(_ c: EdgeColumn) -> Int? {
            guard let t = value(c) else { return nil }
            if let v = Int(t), v >= 0 { return v }
            if listed() { report(.error, "bad-number", "\(c.name) '\(t)' is not a whole number", file, lineOf(c), column(c)) }
            return nil
          }
          var atLeast: [String] = []
          for part in (value(.atLeast) ?? "").split(separator: ";").map({ String($0).trimmingWhitespace() }) where !part.isEmpty {
            if ["count", "killed", "injured"].contains(part) {
              atLeast.append(part)
            } else if listed() {
              report(
                .error, "bad-value", "'at_least' lists numbers: count, killed, injured", file, lineOf(.atLeast), column(.atLeast),
                hint: Suggest.hint(part, ["count", "killed", "injured"]))
            }
          }
          return RelationDetails(
            when: value(.when), attributedBy: value(.attributedBy), response: response, status: status, place: value(.place),
            weapon: value(.weapon), count: number(.count), killed: number(.killed), injured: number(.injured), atLeast: atLeast,
            outcome: value(.outcome), note: value(.note), event: value(.event))
        }
        guard let typeText = value(.type) else {
          if listed() { report(.error, "missing-type", "empty type", file, lineOf(.type), column(.type)) }
          return
        }
        guard let type = vocabulary.relationType(named: typeText) else {
          if listed() {
            report(
              .error, "unknown-type", "unknown relation type '\(typeText)'", file, lineOf(.type), column(.type),
              hint: YAMLReader.unknownWordHint(typeText, vocabulary.relationTypeNames, list: "relation_types"))
          }
          return
        }
        guard let s = endpoint(.source), let t = endpoint(.target) else { return }
        if s == t {
          if listed() { report(.error, "self-relation", "relation from an actor to itself", file, lineOf(.target), column(.target)) }
          return
        }
        var r = Relation(id: value(.id) ?? "", type: type, source: s, target: t)
        if let a = value(.attribution) {
          if let v = Attribution(parsing: a) {
            r.attribution = v
          } else if listed() {
            report(
              .error, "unknown-attribution", "unknown attribution '\(a)'", file, lineOf(.attribution), column(.attribution),
              hint: Suggest.hint(a, Attribution.allCases.map(\.rawValue)))
          }
        }
        if let sub = value(.subtype) {
          for part in sub.split(separator: ";").map({ String($0).trimmingWhitespace() }) {
            if type.subtypes.contains(part) {
              r.subtypes.append(part)
            } else if listed() {
              report(
                .error, "unknown-subtype", "'\(part)' is not a subtype of \(type.rawValue)", file, lineOf(.subtype),
                column(.subtype), hint: Suggest.hint(part, type.subtypes))
            }
          }
        }
        for key in [EdgeColumn.since, .until, .date] {
          guard let text = value(key) else { continue }
          guard let d = FuzzyDate(parsing: text) else {
            if listed() {
              report(
                .error, "bad-date", "'\(text)' is not a valid date", file, lineOf(key), column(key),
                hint: "use YYYY, YYYY-MM, YYYY-MM-DD or FROM..TO")
            }
            continue
          }
          switch key {
          case .since: r.since = d
          case .until: r.until = d
          default: r.date = d
          }
        }
        // The same rule as YAML: events take `date`, states of affairs `since`/`until`.
        if type.isEvent, r.since != nil || r.until != nil, listed() {
          report(
            .error, "event-dates", "\(type.rawValue) is an event: use 'date', not 'since'/'until'", file,
            lineOf(r.since != nil ? .since : .until),
            column(r.since != nil ? .since : .until), hint: "a campaign over a period is `date` FROM..TO")
        }
        if !type.isEvent, r.date != nil, listed() {
          report(
            .error, "state-dates", "\(type.rawValue) is a state of affairs: use 'since'/'until', not 'date'", file, lineOf(.date),
            column(.date), hint: "only attack and defense events take a `date`")
        }
        if let a = r.since, let b = r.until, b.end < a.start, listed() {
          report(.error, "impossible-dates", "'until' (\(b)) is before 'since' (\(a))", file, lineOf(.until), column(.until))
        }
        if let w = value(.weight) {
          if let v = Double(w), v.isFinite {
            r.weight = v
          } else if listed() {
            report(.error, "bad-number", "weight '\(w)' is not a number", file, lineOf(.weight), column(.weight))
          }
        }
        if let sg = value(.sign) {
          switch sg {
          case "+", "+1", "1", "positive": r.sign = 1
          case "-", "-1", "negative": r.sign = -1
          case "0": r.sign = 0
          default:
            if listed() {
              report(.error, "bad-sign", "sign '\(sg)' must be +1, -1 or 0", file, lineOf(.sign), column(.sign))
            }
          }
        }
        if let d = details(value, column) { r.details = d }
        if let src = value(.sources) {
          r.sources = src.split(separator: ";").map { SourceRef(parsing: String($0)) }
        } else {
          unsourced += 1
          if firstUnsourcedLine == 0 { firstUnsourcedLine = line }
        }
        rows.append(r)
        rowOrigins.append(Dataset.Origin(file: fileIndex, line: Int32(line), column: 1))
      }
    } catch {
      csvProblem(error, file: file)
    }
    for (id, origin) in newActors { builder.dataset.addActor(Actor(id: id), origin: origin) }
    builder.dataset.appendRelations(rows, origins: rowOrigins)
    rows = []
    rowOrigins = []
    if errors > Self.maxListedErrors {
      report(.error, "too-many-errors", "\(errors - Self.maxListedErrors) more errors in this file are not listed", file, 1, 1)
    }
    if unsourced > 0 {
      report(
        .warning, "no-source", "\(unsourced) relation\(unsourced == 1 ? "" : "s") cite no source (first at line \(firstUnsourcedLine))",
        file, firstUnsourcedLine, 1, hint: "add a `sources` column (`;`-separated source ids) to make them citable")
    }
  }
}

/// A file's columns as cases, in the order of the file's list of names.
protocol HeaderColumn: RawRepresentable<Int>, CaseIterable {
  /// The column names the file's header may use, in the cases' order.
  static var names: [String] { get }
}

extension HeaderColumn {
  /// The column's name in the header.
  var name: String { Self.names[rawValue] }
}

/// The columns of `edges.csv`, in the order of ``CSVDatasetReader/edgeColumns``.
enum EdgeColumn: Int, HeaderColumn {
  case source, target, type, sign, weight, since, until, date, attribution, sources, subtype, id
  case when, attributedBy, response, status, place, weapon, count, killed, injured, atLeast, outcome, note, event

  static var names: [String] { CSVDatasetReader.edgeColumns }
}

/// The columns of `nodes.csv`, in the order of ``CSVDatasetReader/nodeColumns``.
enum NodeColumn: Int, HeaderColumn {
  case id, name, kind, aliases, country, memberOf, subkind, notes, sources, inferred, founded, dissolved

  static var names: [String] { CSVDatasetReader.nodeColumns }
}

/// Where each known column stands in a header, by the column's case: one array read per lookup,
/// since a million-row file looks columns up a dozen times a row.
struct ColumnPositions<Column: HeaderColumn> {
  private let positions: [Int]
  /// No known column: the header was refused (a required column missing), and its rows are skipped.
  let isEmpty: Bool

  /// The positions `header` gives each column (by its name); a `nil` header (refused) gives none.
  ///
  /// - Complexity: O(c) for c known columns.
  init(_ header: [String: Int]?) {
    positions = Column.names.map { header?[$0] ?? -1 }
    isEmpty = !positions.contains { $0 >= 0 }
  }

  /// The column's position in a row, or `nil` if the header does not have it.
  ///
  /// - Complexity: O(1).
  subscript(_ column: Column) -> Int? {
    let i = positions[column.rawValue]
    return i >= 0 ? i : nil
  }
}

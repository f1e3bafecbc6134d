import Yams

/// Reads the YAML files of a dataset into a ``DatasetBuilder``, reporting every problem with its place.
///
/// Parsing keeps libyaml's marks, so each diagnostic points at the offending key or value.
struct YAMLReader {
  let fileIndex: Int32
  let path: String
  var builder: DatasetBuilder

  static let topKeys = ["dataset", "vocabulary", "sources", "actors", "relations"]
  static let datasetKeys = ["id", "title", "description"]
  static let sourceKeys = ["id", "outlet", "title", "published", "date", "url", "reliability", "reliability_reason", "relayed_by", "note"]
  static let actorKeys = [
    "id", "name", "aliases", "kind", "subkind", "country", "member_of", "notes", "sources", "inferred", "founded",
    "dissolved",
  ]
  static let relativeDateKeys = ["after", "before", "within", "weekday", "in"]
  static let relationKeys = [
    "id", "type", "subtype", "form", "source", "target", "since", "until", "date", "when", "attribution",
    "attributed_by", "response", "status", "place", "weapon", "count", "killed", "injured", "at_least", "outcome", "sources",
    "note", "weight", "event",
  ]

  func loc(_ node: Node?) -> SourceLocation {
    let mark = node?.mark
    return SourceLocation(file: path, line: mark?.line ?? 1, column: mark?.column ?? 1)
  }

  func origin(_ node: Node) -> Dataset.Origin {
    let mark = node.mark
    return Dataset.Origin(file: fileIndex, line: Int32(mark?.line ?? 1), column: Int32(mark?.column ?? 1))
  }

  mutating func error(_ code: String, _ message: String, _ node: Node?, hint: String? = nil) {
    builder.diagnostics.append(Diagnostic(.error, code, message, at: loc(node), hint: hint))
  }

  mutating func warning(_ code: String, _ message: String, _ node: Node?, hint: String? = nil) {
    builder.diagnostics.append(Diagnostic(.warning, code, message, at: loc(node), hint: hint))
  }

  /// Parses the text; `nil` (with the problem reported) when it is not YAML the guard accepts.
  mutating func compose(text: String) -> Node? {
    do {
      return try YAMLGuard.compose(text, path: path)
    } catch let d as Diagnostic {
      builder.diagnostics.append(d)
    } catch let e as YamlError {
      builder.diagnostics.append(YAMLReader.diagnostic(for: e, path: path))
    } catch {
      builder.diagnostics.append(
        Diagnostic(.error, "yaml-syntax", "cannot parse YAML: \(error)", at: SourceLocation(file: path, line: 1, column: 1)))
    }
    return nil
  }

  /// Parses the text and hands its sections to the builder (vocabulary first).
  mutating func read(text: String) {
    guard let root = compose(text: text) else { return }
    readVocabulary(root)
    read(root: root)
  }

  /// The top-level mapping of a data file; `nil` for an empty file (reported when not a mapping).
  mutating func top(_ root: Node, report: Bool) -> Node.Mapping? {
    if case .scalar(let s) = root, s.string.isEmpty || s.string == "~" || s.string == "null" { return nil }
    guard case .mapping(let top) = root else {
      if report { error("yaml-shape", "a data file must be a mapping with keys \(YAMLReader.topKeys.joined(separator: ", "))", root) }
      return nil
    }
    return top
  }

  /// Reads the file's `vocabulary:` block, if any. The loader calls it for every file before any
  /// data is read, so a type declared in `dataset.yaml` resolves in `actors.yaml`, which sorts first.
  mutating func readVocabulary(_ root: Node) {
    guard let top = top(root, report: false) else { return }
    for (key, value) in top where key.string == "vocabulary" {
      if builder.vocabularyDeclared {
        error("duplicate-vocabulary", "the vocabulary block is declared twice", key, hint: "keep one `vocabulary:` block per dataset")
        continue
      }
      builder.vocabularyDeclared = true
      builder.diagnostics += VocabularyReader.read(value, path: path, into: &builder.dataset.vocabulary)
    }
  }

  /// Hands the file's sections other than the vocabulary to the builder.
  mutating func read(root: Node) {
    guard let top = top(root, report: true) else { return }
    for (key, value) in top {
      guard let name = key.string else {
        error("unknown-key", "keys must be plain strings", key)
        continue
      }
      switch name {
      case "dataset": readDataset(value)
      case "vocabulary": break  // read first, by readVocabulary
      case "sources": forEach(value, section: name) { r, n in r.readSource(n) }
      case "actors": forEach(value, section: name) { r, n in r.readActor(n) }
      case "relations": forEach(value, section: name) { r, n in r.readRelation(n) }
      case "views", "defaults":
        error(
          "mixed-file", "view definitions must live in their own file, not beside data", key,
          hint: "move `\(name):` into a file such as graphs/views.yaml")
      default:
        unknownKey(name, key, allowed: YAMLReader.topKeys)
      }
    }
  }

  /// The hint for an unknown type or kind: a did-you-mean when a word is close (a typo), else the
  /// words there are and how to declare a new one.
  static func unknownWordHint(_ word: String, _ names: [String], list: String) -> String {
    if let c = Suggest.closest(to: word, among: names) { return "did you mean '\(c)'?" }
    return
      "one of: \(names.joined(separator: ", ")); a dataset may declare its own under `vocabulary: \(list):` in dataset.yaml (docs/data-format.md)"
  }

  static func diagnostic(for e: YamlError, path: String) -> Diagnostic {
    YAMLDiagnostics.diagnostic(for: e, path: path)
  }

  mutating func unknownKey(_ name: String, _ node: Node, allowed: [String]) {
    let hint =
      Suggest.closest(to: name, among: allowed).map { "did you mean '\($0)'?" }
      ?? "allowed keys: \(allowed.joined(separator: ", "))"
    error("unknown-key", "unknown key '\(name)'", node, hint: hint)
  }

  mutating func forEach(_ node: Node, section: String, _ body: (inout YAMLReader, Node) -> Void) {
    guard case .sequence(let seq) = node else {
      if case .scalar(let s) = node, s.string.isEmpty || s.string == "~" || s.string == "null" { return }
      error("yaml-shape", "'\(section)' must be a list (each item starting with '- ')", node)
      return
    }
    for item in seq { body(&self, item) }
  }

  /// The fields of a mapping, with unknown and duplicate keys reported.
  mutating func fields(_ node: Node, what: String, allowed: [String]) -> [String: (key: Node, value: Node)]? {
    guard case .mapping(let m) = node else {
      error("yaml-shape", "each \(what) must be a mapping of key: value", node)
      return nil
    }
    var out: [String: (key: Node, value: Node)] = [:]
    for (k, v) in m {
      guard let name = k.string else { continue }
      if !allowed.contains(name) {
        unknownKey(name, k, allowed: allowed)
        continue
      }
      out[name] = (k, v)
    }
    return out
  }

  // MARK: - Scalars

  mutating func string(_ f: [String: (key: Node, value: Node)], _ key: String) -> String? {
    guard let v = f[key]?.value else { return nil }
    guard case .scalar(let s) = v else {
      error("bad-value", "'\(key)' must be a single value, not a list or mapping", v)
      return nil
    }
    let t = s.string.trimmingWhitespace()
    if t.isEmpty || (s.style == .plain && (t == "~" || t == "null")) { return nil }
    return t
  }

  /// A name or title: nil when absent (or null); a located error, and nil, when it is blank or holds
  /// control characters (see ``DisplayText``).
  mutating func displayText(_ f: [String: (key: Node, value: Node)], _ key: String, isTitle: Bool) -> String? {
    guard let v = f[key]?.value, case .scalar(let s) = v else { return string(f, key) }
    if s.style == .plain && ["", "~", "null"].contains(s.string) { return nil }
    let t = s.string.trimmingWhitespace()
    if let problem = isTitle ? DisplayText.titleProblem(t) : DisplayText.nameProblem(t) {
      error(
        "bad-\(isTitle ? "title" : "name")", "'\(key)' \(problem)", v,
        hint: t.isEmpty
          ? "give a \(isTitle ? "title" : "name") people can read, or leave the key out" : "write it on one line without control characters"
      )
      return nil
    }
    return t
  }

  mutating func list(_ f: [String: (key: Node, value: Node)], _ key: String) -> [(String, Node)] {
    guard let v = f[key]?.value else { return [] }
    switch v {
    case .scalar(let s):
      let t = s.string.trimmingWhitespace()
      return t.isEmpty ? [] : [(t, v)]
    case .sequence(let seq):
      var out: [(String, Node)] = []
      for item in seq {
        if case .scalar(let s) = item {
          let t = s.string.trimmingWhitespace()
          if !t.isEmpty { out.append((t, item)) }
        } else {
          error("bad-value", "'\(key)' must be a list of plain values", item)
        }
      }
      return out
    default:
      error("bad-value", "'\(key)' must be a value or a list of values", v)
      return []
    }
  }

  mutating func int(_ f: [String: (key: Node, value: Node)], _ key: String) -> Int? {
    guard let s = string(f, key) else { return nil }
    guard let v = Int(s), v >= 0 else {
      error(
        "bad-number", "'\(key)' must be a whole number ≥ 0, got '\(s)'", f[key]?.value,
        hint: "write an estimate in `note` if the source gives no number")
      return nil
    }
    return v
  }

  /// `at_least: [killed]`: the numbers the source gives as lower bounds.
  mutating func lowerBounds(_ f: [String: (key: Node, value: Node)]) -> [String] {
    var out: [String] = []
    for (name, node) in list(f, "at_least") {
      if ["count", "killed", "injured"].contains(name) {
        if f[name] == nil {
          error("bad-value", "'at_least' names '\(name)', which this relation does not give", node)
        }
        out.append(name)
      } else {
        error(
          "bad-value", "'at_least' lists numbers: count, killed, injured", node, hint: Suggest.hint(name, ["count", "killed", "injured"]))
      }
    }
    return out
  }

  mutating func date(_ f: [String: (key: Node, value: Node)], _ key: String) -> FuzzyDate? {
    guard let s = string(f, key) else { return nil }
    guard let d = FuzzyDate(parsing: s) else {
      error(
        "bad-date", "'\(s)' is not a valid date for '\(key)'", f[key]?.value,
        hint:
          "use YYYY, YYYY-MM, YYYY-MM-DD or a range FROM..TO (open: FROM.. or ..TO); a date relative to another record is a mapping such as {before: d3, weekday: tuesday}; keep the source's words in `when:`"
      )
      return nil
    }
    return d
  }

  /// A date field that may be a date or a rule relative to other records (see ``RelativeDate``).
  mutating func dateSpec(_ f: [String: (key: Node, value: Node)], _ key: String) -> DatasetBuilder.DateSpec? {
    guard let v = f[key]?.value else { return nil }
    guard case .mapping = v else { return date(f, key).map { .fixed($0) } }
    guard let g = fields(v, what: "relative date", allowed: YAMLReader.relativeDateKeys) else { return nil }
    var rel = RelativeDate(after: string(g, "after"), before: string(g, "before"))
    var ok = true
    for k in ["after", "before"] {
      if let id = string(g, k), !Identifier.isKebabCase(id) {
        error(
          "bad-anchor", "'\(k)' names a record by id; '\(id)' is not one", g[k]?.value,
          hint: "write the id of a relation (e.g. e15) or a source (e.g. d3); a known period goes in `in:`")
        ok = false
      }
    }
    if let w = string(g, "within") {
      if let d = RelativeDate.Distance(parsing: w) {
        rel.within = d
      } else {
        error(
          "bad-value", "'within' must be hours, days, weeks, months, years or a number of them ('12 days'), got '\(w)'",
          g["within"]?.value)
        ok = false
      }
    }
    if let w = string(g, "weekday") {
      if let i = FuzzyDate.weekdayNames.firstIndex(of: w.lowercased()) {
        rel.weekday = i
      } else {
        error(
          "bad-value", "'weekday' must be a day of the week, got '\(w)'", g["weekday"]?.value,
          hint: Suggest.hint(w.lowercased(), FuzzyDate.weekdayNames))
        ok = false
      }
    }
    if let p = date(g, "in") { rel.inPeriod = p } else if g["in"] != nil { ok = false }
    if rel.after == nil && rel.before == nil && rel.inPeriod == nil {
      error(
        "bad-value", "a relative '\(key)' needs 'after', 'before' or 'in'", v,
        hint: "e.g. `\(key): {after: e15, within: hours}` or `\(key): {before: d3, weekday: tuesday}`")
      ok = false
    }
    if rel.within != nil && rel.after == nil && rel.before == nil {
      error("bad-value", "'within' needs an anchor: 'after' or 'before'", g["within"]?.key)
      ok = false
    }
    return ok ? .relative(rel, loc(v)) : nil
  }

  mutating func id(_ f: [String: (key: Node, value: Node)], _ node: Node, what: String) -> String? {
    guard let id = string(f, "id") else {
      error("missing-id", "\(what) has no 'id'", node, hint: "add `id:` with a kebab-case name such as `kataib-hezbollah`")
      return nil
    }
    if !Identifier.isKebabCase(id) {
      error(
        "bad-id", "id '\(id)' is not kebab-case", f["id"]?.value,
        hint: "use lowercase letters, digits and single hyphens: '\(Identifier.kebab(id))'")
    }
    return id
  }

  // MARK: - Sections

  mutating func readDataset(_ node: Node) {
    guard let f = fields(node, what: "dataset block", allowed: YAMLReader.datasetKeys) else { return }
    if builder.datasetDeclared {
      error("duplicate-dataset", "the dataset block is declared twice", node, hint: "keep one `dataset:` block per dataset")
    }
    builder.datasetDeclared = true
    if let id = string(f, "id") { builder.dataset.id = id }
    builder.dataset.title = displayText(f, "title", isTitle: true)
    builder.dataset.description = string(f, "description")
  }

  mutating func readSource(_ node: Node) {
    guard let f = fields(node, what: "source", allowed: YAMLReader.sourceKeys), let id = id(f, node, what: "a source")
    else { return }
    var grade: ReliabilityGrade?
    if let text = string(f, "reliability") {
      grade = ReliabilityGrade(parsing: text)
      if grade == nil {
        error(
          "bad-reliability", "reliability '\(text)' of source '\(id)' is not a grade A–F", f["reliability"]?.value,
          hint: "A completely reliable, B usually reliable, C fairly reliable, D not usually reliable, E unreliable, "
            + "F cannot be judged; put the reason in `reliability_reason`")
      }
    }
    let reason = string(f, "reliability_reason")
    if grade != nil && reason == nil {
      warning(
        "ungrounded-grade", "source '\(id)' has a reliability grade but no `reliability_reason`", f["reliability"]?.value,
        hint: "say in one line why the source earns that grade")
    }
    let relayedBy = string(f, "relayed_by")
    if f["published"] != nil, let d = f["date"] {
      error("duplicate-key", "a source has 'published' or its older name 'date', not both", d.key)
    }
    let published = dateSpec(f, f["published"] != nil ? "published" : "date")
    var fixed: FuzzyDate?
    if case .fixed(let d) = published { fixed = d }
    let s = Source(
      id: id, outlet: string(f, "outlet"), title: string(f, "title"), date: fixed, url: string(f, "url"),
      reliability: grade, reliabilityReason: reason, relayedBy: relayedBy, note: string(f, "note"))
    if string(f, "outlet") == nil && string(f, "title") == nil {
      warning(
        "source-undescribed", "source '\(id)' has neither outlet nor title", node,
        hint: "say where the statement comes from so a reader can find it")
    }
    builder.addSource(s, origin: origin(node), at: loc(f["id"]?.value ?? node), relayAt: f["relayed_by"].map { loc($0.value) })
    if case .relative(let rel, let at) = published {
      builder.relativeSourceDates.append((id, rel, at))
    }
  }

  /// A citation's `/N` must be an Admiralty credibility grade 1–6.
  mutating func checkCredibility(_ citations: [(String, Node)]) {
    for (text, node) in citations {
      guard let digits = SourceRef.splitCredibility(text).grade else { continue }
      if Int(digits).flatMap({ Credibility(rawValue: $0) }) == nil {
        error(
          "bad-credibility", "credibility '\(digits)' in citation '\(text)' is not a grade 1–6", node,
          hint: "1 confirmed by other sources, 2 probably true, 3 possibly true, 4 doubtful, 5 improbable, "
            + "6 cannot be judged; e.g. \"d3:L27/2\"")
      }
    }
  }

  mutating func readActor(_ node: Node) {
    guard let f = fields(node, what: "actor", allowed: YAMLReader.actorKeys), let id = id(f, node, what: "an actor")
    else { return }
    var kind = ActorKind.unspecified
    if let k = string(f, "kind") {
      if let v = builder.dataset.vocabulary.actorKind(named: k) {
        kind = v
      } else {
        error(
          "unknown-kind", "unknown actor kind '\(k)'", f["kind"]?.value,
          hint: YAMLReader.unknownWordHint(k, builder.dataset.vocabulary.actorKindNames, list: "actor_kinds"))
      }
    } else {
      error(
        "missing-kind", "actor '\(id)' has no 'kind'", node,
        hint: "one of: \(builder.dataset.vocabulary.actorKindNames.joined(separator: ", "))")
    }
    let subkind = string(f, "subkind")
    if let subkind, !kind.subkinds.contains(subkind), kind != .unspecified {
      error(
        "unknown-subkind", "'\(subkind)' is not a subkind of \(kind.rawValue)", f["subkind"]?.value,
        hint: kind.subkinds.isEmpty
          ? "kind \(kind.rawValue) has no subkinds; remove `subkind`" : Suggest.hint(subkind, kind.subkinds))
    }
    var inferred = false
    if let s = string(f, "inferred") {
      switch s.lowercased() {
      case "true", "yes": inferred = true
      case "false", "no": inferred = false
      default: error("bad-value", "'inferred' must be true or false", f["inferred"]?.value)
      }
    }
    let name = displayText(f, "name", isTitle: false)
    for (alias, node) in list(f, "aliases") {
      if let problem = DisplayText.nameProblem(alias) { error("bad-name", "alias '\(alias)' \(problem)", node) }
    }
    checkCredibility(list(f, "sources"))
    let actor = Actor(
      id: id, name: name ?? id, aliases: list(f, "aliases").map(\.0), kind: kind, subkind: subkind,
      country: string(f, "country"), memberOf: [], notes: string(f, "notes"),
      sources: list(f, "sources").map { SourceRef(parsing: $0.0) }, inferred: inferred, founded: date(f, "founded"),
      dissolved: date(f, "dissolved"))
    if let a = actor.founded, let b = actor.dissolved, b.end < a.start {
      error("impossible-dates", "'dissolved' (\(b)) is before 'founded' (\(a))", f["dissolved"]?.value, hint: "swap them, or fix the year")
    }
    var nameIsAbsent = f["name"] == nil
    if case .scalar(let s)? = f["name"]?.value, s.style == .plain, ["", "~", "null"].contains(s.string) { nameIsAbsent = true }
    if nameIsAbsent {
      warning("missing-name", "actor '\(id)' has no 'name'; its id is shown instead", node)
    }
    builder.addActor(
      actor, origin: origin(node), idLocation: loc(f["id"]?.value ?? node),
      aliasLocations: list(f, "aliases").map { loc($0.1) },
      memberOf: list(f, "member_of").map { ($0.0, loc($0.1)) },
      sourceLocations: list(f, "sources").map { loc($0.1) })
  }

  mutating func readRelation(_ node: Node) {
    guard let f = fields(node, what: "relation", allowed: YAMLReader.relationKeys) else { return }
    let rid = string(f, "id") ?? ""
    if !rid.isEmpty && !Identifier.isKebabCase(rid) {
      error("bad-id", "relation id '\(rid)' is not kebab-case", f["id"]?.value, hint: "e.g. '\(Identifier.kebab(rid))'")
    }
    guard let typeName = string(f, "type") else {
      error(
        "missing-type", "relation has no 'type'", node,
        hint: "one of: \(builder.dataset.vocabulary.relationTypeNames.joined(separator: ", "))")
      return
    }
    guard let type = builder.dataset.vocabulary.relationType(named: typeName) else {
      error(
        "unknown-type", "unknown relation type '\(typeName)'", f["type"]?.value,
        hint: YAMLReader.unknownWordHint(typeName, builder.dataset.vocabulary.relationTypeNames, list: "relation_types"))
      return
    }
    var subtypes: [String] = []
    let subKey = type == .support ? "form" : "subtype"
    let other = type == .support ? "subtype" : "form"
    if let o = f[other] {
      error(
        "unknown-key", "'\(other)' does not apply to \(type.rawValue) relations", o.key,
        hint: "use '\(subKey)'")
    }
    for (s, n) in list(f, subKey) {
      if type.subtypes.contains(s) {
        subtypes.append(s)
      } else {
        error(
          type == .support ? "unknown-form" : "unknown-subtype",
          "'\(s)' is not a \(type == .support ? "form of support" : "subtype of \(type.rawValue)")", n,
          hint: type.subtypes.isEmpty ? "\(type.rawValue) has no subtypes" : Suggest.hint(s, type.subtypes))
      }
    }
    var attribution = Attribution.confirmed
    if let a = string(f, "attribution") {
      if let v = Attribution(parsing: a) {
        attribution = v
      } else {
        error(
          "unknown-attribution", "unknown attribution '\(a)'", f["attribution"]?.value,
          hint: Suggest.hint(a, Attribution.allCases.map(\.rawValue) + Attribution.synonyms))
      }
    } else {
      error(
        "missing-attribution", "relation \(rid.isEmpty ? "" : "'\(rid)' ")has no 'attribution'", node,
        hint: "say how sure the sources are: \(Attribution.allCases.map(\.rawValue).joined(separator: ", "))")
    }
    var response: Response?
    if let r = string(f, "response") {
      response = Response(rawValue: r)
      if response == nil {
        error(
          "unknown-response", "unknown response '\(r)'", f["response"]?.value,
          hint: Suggest.hint(r, Response.allCases.map(\.rawValue)))
      }
    }
    var status = RelationStatus.actual
    if let s = string(f, "status") {
      if let v = RelationStatus(rawValue: s) {
        status = v
      } else {
        error(
          "unknown-status", "unknown status '\(s)'", f["status"]?.value,
          hint: Suggest.hint(s, RelationStatus.allCases.map(\.rawValue)))
      }
    }
    var relative: [(DatasetBuilder.DateField, RelativeDate, SourceLocation)] = []
    func fixed(_ spec: DatasetBuilder.DateSpec?, _ field: DatasetBuilder.DateField) -> FuzzyDate? {
      switch spec {
      case .fixed(let d): return d
      case .relative(let rel, let at):
        relative.append((field, rel, at))
        return nil
      case nil: return nil
      }
    }
    let since = fixed(dateSpec(f, "since"), .since)
    let until = fixed(dateSpec(f, "until"), .until)
    let date = fixed(dateSpec(f, "date"), .date)
    if let since, let until, until.end < since.start {
      error(
        "impossible-dates", "'until' (\(until)) is before 'since' (\(since))", f["until"]?.value,
        hint: "swap them, or fix the year")
    }
    if type.isEvent {
      for k in ["since", "until"] where f[k] != nil {
        error(
          "event-dates", "\(type.rawValue) is an event: use 'date', not '\(k)'", f[k]?.key,
          hint: "a campaign over a period is `date: FROM..TO`")
      }
    } else {
      if f["date"] != nil {
        error(
          "state-dates", "\(type.rawValue) is a state of affairs: use 'since'/'until', not 'date'", f["date"]?.key,
          hint: "only events (attacks, defenses, statements) take a `date`")
      }
      for k in ["place", "weapon", "count", "killed", "injured", "at_least", "outcome", "event"] where f[k] != nil {
        error("event-field", "'\(k)' applies only to events (attacks, defenses, statements)", f[k]?.key)
      }
    }
    var weight = 1.0
    if let w = string(f, "weight") {
      if let v = Double(w), v.isFinite { weight = v } else { error("bad-number", "'weight' must be a number", f["weight"]?.value) }
    }
    let sources = list(f, "sources")
    checkCredibility(sources)
    if sources.isEmpty {
      error(
        "no-source", "relation \(rid.isEmpty ? "" : "'\(rid)' ")cites no source", node,
        hint: "add `sources: [id]` naming an entry of the `sources:` list (use `id:L12` to point at a line)")
    }
    let details = RelationDetails(
      when: string(f, "when"), attributedBy: string(f, "attributed_by"), response: response, status: status,
      place: string(f, "place"), weapon: string(f, "weapon"), count: int(f, "count"), killed: int(f, "killed"),
      injured: int(f, "injured"), atLeast: lowerBounds(f), outcome: string(f, "outcome"), note: string(f, "note"),
      event: string(f, "event"))
    guard let sourceID = string(f, "source") else {
      error("missing-endpoint", "relation has no 'source' actor", node)
      return
    }
    guard let targetID = string(f, "target") else {
      error("missing-endpoint", "relation has no 'target' actor", node)
      return
    }
    let pending = DatasetBuilder.PendingRelation(
      relation: Relation(
        id: rid, type: type, subtypes: subtypes, source: -1, target: -1, since: since, until: until, date: date,
        attribution: attribution, weight: weight, sources: sources.map { SourceRef(parsing: $0.0) }, details: details),
      sourceID: sourceID, targetID: targetID, origin: origin(node),
      idLocation: f["id"].map { loc($0.value) } ?? loc(node),
      sourceLocation: loc(f["source"]?.value), targetLocation: loc(f["target"]?.value),
      citationLocations: sources.map { loc($0.1) }, relativeDates: relative)
    builder.pending.append(pending)
  }
}

/// Turns libyaml's errors into located diagnostics.
public enum YAMLDiagnostics {
  /// A diagnostic for a YAML parse error in the file at `path`.
  public static func diagnostic(for e: YamlError, path: String) -> Diagnostic {
    func at(_ mark: Mark) -> SourceLocation { SourceLocation(file: path, line: mark.line, column: mark.column) }
    switch e {
    case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      let extra = context.map { " (\($0.text))" } ?? ""
      return Diagnostic(
        .error, "yaml-syntax", "YAML syntax: \(problem)\(extra)", at: at(mark),
        hint: "check indentation and quoting; values containing ': ' or starting with '[', '{', '&', '*' need quotes")
    case .duplicatedKeysInMapping(let duplicates, let context):
      return Diagnostic(
        .error, "duplicate-key", "duplicate key \(duplicates.map { "'\($0)'" }.joined(separator: ", ")) in one mapping",
        at: at(context.mark), hint: "a key may appear once per mapping; merge the two values")
    case .reader(let problem, let offset, _, _):
      return Diagnostic(
        .error, "yaml-encoding", "cannot read file: \(problem)\(offset.map { " at byte \($0)" } ?? "")",
        at: SourceLocation(file: path, line: 1, column: 1), hint: "data files must be UTF-8 text")
    default:
      return Diagnostic(.error, "yaml-syntax", "cannot parse YAML: \(e)", at: SourceLocation(file: path, line: 1, column: 1))
    }
  }
}

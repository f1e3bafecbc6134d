/// Resolves relative dates (``RelativeDate``) into periods once every record is loaded.
///
/// Each rule depends on the dates of the records it names; those may be relative too, so rules
/// are resolved depth-first. A rule that depends on itself through others is a cycle; a rule no
/// day satisfies is a contradiction. Both are errors at the rule's place in the file.
///
/// This is an evaluation, not a graph query: each rule's value is computed from its anchors' values
/// and memoised, and the stack of rules being evaluated is what names a cycle in the error. Rules
/// are records and sources, not actors, so nothing here belongs in GraphAnalytics.
struct DateResolver {
  enum Node: Hashable {
    case relation(Int, DatasetBuilder.DateField)
    case source(Int)
  }

  var dataset: Dataset
  var diagnostics: [Diagnostic] = []
  private var rules: [Node: (RelativeDate, SourceLocation)] = [:]
  private var order: [Node] = []
  private var values: [Node: FuzzyDate] = [:]
  private var state: [Node: UInt8] = [:]  // 1 resolving, 2 done
  private var stack: [Node] = []
  private var relationIndex: [String: Int] = [:]
  private var sourceIndex: [String: Int] = [:]

  init(
    dataset: Dataset, relations: [(Int, DatasetBuilder.DateField, RelativeDate, SourceLocation)],
    sources: [(String, RelativeDate, SourceLocation)]
  ) {
    self.dataset = dataset
    for (k, r) in dataset.relations.enumerated() where !r.id.isEmpty && relationIndex[r.id] == nil { relationIndex[r.id] = k }
    for (i, s) in dataset.sources.enumerated() where sourceIndex[s.id] == nil { sourceIndex[s.id] = i }
    for (k, field, rule, at) in relations {
      rules[.relation(k, field)] = (rule, at)
      order.append(.relation(k, field))
    }
    for (id, rule, at) in sources {
      guard let i = sourceIndex[id] else { continue }
      rules[.source(i)] = (rule, at)
      order.append(.source(i))
    }
  }

  mutating func resolve() {
    guard !order.isEmpty else { return }
    for node in order { _ = value(node) }
    for node in order {
      guard let d = values[node], let (rule, _) = rules[node] else { continue }
      switch node {
      case .source(let i): dataset.sources[i].published = d
      case .relation(let k, let field):
        var r = dataset.relations[k]
        switch field {
        case .date: r.date = d
        case .since: r.since = d
        case .until: r.until = d
        }
        let words =
          r.details?.when.map { "from \"\($0)\"" + (rule.anchors.isEmpty ? "" : ", " + rule.anchors.joined(separator: ", ")) }
          ?? rule.description
        let text = field == .date ? words : "\(field.rawValue) \(words)"
        let previous = r.details?.dateDerivation
        let joined = previous.map { "\($0); \(text)" } ?? text
        r.details = (r.details ?? RelationDetails()).derived(joined)
        dataset.relations[k] = r
        if let s = r.since, let u = r.until, u.end < s.start {
          diagnostics.append(
            Diagnostic(
              .error, "impossible-dates", "'until' (\(u)) is before 'since' (\(s)) once the relative dates are resolved",
              at: rules[node]?.1, hint: "check the anchors of the relative dates"))
        }
      }
    }
  }

  private func name(_ node: Node) -> String {
    switch node {
    case .source(let i): return dataset.sources[i].id
    case .relation(let k, let field):
      let id = dataset.relationID(k)
      return field == .date ? id : "\(id).\(field.rawValue)"
    }
  }

  /// The date of an anchor id, resolving it first if it is relative; `nil` after reporting why not.
  private mutating func anchor(_ id: String, of node: Node, key: String, at: SourceLocation) -> FuzzyDate?? {
    if let k = relationIndex[id] {
      let r = dataset.relations[k]
      let field: DatasetBuilder.DateField = r.type.isEvent ? .date : .since
      let target = Node.relation(k, field)
      if rules[target] != nil { return .some(value(target)) }
      if let d = r.type.isEvent ? r.date : r.since { return .some(d) }
      diagnostics.append(
        Diagnostic(
          .error, "undated-anchor", "'\(key): \(id)' names a relation with no \(field.rawValue)", at: at,
          hint: "date '\(id)' first, or anchor to a dated record"))
      return .some(nil)
    }
    if let i = sourceIndex[id] {
      let target = Node.source(i)
      if rules[target] != nil { return .some(value(target)) }
      if let d = dataset.sources[i].published { return .some(d) }
      diagnostics.append(
        Diagnostic(
          .error, "undated-anchor", "'\(key): \(id)' names a source with no 'published' date", at: at,
          hint: "give source '\(id)' a `published:` date (a range as wide as the evidence), or anchor elsewhere"))
      return .some(nil)
    }
    let ids = Array(relationIndex.keys) + Array(sourceIndex.keys)
    diagnostics.append(
      Diagnostic(
        .error, "unknown-anchor", "'\(key): \(id)' names no relation or source", at: at,
        hint: Suggest.closest(to: id, among: ids).map { "did you mean '\($0)'?" } ?? "anchor to a relation id or a source id"))
    return .some(nil)
  }

  private mutating func value(_ node: Node) -> FuzzyDate? {
    if state[node] == 2 { return values[node] }
    guard let (rule, at) = rules[node] else { return nil }
    if state[node] == 1 {
      let cycle = Array(stack[(stack.lastIndex(of: node) ?? 0)...])
      diagnostics.append(
        Diagnostic(
          .error, "date-cycle",
          "relative dates form a cycle: \((cycle + [node]).map(name).joined(separator: " → "))", at: at,
          hint: "each relative date must rest, in the end, on a dated record; anchor one of these to a date"))
      for n in cycle { state[n] = 2 }
      return nil
    }
    state[node] = 1
    stack.append(node)
    defer {
      stack.removeLast()
      state[node] = 2
    }
    var a: FuzzyDate?, b: FuzzyDate?
    if let id = rule.after {
      guard case .some(let d) = anchor(id, of: node, key: "after", at: at), let d else { return nil }
      a = d
    }
    if let id = rule.before {
      guard case .some(let d) = anchor(id, of: node, key: "before", at: at), let d else { return nil }
      b = d
    }
    if state[node] == 2 { return nil }  // a cycle through this node was reported
    guard let d = rule.resolve(after: a, before: b) else {
      var parts: [String] = []
      if let id = rule.after, let a { parts.append("after \(id) (\(a))") }
      if let id = rule.before, let b { parts.append("before \(id) (\(b))") }
      if let w = rule.within { parts.append("within \(w)") }
      if let w = rule.weekday { parts.append("on a \(FuzzyDate.weekdayNames[w].capitalized)") }
      if let p = rule.inPeriod { parts.append("in \(p)") }
      diagnostics.append(
        Diagnostic(
          .error, "date-contradiction", "no day fits the date of '\(name(node))': \(parts.joined(separator: ", "))",
          at: at, hint: "an anchor is later than the other or outside the period; check the anchors' dates"))
      return nil
    }
    values[node] = d
    return d
  }
}

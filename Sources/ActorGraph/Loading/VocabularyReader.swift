import Yams

/// Reads a `vocabulary:` block (in `dataset.yaml`, or an import mapping file) into a
/// ``Vocabulary``, reporting every problem at its key or value.
///
/// ```yaml
/// vocabulary:
///   relation_types:
///     - name: split
///       directed: true
///       sign: none          # +, - or none
///       verb: split from
///       behaves_like: membership   # optional: a built-in type whose query rules it follows
///       subtypes: [violent]        # optional
///   actor_kinds:
///     - name: faction
///       parent: armed-group        # optional: a built-in kind or one declared above it
///       label: faction             # optional
///       subkinds: [wing]           # optional
/// ```
///
/// Direction and sign have no default: a generic network's "link" may be anything, and a guessed
/// sign would silently change structural balance.
public enum VocabularyReader {
  static let blockKeys = ["relation_types", "actor_kinds"]
  static let typeKeys = ["name", "directed", "sign", "verb", "behaves_like", "subtypes"]
  static let kindKeys = ["name", "parent", "label", "subkinds"]

  /// Adds the block's declarations to `vocabulary`.
  ///
  /// - Returns: the problems found, each located in `path`; declarations with an error are left out.
  /// - Complexity: O(*n*) in the number of declarations.
  public static func read(_ node: Node, path: String, into vocabulary: inout Vocabulary) -> [Diagnostic] {
    var out: [Diagnostic] = []
    func loc(_ n: Node?) -> SourceLocation { SourceLocation(file: path, line: n?.mark?.line ?? 1, column: n?.mark?.column ?? 1) }
    func error(_ code: String, _ message: String, _ n: Node?, hint: String? = nil) {
      out.append(Diagnostic(.error, code, message, at: loc(n), hint: hint))
    }
    func fields(_ n: Node, what: String, allowed: [String]) -> [String: (key: Node, value: Node)]? {
      guard case .mapping(let m) = n else {
        error("yaml-shape", "each \(what) must be a mapping of key: value", n, hint: "keys: \(allowed.joined(separator: ", "))")
        return nil
      }
      var f: [String: (key: Node, value: Node)] = [:]
      for (k, v) in m {
        let name = k.string ?? ""
        guard allowed.contains(name) else {
          error(
            "unknown-key", "unknown key '\(name)' in \(what)", k,
            hint: Suggest.closest(to: name, among: allowed).map { "did you mean '\($0)'?" }
              ?? "allowed keys: \(allowed.joined(separator: ", "))")
          continue
        }
        f[name] = (k, v)
      }
      return f
    }
    func scalar(_ f: [String: (key: Node, value: Node)], _ key: String) -> String? {
      guard let v = f[key]?.value else { return nil }
      guard case .scalar(let s) = v else {
        error("bad-value", "'\(key)' must be a single value, not a list or mapping", v)
        return nil
      }
      let t = s.string.trimmingWhitespace()
      return t.isEmpty || (s.style == .plain && (t == "~" || t == "null")) ? nil : t
    }
    func words(_ f: [String: (key: Node, value: Node)], _ key: String) -> [String] {
      guard let v = f[key]?.value else { return [] }
      if case .sequence(let seq) = v { return seq.compactMap { $0.string?.trimmingWhitespace() }.filter { !$0.isEmpty } }
      if let s = v.string { return s.split(separator: ",").map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty } }
      error("bad-value", "'\(key)' must be a list of names", v)
      return []
    }
    func name(_ f: [String: (key: Node, value: Node)], _ n: Node, what: String) -> String? {
      guard let name = scalar(f, "name") else {
        error("missing-name", "a declared \(what) has no 'name'", n, hint: "e.g. name: \(what == "relation type" ? "split" : "faction")")
        return nil
      }
      guard Identifier.isKebabCase(name) else {
        error("bad-id", "\(what) name '\(name)' is not kebab-case", f["name"]?.value, hint: "e.g. '\(Identifier.kebab(name))'")
        return nil
      }
      return name
    }
    func sequence(_ n: Node, _ key: String) -> [Node] {
      if case .sequence(let seq) = n { return Array(seq) }
      if case .scalar(let s) = n, ["", "~", "null"].contains(s.string) { return [] }
      error("yaml-shape", "'\(key)' must be a list (each item starting with '- ')", n)
      return []
    }

    guard let block = fields(node, what: "vocabulary block", allowed: blockKeys) else { return out }
    for item in block["actor_kinds"].map({ sequence($0.value, "actor_kinds") }) ?? [] {
      guard let f = fields(item, what: "actor kind", allowed: kindKeys), let kindName = name(f, item, what: "actor kind") else {
        continue
      }
      if ActorKind(rawValue: kindName) != nil {
        error(
          "shadowed-kind", "declared actor kind '\(kindName)' is already a built-in kind", f["name"]?.value,
          hint: "use the built-in kind as it is, or give the new kind another name")
        continue
      }
      var parent: ActorKind?
      if let p = scalar(f, "parent") {
        parent = vocabulary.actorKind(named: p)
        if parent == nil {
          error(
            "unknown-kind", "unknown parent kind '\(p)' of '\(kindName)'", f["parent"]?.value,
            hint: Suggest.hint(p, vocabulary.actorKindNames) + " (a declared parent must be declared above its children)")
          continue
        }
      }
      let kind = CustomActorKind(name: kindName, parent: parent, label: scalar(f, "label"), subkinds: words(f, "subkinds"))
      if !vocabulary.declare(kind) {
        error("duplicate-kind", "actor kind '\(kindName)' is declared twice", f["name"]?.value, hint: "keep one declaration")
      }
    }
    for item in block["relation_types"].map({ sequence($0.value, "relation_types") }) ?? [] {
      guard let f = fields(item, what: "relation type", allowed: typeKeys), let typeName = name(f, item, what: "relation type") else {
        continue
      }
      if RelationType(rawValue: typeName) != nil {
        error(
          "shadowed-type", "declared relation type '\(typeName)' is already a built-in type", f["name"]?.value,
          hint: "use the built-in type as it is, or give the new type another name (its rules come with `behaves_like: \(typeName)`)")
        continue
      }
      var ok = true
      var directed = true
      if let d = scalar(f, "directed") {
        switch d.lowercased() {
        case "true", "yes": directed = true
        case "false", "no": directed = false
        default:
          error("bad-value", "'directed' must be true or false", f["directed"]?.value)
          ok = false
        }
      } else if f["directed"] == nil {
        error(
          "missing-direction", "relation type '\(typeName)' does not say whether it is directed", item,
          hint: "add `directed: true` (A acts on B) or `directed: false` (it holds both ways)")
        ok = false
      } else {
        error("bad-value", "'directed' must be true or false", f["directed"]?.value)
        ok = false
      }
      var sign: Int8?
      if let s = scalar(f, "sign") {
        switch s.lowercased() {
        case "+", "+1", "1", "positive", "friendly": sign = 1
        case "-", "-1", "−", "−1", "negative", "hostile": sign = -1
        case "none", "0": sign = nil
        default:
          error("bad-value", "sign '\(s)' must be +, - or none", f["sign"]?.value)
          ok = false
        }
      } else if f["sign"] == nil {
        error(
          "missing-sign", "relation type '\(typeName)' has no 'sign'", item,
          hint: "add `sign: +` (friendly), `sign: -` (hostile) or `sign: none`: structural balance uses it")
        ok = false
      } else {
        error("bad-value", "sign must be +, - or none", f["sign"]?.value)
        ok = false
      }
      var like: RelationType?
      if let l = scalar(f, "behaves_like") {
        like = RelationType(rawValue: l)
        if like == nil {
          error(
            "unknown-type", "unknown relation type '\(l)' in behaves_like", f["behaves_like"]?.value,
            hint: Suggest.hint(l, RelationType.allCases.map(\.rawValue)) + " (behaves_like names a built-in type)")
          ok = false
        }
      }
      guard ok else { continue }
      let type = CustomRelationType(
        name: typeName, isDirected: directed, sign: sign, verb: scalar(f, "verb"), behavesLike: like, subtypes: words(f, "subtypes"))
      if !vocabulary.declare(type) {
        error("duplicate-type", "relation type '\(typeName)' is declared twice", f["name"]?.value, hint: "keep one declaration")
      }
    }
    return out
  }

  /// Reads a vocabulary from text (YAML, or the JSON that exports write into a graph attribute).
  ///
  /// - Returns: the vocabulary and the problems found.
  public static func read(text: String, path: String) -> (Vocabulary, [Diagnostic]) {
    var v = Vocabulary()
    do {
      guard let node = try YAMLGuard.compose(text, path: path) else { return (v, []) }
      let d = read(node, path: path, into: &v)
      return (v, d)
    } catch let d as Diagnostic {
      return (v, [d])
    } catch {
      return (
        v, [Diagnostic(.error, "yaml-syntax", "cannot parse the vocabulary: \(error)", at: SourceLocation(file: path, line: 1, column: 1))]
      )
    }
  }
}

extension Vocabulary {
  /// The declarations as a `vocabulary:` YAML block (strings in JSON quoting), for `dataset.yaml`;
  /// empty when nothing is declared. ``VocabularyReader`` reads it back to the same vocabulary.
  public func yamlBlock() -> String {
    if isBuiltInOnly { return "" }
    var out = "vocabulary:\n"
    if !declaredActorKinds.isEmpty {
      out += "  actor_kinds:\n"
      for k in declaredActorKinds {
        out += "    - name: \(JSONText.quote(k.name))\n"
        if let p = k.parent { out += "      parent: \(JSONText.quote(p.rawValue))\n" }
        out += "      label: \(JSONText.quote(k.label))\n"
        let own = k.subkinds.filter { !(k.parent?.subkinds ?? []).contains($0) }
        if !own.isEmpty { out += "      subkinds: [\(own.map(JSONText.quote).joined(separator: ", "))]\n" }
      }
    }
    if !declaredRelationTypes.isEmpty {
      out += "  relation_types:\n"
      for t in declaredRelationTypes {
        out += "    - name: \(JSONText.quote(t.name))\n"
        out += "      directed: \(t.isDirected)\n"
        out += "      sign: \(JSONText.quote(Vocabulary.signText(t.sign)))\n"
        out += "      verb: \(JSONText.quote(t.verb))\n"
        if let l = t.behavesLike { out += "      behaves_like: \(JSONText.quote(l.rawValue))\n" }
        if !t.subtypes.isEmpty { out += "      subtypes: [\(t.subtypes.map(JSONText.quote).joined(separator: ", "))]\n" }
      }
    }
    return out
  }

  /// The declarations as one line of JSON (the `vocabulary` block's content), for the graph-level
  /// attribute of GraphML and node-link exports; empty when nothing is declared.
  public func jsonText() -> String {
    if isBuiltInOnly { return "" }
    var parts: [String] = []
    if !declaredActorKinds.isEmpty {
      let kinds = declaredActorKinds.map { k -> String in
        var f = ["\"name\": \(JSONText.quote(k.name))"]
        if let p = k.parent { f.append("\"parent\": \(JSONText.quote(p.rawValue))") }
        f.append("\"label\": \(JSONText.quote(k.label))")
        let own = k.subkinds.filter { !(k.parent?.subkinds ?? []).contains($0) }
        if !own.isEmpty { f.append("\"subkinds\": [\(own.map(JSONText.quote).joined(separator: ", "))]") }
        return "{" + f.joined(separator: ", ") + "}"
      }
      parts.append("\"actor_kinds\": [\(kinds.joined(separator: ", "))]")
    }
    if !declaredRelationTypes.isEmpty {
      let types = declaredRelationTypes.map { t -> String in
        var f = [
          "\"name\": \(JSONText.quote(t.name))", "\"directed\": \(t.isDirected)",
          "\"sign\": \(JSONText.quote(Vocabulary.signText(t.sign)))",
          "\"verb\": \(JSONText.quote(t.verb))",
        ]
        if let l = t.behavesLike { f.append("\"behaves_like\": \(JSONText.quote(l.rawValue))") }
        if !t.subtypes.isEmpty { f.append("\"subtypes\": [\(t.subtypes.map(JSONText.quote).joined(separator: ", "))]") }
        return "{" + f.joined(separator: ", ") + "}"
      }
      parts.append("\"relation_types\": [\(types.joined(separator: ", "))]")
    }
    return "{" + parts.joined(separator: ", ") + "}"
  }

  static func signText(_ sign: Int8?) -> String {
    switch sign {
    case 1: return "+"
    case -1: return "-"
    default: return "none"
    }
  }

  /// Adds every declaration of `other` that this vocabulary does not have by name.
  public mutating func merge(_ other: Vocabulary) {
    for k in other.declaredActorKinds { declare(k) }
    for t in other.declaredRelationTypes { declare(t) }
  }
}

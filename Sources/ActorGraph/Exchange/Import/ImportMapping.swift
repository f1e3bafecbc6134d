import Yams

/// How a foreign file's columns or attributes map onto our vocabulary: which one holds the type,
/// how each foreign type translates (with subtype and sign), which one holds the actor kind, and
/// what every imported row cites. Read from a small YAML file (`--mapping`); see the README.
public struct ImportMapping: Sendable {
  /// How one foreign relation name maps onto ours.
  public struct TypeRule: Sendable, Hashable {
    /// Our type.
    public var type: RelationType
    /// The subtype to give, if any.
    public var subtype: String?
    /// The sign to give, overriding the type's, if any.
    public var sign: Int8?
    /// Swap source and target (a foreign "is supported by").
    public var reverse = false
  }

  /// Edge lists: the column naming the source actor (default `source`, else `from`).
  public var sourceColumn: String?
  /// Edge lists: the column naming the target actor (default `target`, else `to`).
  public var targetColumn: String?
  /// The edge attribute or column holding the relation type (default `type`).
  public var typeAttribute = "type"
  /// Foreign type → ours. A type already in our vocabulary needs no rule.
  public var types: [String: TypeRule] = [:]
  /// The type of an edge whose type is empty or absent; without it such an edge is an error.
  public var defaultType: TypeRule?
  /// The node attribute or column holding the actor kind (default `kind`).
  public var kindAttribute = "kind"
  /// Foreign kind → ours.
  public var kinds: [String: ActorKind] = [:]
  /// The attribution of rows that carry none: how sure the foreign dataset's authors are is
  /// theirs to say, so the default is `attributed` (the dataset attributes it).
  public var attribution: Attribution = .attributed
  /// The citation every imported row carries (its locator is the row's line or record id).
  public var source = Source(id: "import")
  /// Relation types and actor kinds the imported dataset declares (`vocabulary:` in the mapping,
  /// as in `dataset.yaml`): foreign types may map onto them, and the result declares them.
  public var vocabulary = Vocabulary()

  /// An empty mapping: foreign names must be ours already.
  public init() {}

  /// Reads a mapping file.
  ///
  /// - Throws: ``ImportError`` located at the offending key.
  public static func read(yaml text: String, file: String) throws(ImportError) -> ImportMapping {
    var m = ImportMapping()
    let node: Node?
    if let d = YAMLGuard.problem(in: text, path: file) {
      throw ImportError(d.message, at: d.location ?? SourceLocation(file: file, line: 1, column: 1), hint: d.hint)
    }
    do { node = try Yams.compose(yaml: text) } catch {
      throw ImportError("the mapping is not valid YAML: \(error)", at: SourceLocation(file: file, line: 1, column: 1))
    }
    guard let map = node?.mapping else {
      if node == nil { return m }
      throw ImportError(
        "the mapping must be a YAML mapping of keys", at: SourceLocation(file: file, line: 1, column: 1),
        hint: "see the README: type_attribute, types, kind_attribute, kinds, default_type, attribution, source, vocabulary")
    }
    func at(_ n: Node) -> SourceLocation { SourceLocation(file: file, line: n.mark?.line ?? 1, column: n.mark?.column ?? 1) }
    // The vocabulary first, wherever it stands in the file: the rules may name its types.
    for (k, v) in map where k.string == "vocabulary" {
      if let d = VocabularyReader.read(v, path: file, into: &m.vocabulary).first(where: { $0.severity == .error }) {
        throw ImportError(d.message, at: d.location, hint: d.hint)
      }
    }
    let vocabulary = m.vocabulary
    func rule(_ n: Node) throws(ImportError) -> TypeRule {
      if let s = n.string {
        guard let t = vocabulary.relationType(named: s) else {
          throw ImportError("unknown relation type '\(s)'", at: at(n), hint: Suggest.hint(s, vocabulary.relationTypeNames))
        }
        return TypeRule(type: t)
      }
      guard let f = n.mapping, let tn = f["type"], let ts = tn.string else {
        throw ImportError("a type rule is a type name or {type, subtype, sign, reverse}", at: at(n))
      }
      guard let t = vocabulary.relationType(named: ts) else {
        throw ImportError("unknown relation type '\(ts)'", at: at(tn), hint: Suggest.hint(ts, vocabulary.relationTypeNames))
      }
      var r = TypeRule(type: t)
      if let sn = f["subtype"], let s = sn.string {
        guard t.subtypes.contains(s) else {
          throw ImportError("'\(s)' is not a subtype of \(t.rawValue)", at: at(sn), hint: Suggest.hint(s, t.subtypes))
        }
        r.subtype = s
      }
      if let sg = f["sign"] {
        switch sg.string ?? "" {
        case "+1", "1", "+", "positive": r.sign = 1
        case "-1", "-", "negative": r.sign = -1
        case "0": r.sign = 0
        default: throw ImportError("sign must be +1, -1 or 0", at: at(sg))
        }
      }
      if let rv = f["reverse"] { r.reverse = rv.bool ?? false }
      for (k, _) in f where !["type", "subtype", "sign", "reverse"].contains(k.string ?? "") {
        throw ImportError("unknown key '\(k.string ?? "")' in a type rule", at: at(k), hint: "known: type, subtype, sign, reverse")
      }
      return r
    }
    let known = [
      "source_column", "target_column", "type_attribute", "types", "default_type", "kind_attribute", "kinds", "attribution", "source",
      "vocabulary",
    ]
    for (k, v) in map {
      let key = k.string ?? ""
      switch key {
      case "vocabulary": continue  // read first
      case "source_column": m.sourceColumn = v.string
      case "target_column": m.targetColumn = v.string
      case "type_attribute": m.typeAttribute = v.string ?? m.typeAttribute
      case "kind_attribute": m.kindAttribute = v.string ?? m.kindAttribute
      case "default_type": m.defaultType = try rule(v)
      case "types":
        guard let f = v.mapping else { throw ImportError("'types' maps foreign types to ours", at: at(v)) }
        for (fk, fv) in f { m.types[fk.string ?? ""] = try rule(fv) }
      case "kinds":
        guard let f = v.mapping else { throw ImportError("'kinds' maps foreign kinds to ours", at: at(v)) }
        for (fk, fv) in f {
          guard let s = fv.string, let kind = vocabulary.actorKind(named: s) else {
            throw ImportError(
              "unknown actor kind '\(fv.string ?? "")'", at: at(fv), hint: Suggest.hint(fv.string ?? "", vocabulary.actorKindNames)
            )
          }
          m.kinds[fk.string ?? ""] = kind
        }
      case "attribution":
        guard let s = v.string, let a = Attribution(parsing: s) else {
          throw ImportError(
            "unknown attribution '\(v.string ?? "")'", at: at(v), hint: Suggest.hint(v.string ?? "", Attribution.allCases.map(\.rawValue)))
        }
        m.attribution = a
      case "source":
        guard let f = v.mapping, let id = f["id"]?.string else {
          throw ImportError("'source' needs at least an id (and title, outlet, url, date)", at: at(v))
        }
        m.source = Source(
          id: id, outlet: f["outlet"]?.string, title: f["title"]?.string, date: f["date"]?.string.flatMap { FuzzyDate(parsing: $0) },
          url: f["url"]?.string, reliability: f["reliability"]?.string.flatMap { ReliabilityGrade(rawValue: $0.uppercased()) },
          note: f["note"]?.string)
      default:
        throw ImportError(
          "unknown key '\(key)'", at: at(k),
          hint: Suggest.closest(to: key, among: known).map { "did you mean '\($0)'?" } ?? "known: \(known.joined(separator: ", "))")
      }
    }
    return m
  }
}

/// The kinds of relation between actors: a closed vocabulary of built-in types, plus the types a
/// dataset declares in its `vocabulary:` block (``custom(_:)``). See `docs/data-format.md`.
///
/// Names resolve through ``Vocabulary/relationType(named:)``; ``init(rawValue:)`` knows only the
/// built-in types, so code that reads a dataset's data must go through the dataset's vocabulary.
public enum RelationType: Sendable, Hashable {
  /// Allied with each other (symmetric).
  case alliance
  /// Aligned in interests or strategy, without an alliance.
  case alignment
  /// Supports the target (arms, funding, training…).
  case support
  /// Influences the target.
  case influence
  /// Attacked the target (an event).
  case attack
  /// Defended the target (an event: an interception).
  case defense
  /// Member of the target, an umbrella group.
  case membership
  /// Part of the target (a state's organ, a region).
  case partOf
  /// Leads the target.
  case leadership
  /// Hostile to each other (symmetric).
  case hostility
  /// Present in the target (forces stationed at a site or in a country).
  case presence
  /// Located in the target place.
  case locatedIn
  /// A site operated by the target.
  case operatedBy
  // Statements: what one actor says to or about another. Directed events, and not enmity:
  // a government's protest to its ally is not a war.
  /// Protested to the target.
  case protest
  /// Condemned the target.
  case condemnation
  /// Accused the target.
  case accusation
  /// Denied what the target said.
  case denial
  /// Threatened the target.
  case threat
  /// A type the dataset declares (`vocabulary: relation_types:`), with its own direction, sign and verb.
  case custom(CustomRelationType)

  /// The statement types, in the order tables list them.
  public static let statements: [RelationType] = [.protest, .condemnation, .accusation, .denial, .threat]

  /// Whether the relation is something one actor said to or about another, rather than a state
  /// of affairs or a deed. Statements carry no sign unless a user asks for one (``signWhenAsked``).
  public var isStatement: Bool {
    if case .custom(let c) = self { return c.behavesLike?.isStatement ?? false }
    return RelationType.statements.contains(self)
  }

  /// Symmetric relations hold both ways: A allied with B is B allied with A.
  public var isSymmetric: Bool {
    if case .custom(let c) = self { return !c.isDirected }
    return self == .alliance || self == .hostility
  }

  /// Events happen on a `date` (attacks, defenses, statements); the other types are states of
  /// affairs with `since`/`until`.
  public var isEvent: Bool {
    if case .custom(let c) = self { return c.behavesLike?.isEvent ?? false }
    return self == .attack || self == .defense || isStatement
  }

  /// The sign in the ally/enemy graph by default: +1 friendly, −1 hostile, 0 none.
  ///
  /// Statements are 0: a protest or a condemnation is not enmity unless the user says it is
  /// (``signWhenAsked``). Use ``defaultSign`` for the same rule with `nil` for "none".
  public var sign: Int8 { defaultSign ?? 0 }

  /// The sign this type carries unless the user asks otherwise: +1 friendly (alliance,
  /// alignment, support), −1 hostile (hostility, attack), `nil` for none — structure, presence,
  /// location, and every statement type.
  public var defaultSign: Int8? {
    switch self {
    case .alliance, .alignment, .support: return 1
    case .hostility, .attack: return -1
    case .custom(let c): return c.sign
    default: return nil
    }
  }

  /// The sign this type carries when the user names it (`--types protest,condemnation`):
  /// the default sign, except that protests, condemnations, accusations and threats then count
  /// as hostile (−1). `nil` means the type has no sign even when asked (denials, structure,
  /// presence, location): a signed analysis should refuse it and name it.
  public var signWhenAsked: Int8? {
    switch self {
    case .protest, .condemnation, .accusation, .threat: return -1
    // A declared type carries its declared sign whether or not it is named.
    default: return defaultSign
    }
  }

  /// The subtypes (for `support`, the forms) a relation of this type may carry.
  public var subtypes: [String] {
    switch self {
    case .alliance: return ["alliance", "co-belligerent", "partnership"]
    case .alignment: return ["interests", "strategy"]
    case .support:
      return ["arms", "funding", "training", "advisory", "political", "military", "logistics", "economic", "unspecified"]
    case .influence: return ["political", "economic", "religious"]
    case .attack: return ["strike", "campaign", "war", "invasion", "killing", "ground-operation"]
    case .defense: return ["interception"]
    case .membership: return ["member", "affiliated", "contributor"]
    case .partOf: return ["state-organ", "region", "contingent", "partial"]
    case .leadership:
      return [
        "head-of-state", "head-of-government", "supreme-leader", "commander", "secretary-general", "minister",
        "network-leader",
      ]
    case .hostility: return ["war", "rivalry", "threat", "opposition", "perceived"]
    case .presence: return ["stationed", "by-invitation", "based"]
    case .locatedIn: return ["capital", "near"]
    case .operatedBy: return []
    case .protest: return ["diplomatic", "sovereignty"]
    case .condemnation: return []
    case .accusation: return []
    case .denial: return []
    case .threat: return ["warning", "vow"]
    case .custom(let c): return c.subtypes
    }
  }

  /// How a relation reads from its source to its target, for sentences and tables.
  public var verb: String {
    switch self {
    case .alliance: return "allied with"
    case .alignment: return "aligned with"
    case .support: return "supports"
    case .influence: return "influences"
    case .attack: return "attacked"
    case .defense: return "defended"
    case .membership: return "member of"
    case .partOf: return "part of"
    case .leadership: return "leads"
    case .hostility: return "hostile to"
    case .presence: return "present in"
    case .locatedIn: return "located in"
    case .operatedBy: return "operated by"
    case .protest: return "protested to"
    case .condemnation: return "condemned"
    case .accusation: return "accused"
    case .denial: return "denied"
    case .threat: return "threatened"
    case .custom(let c): return c.verb
    }
  }

  /// The built-in type this one counts as in the rules that answer questions (support chains,
  /// membership, attacks, common ground): itself for a built-in type; for a declared type, the
  /// type it declares it `behaves_like`, else itself (and then no built-in rule applies to it).
  public var category: RelationType {
    if case .custom(let c) = self { return c.behavesLike ?? self }
    return self
  }

  /// Whether the type is declared by a dataset rather than built in.
  public var isCustom: Bool {
    if case .custom = self { return true }
    return false
  }

  /// The type's name as written in data (`part-of`, `split`).
  public var rawValue: String {
    switch self {
    case .alliance: return "alliance"
    case .alignment: return "alignment"
    case .support: return "support"
    case .influence: return "influence"
    case .attack: return "attack"
    case .defense: return "defense"
    case .membership: return "membership"
    case .partOf: return "part-of"
    case .leadership: return "leadership"
    case .hostility: return "hostility"
    case .presence: return "presence"
    case .locatedIn: return "located-in"
    case .operatedBy: return "operated-by"
    case .protest: return "protest"
    case .condemnation: return "condemnation"
    case .accusation: return "accusation"
    case .denial: return "denial"
    case .threat: return "threat"
    case .custom(let c): return c.name
    }
  }

  /// The built-in type with this name, or `nil`: declared types are not known here (use
  /// ``Vocabulary/relationType(named:)``).
  ///
  /// - Complexity: O(1): a dictionary look-up.
  public init?(rawValue: String) {
    guard let t = RelationType.builtInByName[rawValue] else { return nil }
    self = t
  }

  static let builtInByName: [String: RelationType] = Dictionary(uniqueKeysWithValues: allCases.map { ($0.rawValue, $0) })
}

extension RelationType: CaseIterable {
  /// The built-in types, in the order tables and legends list them. Declared types follow them in
  /// ``Vocabulary/relationTypes``.
  public static let allCases: [RelationType] = [
    .alliance, .alignment, .support, .influence, .attack, .defense, .membership, .partOf, .leadership, .hostility, .presence,
    .locatedIn, .operatedBy, .protest, .condemnation, .accusation, .denial, .threat,
  ]
}

extension RelationType: Codable {
  /// Encodes the name, as data writes it.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.singleValueContainer()
    try c.encode(rawValue)
  }

  /// Decodes a built-in type by name. A name that is not built in decodes as a declared type
  /// known by name only (directed, no sign): an encoded type carries its name, not its declaration.
  public init(from decoder: any Decoder) throws {
    let name = try decoder.singleValueContainer().decode(String.self)
    self = RelationType(rawValue: name) ?? .custom(CustomRelationType(name: name, isDirected: true, sign: nil))
  }
}

extension RelationType: CustomStringConvertible {
  /// The name as data writes it (``rawValue``), so that a type reads the same in text as in JSON.
  public var description: String { rawValue }
}

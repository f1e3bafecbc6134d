/// The kinds of relation between actors. A closed vocabulary: see `docs/data-format.md`.
public enum RelationType: String, CaseIterable, Sendable, Codable {
  case alliance
  case alignment
  case support
  case influence
  case attack
  case defense
  case membership
  case partOf = "part-of"
  case leadership
  case hostility
  case presence
  case locatedIn = "located-in"
  case operatedBy = "operated-by"
  // Statements: what one actor says to or about another. Directed events, and not enmity:
  // a government's protest to its ally is not a war.
  case protest
  case condemnation
  case accusation
  case denial
  case threat

  /// The statement types, in the order tables list them.
  public static let statements: [RelationType] = [.protest, .condemnation, .accusation, .denial, .threat]

  /// Whether the relation is something one actor said to or about another, rather than a state
  /// of affairs or a deed. Statements carry no sign unless a user asks for one (``signWhenAsked``).
  public var isStatement: Bool { RelationType.statements.contains(self) }

  /// Symmetric relations hold both ways: A allied with B is B allied with A.
  public var isSymmetric: Bool { self == .alliance || self == .hostility }

  /// Events happen on a `date` (attacks, defenses, statements); the other types are states of
  /// affairs with `since`/`until`.
  public var isEvent: Bool { self == .attack || self == .defense || isStatement }

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
    }
  }
}

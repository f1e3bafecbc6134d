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

  /// Symmetric relations hold both ways: A allied with B is B allied with A.
  public var isSymmetric: Bool { self == .alliance || self == .hostility }

  /// Events happen on a `date`; the other types are states of affairs with `since`/`until`.
  public var isEvent: Bool { self == .attack || self == .defense }

  /// The sign in the ally/enemy graph: +1 friendly, −1 hostile, 0 neither.
  public var sign: Int8 {
    switch self {
    case .alliance, .alignment, .support: return 1
    case .hostility, .attack: return -1
    default: return 0
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
    case .hostility: return ["war", "rivalry", "condemnation", "protest", "threat", "opposition", "perceived"]
    case .presence: return ["stationed", "by-invitation", "based"]
    case .locatedIn: return ["capital", "near"]
    case .operatedBy: return []
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
    }
  }
}

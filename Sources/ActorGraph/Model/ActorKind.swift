/// What an actor is. A closed vocabulary: see `docs/data-format.md`.
public enum ActorKind: String, CaseIterable, Sendable, Codable {
  case state
  case stateOrgan = "state-organ"
  case regionalGovernment = "regional-government"
  case armedGroup = "armed-group"
  case umbrellaGroup = "umbrella-group"
  case party
  case foreignForce = "foreign-force"
  case person
  case population
  case site
  case place
  case unidentified
  case unspecified

  /// The subkinds an actor of this kind may carry.
  public var subkinds: [String] {
    switch self {
    case .stateOrgan: return ["military", "security", "intelligence", "civil"]
    case .armedGroup: return ["militia", "jihadist", "movement"]
    case .umbrellaGroup: return ["coalition", "network", "militia-umbrella"]
    case .party: return ["opposition", "islamist"]
    case .foreignForce: return ["national", "coalition", "mission"]
    case .person: return ["head-of-state", "head-of-government", "official", "commander", "party-leader", "analyst"]
    case .site: return ["military-base", "airport", "diplomatic", "energy", "facility", "generic"]
    case .place: return ["city", "region"]
    default: return []
    }
  }

  /// A human label for tables and legends.
  public var label: String {
    switch self {
    case .state: return "state"
    case .stateOrgan: return "state organ"
    case .regionalGovernment: return "regional government"
    case .armedGroup: return "armed group"
    case .umbrellaGroup: return "umbrella group"
    case .party: return "party or movement"
    case .foreignForce: return "foreign force"
    case .person: return "person"
    case .population: return "population group"
    case .site: return "site"
    case .place: return "place"
    case .unidentified: return "unidentified perpetrator"
    case .unspecified: return "unspecified"
    }
  }
}

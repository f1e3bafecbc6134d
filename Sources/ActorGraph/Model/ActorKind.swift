/// What an actor is: a closed vocabulary of built-in kinds, plus the kinds a dataset declares in
/// its `vocabulary:` block (``custom(_:)``). See `docs/data-format.md`.
///
/// Names resolve through ``Vocabulary/actorKind(named:)``; ``init(rawValue:)`` knows only the
/// built-in kinds.
public enum ActorKind: Sendable, Hashable {
  /// A sovereign state.
  case state
  /// An organ of a state: ministry, force, agency.
  case stateOrgan
  /// A regional government (the Kurdistan Regional Government).
  case regionalGovernment
  /// A non-state armed group.
  case armedGroup
  /// An umbrella of groups that keep their own identity (the PMF).
  case umbrellaGroup
  /// A political party.
  case party
  /// A foreign force or contingent deployed in the country.
  case foreignForce
  /// A person.
  case person
  /// A population or community.
  case population
  /// A facility: a base, an embassy, an airport.
  case site
  /// A place: a country's territory, a region, a city.
  case place
  /// An attacker no source names.
  case unidentified
  /// A kind the sources leave open.
  case unspecified
  /// A kind the dataset declares (`vocabulary: actor_kinds:`), optionally under a parent kind.
  case custom(CustomActorKind)

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
    case .custom(let c): return c.subkinds
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
    case .custom(let c): return c.label
    }
  }

  /// Whether the kind is `kind` or declared under it (through any chain of parents), so that a
  /// query or rule about armed groups also covers a declared `faction` whose parent is `armed-group`.
  public func isA(_ kind: ActorKind) -> Bool {
    var k: ActorKind? = self
    while let current = k {
      if current == kind { return true }
      guard case .custom(let c) = current else { return false }
      k = c.parent
    }
    return false
  }

  /// The built-in kind this one counts as in the rules: itself, or the nearest built-in parent of
  /// a declared kind (`nil` for a declared kind without one).
  public var builtIn: ActorKind? {
    var k: ActorKind? = self
    while case .custom(let c)? = k { k = c.parent }
    return k
  }

  /// The kind's name as written in data (`armed-group`, `faction`).
  public var rawValue: String {
    switch self {
    case .state: return "state"
    case .stateOrgan: return "state-organ"
    case .regionalGovernment: return "regional-government"
    case .armedGroup: return "armed-group"
    case .umbrellaGroup: return "umbrella-group"
    case .party: return "party"
    case .foreignForce: return "foreign-force"
    case .person: return "person"
    case .population: return "population"
    case .site: return "site"
    case .place: return "place"
    case .unidentified: return "unidentified"
    case .unspecified: return "unspecified"
    case .custom(let c): return c.name
    }
  }

  /// The built-in kind with this name, or `nil`: declared kinds are not known here (use
  /// ``Vocabulary/actorKind(named:)``).
  public init?(rawValue: String) {
    guard let k = ActorKind.builtInByName[rawValue] else { return nil }
    self = k
  }

  static let builtInByName: [String: ActorKind] = Dictionary(uniqueKeysWithValues: allCases.map { ($0.rawValue, $0) })
}

extension ActorKind: CaseIterable {
  /// The built-in kinds, in the order legends list them.
  public static let allCases: [ActorKind] = [
    .state, .stateOrgan, .regionalGovernment, .armedGroup, .umbrellaGroup, .party, .foreignForce, .person, .population, .site,
    .place, .unidentified, .unspecified,
  ]
}

extension ActorKind: Codable {
  /// Encodes the name, as data writes it.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.singleValueContainer()
    try c.encode(rawValue)
  }

  /// Decodes a built-in kind by name; another name decodes as a declared kind known by name only.
  public init(from decoder: any Decoder) throws {
    let name = try decoder.singleValueContainer().decode(String.self)
    self = ActorKind(rawValue: name) ?? .custom(CustomActorKind(name: name))
  }
}

/// How sure the sources are that a relation holds, and who says so.
///
/// The scale is ordered from most to least certain; ``denied`` sits apart and never passes a
/// minimum-attribution filter.
public enum Attribution: String, CaseIterable, Sendable, Codable, Comparable {
  /// Stated as fact by the source in its own voice, or confirmed.
  case confirmed
  /// The actor says it did it.
  case claimed
  /// Officials, media or analysts assign it to the actor.
  case attributed
  /// The victim names the perpetrator.
  case blamed
  /// The source hedges: "likely", "widely believed", "resembled".
  case suspected
  /// Our own inference; no source says it.
  case inferred
  /// No perpetrator is named.
  case unattributed
  /// The accused denies it.
  case denied

  /// Rank on the certainty scale: higher is more certain; `denied` is below everything.
  public var rank: Int {
    switch self {
    case .confirmed: return 7
    case .claimed: return 6
    case .attributed: return 5
    case .blamed: return 4
    case .suspected: return 3
    case .inferred: return 2
    case .unattributed: return 1
    case .denied: return 0
    }
  }

  /// Parses a value or one of its accepted synonyms (`stated`, `blamed-by-victim`, `likely`, `hedged`).
  public init?(parsing text: String) {
    switch text.lowercased() {
    case "stated": self = .confirmed
    case "blamed-by-victim": self = .blamed
    case "likely", "hedged": self = .suspected
    default:
      guard let v = Attribution(rawValue: text.lowercased()) else { return nil }
      self = v
    }
  }

  /// Whether this attribution is at least as certain as `minimum` (`denied` never is).
  public func meets(_ minimum: Attribution) -> Bool {
    self != .denied && rank >= minimum.rank
  }

  /// By how surely the act is attributed: a surer level is greater.
  public static func < (lhs: Attribution, rhs: Attribution) -> Bool { lhs.rank < rhs.rank }

  static let synonyms = ["stated", "blamed-by-victim", "likely", "hedged"]
}

/// What the accused said about an attribution.
public enum Response: String, CaseIterable, Sendable, Codable {
  /// The sources report no response.
  case noneReported = "none-reported"
  /// The accused declined to comment.
  case noComment = "no-comment"
  /// The accused denied it.
  case denied
  /// The accused acknowledged it.
  case acknowledged
}

/// Whether a relation happened, or was only planned or threatened.
public enum RelationStatus: String, CaseIterable, Sendable, Codable {
  /// It happened; it was planned; it was threatened or possible only.
  case actual, planned, potential
}

// In text, each value reads as data and JSON write it.
extension Attribution: CustomStringConvertible {
  /// The value as data writes it (``rawValue``).
  public var description: String { rawValue }
}

extension Response: CustomStringConvertible {
  /// The value as data writes it (``rawValue``).
  public var description: String { rawValue }
}

extension RelationStatus: CustomStringConvertible {
  /// The value as data writes it (``rawValue``).
  public var description: String { rawValue }
}

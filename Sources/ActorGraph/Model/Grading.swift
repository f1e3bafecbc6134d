/// How far a source has proved reliable: the NATO/Admiralty letter grade.
///
/// Grades rate the *source* (its record and access), never a single statement; how believable one
/// statement is goes in its citation's ``Credibility``. `F` means there is no basis to judge, which
/// gives no support at all, so for confidence it ranks below `E`.
public enum ReliabilityGrade: String, CaseIterable, Sendable, Codable, Comparable {
  /// Completely reliable: no doubt of authenticity, trustworthiness or competency; a history of complete reliability.
  case a = "A"
  /// Usually reliable: minor doubt; a history of valid information most of the time.
  case b = "B"
  /// Fairly reliable: doubt; has provided valid information in the past.
  case c = "C"
  /// Not usually reliable: significant doubt; has provided valid information in the past.
  case d = "D"
  /// Unreliable: lacking in authenticity, trustworthiness and competency; a history of invalid information.
  case e = "E"
  /// Reliability cannot be judged: no basis exists for evaluating the source.
  case f = "F"

  /// The standard wording of the grade.
  public var meaning: String {
    switch self {
    case .a: return "completely reliable"
    case .b: return "usually reliable"
    case .c: return "fairly reliable"
    case .d: return "not usually reliable"
    case .e: return "unreliable"
    case .f: return "reliability cannot be judged"
    }
  }

  /// Parses `A`…`F` in either case.
  public init?(parsing text: String) {
    guard let g = ReliabilityGrade(rawValue: text.trimmingWhitespace().uppercased()) else { return nil }
    self = g
  }

  /// `A` is the best grade: `a < b` means `a` is *more* reliable.
  public static func < (lhs: ReliabilityGrade, rhs: ReliabilityGrade) -> Bool { lhs.rawValue < rhs.rawValue }

  /// Grades `D`, `E` and `F`: sources that cannot carry an answer alone.
  public var isWeak: Bool { self >= .d }
}

/// How believable one cited statement is, independently of its source: the Admiralty number 1–6.
public enum Credibility: Int, CaseIterable, Sendable, Codable, Comparable {
  /// Confirmed by other independent sources.
  case confirmed = 1
  /// Probably true: not confirmed, but logical and consistent with other information.
  case probablyTrue = 2
  /// Possibly true: not confirmed; reasonably logical; agrees with some other information.
  case possiblyTrue = 3
  /// Doubtful: not confirmed; possible but not logical; no other information on the subject.
  case doubtful = 4
  /// Improbable: not confirmed; not logical; contradicted by other information.
  case improbable = 5
  /// Truth cannot be judged: no basis exists for evaluating the statement.
  case cannotBeJudged = 6

  /// What the grade means, in the words of the grading scale.
  public var meaning: String {
    switch self {
    case .confirmed: return "confirmed by other sources"
    case .probablyTrue: return "probably true"
    case .possiblyTrue: return "possibly true"
    case .doubtful: return "doubtful"
    case .improbable: return "improbable"
    case .cannotBeJudged: return "truth cannot be judged"
    }
  }

  /// `1` is the best: `a < b` means `a` is *more* credible.
  public static func < (lhs: Credibility, rhs: Credibility) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// How sure we are that a relation holds, in the words of analysts' estimative language.
///
/// Derived from the evidence by ``Confidence/assess(attribution:reliability:credibility:independentSources:)``;
/// never entered by hand.
public enum Confidence: String, CaseIterable, Sendable, Codable, Comparable {
  /// The evidence barely holds it up.
  case veryLow = "very low"
  /// Weakly held up.
  case low
  /// Held up, with gaps.
  case moderate
  /// Well held up by good, independent sources.
  case high

  /// Higher is surer.
  public var rank: Int {
    switch self {
    case .veryLow: return 0
    case .low: return 1
    case .moderate: return 2
    case .high: return 3
    }
  }

  /// From very low to high: a surer confidence is greater.
  public static func < (lhs: Confidence, rhs: Confidence) -> Bool { lhs.rank < rhs.rank }

  /// Parses `high`, `moderate`, `low`, `very low` (also `very-low`, `very_low`).
  public init?(parsing text: String) {
    let t = String(text.trimmingWhitespace().lowercased().map { $0 == "-" || $0 == "_" ? " " : $0 })
    guard let c = Confidence(rawValue: t) else { return nil }
    self = c
  }

  /// This level lowered by `steps` (never below `very low`).
  public func lowered(by steps: Int) -> Confidence {
    let r = Swift.max(0, rank - Swift.max(0, steps))
    return Confidence.allCases.first { $0.rank == r }!
  }

  /// This level raised by one step (never above `high`).
  func raised() -> Confidence { Confidence.allCases.first { $0.rank == Swift.min(3, rank + 1) }! }
}

/// How much the evidence behind a relation weighs, before its attribution is considered.
public enum EvidenceStrength: String, CaseIterable, Sendable, Codable, Comparable {
  /// From weakest to strongest.
  case poor, weak, fair, strong

  var rank: Int { EvidenceStrength.allCases.firstIndex(of: self)! }
  /// A stronger body of evidence is greater.
  public static func < (lhs: EvidenceStrength, rhs: EvidenceStrength) -> Bool { lhs.rank < rhs.rank }
  func up() -> EvidenceStrength { EvidenceStrength.allCases[Swift.min(3, rank + 1)] }
  func down() -> EvidenceStrength { EvidenceStrength.allCases[Swift.max(0, rank - 1)] }
}

extension Confidence {
  /// The weight of the evidence: the best source's grade, one step up when two or more independent
  /// sources agree (or a citation is graded 1, "confirmed by other sources"), one step down when the
  /// best-graded statement is doubtful (4), `poor` when it is improbable (5).
  ///
  /// | best reliability | strength |
  /// |---|---|
  /// | A, B | strong |
  /// | C | fair |
  /// | D | weak |
  /// | E, F, none | poor |
  public static func strength(
    reliability: ReliabilityGrade?, credibility: Credibility?, independentSources: Int
  ) -> EvidenceStrength {
    var s: EvidenceStrength
    switch reliability {
    case .a?, .b?: s = .strong
    case .c?: s = .fair
    case .d?: s = .weak
    case .e?, .f?, nil: s = .poor
    }
    if independentSources >= 2 || credibility == .confirmed { s = s.up() }
    switch credibility {
    case .doubtful?: s = s.down()
    case .improbable?: s = .poor
    default: break
    }
    return s
  }

  /// The confidence a relation earns from its attribution and the strength of its evidence.
  ///
  /// The attribution caps what evidence can buy: a hedged ("suspected") statement stays low however
  /// good the outlet; an actor's claim about itself counts like a statement of fact; an accusation
  /// by the victim ("blamed") counts less than one by third parties ("attributed").
  ///
  /// | attribution | strong | fair | weak | poor |
  /// |---|---|---|---|---|
  /// | confirmed, claimed | high | moderate | low | very low |
  /// | attributed, unattributed | moderate | moderate | low | very low |
  /// | blamed | moderate | low | low | very low |
  /// | suspected, inferred | low | low | very low | very low |
  /// | denied | very low | very low | very low | very low |
  public static func table(_ attribution: Attribution, _ strength: EvidenceStrength) -> Confidence {
    let row: [Confidence]  // poor, weak, fair, strong
    switch attribution {
    case .confirmed, .claimed: row = [.veryLow, .low, .moderate, .high]
    case .attributed, .unattributed: row = [.veryLow, .low, .moderate, .moderate]
    case .blamed: row = [.veryLow, .low, .low, .moderate]
    case .suspected, .inferred: row = [.veryLow, .veryLow, .low, .low]
    case .denied: row = [.veryLow, .veryLow, .veryLow, .veryLow]
    }
    return row[strength.rank]
  }

  /// The one rule that turns evidence into confidence: ``table(_:_:)`` of the attribution and the
  /// ``strength(reliability:credibility:independentSources:)`` of the evidence.
  ///
  /// - Parameters:
  ///   - attribution: Who says so (the relation's attribution).
  ///   - reliability: The best effective grade among the relation's sources (`nil`: none graded).
  ///   - credibility: The best credibility among its citations (`nil`: none graded).
  ///   - independentSources: How many independent sources cite it (see ``SourceGrading``).
  public static func assess(
    attribution: Attribution, reliability: ReliabilityGrade?, credibility: Credibility?, independentSources: Int
  ) -> Confidence {
    table(attribution, strength(reliability: reliability, credibility: credibility, independentSources: independentSources))
  }

  /// A chain's confidence: no surer than its weakest hop, one step lower for each hop beyond the
  /// first, since every link is our inference that the support passes on.
  public static func chain(_ hops: [Confidence]) -> Confidence {
    guard let weakest = hops.min() else { return .veryLow }
    return weakest.lowered(by: hops.count - 1)
  }
}

extension Confidence: CustomStringConvertible {
  /// The level in words (``rawValue``): `very low`, not the case name.
  public var description: String { rawValue }
}

/// What the dataset's source grades say about each relation: the effective grade of every source,
/// which citations are independent of each other, and the confidence each relation earns.
///
/// Two rules decide independence. A relayed report counts once with the source that relays it (we
/// know it only through the relay), and two sources of one outlet count once. Two reports relayed by
/// the same source stay independent: each has its own originator. The effective grade of
/// a relayed report is the worse of its own grade and its relay's: a Reuters report quoted by an
/// unreliable explainer is no better than the explainer's quoting.
public struct SourceGrading: Sendable {
  /// Each source's effective grade, by index into ``Dataset/sources`` (`nil`: ungraded, counts as F).
  public let effectiveGrade: [ReliabilityGrade?]
  /// Each source's outlet, folded (its id when it names none): one outlet counts once.
  public let outlet: [String]
  /// Each source's relay chain, itself first: the sources a citation of it rests on.
  public let restsOn: [[Int]]
  private let indexByID: [String: Int]

  /// - Complexity: O(s · d) for s sources and relay depth d.
  public init(_ dataset: Dataset) {
    let sources = dataset.sources
    var index: [String: Int] = [:]
    for (i, s) in sources.enumerated() where index[s.id] == nil { index[s.id] = i }
    indexByID = index
    var chains: [[Int]] = []
    var grades: [ReliabilityGrade?] = []
    for i in sources.indices {
      var chain = [i]
      var next = sources[i].relayedBy.flatMap { index[$0] }
      while let r = next, !chain.contains(r) {  // a loop is a validation error; stop rather than hang
        chain.append(r)
        next = sources[r].relayedBy.flatMap { index[$0] }
      }
      chains.append(chain)
      // Ungraded links count as F: a chain is as trustworthy as its least trustworthy link.
      let worst = chain.map { sources[$0].reliability ?? .f }.max()!
      grades.append(chain.allSatisfy { sources[$0].reliability == nil } ? nil : worst)
    }
    restsOn = chains
    effectiveGrade = grades
    outlet = sources.map { s in s.outlet.map { Identifier.fold($0) }.flatMap { $0.isEmpty ? nil : $0 } ?? "#" + s.id }
  }

  /// The index of a source id.
  public func source(_ id: String) -> Int? { indexByID[id] }

  /// The evidence behind a list of citations: best effective grade, best credibility, and how many
  /// independent sources they come from. Citations of unknown sources count for nothing.
  ///
  /// - Complexity: O(c · d) for c citations with relay chains of depth d.
  public func evidence(_ citations: [SourceRef]) -> (reliability: ReliabilityGrade?, credibility: Credibility?, independent: Int) {
    var best: ReliabilityGrade?
    var credibility: Credibility?
    var cited: [Int] = []
    for c in citations {
      if let cr = c.credibility { credibility = min(credibility ?? cr, cr) }
      guard let i = indexByID[c.id] else { continue }
      let g = effectiveGrade[i] ?? .f
      best = min(best ?? g, g)
      if !cited.contains(i) { cited.append(i) }
    }
    // A relay cited beside a report it relays is only passing that report on.
    let originators = cited.filter { r in !cited.contains { $0 != r && restsOn[$0].dropFirst().contains(r) } }
    return (best, credibility, Set(originators.map { outlet[$0] }).count)
  }

  /// The confidence of a relation with this attribution and these citations.
  ///
  /// - Complexity: O(c · d) for c citations with relay chains of depth d.
  public func confidence(_ attribution: Attribution, _ citations: [SourceRef]) -> Confidence {
    let e = evidence(citations)
    return Confidence.assess(
      attribution: attribution, reliability: e.reliability, credibility: e.credibility, independentSources: e.independent)
  }

  /// Whether a citation rests on one of `sources` (given by index): it cites one, or one relays it.
  ///
  /// - Complexity: O(d) for a relay chain of depth d.
  public func rests(_ citation: SourceRef, onAnyOf sources: Set<Int>) -> Bool {
    guard let i = indexByID[citation.id] else { return false }
    return restsOn[i].contains { sources.contains($0) }
  }
}

extension Dataset {
  /// Recomputes every relation's ``Relation/confidence`` from the current sources and grades.
  ///
  /// - Complexity: O(r · c) for r relations of c citations each, plus ``SourceGrading/init(_:)``.
  public mutating func assessConfidence() {
    let grading = SourceGrading(self)
    for k in relations.indices {
      relations[k].confidence = grading.confidence(relations[k].attribution, relations[k].sources)
    }
  }

  /// Keeps or drops what given sources say: citations that rest on them (directly or through a relay)
  /// are kept (`keep`) or dropped (`exclude`); a relation left with no citation goes, one that keeps
  /// any stays with its confidence recomputed from what is left. Actors are untouched.
  ///
  /// - Complexity: O(r · c · d) for r relations of c citations and relay depth d.
  public func restrictingSources(keep: Set<String>? = nil, exclude: Set<String> = []) -> Dataset {
    let grading = SourceGrading(self)
    let kept = keep.map { Set($0.compactMap { grading.source($0) }) }
    let dropped = Set(exclude.compactMap { grading.source($0) })
    var out = self
    var relations: [Relation] = []
    var origins: [Origin] = []
    for (k, r) in self.relations.enumerated() {
      let citations = r.sources.filter { c in
        (kept.map { grading.rests(c, onAnyOf: $0) } ?? true) && !grading.rests(c, onAnyOf: dropped)
      }
      guard !citations.isEmpty else { continue }
      var copy = r
      copy.sources = citations
      copy.confidence = grading.confidence(r.attribution, citations)
      relations.append(copy)
      origins.append(relationOrigins[k])
    }
    out.relations = relations
    out.relationOrigins = origins
    return out
  }
}

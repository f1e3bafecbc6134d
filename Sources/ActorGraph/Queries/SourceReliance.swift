/// Each source with its grade and how much of the dataset rests on it.
public struct SourceUsage: Codable, Sendable {
  /// The source's id.
  public var id: String
  /// Who published the source.
  public var outlet: String?
  /// The source's title.
  public var title: String?
  /// When the source was published.
  public var date: String?
  /// Where to read the source.
  public var url: String?
  /// The source's own grade, A–F (absent: ungraded).
  public var reliability: String?
  /// Why it has that grade.
  public var reliabilityReason: String?
  /// The source that relays it, if we know it only second-hand.
  public var relayedBy: String?
  /// The grade that counts for confidence: the worse of its own and its relays'.
  public var effectiveReliability: String?
  /// Relations citing it, directly or through a source it relays.
  public var relations: Int
  /// Relations that rest on it alone: every citation is of it or of a source it relays.
  public var only: Int
  /// Actors citing it.
  public var actors: Int

  /// Every source, sorted by id.
  ///
  /// - Complexity: O(r · c · d) for r relations of c citations and relay depth d.
  public static func all(_ dataset: Dataset) -> [SourceUsage] {
    let grading = SourceGrading(dataset)
    var rel = [Int](repeating: 0, count: dataset.sources.count)
    var only = rel
    var act = [String: Int]()
    for r in dataset.relations {
      var touched = Set<Int>()
      for c in r.sources { if let i = grading.source(c.id) { touched.formUnion(grading.restsOn[i]) } }
      for i in touched {
        rel[i] += 1
        if r.sources.allSatisfy({ grading.rests($0, onAnyOf: [i]) }) { only[i] += 1 }
      }
    }
    for a in dataset.actors { for id in Set(a.sources.map(\.id)) { act[id, default: 0] += 1 } }
    return dataset.sources.enumerated().map { i, s in
      SourceUsage(
        id: s.id, outlet: s.outlet, title: s.title, date: s.date?.description, url: s.url,
        reliability: s.reliability?.rawValue, reliabilityReason: s.reliabilityReason, relayedBy: s.relayedBy,
        effectiveReliability: grading.effectiveGrade[i]?.rawValue, relations: rel[i], only: only[i], actors: act[s.id] ?? 0)
    }.sorted { $0.id < $1.id }
  }
}

/// The relations that rest only on some sources: drop those sources and these relations go.
public struct SourceReliance: Sendable {
  /// Which sources count: named ones, or every source whose effective grade is among `grades`.
  public enum Basis: Sendable, Hashable {
    /// These sources, by id.
    case sources(Set<String>)
    /// The sources with these reliability grades.
    case grades(Set<ReliabilityGrade>)
  }

  /// The relations (indices into ``Dataset/relations``) every citation of which rests on the basis:
  /// it cites a source of the basis, or a source relayed by one. A relation with no citation at all
  /// rests on nothing and is not listed.
  ///
  /// - Complexity: O(r · c · d) for r relations of c citations and relay depth d.
  public static func restingOnly(on basis: Basis, in dataset: Dataset, filter: RelationFilter = .all) -> [Int] {
    let grading = SourceGrading(dataset)
    let members: Set<Int>
    switch basis {
    case .sources(let ids): members = Set(ids.compactMap { grading.source($0) })
    case .grades(let grades):
      // By effective grade: a good report relayed by a weak explainer is as weak as the explainer.
      members = Set(dataset.sources.indices.filter { grades.contains(grading.effectiveGrade[$0] ?? .f) })
    }
    return dataset.relations.indices.filter { k in
      let r = dataset.relations[k]
      guard !r.sources.isEmpty, filter.accepts(r) else { return false }
      return r.sources.allSatisfy { c in
        switch basis {
        case .sources: return grading.rests(c, onAnyOf: members)
        case .grades:
          guard let i = grading.source(c.id) else { return true }  // an unknown source is ungraded: F
          return members.contains(i)
        }
      }
    }
  }

  /// Parses a grade list: `D-F`, `D,E,F`, `E`.
  ///
  /// - Complexity: O(w) for w grades.
  public static func parseGrades(_ text: String) throws(RelationFilter.ParseError) -> Set<ReliabilityGrade> {
    var out = Set<ReliabilityGrade>()
    for part in text.split(separator: ",").map({ String($0).trimmingWhitespace() }) where !part.isEmpty {
      let ends = part.split(separator: "-", omittingEmptySubsequences: false).map { String($0) }
      if ends.count == 2, let a = ReliabilityGrade(parsing: ends[0]), let b = ReliabilityGrade(parsing: ends[1]), a <= b {
        out.formUnion(ReliabilityGrade.allCases.filter { $0 >= a && $0 <= b })
      } else if ends.count == 1, let g = ReliabilityGrade(parsing: part) {
        out.insert(g)
      } else {
        throw RelationFilter.ParseError(message: "'\(part)' is not a grade or range of grades; use letters A–F, e.g. D-F or C,D")
      }
    }
    guard !out.isEmpty else { throw RelationFilter.ParseError(message: "no grade given; use letters A–F, e.g. D-F") }
    return out
  }
}

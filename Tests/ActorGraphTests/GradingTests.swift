import Testing

@testable import ActorGraph

/// Source grades, citation credibility, relays, independence and the confidence rule.
@Suite struct GradingTests {
  func load(_ sources: String, relations: String) throws -> LoadResult {
    let t = try TempDataset(["sources.yaml": sources, "actors.yaml": baseActors, "relations.yaml": relations])
    defer { t.remove() }
    return t.load()
  }

  static let relation = """
    relations:
      - id: r1
        type: support
        source: iran
        target: pmf
        attribution: confirmed
        sources: ["wire:L3/2", explainer]
    """

  @Test func gradesAndRelaysParse() throws {
    let r = try load(
      """
      sources:
        - id: explainer
          outlet: Some Site
          reliability: d
          reliability_reason: anonymous explainer
        - id: wire
          outlet: Reuters
          reliability: B
          reliability_reason: wire agency
          relayed_by: explainer
      """, relations: Self.relation)
    #expect(r.diagnostics.isEmpty, "\(r.diagnostics)")
    let wire = try #require(r.dataset.source(id: "wire"))
    #expect(wire.reliability == .b && wire.relayedBy == "explainer" && wire.reliabilityReason == "wire agency")
    #expect(r.dataset.source(id: "explainer")?.reliability == .d)
    #expect(r.dataset.relations[0].sources[0] == SourceRef(id: "wire", locator: "L3", credibility: .probablyTrue))
    #expect(r.dataset.relations[0].sources[0].description == "wire:L3/2")
    // The wire is known only through the D explainer: effective D; the two count once.
    let g = SourceGrading(r.dataset)
    #expect(g.effectiveGrade[g.source("wire")!] == .d)
    let e = g.evidence(r.dataset.relations[0].sources)
    #expect(e.reliability == .d && e.credibility == .probablyTrue && e.independent == 1)
    #expect(r.dataset.relations[0].confidence == .low)
  }

  @Test func badGradesAreLocatedErrors() throws {
    let r = try load(
      """
      sources:
        - id: explainer
          outlet: Some Site
          reliability: low to medium
        - id: wire
          outlet: Reuters
          reliability: G
          relayed_by: explainr
        - id: loop-a
          outlet: A
          relayed_by: loop-b
        - id: loop-b
          outlet: B
          relayed_by: loop-a
        - id: self
          outlet: S
          relayed_by: self
      """,
      relations: """
        relations:
          - id: r1
            type: support
            source: iran
            target: pmf
            attribution: confirmed
            sources: ["wire:L3/7", "explainer/0", "loop-a", "self", "loop-b"]
        """)
    let sites = r.errorSites
    #expect(sites.contains("4:18 bad-reliability"), "\(sites)")
    #expect(sites.contains("7:18 bad-reliability"), "\(sites)")
    #expect(sites.contains("8:17 unknown-source"), "\(sites)")
    #expect(sites.contains("11:17 relay-cycle") && sites.contains("14:17 relay-cycle"), "\(sites)")
    #expect(sites.contains("17:17 bad-relay"), "\(sites)")
    #expect(sites.filter { $0.hasSuffix("bad-credibility") }.count == 2, "\(sites)")
    let bad = try #require(r.diagnostics.errors.first { $0.code == "bad-credibility" })
    #expect(bad.location?.file.hasSuffix("relations.yaml") == true && bad.location?.line == 7)
    #expect(bad.message.contains("'7'") && bad.hint?.contains("1 confirmed") == true)
    // Unknown relays are suggested.
    #expect(r.diagnostics.errors.contains { $0.code == "unknown-source" && $0.hint == "did you mean 'explainer'?" })
  }

  @Test func gradeWithoutReasonWarns() throws {
    let r = try load(
      """
      sources:
        - id: wire
          outlet: Reuters
          reliability: B
        - id: explainer
          outlet: Site
      """, relations: Self.relation)
    #expect(r.diagnostics.errors.isEmpty)
    #expect(r.diagnostics.map(\.code) == ["ungrounded-grade"])
  }

  @Test func citationSuffixesParse() {
    #expect(SourceRef(parsing: "d3:L73/2") == SourceRef(id: "d3", locator: "L73", credibility: .probablyTrue))
    #expect(SourceRef(parsing: "d3/5") == SourceRef(id: "d3", credibility: .improbable))
    // A slash inside a locator is part of it; only trailing digits are a grade.
    #expect(SourceRef(parsing: "d3:p4/5a") == SourceRef(id: "d3", locator: "p4/5a"))
    #expect(SourceRef(parsing: "d3:L9/9").credibility == nil)
    #expect(SourceRef.splitCredibility("d3:L9/9").grade == "9")
  }

  @Test func gradesParseAndOrder() throws {
    #expect(ReliabilityGrade(parsing: " b ") == .b)
    #expect(ReliabilityGrade(parsing: "G") == nil)
    #expect(ReliabilityGrade.a < .b && ReliabilityGrade.e < .f)
    #expect(try SourceReliance.parseGrades("D-F") == [.d, .e, .f])
    #expect(try SourceReliance.parseGrades("a,c") == [.a, .c])
    #expect(throws: RelationFilter.ParseError.self) { try SourceReliance.parseGrades("F-D") }
    #expect(throws: RelationFilter.ParseError.self) { try SourceReliance.parseGrades("X") }
    #expect(Confidence(parsing: "very-low") == .veryLow && Confidence(parsing: "High") == .high)
    #expect(Confidence(parsing: "certain") == nil)
    #expect(Confidence.allCases.sorted() == [.veryLow, .low, .moderate, .high])
  }

  /// Independence: relays count once with what they relay; an outlet counts once; two reports
  /// relayed by one source are still two originators.
  @Test func corroborationCountsIndependentOriginators() throws {
    var d = Dataset(id: "t")
    d.sources = [
      Source(id: "aj", outlet: "Al Jazeera", reliability: .b),
      Source(id: "wapo", outlet: "The Washington Post", reliability: .b, relayedBy: "aj"),
      Source(id: "rusi", outlet: "RUSI", reliability: .b, relayedBy: "aj"),
      Source(id: "x1", outlet: "Unknown (SEO site)", reliability: .d),
      Source(id: "x2", outlet: "unknown (seo site)", reliability: .d),
      Source(id: "reuters", outlet: "Reuters", reliability: .b, relayedBy: "x1"),
      Source(id: "nobody"),
    ]
    let g = SourceGrading(d)
    func n(_ ids: [String]) -> Int { g.evidence(ids.map { SourceRef(id: $0) }).independent }
    #expect(n(["aj", "wapo"]) == 1)
    #expect(n(["wapo", "rusi"]) == 2)
    #expect(n(["aj", "wapo", "rusi"]) == 2)
    #expect(n(["x1", "x2"]) == 1)
    #expect(n(["x1", "reuters"]) == 1)
    #expect(n(["x2", "reuters"]) == 2)  // Reuters is its own originator, whoever relays it
    #expect(n(["aj", "x1"]) == 2)
    #expect(n(["nobody", "aj"]) == 2)
    #expect(n(["missing"]) == 0)
    #expect(g.effectiveGrade[g.source("reuters")!] == .d)
    #expect(g.effectiveGrade[g.source("wapo")!] == .b)
    #expect(g.effectiveGrade[g.source("nobody")!] == nil)
    #expect(g.evidence([SourceRef(id: "nobody")]).reliability == .f)
  }

  /// The whole evidence-strength table: every grade × credibility × corroboration.
  @Test func strengthTableIsComplete() {
    let base: [ReliabilityGrade?: EvidenceStrength] = [.a: .strong, .b: .strong, .c: .fair, .d: .weak, .e: .poor, .f: .poor, nil: .poor]
    let up: [EvidenceStrength: EvidenceStrength] = [.poor: .weak, .weak: .fair, .fair: .strong, .strong: .strong]
    let down: [EvidenceStrength: EvidenceStrength] = [.poor: .poor, .weak: .poor, .fair: .weak, .strong: .fair]
    let credibilities: [Credibility?] = [nil] + Credibility.allCases
    var rows = 0
    for (grade, b) in base {
      for cr in credibilities {
        for sources in [0, 1, 2, 3] {
          var want = (sources >= 2 || cr == .confirmed) ? up[b]! : b
          if cr == .doubtful { want = down[want]! }
          if cr == .improbable { want = .poor }
          #expect(
            Confidence.strength(reliability: grade, credibility: cr, independentSources: sources) == want,
            "\(String(describing: grade)) \(String(describing: cr)) \(sources)")
          rows += 1
        }
      }
    }
    #expect(rows == 7 * 7 * 4)
    // Spot checks a reader can verify against the README.
    #expect(Confidence.strength(reliability: .d, credibility: nil, independentSources: 2) == .fair)
    #expect(Confidence.strength(reliability: .b, credibility: .improbable, independentSources: 3) == .poor)
  }

  /// The whole attribution × strength table, as printed in the README.
  @Test func confidenceTableIsComplete() {
    let table: [Attribution: [Confidence]] = [  // strong, fair, weak, poor
      .confirmed: [.high, .moderate, .low, .veryLow],
      .claimed: [.high, .moderate, .low, .veryLow],
      .attributed: [.moderate, .moderate, .low, .veryLow],
      .unattributed: [.moderate, .moderate, .low, .veryLow],
      .blamed: [.moderate, .low, .low, .veryLow],
      .suspected: [.low, .low, .veryLow, .veryLow],
      .inferred: [.low, .low, .veryLow, .veryLow],
      .denied: [.veryLow, .veryLow, .veryLow, .veryLow],
    ]
    #expect(Set(table.keys) == Set(Attribution.allCases))
    for (a, row) in table {
      for (s, want) in zip([EvidenceStrength.strong, .fair, .weak, .poor], row) {
        #expect(Confidence.table(a, s) == want, "\(a) \(s)")
      }
    }
    // Monotone: better evidence never lowers confidence; a surer attribution never lowers it.
    for a in Attribution.allCases {
      let row = EvidenceStrength.allCases.map { Confidence.table(a, $0) }
      #expect(row == row.sorted(), "\(a)")
    }
    #expect(Confidence.assess(attribution: .confirmed, reliability: .d, credibility: nil, independentSources: 1) == .low)
    #expect(Confidence.assess(attribution: .confirmed, reliability: .d, credibility: nil, independentSources: 2) == .moderate)
    #expect(Confidence.assess(attribution: .suspected, reliability: .a, credibility: .confirmed, independentSources: 5) == .low)
  }

  @Test func chainConfidenceFallsWithLength() {
    #expect(Confidence.chain([.high]) == .high)
    #expect(Confidence.chain([.high, .high]) == .moderate)
    #expect(Confidence.chain([.high, .moderate]) == .low)
    #expect(Confidence.chain([.high, .high, .high, .high]) == .veryLow)
    #expect(Confidence.chain([]) == .veryLow)
    for hops in [[Confidence.high, .low], [.moderate, .moderate, .high]] {
      #expect(Confidence.chain(hops) <= hops.min()!)
      #expect(Confidence.chain(hops + [.high]) <= Confidence.chain(hops))
    }
  }
}

/// The seed's grades and the questions asked of them.
@Suite struct SeedGradingTests {
  var data: Dataset { SeedDatasetTests.seed.dataset }

  @Test func everySeedSourceIsGradedWithAReason() {
    for s in data.sources {
      #expect(s.reliability != nil && s.reliabilityReason?.isEmpty == false, "\(s.id)")
    }
    #expect(data.source(id: "d0")?.reliability == .d)
    #expect(data.source(id: "d4")?.reliability == .d)
    #expect(data.source(id: "d3")?.reliability == .b)
    // Relayed wire reports keep their own grade and name their relay.
    #expect(data.source(id: "d0-reuters")?.reliability == .b && data.source(id: "d0-reuters")?.relayedBy == "d0")
    #expect(data.source(id: "d3-wapo")?.relayedBy == "d3")
  }

  /// The issue counted "about 69" relations citing only the explainers or what they relay.
  @Test func restsOnlyOnTheExplainers() throws {
    let onExplainers = SourceReliance.restingOnly(on: .sources(["d0", "d4"]), in: data)
    #expect(onExplainers.count == 69)
    let weak = SourceReliance.restingOnly(on: .grades([.d, .e, .f]), in: data)
    // Grades D–F add the relations resting only on unnamed local media (F), relayed by D3.
    #expect(weak.count == 71)
    let extra = Set(weak).subtracting(onExplainers)
    #expect(extra.count == 2)
    for k in extra { #expect(data.relations[k].sources.allSatisfy { $0.id == "d3-local-media" }) }
    #expect(Set(onExplainers).isSubset(of: Set(weak)))
    // One weak originator carries at most low confidence; only r63 has two independent weak ones
    // (U.S. officials relayed by D0, and D4) and reads moderate.
    for k in weak where data.relationID(k) != "r63" { #expect(data.relations[k].confidence <= .low, "\(data.relationID(k))") }
    let r63 = try #require(weak.first { data.relationID($0) == "r63" })
    #expect(data.relations[r63].confidence == .moderate)
  }

  @Test func minConfidenceFilters() {
    var f = RelationFilter()
    f.minConfidence = .moderate
    let kept = data.relations.filter(f.accepts)
    #expect(!kept.isEmpty && kept.count < data.relations.count)
    #expect(kept.allSatisfy { $0.confidence >= .moderate })
    #expect(data.relations.filter { !f.accepts($0) }.allSatisfy { $0.confidence < .moderate })
  }

  @Test func sourceRestrictionsKeepWhatOtherSourcesSay() throws {
    let without = data.restrictingSources(exclude: ["d0", "d4"])
    #expect(without.relations.count == data.relations.count - 69)
    // r04 cites D3 and D4: it stays, resting on D3 alone now.
    let r04 = try #require(without.relations.first { $0.id == "r04" })
    #expect(r04.sources.allSatisfy { $0.id == "d3" })
    // r49 (Iran arms the Iran-backed groups) keeps D3's line; the explainers' lines go.
    let r49 = try #require(without.relations.first { $0.id == "r49" })
    #expect(r49.sources.map(\.description) == ["d3:L69"])
    #expect(!without.relations.contains { r in r.sources.contains { ["d0", "d4", "d0-reuters"].contains($0.id) } })
    let only = data.restrictingSources(keep: ["d0"])
    #expect(only.relations.allSatisfy { r in r.sources.allSatisfy { $0.id.hasPrefix("d0") } })
    #expect(only.relations.contains { r in r.sources.contains { $0.id == "d0-reuters" } }, "relayed reports come with their relay")
    // Confidence is recomputed from what is kept: r04 was corroborated (D3 + D4), now it is not.
    let full = try #require(data.relations.first { $0.id == "r04" })
    #expect(full.confidence == .high && r04.confidence == .high)
    let r45 = try #require(data.relations.first { $0.id == "r45" })
    #expect(r45.confidence == .low)
  }
}

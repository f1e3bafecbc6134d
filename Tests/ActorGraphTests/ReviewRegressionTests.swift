import Foundation
import TestSupport
import Testing

@testable import ActorGraph

/// Regressions for defects found in review.
@Suite struct ReviewRegressionTests {
  func load(_ files: [String: String]) throws -> LoadResult {
    let t = try TempDataset(files)
    defer { t.remove() }
    return t.load()
  }

  @Test func csvDatesFollowTheTypeRulesOfYAML() throws {
    let r = try load(["edges.csv": "source,target,type,since,date\na,b,support,,2010\nb,c,attack,2019,\n"])
    let codes = r.diagnostics.errors.map { "\($0.location!.line):\($0.location!.column) \($0.code)" }
    #expect(codes.contains("2:14 state-dates"))
    #expect(codes.contains("3:12 event-dates"))
  }

  @Test func badUTF8InCSVIsAnError() throws {
    let t = try TempDataset([:])
    defer { t.remove() }
    var bytes = Array("source,target,type\na,b,support\n".utf8)
    bytes[20] = 0xFF
    _ = FileManager.default.createFile(atPath: t.folder + "/edges.csv", contents: Data(bytes))
    let r = t.load()
    #expect(r.diagnostics.errors.contains { $0.code == "csv-encoding" })
  }

  @Test func tabAfterAClosingQuoteIsFine() throws {
    let r = try load(["edges.csv": "source,target,type\n\"a\"\t,b,support\n"])
    #expect(!r.hasErrors, "\(r.diagnostics)")
  }

  @Test func duplicateRelationIdsInCSVAreErrors() throws {
    let r = try load(["edges.csv": "source,target,type,id\na,b,support,e1\nb,c,support,e1\n"])
    let d = try #require(r.diagnostics.errors.first { $0.code == "duplicate-id" })
    #expect(d.location?.line == 3)
    #expect(d.message.contains("edges.csv:2"))
  }

  @Test func memberOfShorthandsGetTheirOwnCitableIds() throws {
    let r = try load([
      "d.yaml": """
      sources: [{id: s1, outlet: Wire}]
      actors:
        - {id: u1, name: U1, kind: umbrella-group}
        - {id: u2, name: U2, kind: umbrella-group}
        - id: m
          name: M
          kind: armed-group
          sources: [s1]
          member_of:
            - u1
            - u2
      """
    ])
    #expect(!r.hasErrors, "\(r.diagnostics)")
    let ids = r.dataset.relations.indices.map { r.dataset.relationID($0) }
    #expect(Set(ids).count == 2, "\(ids)")
  }

  /// A patron pp, an intermediary xx and a client cc, with the given support relations (YAML lines).
  func chain(_ relations: [String]) throws -> Dataset {
    let text = DatasetText.yaml(actors: [("pp", "state"), ("xx", "armed-group"), ("cc", "armed-group")], relations: relations)
    let r = try load(["d.yaml": text])
    #expect(!r.hasErrors, "\(r.diagnostics)")
    return r.dataset
  }

  func supporters(of client: String, in d: Dataset) -> [SupportQuery.Chain] {
    // These relations name no form, so only the widest rules follow them; the point here is time.
    SupportQuery(rules: .anyForm).run(d, actor: d.index(of: client)!, direction: .supporters).chains
  }

  @Test func supportChainsDoNotBridgeAGapBetweenSpells() throws {
    let spells = [
      "id: r1, type: support, source: pp, target: xx, since: '2000', until: '2005'",
      "id: r2, type: support, source: pp, target: xx, since: '2015', until: '2020'",
      "id: r3, type: support, source: xx, target: cc, since: '2008', until: '2010'",
    ]
    let overlapping = try chain(spells + ["id: r4, type: support, source: xx, target: cc, since: '2018'"])
    #expect(supporters(of: "cc", in: overlapping).contains { $0.supporter == "pp" }, "2018–2020 overlaps")
    let gap = try chain(spells)
    #expect(!supporters(of: "cc", in: gap).contains { $0.supporter == "pp" }, "2008–2010 falls in the gap between the two spells")
  }

  @Test func aChainCitesOnlyTheRelationsThatHoldWhileItHolds() throws {
    let d = try chain([
      "id: early, type: support, source: pp, target: xx, since: '2000', until: '2005'",
      "id: late, type: support, source: pp, target: xx, since: '2015', attribution: suspected",
      "id: xc, type: support, source: xx, target: cc, since: '2016'",
    ])
    let found = try #require(supporters(of: "cc", in: d).first { $0.supporter == "pp" })
    #expect(found.hops.first?.relations == ["late"], "the 2000–05 spell does not carry a chain that starts in 2016")
    #expect(found.hops.first?.attribution == .suspected, "so the hop is only as sure as the suspected later spell")
    #expect(found.attribution == .inferred)
  }

  @Test func diffSeesFoesBecomeAlliesWhateverTheDirection() throws {
    let r = try load([
      "d.yaml": """
      sources: [{id: s1, outlet: Wire}]
      actors:
        - {id: aa, name: A, kind: state}
        - {id: bb, name: B, kind: state}
      relations:
        - {id: h, type: hostility, source: aa, target: bb, until: "2016", attribution: confirmed, sources: [s1]}
        - {id: s, type: support, source: bb, target: aa, since: "2020", attribution: confirmed, sources: [s1]}
      """
    ])
    let diff = SnapshotDiff(r.dataset, from: FuzzyDate(parsing: "2015")!, to: FuzzyDate(parsing: "2021")!)
    let change = try #require(diff.changed.first)
    #expect(change.pair == ["aa", "bb"])
    #expect(change.before == ["hostility"] && change.after == ["support bb→aa"])
  }

  @Test func aSiteLeftBeforeTheAttackIsNoLongerPartOfTheFootprint() throws {
    let r = try load([
      "d.yaml": """
      sources: [{id: s1, outlet: Wire}]
      actors:
        - {id: us, name: US, kind: state}
        - {id: base, name: Base, kind: site}
        - {id: mil, name: Militia, kind: armed-group}
      relations:
        - {id: o, type: operated-by, source: base, target: us, until: "2011", attribution: confirmed, sources: [s1]}
        - {id: a, type: attack, source: mil, target: base, date: "2024-01", attribution: claimed, sources: [s1]}
      """
    ])
    let d = r.dataset
    let asOf2024 = AttackReport(d, query: .init(on: d.index(of: "us"), filter: RelationFilter(asOf: FuzzyDate(parsing: "2024"))))
    #expect(asOf2024.pairs.isEmpty)
    let allTime = AttackReport(d, query: .init(on: d.index(of: "us")))
    #expect(allTime.pairs.count == 1, "without a date every link counts")
  }
}

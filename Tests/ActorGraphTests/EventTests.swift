import TestSupport
import Testing

@testable import ActorGraph

/// Records that name one `event` are one happening: counted once, their numbers not added up, and
/// every account of it shown side by side (issue #12, item 2).
@Suite struct EventTests {
  /// One strike told twice (blamed on x by officials, on y by a local leader), with the toll in both
  /// records, and a second strike by x told once.
  static let text = """
    sources: [{id: s1, outlet: Wire}, {id: s2, outlet: Post}]
    actors:
      - {id: x, name: X, kind: state}
      - {id: y, name: Y, kind: armed-group}
      - {id: town, name: Town, kind: place}
    relations:
      - {id: s-x, event: strike, type: attack, source: x, target: town, date: 2026-03-02, attribution: attributed,
         attributed_by: officials, killed: 4, injured: 10, at_least: [injured], sources: [s1]}
      - {id: s-y, event: strike, type: attack, source: y, target: town, date: 2026-03-02, attribution: attributed,
         attributed_by: a local leader, killed: 3, sources: [s2]}
      - {id: other, type: attack, source: x, target: town, date: 2026-03-05, attribution: confirmed, killed: 1, sources: [s1]}
    """

  func dataset(_ text: String = EventTests.text) throws -> LoadResult {
    let t = try TempDataset(["d.yaml": text])
    defer { t.remove() }
    return t.load()
  }

  @Test func twoAttributionsOfOneStrikeAreOneEvent() throws {
    let r = try dataset()
    #expect(!r.hasErrors && r.diagnostics.warnings.isEmpty, "\(r.diagnostics)")
    let report = AttackReport(r.dataset, query: .init(on: r.dataset.index(of: "town")))
    #expect(report.totals.events == 2 && report.totals.records == 3)
    // The toll is the strike's, told twice: 4 (the higher account) + 1, not 4 + 3 + 1.
    #expect(report.totals.killed == 5)
    #expect(report.totals.injured == 10 && report.totals.atLeast == ["injured"])
    let strike = try #require(report.events.first { $0.id == "strike" })
    #expect(strike.records == ["s-x", "s-y"])
    #expect(strike.attributions.map(\.attacker) == ["x", "y"])
    #expect(strike.attributions.map(\.attributedBy) == ["officials", "a local leader"])
    #expect(report.events.first { $0.id == "other" }?.records == ["other"])
    // Per pair the strike is one event of x's and one of y's; x's pair has two distinct events.
    let xPair = try #require(report.pairs.first { $0.attacker == "x" })
    #expect(xPair.events == 2 && xPair.killed == 5)
  }

  @Test func theOtherAccountIsShownWhenTheSelectionLeavesItOut() throws {
    let r = try dataset()
    let report = AttackReport(r.dataset, query: .init(by: r.dataset.index(of: "y")))
    let strike = try #require(report.events.first)
    #expect(strike.records == ["s-y"])
    #expect(strike.attributions.map(\.inAnswer) == [false, true], "x's account is listed, marked as outside the selection")
  }

  @Test func validatorChecksEventNames() throws {
    let alone = EventTests.text.replacingOccurrences(
      of: "event: strike, type: attack, source: y", with: "event: strik, type: attack, source: y")
    let r = try dataset(alone)
    let warnings = r.diagnostics.warnings.filter { $0.code == "event-alone" }
    #expect(warnings.count == 2)
    #expect(warnings.contains { $0.hint?.contains("did you mean 'strike'?") == true })
    // An event may take the id of one of its own records (e04 in the seed), not of another record.
    let own = EventTests.text.replacingOccurrences(of: "event: strike", with: "event: s-x")
    #expect(try dataset(own).diagnostics.errors.isEmpty)
    let foreign = EventTests.text.replacingOccurrences(of: "{id: other, type", with: "{id: strike, type")
    #expect(try dataset(foreign).diagnostics.errors.contains { $0.code == "event-id" })
    let apart = EventTests.text.replacingOccurrences(
      of: "source: y, target: town, date: 2026-03-02", with: "source: y, target: town, date: 2025-01-01")
    #expect(try dataset(apart).diagnostics.warnings.contains { $0.code == "event-dates" })
    let state = EventTests.text.replacingOccurrences(
      of: "{id: other, type: attack, source: x, target: town, date: 2026-03-05",
      with: "{id: other, event: strike, type: alliance, source: x, target: y")
    #expect(try dataset(state).diagnostics.errors.contains { $0.code == "event-field" })
  }

  @Test func seedStrikeOnErbilIsOneEventWithTwoAttributions() throws {
    let r = DatasetLoader.load(repositoryRoot + "/graphs/iraq-2026")
    #expect(!r.hasErrors)
    let d = r.dataset
    let report = AttackReport(d, query: .init(on: d.index(of: "erbil"), exact: true))
    let e10 = try #require(report.events.first { $0.id == "e10" })
    #expect(e10.records == ["e10-iran", "e10-irgc"])
    #expect(Set(e10.attributions.map(\.attacker)) == ["iran", "irgc"])
    #expect(report.totals.records == report.totals.events + 1)
    // The Iran–Iraq war is one event told from both sides.
    let war = AttackReport(d, query: .init())
    #expect(war.events.first { $0.id == "e01" }?.records == ["e01-iran", "e01-iraq"])
    #expect(war.totals.events < war.totals.records)
  }
}

import Foundation
import TestSupport
import Testing

@testable import ActorGraph

/// Balance at a sequence of dates, and the baseline that the CI gate compares against.
@Suite struct BalanceOverTimeTests {
  /// a, b, c allied from 2000; a and c fall out in 2010 (alliance until 2009, hostility since 2010).
  static let fallingOut = DatasetText.yaml(
    actors: [("a", "state"), ("b", "state"), ("c", "state")],
    relations: [
      "id: ab, type: alliance, source: a, target: b, since: '2000'",
      "id: bc, type: alliance, source: b, target: c, since: '2000'",
      "id: ac1, type: alliance, source: a, target: c, since: '2000', until: '2009'",
      "id: ac2, type: hostility, source: a, target: c, since: '2010'",
    ])

  static func load(_ yaml: String) throws -> Dataset {
    let t = try TempDataset(["d.yaml": yaml])
    defer { t.remove() }
    let r = t.load()
    #expect(!r.hasErrors, "\(r.diagnostics)")
    return r.dataset
  }

  @Test func datesOfASeries() throws {
    #expect(try BalanceSeries.dates("2000..2004", step: "2y").map(\.description) == ["2000", "2002", "2004"])
    #expect(try BalanceSeries.dates("2014-11..2015-02", step: "1m").map(\.description) == ["2014-11", "2014-12", "2015-01", "2015-02"])
    // The last step may fall short of the end: it is not stretched to it.
    #expect(try BalanceSeries.dates("2000..2005", step: "2y").map(\.description) == ["2000", "2002", "2004"])
  }

  @Test(arguments: [
    ("2000-2004", "1y", "not FROM..TO"), ("2000..2004", "1d", "not a step"), ("2000..2004", "0y", "not a step"),
    ("2004..2000", "1y", "ends before it starts"), ("2000..2004", "6m", "needs month dates"),
    ("0001..2999", "1m", "needs month dates"), ("0001-01..2999-12", "1m", "more than 1000 dates"),
  ])
  func badSeriesAreRefusedWithTheFix(range: String, step: String, expected: String) {
    do {
      _ = try BalanceSeries.dates(range, step: step)
      Issue.record("\(range) / \(step) should be refused")
    } catch {
      #expect(error.message.contains(expected), "\(error.message)")
    }
  }

  @Test func seriesFollowsTheSnapshotRule() throws {
    let d = try Self.load(Self.fallingOut)
    let dates = try BalanceSeries.dates("2008..2011", step: "1y")
    let s = try BalanceSeries(d, filter: RelationFilter(), dates: dates, options: .init())
    #expect(s.points.map(\.date) == ["2008", "2009", "2010", "2011"])
    // 2008–2009: all three allied, one balanced triad, nothing frustrated.
    for p in s.points.prefix(2) {
      #expect(p.positivePairs == 3 && p.negativePairs == 0)
      #expect(p.triads.total == 1 && p.triads.balanced == 1 && p.balanceIndex == 1)
      #expect(p.frustration == 0 && p.frustrationExact)
      #expect(p.blocs == [["a", "b", "c"]])
    }
    // From 2010 a and c are hostile: + + − is unbalanced, one tie frustrated whatever the split.
    for p in s.points.suffix(2) {
      #expect(p.positivePairs == 2 && p.negativePairs == 1)
      #expect(p.triads.unbalanced == 1 && p.balanceIndex == 0)
      #expect(p.frustration == 1 && p.frustrationLowerBound == 1)
      #expect(abs(p.frustrationPerTie - 1.0 / 3.0) < 1e-12)
    }
    // Each point is the same answer as a single balance at that date.
    let single = try StructuralBalance(d, filter: RelationFilter(asOf: FuzzyDate(parsing: "2010")), options: .init())
    #expect(single.camps?.frustration == s.points[2].frustration && single.triads == s.points[2].triads)
  }

  @Test func baselineCatchesANewUnbalancedTriadAndRisingFrustration() throws {
    let allied = try Self.load(Self.fallingOut)
    let at2005 = RelationFilter(asOf: FuzzyDate(parsing: "2005"))
    let at2012 = RelationFilter(asOf: FuzzyDate(parsing: "2012"))
    let before = BalanceBaseline(try StructuralBalance(allied, filter: at2005, options: .init()), asOf: "2005")
    #expect(before.frustration == 0 && before.unbalancedTriads.isEmpty && before.frustrationExact)

    // The same data checked against itself: nothing got worse.
    let same = before.regression(try StructuralBalance(allied, filter: at2005, options: .init()))
    #expect(!same.failed && same.certain)

    // Later, a and c are hostile: the triad and the frustrated tie are named, with relations.
    let worse = before.regression(try StructuralBalance(allied, filter: at2012, options: .init()))
    #expect(worse.failed)
    #expect(worse.newUnbalancedTriads.map(\.actors) == [["a", "b", "c"]])
    #expect(worse.newUnbalancedTriads[0].sides.flatMap { $0.relations.map(\.id) }.contains("ac2"))
    let rise = try #require(worse.frustrationRose)
    #expect(rise.before == 0 && rise.after == 1 && rise.afterLowerBound == 1 && worse.certain)
    #expect(rise.newlyFrustrated.count == 1)

    // A baseline that already knows the triad does not fail again.
    let after = BalanceBaseline(try StructuralBalance(allied, filter: at2012, options: .init()), asOf: "2012")
    #expect(!after.regression(try StructuralBalance(allied, filter: at2012, options: .init())).failed)
  }

  @Test func baselineRecordsTheSelectionAndRoundTrips() throws {
    let d = try Self.load(Self.fallingOut)
    let b = BalanceBaseline(
      try StructuralBalance(d, filter: RelationFilter(types: [.alliance, .hostility]), options: .init()), asOf: "2012", recent: "2y")
    #expect(b.selectionFlags == "--types alliance,hostility --as-of 2012 --recent 2y")
    let decoded = try JSONDecoder().decode(BalanceBaseline.self, from: JSONEncoder().encode(b))
    #expect(decoded == b)
    var other = b
    other.asOf = nil
    #expect(!b.hasSameSelection(as: other))
    other = b
    other.wholeRecord = true
    #expect(!b.hasSameSelection(as: other) && other.selectionFlags.hasSuffix("--whole-record"))
  }
}

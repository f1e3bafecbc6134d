import Foundation
import TestSupport
import Testing

@testable import ActorGraph
@testable import ActorGraphDiagrams

@Suite struct BalanceChartTests {
  static func series(_ values: [(String, Double, Double)]) -> BalanceSeries {
    let points = values.map { date, index, perTie in
      BalanceSeries.Point(
        date: date, signedActors: 3, positivePairs: 2, negativePairs: 1, ambivalentPairs: 0,
        triads: .init(total: 1, balanced: index == 1 ? 1 : 0, unbalanced: index == 1 ? 0 : 1, allNegative: 0, ambivalent: 0),
        balanceIndex: index, frustration: perTie > 0 ? 1 : 0, frustrationLowerBound: perTie > 0 ? 1 : 0, frustrationExact: true,
        frustrationPerTie: perTie, blocs: [], blocFrustration: 0, blocFrustrationExact: true)
    }
    return BalanceSeries(signs: [], points: points)
  }

  @Test func plotsEachIndexOnTheUnitScale() throws {
    let svg = BalanceChart.svg(Self.series([("2000", 1, 0), ("2010", 0, 1.0 / 3.0), ("2020", 0.5, 0.25)]))
    let doc = try SVGDocument(Array(svg.utf8))
    let lines = doc.elements.filter { $0.name == "polyline" }
    #expect(lines.count == 2)
    // Balance index 1 is the top of the plot, 0 the bottom; both series share the x positions.
    let index = try #require(lines.first { $0.attributes["stroke-dasharray"] == nil }?.attributes["points"])
    let ys = index.split(separator: " ").map { Double($0.split(separator: ",")[1])! }
    #expect(ys[0] < ys[2] && ys[2] < ys[1])
    let frustration = try #require(lines.first { $0.attributes["stroke-dasharray"] != nil }?.attributes["points"])
    #expect(
      index.split(separator: " ").map { $0.split(separator: ",")[0] }
        == frustration.split(separator: " ").map { $0.split(separator: ",")[0] })
    #expect(doc.elements.contains { $0.name == "text" && $0.text == "2010" })
  }

  @Test func titleIsEscapedAndOutputIsStable() throws {
    let s = Self.series([("2000", 1, 0)])
    let svg = BalanceChart.svg(s, title: "A & B <c>")
    #expect(try SVGDocument(Array(svg.utf8)).elements.contains { $0.name == "title" && $0.text == "A & B <c>" })
    #expect(svg == BalanceChart.svg(s, title: "A & B <c>"))
  }
}

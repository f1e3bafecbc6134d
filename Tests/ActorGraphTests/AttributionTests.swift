import Testing

@testable import ActorGraph

@Suite struct AttributionTests {
  @Test func scaleIsOrderedFromMostToLeastCertain() {
    let order: [Attribution] = [.confirmed, .claimed, .attributed, .blamed, .suspected, .inferred, .unattributed]
    for (a, b) in zip(order, order.dropFirst()) { #expect(a > b) }
  }

  @Test func deniedNeverPassesAMinimum() {
    for level in Attribution.allCases { #expect(!Attribution.denied.meets(level)) }
  }

  @Test func minimumKeepsTheLevelAndAbove() {
    #expect(Attribution.claimed.meets(.claimed))
    #expect(Attribution.confirmed.meets(.claimed))
    #expect(!Attribution.attributed.meets(.claimed))
    #expect(!Attribution.suspected.meets(.attributed))
  }

  @Test(arguments: [
    ("stated", Attribution.confirmed), ("blamed-by-victim", .blamed), ("likely", .suspected), ("hedged", .suspected), ("CLAIMED", .claimed),
  ])
  func synonymsParse(text: String, expected: Attribution) {
    #expect(Attribution(parsing: text) == expected)
  }

  @Test func filterAsOfSeparatesWarFromAlliance() throws {
    let war = Relation(type: .hostility, source: 0, target: 1, since: FuzzyDate(parsing: "1980"), until: FuzzyDate(parsing: "1988"))
    let ally = Relation(type: .alliance, source: 0, target: 1, since: FuzzyDate(parsing: "2003"))
    let in1985 = RelationFilter(asOf: FuzzyDate(parsing: "1985"))
    let in2015 = RelationFilter(asOf: FuzzyDate(parsing: "2015"))
    #expect(in1985.accepts(war) && !in1985.accepts(ally))
    #expect(!in2015.accepts(war) && in2015.accepts(ally))
    let open = Relation(type: .support, source: 0, target: 1)
    #expect(in1985.accepts(open), "undated relations are kept")
    let event = Relation(type: .attack, source: 0, target: 1, date: FuzzyDate(parsing: "2020"))
    let old = Relation(type: .attack, source: 0, target: 1, date: FuzzyDate(parsing: "2014-06-01"))
    var cumulative = in2015
    cumulative.recent = .all
    // A snapshot holds the events of the recent year only; the cumulative view holds every earlier one.
    #expect(!in1985.accepts(event) && !in2015.accepts(old) && cumulative.accepts(old))
    #expect(in2015.accepts(Relation(type: .attack, source: 0, target: 1, date: FuzzyDate(parsing: "2015-06-01"))))
  }
}

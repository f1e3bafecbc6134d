import Foundation
import TestSupport
import Testing

@testable import ActorGraph

/// What a view shows, chosen in the domain: the relations, the actors in scope and named, the
/// path's hops, a diff's changes, the attacks on a target with the links that tie it together.
@Suite struct ViewSelectionTests {
  /// a supports b, b supports c, c attacks a base the state s operates, located in the place p;
  /// a and c were hostile until 2010; d is alone.
  static let text = """
    sources: [{id: s1, outlet: Wire, published: "2026-03-05"}]
    actors:
      - {id: a, name: Alpha, kind: state}
      - {id: b, name: Beta, kind: armed-group}
      - {id: c, name: Gamma, kind: armed-group}
      - {id: d, name: Delta, kind: state}
      - {id: s, name: Sigma, kind: state}
      - {id: base, name: Base, kind: site}
      - {id: p, name: Province, kind: place}
    relations:
      - {id: r1, type: support, source: a, target: b, since: "2014", attribution: confirmed, sources: [s1]}
      - {id: r2, type: support, source: b, target: c, since: "2016", attribution: suspected, sources: [s1]}
      - {id: r3, type: hostility, source: a, target: c, since: "2001", until: "2010", attribution: confirmed, sources: [s1]}
      - {id: r4, type: operated-by, source: base, target: s, since: "2003", attribution: confirmed, sources: [s1]}
      - {id: r5, type: located-in, source: base, target: p, since: "2003", attribution: confirmed, sources: [s1]}
      - {id: r6, type: attack, source: c, target: base, date: "2026-03-01", attribution: claimed, sources: [s1]}
      - {id: r7, type: attack, source: b, target: base, date: "2026-02-20", attribution: suspected, sources: [s1]}
    """

  func dataset() throws -> Dataset { try TempDataset.dataset(["d.yaml": Self.text]) }

  func view(_ data: Dataset, _ text: [Selection.Field: [String]]) throws -> ViewSelection {
    try ViewSelection(data, selection: try Selection.parsing(text))
  }

  func ids(_ data: Dataset, _ actors: Set<Int32>) -> Set<String> { Set(actors.map { data.actor($0).id }) }
  func ids(_ data: Dataset, _ relations: [Int]) -> [String] { relations.map { data.relationID($0) } }

  @Test func withoutFocusEverythingTheFilterKeepsIsShownAndNothingIsInScope() throws {
    let data = try dataset()
    let v = try view(data, [:])
    // The present is 2026-03-05: the 2001–10 hostility is over; the attacks are of the past year.
    #expect(ids(data, v.relations) == ["r1", "r2", "r4", "r5", "r6", "r7"])
    #expect(v.inScope.isEmpty && v.named.isEmpty && v.pathPairs.isEmpty && v.changes == nil)
    #expect(ids(data, try view(data, [.wholeRecord: ["true"]]).relations).contains("r3"))
  }

  @Test func aFocusHoldsItsNeighbourhoodInTheDirectionAsked() throws {
    let data = try dataset()
    let types: [String] = ["support"]
    #expect(ids(data, try view(data, [.types: types, .focus: ["a"], .direction: ["out"]]).inScope) == ["a", "b"])
    #expect(ids(data, try view(data, [.types: types, .focus: ["Alpha"], .depth: ["2"], .direction: ["out"]]).inScope) == ["a", "b", "c"])
    #expect(ids(data, try view(data, [.types: types, .focus: ["a"], .direction: ["in"]]).inScope) == ["a"])
    let both = try view(data, [.types: types, .focus: ["b"]])
    #expect(ids(data, both.inScope) == ["a", "b", "c"] && ids(data, both.named) == ["b"])
    // An actor no selected relation touches is its own neighbourhood.
    #expect(ids(data, try view(data, [.types: types, .focus: ["d"], .depth: ["3"]]).inScope) == ["d"])
  }

  @Test func neighbourhoodGivesDistancesAsTheNeighborsCommandPrintsThem() throws {
    let data = try dataset()
    let graph = GraphSelection(data, filter: RelationFilter(types: [.support]))
    let a = try #require(data.index(of: "a"))
    let found = ViewSelection.neighbourhood(of: a, in: graph, depth: 5, direction: .outgoing)
    #expect(found.map { "\(data.actor($0.actor).id)@\($0.distance)" } == ["a@0", "b@1", "c@2"])
    let dropped = GraphSelection(data, filter: RelationFilter(types: [.support]), includeIsolated: false)
    let d = try #require(data.index(of: "d"))
    #expect(ViewSelection.neighbourhood(of: d, in: dropped, depth: 1, direction: .both).map(\.actor) == [d])
  }

  @Test func aPathIsTheShortestAndItsHopsGoBothWays() throws {
    let data = try dataset()
    let v = try view(data, [.types: ["support"], .path: ["a", "c"], .highlight: ["d"]])
    #expect(ids(data, v.inScope) == ["a", "b", "c", "d"] && ids(data, v.named) == ["a", "b", "c", "d"])
    let pairs = Set(v.pathPairs.map { $0.map { data.actor($0).id } })
    #expect(pairs == [["a", "b"], ["b", "a"], ["b", "c"], ["c", "b"]])
    // The path the path command finds.
    let a = try #require(data.index(of: "a")), b = try #require(data.index(of: "b")), c = try #require(data.index(of: "c"))
    #expect(PathSearch().actorPaths(in: v.graph, from: a, to: c).first == [a, b, c])
  }

  @Test func aPathAgainstTheDirectionIsAProblemUnlessUndirected() throws {
    let data = try dataset()
    #expect(
      throws: ViewSelection.Problem("no path from c to a in this selection; relations are followed in their direction (try undirected)")
    ) {
      try view(data, [.types: ["support"], .path: ["c", "a"]])
    }
    #expect(ids(data, try view(data, [.types: ["support"], .path: ["c", "a"], .undirected: ["true"]]).inScope) == ["a", "b", "c"])
  }

  @Test func anUnknownActorIsAProblemNamingIt() throws {
    let data = try dataset()
    var focus = Selection()
    focus.focus = ["Omega"]
    do {
      _ = try ViewSelection(data, selection: focus)
      Issue.record("expected a problem")
    } catch {
      #expect(error.message.contains("Omega"), "\(error)")
    }
  }

  @Test func aDiffShowsOnlyWhatChanged() throws {
    let data = try dataset()
    let v = try view(data, [.types: ["support,hostility"], .diff: ["2005", "2020"]])
    let changes = try #require(v.changes)
    #expect(ids(data, v.relations) == ["r1", "r2", "r3"])
    #expect(changes.mapKeys { data.relationID($0) } == ["r1": .appeared, "r2": .appeared, "r3": .ended])
    var backwards = Selection()
    backwards.diff = Selection.DatePair(from: FuzzyDate(parsing: "2020")!, to: FuzzyDate(parsing: "2005")!)
    #expect(throws: ViewSelection.Problem.self) { try ViewSelection(data, selection: backwards) }
  }

  @Test func attacksOnAnActorComeWithTheLinksThatMakeTheTargetItsOwn() throws {
    let data = try dataset()
    let v = try view(data, [.attacksOn: ["s"]])
    // The two attacks on its base and the link that makes the base its own; the base's place is
    // not part of Sigma.
    #expect(ids(data, v.relations) == ["r4", "r6", "r7"])
    #expect(ids(data, try view(data, [.attacksOn: ["s"], .minAttribution: ["claimed"]]).relations) == ["r4", "r6"])
    // The report hands back the indices of its records, in the order of its summaries.
    let report = AttackReport(data, query: .init(on: data.index(of: "s")))
    for pair in report.pairs {
      #expect(pair.relationIndices.map { data.relationID($0) } == pair.relations.map(\.id))
    }
  }

  @Test func anOverviewShowsUmbrellasForTheirMembersAndKeepsTheTopActors() throws {
    let data = try TempDataset.dataset([
      "d.yaml": """
      sources: [{id: s1, outlet: Wire, published: "2026-03-05"}]
      actors:
        - {id: patron, name: Patron, kind: state}
        - {id: front, name: Front, kind: umbrella-group}
        - {id: m1, name: M1, kind: armed-group}
        - {id: m2, name: M2, kind: armed-group}
        - {id: loner, name: Loner, kind: armed-group}
      relations:
        - {id: r1, type: support, source: patron, target: m1, since: "2014", attribution: confirmed, sources: [s1]}
        - {id: r2, type: support, source: patron, target: m2, since: "2014", attribution: confirmed, sources: [s1]}
        - {id: r3, type: support, source: patron, target: loner, since: "2014", attribution: confirmed, sources: [s1]}
        - {id: r4, type: membership, source: m1, target: front, since: "2014", attribution: confirmed, sources: [s1]}
        - {id: r5, type: membership, source: m2, target: front, since: "2014", attribution: confirmed, sources: [s1]}
      """
    ])
    let plain = try view(data, [:])
    #expect(plain.representative.isEmpty && plain.kept == nil)
    let overview = try view(data, [.collapse: ["umbrellas"], .top: ["2"], .rankBy: ["degree"]])
    #expect(
      Dictionary(uniqueKeysWithValues: overview.representative.map { (data.actor($0.key).id, data.actor($0.value).id) }) == [
        "m1": "front", "m2": "front",
      ])
    // After collapsing, the front has two support lines in, the loner one: patron and front stay.
    #expect(ids(data, try #require(overview.kept)) == ["patron", "front"])
  }

  @Test func theAttackReportIsTypedAndItsJSONUnchanged() throws {
    let data = try dataset()
    let report = AttackReport(data, query: .init(on: data.index(of: "s")))
    let pair = try #require(report.pairs.first { $0.attacker == "c" })
    #expect(pair.strongest == .claimed && pair.first == FuzzyDate(parsing: "2026-03-01"))
    let account = try #require(report.events.first { $0.id == "r7" }?.attributions.first)
    #expect(account.type == .attack && account.attribution == .suspected && account.confidence <= .moderate)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let json = String(decoding: try encoder.encode(pair), as: UTF8.self)
    #expect(json.contains(#""strongest":"claimed""#) && json.contains(#""first":"2026-03-01""#))
    #expect(!json.contains("relationIndices"), "indices are for the library, not the JSON")
    let event = String(decoding: try encoder.encode(account), as: UTF8.self)
    #expect(event.contains(#""type":"attack""#) && event.contains(#""attribution":"suspected""#))
  }
}

extension Dictionary {
  fileprivate func mapKeys<K: Hashable>(_ f: (Key) -> K) -> [K: Value] {
    [K: Value](uniqueKeysWithValues: map { (f($0.key), $0.value) })
  }
}

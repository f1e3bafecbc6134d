import TestSupport
import Testing

@testable import ActorGraph

@Suite struct StructuralBalanceTests {
  func dataset() throws -> Dataset {
    func rel(_ id: String, _ t: String, _ a: String, _ b: String) -> String {
      "  - {id: \(id), type: \(t), source: \(a), target: \(b), attribution: confirmed, sources: [s1]}\n"
    }
    var text = "sources: [{id: s1, outlet: Wire}]\nactors:\n"
    for x in ["a", "b", "c", "d", "e", "f", "g"] { text += "  - {id: \(x), name: \(x.uppercased()), kind: state}\n" }
    text += "relations:\n"
    text += rel("ab", "alliance", "a", "b") + rel("bc", "alliance", "b", "c") + rel("ac", "hostility", "a", "c")
    text += rel("ad", "hostility", "a", "d") + rel("bd", "hostility", "b", "d")
    text += rel("ef", "hostility", "e", "f") + rel("fg", "hostility", "f", "g") + rel("eg", "hostility", "e", "g")
    text += rel("cd1", "alliance", "c", "d") + rel("cd2", "hostility", "c", "d")
    let t = try TempDataset(["d.yaml": text])
    defer { t.remove() }
    let r = t.load()
    #expect(!r.hasErrors, "\(r.diagnostics)")
    return r.dataset
  }

  @Test func classifiesTriadsAndPairs() throws {
    let b = try StructuralBalance(try dataset())
    #expect(b.positivePairs == 2 && b.negativePairs == 6)
    #expect(b.ambivalent.map(\.actors) == [["c", "d"]])
    // a+b, b+c, a−c: the friend of my friend is my enemy.
    #expect(b.unbalanced.contains { $0.actors == ["a", "b", "c"] && !$0.allNegative })
    // e, f, g: all hostile, unbalanced only in the strict sense.
    #expect(b.unbalanced.contains { $0.actors == ["e", "f", "g"] && $0.allNegative })
    // a+b with a common enemy d is balanced.
    #expect(!b.unbalanced.contains { Set($0.actors) == ["a", "b", "d"] })
    // The header counts every triad: a-b-c, a-b-d, e-f-g signed; a-c-d and b-c-d through the ± side.
    #expect(b.triads.total == 5 && b.triads.balanced == 1 && b.triads.unbalanced == 2 && b.triads.ambivalent == 2)
    #expect(b.triads.allNegative == 1)
    #expect(abs(b.balanceIndex - 1.0 / 3.0) < 1e-12)
    #expect(b.ambivalentTriads.map(\.actors) == [["a", "c", "d"], ["b", "c", "d"]])
    // Each unbalanced triad carries the relations behind its sides.
    let abc = try #require(b.unbalanced.first { $0.actors == ["a", "b", "c"] })
    #expect(abc.sides.map { $0.relations.map(\.id) } == [["ab"], ["bc"], ["ac"]])
    #expect(abc.sides[2].relations[0].sources == ["s1"] && abc.sides[2].sign == "-")
    // Two camps: the ± pair c–d is frustrated whatever the split, plus one side of a-b-c and one of
    // e-f-g: 3. Blocs: e, f, g apart satisfy the all-hostile triad, leaving 2.
    let camps = try #require(b.camps)
    #expect(camps.exact && camps.frustration == 3 && camps.lowerBound == 3)
    #expect(camps.frustrated.contains { $0.actors == ["c", "d"] && $0.sign == "±" })
    let blocs = try #require(b.blocs)
    #expect(blocs.exact && blocs.frustration == 2)
    #expect(blocs.groups.contains(["e"]) && blocs.groups.contains(["f"]) && blocs.groups.contains(["g"]))
  }

  @Test func typesWithoutASignAreRefusedByName() throws {
    let d = try dataset()
    do {
      _ = try StructuralBalance(d, filter: RelationFilter(types: [.alliance, .membership, .leadership]))
      Issue.record("membership and leadership carry no sign")
    } catch {
      #expect(error.types == ["leadership", "membership"])
      #expect(error.description.contains("leadership, membership carry no sign"))
    }
    let asked = try StructuralBalance(d, filter: RelationFilter(types: [.alliance, .partOf, .presence]))
    #expect(asked.signs.map(\.type) == [.alliance, .partOf, .presence] && asked.signs.allSatisfy { $0.sign == 1 })
  }

  @Test func partOfAndPresenceCountOnlyWhenAsked() throws {
    func rel(_ id: String, _ t: String, _ a: String, _ b: String) -> String {
      "  - {id: \(id), type: \(t), source: \(a), target: \(b), attribution: confirmed, sources: [s1]}\n"
    }
    var text = "sources: [{id: s1, outlet: Wire}]\nactors:\n"
    for x in ["a", "b", "c"] { text += "  - {id: \(x), name: \(x.uppercased()), kind: state}\n" }
    text += "relations:\n" + rel("ab", "alliance", "a", "b") + rel("bc", "hostility", "b", "c") + rel("ca", "part-of", "c", "a")
    let t = try TempDataset(["d.yaml": text])
    defer { t.remove() }
    let d = t.load().dataset
    let plain = try StructuralBalance(d, filter: RelationFilter(types: [.alliance, .hostility]))
    #expect(plain.triads.total == 0)
    let asked = try StructuralBalance(d, filter: RelationFilter(types: [.alliance, .hostility, .partOf]))
    #expect(asked.triads.total == 1 && asked.unbalanced.map(\.actors) == [["a", "b", "c"]])
    #expect(asked.unbalanced[0].sides[2].relations.map(\.type) == [.partOf])
  }

  @Test func seedIraqBetweenItsPatronsIsUnbalancedAndTheWarWasBalanced() throws {
    let seed = DatasetLoader.load(repositoryRoot + "/graphs/iraq-2026").dataset
    let now = try StructuralBalance(seed, filter: RelationFilter(types: [.alliance, .hostility], asOf: FuzzyDate(parsing: "2026")))
    // Allied with both, while they are foes: seed-facts' unbalanced triad (D0:L13).
    #expect(now.unbalanced.contains { $0.actors == ["iran", "iraq", "united-states"] && !$0.allNegative })
    #expect(!now.ambivalent.contains { $0.actors == ["iran", "iraq"] }, "Iraq's protest to Iran is a statement, not enmity")
    let war = try StructuralBalance(seed, filter: RelationFilter(types: [.alliance, .hostility], asOf: FuzzyDate(parsing: "1985")))
    #expect(!war.ambivalent.contains { $0.actors == ["iran", "iraq"] }, "in 1985 Iran and Iraq were only at war")
  }
}

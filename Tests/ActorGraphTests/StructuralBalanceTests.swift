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
    let b = StructuralBalance(try dataset())
    #expect(b.positivePairs == 2 && b.negativePairs == 6)
    #expect(b.ambivalent.map(\.actors) == [["c", "d"]])
    // a+b, b+c, a−c: the friend of my friend is my enemy.
    #expect(b.unbalanced.contains { $0.actors == ["a", "b", "c"] && !$0.allNegative })
    // e, f, g: all hostile, unbalanced only in the strict sense.
    #expect(b.unbalanced.contains { $0.actors == ["e", "f", "g"] && $0.allNegative })
    // a+b with a common enemy d is balanced.
    #expect(!b.unbalanced.contains { Set($0.actors) == ["a", "b", "d"] })
    #expect(b.triads == 3 && b.balancedTriads == 1)
    #expect(abs(b.balanceIndex - 1.0 / 3.0) < 1e-12)
    #expect(b.ambivalentTriads.contains { Set($0.actors) == ["b", "c", "d"] || Set($0.actors) == ["a", "c", "d"] })
    #expect(b.blocs == [["a", "b", "c"]])
    #expect(b.frustrated.map(\.actors) == [["a", "c"]])
  }

  @Test func seedIraqBetweenItsPatronsIsUnbalancedAndTheWarWasBalanced() throws {
    let seed = DatasetLoader.load(repositoryRoot + "/graphs/iraq-2026").dataset
    let now = StructuralBalance(seed, filter: RelationFilter(types: [.alliance, .hostility], asOf: FuzzyDate(parsing: "2026")))
    // Allied with both, while they are foes: seed-facts' unbalanced triad (D0:L13).
    #expect(now.unbalanced.contains { $0.actors == ["iran", "iraq", "united-states"] && !$0.allNegative })
    #expect(!now.ambivalent.contains { $0.actors == ["iran", "iraq"] }, "Iraq's protest to Iran is a statement, not enmity")
    let war = StructuralBalance(seed, filter: RelationFilter(types: [.alliance, .hostility], asOf: FuzzyDate(parsing: "1985")))
    #expect(!war.ambivalent.contains { $0.actors == ["iran", "iraq"] }, "in 1985 Iran and Iraq were only at war")
  }
}

import TestSupport
import Testing

@testable import ActorGraph

/// Statements (protest, condemnation, accusation, denial, threat) are directed and signless unless
/// asked: a protest between allies is never enmity.
@Suite struct StatementTests {
  /// a and b are allies; a protests to b; c condemns b; d is hostile to both a and c.
  func allies() throws -> Dataset {
    func rel(_ id: String, _ t: String, _ a: String, _ b: String) -> String {
      "  - {id: \(id), type: \(t), source: \(a), target: \(b), attribution: confirmed, sources: [s1]}\n"
    }
    var text = "sources: [{id: s1, outlet: Wire}]\nactors:\n"
    for x in ["a", "b", "c", "d"] { text += "  - {id: \(x), name: \(x.uppercased()), kind: state}\n" }
    text += "relations:\n"
    text += rel("ab", "alliance", "a", "b") + rel("p1", "protest", "a", "b") + rel("c1", "condemnation", "c", "b")
    text += rel("ad", "hostility", "a", "d") + rel("cd", "hostility", "c", "d")
    let t = try TempDataset(["d.yaml": text])
    defer { t.remove() }
    let r = t.load()
    #expect(!r.hasErrors, "\(r.diagnostics)")
    return r.dataset
  }

  @Test func signAPI() throws {
    for t in RelationType.statements {
      #expect(t.isStatement && t.isEvent && !t.isSymmetric)
      #expect(t.defaultSign == nil && t.sign == 0, "\(t) carries no sign unless asked")
    }
    #expect(RelationType.protest.signWhenAsked == -1 && RelationType.threat.signWhenAsked == -1)
    #expect(RelationType.denial.signWhenAsked == nil, "a denial is neither friendly nor hostile, even when asked")
    #expect(RelationType.hostility.defaultSign == -1 && RelationType.alliance.signWhenAsked == 1)
    #expect(RelationType.partOf.defaultSign == nil && RelationType.partOf.signWhenAsked == nil)
    #expect(try RelationFilter.parseTypes("statements,alliance") == Set(RelationType.statements + [.alliance]))
  }

  @Test func commonNeverTurnsAProtestBetweenAlliesIntoEnmity() throws {
    let d = try allies()
    let ab = CommonGround(d, d.index(of: "a")!, d.index(of: "b")!)
    #expect(ab.enemies.isEmpty)
    #expect(ab.statementsBetween.map(\.id) == ["p1"])
    // a and c both said something to b: a statement section, not a shared enemy.
    let ac = CommonGround(d, d.index(of: "a")!, d.index(of: "c")!)
    #expect(ac.enemies == ["d"], "hostility still makes enemies")
    #expect(ac.enemyRelations["d"] == ["ad", "cd"])
    #expect(ac.statements.map(\.actor) == ["b"])
    #expect(ac.statements.first?.withA.map(\.id) == ["p1"] && ac.statements.first?.withB.map(\.id) == ["c1"])
  }

  @Test func balanceByDefaultCountsNoStatement() throws {
    let b = try StructuralBalance(try allies())
    #expect(b.ambivalent.isEmpty, "allies who protest are still only allies")
    #expect(b.positivePairs == 1)
  }

  @Test func hostilityNoLongerTakesStatementSubtypes() throws {
    let text = """
      sources: [{id: s1, outlet: Wire}]
      actors: [{id: a, name: A, kind: state}, {id: b, name: B, kind: state}]
      relations:
        - {id: r1, type: hostility, subtype: protest, source: a, target: b, attribution: confirmed, sources: [s1]}
      """
    let t = try TempDataset(["d.yaml": text])
    defer { t.remove() }
    let r = t.load()
    #expect(r.hasErrors)
  }

  @Test func seedStatementsAreNotEnmity() throws {
    let seed = DatasetLoader.load(repositoryRoot + "/graphs/iraq-2026").dataset
    func type(_ id: String) -> RelationType? { seed.relations.first { $0.id == id }?.type }
    #expect(type("r90") == .protest && type("r90b") == .protest && type("r91") == .protest)
    #expect(type("r92") == .condemnation && type("r93") == .condemnation && type("r96") == .threat && type("r88") == .threat)
    // The whole record: "previously" protests are undated, so no snapshot holds them.
    let c = CommonGround(seed, seed.index(of: "iran")!, seed.index(of: "iraq")!, filter: RelationFilter())
    // Whatever makes the U.S. an enemy here, it is never Iraq's protests.
    for ids in c.enemyRelations.values { #expect(!ids.contains("r90") && !ids.contains("r90b") && !ids.contains("r91")) }
    #expect(c.statements.contains { $0.actor == "united-states" && $0.withB.map(\.id).contains("r90b") })
    #expect(c.statementsBetween.map(\.id) == ["r91"])
  }
}

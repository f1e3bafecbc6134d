import Foundation
import TestSupport
import Testing

@testable import ActorGraph

/// Chains never claim more than their hops: the rules, the groups, the confidence.
@Suite struct SupportChainRuleTests {
  func dataset(_ actors: [(id: String, kind: String)], _ relations: [String]) throws -> Dataset {
    let t = try TempDataset(["d.yaml": DatasetText.yaml(actors: actors, relations: relations)])
    defer { t.remove() }
    let r = t.load()
    #expect(!r.hasErrors, "\(r.diagnostics)")
    return r.dataset
  }

  let three: [(id: String, kind: String)] = [("pp", "state"), ("xx", "armed-group"), ("cc", "armed-group")]

  func supporters(_ d: Dataset, _ client: String, _ rules: SupportQuery.Rules) -> SupportQuery.Result {
    SupportQuery(rules: rules).run(d, actor: d.index(of: client)!, direction: .supporters)
  }

  @Test func intermediariesMustPassOnTheSameForm() throws {
    let same = try dataset(
      three,
      [
        "id: a, type: support, form: [arms, political], source: pp, target: xx",
        "id: b, type: support, form: arms, source: xx, target: cc",
      ])
    #expect(!supporters(same, "cc", .standard).chains.contains { $0.supporter == "pp" })
    #expect(supporters(same, "cc", .standard).beyondRules == ["same-form": 1])
    let found = try #require(supporters(same, "cc", .sameForm).chains.first { $0.supporter == "pp" })
    #expect(found.kind == .indirect && found.rule == .sameForm && found.attribution == .inferred)
    #expect(found.hops.map(\.attribution) == [.confirmed, .confirmed])
    let other = try dataset(
      three,
      [
        "id: a, type: support, form: political, source: pp, target: xx",
        "id: b, type: support, form: arms, source: xx, target: cc",
      ])
    #expect(!supporters(other, "cc", .sameForm).chains.contains { $0.supporter == "pp" })
    #expect(supporters(other, "cc", .anyForm).chains.first { $0.supporter == "pp" }?.rule == .anyForm)
    // `unspecified` says nothing about the form, so it never matches.
    let vague = try dataset(
      three,
      [
        "id: a, type: support, form: unspecified, source: pp, target: xx",
        "id: b, type: support, form: unspecified, source: xx, target: cc",
      ])
    #expect(!supporters(vague, "cc", .sameForm).chains.contains { $0.supporter == "pp" })
    // And the other direction agrees.
    let clients = SupportQuery(rules: .sameForm).run(same, actor: same.index(of: "pp")!, direction: .clients)
    #expect(clients.chains.contains { $0.supported == "cc" && $0.rule == .sameForm })
  }

  @Test func aStateBacksWhatItsOwnOrganBacks() throws {
    let d = try dataset(
      [("st", "state"), ("org", "state-organ"), ("mil", "armed-group"), ("um", "umbrella-group")],
      [
        "id: p, type: part-of, subtype: state-organ, source: org, target: st",
        "id: s, type: support, form: advisory, source: org, target: um",
        "id: m, type: membership, source: mil, target: um",
      ])
    let r = supporters(d, "mil", .standard)
    let viaOrgan = try #require(r.chains.first { $0.supporter == "st" })
    #expect(viaOrgan.kind == .indirect && viaOrgan.rule == .organ && viaOrgan.attribution == .inferred)
    #expect(viaOrgan.hops.map(\.type) == [.partOf, .support, .membership])
    let viaUmbrella = try #require(r.chains.first { $0.supporter == "org" })
    #expect(viaUmbrella.kind == .umbrella && viaUmbrella.rule == .umbrella)
    let clients = SupportQuery().run(d, actor: d.index(of: "st")!, direction: .clients)
    #expect(clients.chains.contains { $0.supported == "mil" && $0.rule == .organ })
    #expect(clients.chains.contains { $0.supported == "um" && $0.rule == .organ })
    // A part of a state is not backed by the state's patrons: organ links climb only from a supporter.
    let e = try dataset(
      [("st", "state"), ("org", "state-organ"), ("ally", "state")],
      [
        "id: p, type: part-of, subtype: state-organ, source: org, target: st",
        "id: s, type: support, form: arms, source: ally, target: st",
      ])
    #expect(supporters(e, "org", .anyForm).chains.isEmpty)
  }

  /// No chain but a single stated support relation is ever `confirmed`, on the seed, under any rules.
  @Test func noIndirectChainReadsConfirmedOnTheSeed() {
    let d = SeedDatasetTests.seed.dataset
    for rules in SupportQuery.Rules.allCases {
      for a in d.actors.indices {
        for dir in [SupportQuery.Direction.supporters, .clients] {
          for c in SupportQuery(rules: rules).run(d, actor: Int32(a), direction: dir).chains {
            if c.kind == .direct {
              #expect(c.hops.count == 1 && c.hops[0].type == .support && c.direct)
              #expect(c.attribution == c.hops[0].attribution && c.confidence == c.hops[0].confidence)
            } else {
              #expect(c.attribution == .inferred && !c.direct, "\(c.supporter) → \(c.supported)")
              let hops = c.hops.map { $0.confidence }
              let conf = c.confidence
              #expect(conf <= hops.min()!)
              #expect(conf == Confidence.chain(hops))
            }
          }
        }
      }
    }
  }

  @Test func theDefaultRulesNameNoDistantStateAsABackerOfKataibHezbollah() throws {
    let d = SeedDatasetTests.seed.dataset
    let kh = try #require(d.index(of: "kataib-hezbollah"))
    let distant: Set<String> = ["united-states", "jordan", "russia", "china", "pakistan"]
    for rules in [SupportQuery.Rules.standard, .sameForm] {
      let r = SupportQuery(rules: rules).run(d, actor: kh, direction: .supporters)
      #expect(distant.isDisjoint(with: r.chains.map(\.supporter)), "\(rules)")
      #expect(r.chains.map(\.supporter) == ["iran"])
      #expect(r.chains.first?.kind == .umbrella)
    }
    // Only the explicit widest reading names them, as inferences, and says how many it adds.
    let wide = SupportQuery(rules: .anyForm).run(d, actor: kh, direction: .supporters)
    // Jordan's support ended by 2000, before Iraq backed Iran (2014): that chain never held.
    #expect(distant.subtracting(["jordan"]).isSubset(of: Set(wide.chains.map(\.supporter))))
    #expect(!wide.chains.contains { $0.supporter == "jordan" })
    #expect(wide.chains.filter { distant.contains($0.supporter) }.allSatisfy { $0.attribution == .inferred && $0.rule == .anyForm })
    let standard = SupportQuery().run(d, actor: kh, direction: .supporters)
    #expect(standard.beyondRules["any-form"] == wide.chains.count - standard.chains.count)
    // Longer chains are never surer: United States → Iraq → Iran → PMF ∋ KH is very low.
    let us = try #require(wide.chains.first { $0.supporter == "united-states" })
    #expect(us.hops.count == 4 && us.confidence == .veryLow)
  }
}

import TestSupport
import Testing

@testable import ActorGraph

/// The seed dataset's key facts, checked through the library.
@Suite struct SeedDatasetTests {
  static let seed: LoadResult = DatasetLoader.load(repositoryRoot + "/graphs/iraq-2026")
  var data: Dataset { Self.seed.dataset }

  func id(_ name: String) throws -> Int32 { try ActorLookup(data).find(name, in: data) }

  @Test func loadsWithoutErrorsOrWarnings() {
    #expect(Self.seed.diagnostics.isEmpty, "\(Self.seed.diagnostics)")
    #expect(data.actors.count >= 50)
    #expect(data.relations.count >= 120)
  }

  @Test func seedSpellingsResolve() throws {
    #expect(data.actor(try id("IGRC")).id == "irgc")
    #expect(data.actor(try id("Islamic Resistance of Iraq")).id == "islamic-resistance-in-iraq")
    #expect(data.actor(try id("Qassem Soleimani")).id == data.actor(try id("Qasem Soleimani")).id)
    #expect(data.actor(try id("ISIL")).id == "islamic-state")
    #expect(data.actor(try id("Camp Victoria")).id == "victoria-base")
    #expect(data.actor(try id("Asaib Ahl al\u{2011}Haq")).id == "asaib-ahl-al-haq")
    #expect(data.actor(try id("Hezbollah")).id != data.actor(try id("Kataib Hezbollah")).id)
  }

  @Test func kataibHezbollahHasNoDirectSupporterButIranBacksItThroughThePMF() throws {
    let kh = try id("kataib-hezbollah")
    let r = SupportQuery().run(data, actor: kh, direction: .supporters)
    #expect(!r.chains.contains { $0.hops.count == 1 }, "the seeds name no direct supporter")
    let viaPMF = try #require(r.chains.first { $0.supporter == "iran" })
    #expect(viaPMF.hops.map(\.type) == [.support, .membership])
    #expect(viaPMF.hops.last?.to == "pmf")
    #expect(r.related.contains { $0.type == .alignment && $0.source == "kataib-hezbollah" && $0.target == "iran" })
  }

  @Test func supportChainsAreDirectedNotUndirectedPaths() throws {
    // The U.S. attacked Kataib Imam Ali, a PMF member; that is no support chain.
    let kia = try id("kataib-imam-ali")
    let r = SupportQuery(transitive: true).run(data, actor: kia, direction: .supporters)
    #expect(!r.chains.contains { $0.hops.contains { $0.type == .attack } })
    #expect(r.chains.contains { $0.supporter == "iran" && $0.hops.count == 1 }, "Iran backs it directly (D3: 'Iran-backed')")
  }

  @Test func komalaBlamedIranWhichDidNotComment() throws {
    let komala = try id("komala")
    let iran = try id("iran")
    let attacks = data.relations.filter { $0.type == .attack && $0.target == komala }
    let drone = try #require(attacks.first)
    #expect(attacks.count == 1)
    #expect(drone.source == iran)
    #expect(drone.attribution == .blamed)
    #expect(drone.details?.response == .noComment)
    #expect(drone.details?.killed == 1)
  }

  @Test func attacksOnUSFacilitiesInIraqSplitByAttribution() throws {
    let us = try id("united-states")
    let all = AttackReport(data, query: .init(on: us, place: "iraq"))
    let events = all.pairs.flatMap(\.relations)
    #expect(events.contains { $0.id == "e26" && $0.attribution == .claimed }, "IRGC's Harir strike is claimed")
    #expect(events.contains { $0.id == "e27" && $0.attribution == .suspected }, "the support-centre drones are only suspected")
    var onlySuspected = RelationFilter()
    onlySuspected.attributions = [.suspected, .unattributed]
    let uncertain = AttackReport(data, query: .init(on: us, place: "iraq", filter: onlySuspected)).pairs.flatMap(\.relations)
    #expect(uncertain.contains { $0.id == "e27" })
    #expect(uncertain.contains { $0.id == "e24" }, "the Victoria Base drone is unattributed")
    #expect(!uncertain.contains { $0.attribution == .claimed || $0.attribution == .confirmed })
    var claimed = RelationFilter()
    claimed.minAttribution = .claimed
    let sure = AttackReport(data, query: .init(on: us, place: "iraq", filter: claimed)).pairs.flatMap(\.relations)
    #expect(sure.contains { $0.id == "e26" } && !sure.contains { $0.id == "e27" })
  }

  @Test func actorsThatAttackedSitesInErbil() throws {
    let report = AttackReport(data, query: .init(place: "erbil"))
    let attackers = Set(report.pairs.map(\.attacker))
    #expect(attackers.contains("irgc"))
    #expect(attackers.contains("iran"))
    #expect(attackers.contains("unidentified-attacker"), "the consulate drone is unattributed")
    #expect(report.pairs.contains { $0.target == "us-consulate-erbil" })
  }

  @Test func iranIraqAreFoesIn1985AndAlliesIn2015() throws {
    let iran = try id("iran"), iraq = try id("iraq")
    func types(asOf year: String) -> Set<RelationType> {
      let f = RelationFilter(asOf: FuzzyDate(parsing: year))
      return Set(
        data.relations.filter {
          f.accepts($0) && !$0.type.isEvent && Set([$0.source, $0.target]) == Set([iran, iraq]) && ($0.since != nil || $0.until != nil)
        }.map(\.type))
    }
    #expect(types(asOf: "1985") == [.hostility])
    #expect(types(asOf: "2015").contains(.alliance))
    #expect(!types(asOf: "2015").contains(.hostility))
    let diff = SnapshotDiff(data, from: FuzzyDate(parsing: "1985")!, to: FuzzyDate(parsing: "2015")!)
    #expect(diff.groups.first { $0.type == .alliance }?.appeared.contains { $0.id == "r44" } == true)
    #expect(diff.groups.first { $0.type == .hostility }?.ended.contains { $0.id == "r76" } == true)
  }

  @Test func everySupportChainHopHasSources() throws {
    let kh = try id("kataib-hezbollah")
    let chain = try #require(SupportQuery().run(data, actor: kh, direction: .supporters).chains.first)
    let path = [chain.hops[0].from, chain.hops[0].to, chain.hops[1].from].map { data.index(of: $0)! }
    let ev = Evidence(data, path: path)
    #expect(ev.hops.count == 2)
    for hop in ev.hops {
      #expect(!hop.items.isEmpty)
      for item in hop.items { #expect(!item.citations.isEmpty && item.citations.allSatisfy { $0.outlet != nil || $0.title != nil }) }
    }
  }

  @Test func everySourceIsCitedAndEveryRelationCitesOne() {
    let usage = SourceUsage.all(data)
    #expect(usage.allSatisfy { $0.relations + $0.actors > 0 })
    #expect(data.relations.allSatisfy { !$0.sources.isEmpty })
  }

  @Test func timelineIsChronologicalWithUndatedLast() throws {
    let t = Timeline(data, actor: try id("iran"), other: try id("iraq"))
    let starts = t.entries.map(\.start)
    let dated = starts.prefix { $0 != nil }.compactMap { $0 }
    #expect(dated.first?.description.hasPrefix("1980") == true)
    let days = dated.map(\.start)
    #expect(days == days.sorted(), "dated entries are in order: \(dated)")
    #expect(starts.drop { $0 != nil }.allSatisfy { $0 == nil })
  }
}

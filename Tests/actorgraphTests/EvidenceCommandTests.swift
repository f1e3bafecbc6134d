import Foundation
import Testing

/// Time, attribution and evidence commands, end to end on the seed dataset.
@Suite struct EvidenceCommandTests {
  @Test func attacksNarrowToClaimed() throws {
    let all = try #require(try CLI.json(["attacks", "--on", "United States", "--in", "Iraq", "--format", "json"]) as? [String: Any])
    let pairs = try #require(all["pairs"] as? [[String: Any]])
    #expect(pairs.contains { $0["attacker"] as? String == "islamic-resistance-in-iraq" && $0["strongest"] as? String == "suspected" })
    let claimed = try #require(
      try CLI.json(["attacks", "--on", "United States", "--in", "Iraq", "--min-attribution", "claimed", "--format", "json"])
        as? [String: Any])
    let cp = try #require(claimed["pairs"] as? [[String: Any]])
    #expect(cp.contains { $0["attacker"] as? String == "irgc" && $0["target"] as? String == "harir-air-base" })
    #expect(cp.allSatisfy { ["claimed", "confirmed"].contains($0["strongest"] as? String ?? "") })
    #expect(cp.count < pairs.count)
  }

  @Test func attacksInAPlaceFollowAliasesAndTheLocatedInTree() throws {
    let r = try #require(try CLI.json(["attacks", "--in", "Kurdistan", "--window", "2026..2026", "--format", "json"]) as? [String: Any])
    let ids = try #require(r["pairs"] as? [[String: Any]]).flatMap {
      ($0["relations"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
    }
    // e21's place reads "Iraqi Kurdistan region"; e26 hit Harir Air Base, located in the region.
    #expect(ids.contains("e21") && ids.contains("e26") && ids.contains("e28"), "\(ids)")
    let on = try #require(try CLI.json(["attacks", "--on", "kurdistan-region", "--format", "json"]) as? [String: Any])
    let targets = try #require(on["pairs"] as? [[String: Any]]).compactMap { $0["target"] as? String }
    #expect(targets.contains("us-consulate-erbil") && targets.contains("erbil"), "\(targets)")
    let exact = try #require(try CLI.json(["attacks", "--on", "kurdistan-region", "--exact", "--format", "json"]) as? [String: Any])
    #expect(try #require(exact["pairs"] as? [[String: Any]]).allSatisfy { $0["target"] as? String == "kurdistan-region" })
    // Words that name no place still match the place text, and stderr says how they were read.
    let words = try CLI.run(["attacks", "--in", "Dibis district", "--format", "csv", "--data", "graphs/iraq-2026"])
    #expect(words.status == 0 && words.stdout.contains("e25"))
    #expect(words.stderr.contains("'Dibis district' names no place"))
  }

  @Test func attacksBetweenDatesAndByWeapon() throws {
    let r = try #require(try CLI.json(["attacks", "--weapon", "missile", "--window", "2020..2020", "--format", "json"]) as? [String: Any])
    let pairs = try #require(r["pairs"] as? [[String: Any]])
    #expect(pairs.count == 1)
    #expect(pairs.first?["target"] as? String == "ain-al-asad")
    // A window keeps events whose date may fall in it: the week-of-report range overlaps March 4.
    let drones = try #require(
      try CLI.json(["attacks", "--weapon", "drone", "--window", "2026-03-04", "--format", "json"]) as? [String: Any])
    let dp = try #require(drones["pairs"] as? [[String: Any]])
    #expect(dp.contains { $0["target"] as? String == "victoria-base" })
    #expect(!dp.contains { $0["first"] as? String == "2020" })
    // --between is gone; the error says what to type instead.
    let bad = try CLI.run(["attacks", "--between", "2024", "2026"])
    #expect(bad.status != 0 && bad.stderr.contains("--window 2024..2026"))
  }

  @Test func whyCitesSources() throws {
    let o = try CLI.run(["why", "iran", "pmf"])
    #expect(o.status == 0)
    #expect(o.stdout.contains("iran supports pmf"))
    #expect(o.stdout.contains("d4:L32"))
    let j = try #require(try CLI.json(["why", "iran", "pmf", "--types", "support", "--format", "json"]) as? [String: Any])
    let hop = try #require((j["hops"] as? [[String: Any]])?.first)
    let items = try #require(hop["items"] as? [[String: Any]])
    #expect(items.count == 1)
    let citation = try #require((items[0]["citations"] as? [[String: Any]])?.first)
    #expect(citation["id"] as? String == "d4")
    #expect(citation["title"] as? String != nil)
  }

  @Test func diffShowsFoesBecomingAllies() throws {
    let d = try #require(try CLI.json(["diff", "--from", "1985", "--to", "2015", "--format", "json"]) as? [String: Any])
    let groups = try #require(d["groups"] as? [[String: Any]])
    let alliance = groups.first { $0["type"] as? String == "alliance" }
    #expect((alliance?["appeared"] as? [[String: Any]])?.contains { $0["id"] as? String == "r44" } == true)
    let hostility = groups.first { $0["type"] as? String == "hostility" }
    #expect((hostility?["ended"] as? [[String: Any]])?.contains { $0["id"] as? String == "r76" } == true)
    let backwards = try CLI.run(["diff", "--from", "2015", "--to", "1985"])
    #expect(backwards.status != 0)
  }

  @Test func asOfChangesTheAnswer() throws {
    let in1985 = try #require(try CLI.json(["timeline", "iran", "iraq", "--as-of", "1985", "--format", "json"]) as? [String: Any])
    let ids1985 = ((in1985["entries"] as? [[String: Any]]) ?? []).compactMap { ($0["relation"] as? [String: Any])?["id"] as? String }
    #expect(ids1985.contains("r76") && !ids1985.contains("r44"))
    let window = try #require(try CLI.json(["timeline", "iran", "iraq", "--window", "2003..2017", "--format", "json"]) as? [String: Any])
    let idsW = ((window["entries"] as? [[String: Any]]) ?? []).compactMap { ($0["relation"] as? [String: Any])?["id"] as? String }
    #expect(idsW.contains("r44") && idsW.contains("r77") && !idsW.contains("r76"))
    let bad = try CLI.run(["timeline", "iran", "--as-of", "yesterday"])
    #expect(bad.status != 0 && bad.stderr.contains("--as-of"))
  }

  @Test func onlyActualLeavesOutPlannedAndPotential() throws {
    func ids(_ extra: [String]) throws -> Set<String> {
      let r = try #require(try CLI.json(["timeline", "khabat-organisation", "--format", "json"] + extra) as? [String: Any])
      return Set(((r["entries"] as? [[String: Any]]) ?? []).compactMap { ($0["relation"] as? [String: Any])?["id"] as? String })
    }
    let all = try ids([])
    let actual = try ids(["--only-actual"])
    #expect(all.contains("e30-khabat"), "the potential campaign is listed by default")
    #expect(!actual.contains("e30-khabat"))
    #expect(actual.isSubset(of: all) && actual.count < all.count)
  }

  @Test func sourcesListCounts() throws {
    let rows = try #require(try CLI.json(["sources", "--format", "json"]) as? [[String: Any]])
    #expect(rows.contains { $0["id"] as? String == "d3" && ($0["relations"] as? Int ?? 0) > 10 })
    #expect(rows.allSatisfy { ($0["relations"] as? Int ?? 0) + ($0["actors"] as? Int ?? 0) > 0 })
  }
}

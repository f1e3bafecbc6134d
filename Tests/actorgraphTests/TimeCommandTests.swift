import Foundation
import Testing

/// The time rule on the seed data, through the CLI: what each command holds as of a date.
@Suite struct TimeCommandTests {
  func json(_ args: [String]) throws -> [String: Any] {
    try #require(try CLI.json(args + ["--format", "json"]) as? [String: Any])
  }

  @Test func asOf1985NobodySupportsAGroupFoundedLater() throws {
    for group in ["islamic-resistance-in-iraq", "pmf", "kataib-imam-ali", "islamic-state"] {
      let r = try json(["who-supports", group, "--as-of", "1985", "--transitive"])
      #expect((r["chains"] as? [Any])?.isEmpty == true, "\(group) had supporters in 1985")
    }
    // The same query in the data's present finds Iran.
    let now = try json(["who-supports", "pmf"])
    let chains = try #require(now["chains"] as? [[String: Any]])
    #expect(chains.contains { $0["supporter"] as? String == "iran" })
    #expect(now["existence"] == nil, "nothing to explain in the present")
  }

  @Test func anEmptyAnswerBeforeAnActorExistedSaysWhyAndOnWhatGrounds() throws {
    // The PMF's record has it founded in 2014: the empty answer of 2010 is explained by that.
    let pmf = try json(["who-supports", "pmf", "--as-of", "2010"])
    let existence = try #require(pmf["existence"] as? [String: Any])
    #expect(existence["standing"] as? String == "not-yet-founded" && existence["founded"] as? String == "2014")
    let table = try CLI.run(["who-supports", "pmf", "--as-of", "2010", "--wide"])
    #expect(table.stdout.contains("Note: The data has Popular Mobilization Forces (pmf) founded in 2014 (its record cites d3, d4)"))
    // The Islamic Resistance in Iraq has no founding in the data: before its first record, the
    // answer says the data is silent, not that the group did not exist.
    let iri = try CLI.run(["show", "islamic-resistance-in-iraq", "--as-of", "1985", "--wide"])
    #expect(iri.stdout.contains("places nothing of it before") && iri.stdout.contains("which is not evidence that it did not exist"))
    // Every empty answer about the actor says the same on standard error.
    for args in [
      ["path", "iran", "pmf"], ["common", "pmf", "iran"], ["why", "iran", "pmf", "--chain"], ["neighbors", "pmf"], ["timeline", "pmf"],
      ["attacks", "--by", "pmf"],
    ] {
      let o = try CLI.run(args + ["--as-of", "2010"])
      #expect(o.status == 0 && o.stderr.contains("note: The data has Popular Mobilization Forces (pmf) founded in 2014"), "\(args)")
      #expect(try !CLI.run(args + ["--as-of", "2020"]).stderr.contains("note:"), "\(args): nothing to explain once it exists")
    }
    let shown = try json(["show", "pmf"])
    #expect(shown["founded"] as? String == "2014" && shown["existence"] == nil)
  }

  @Test func the2026AttacksOnIranAreIn2026AndNotAsOf2019() throws {
    func ids(_ r: [String: Any]) -> Set<String> {
      Set(
        ((r["pairs"] as? [[String: Any]]) ?? []).flatMap { ($0["relations"] as? [[String: Any]]) ?? [] }.compactMap { $0["id"] as? String })
    }
    let in2026 = try json(["attacks", "--on", "iran", "--window", "2026..2026"])
    #expect(ids(in2026).isSuperset(of: ["e15-us", "e15-israel"]))
    let asOf2019 = try json(["attacks", "--on", "iran", "--as-of", "2019"])
    #expect(ids(asOf2019).isDisjoint(with: ["e15-us", "e15-israel", "e30", "e30-khabat"]))
    // Undated attacks are listed apart, not dropped.
    let undated = ((asOf2019["undated"] as? [[String: Any]]) ?? []).compactMap { $0["id"] as? String }
    #expect(undated.contains("e16"))
    // A derived date says so.
    let e15 = ((in2026["pairs"] as? [[String: Any]]) ?? []).flatMap { ($0["relations"] as? [[String: Any]]) ?? [] }
      .first { $0["id"] as? String == "e15-us" }
    #expect(e15?["date"] as? String == "2026-01-01..2026-03-15")
    #expect((e15?["derivedFrom"] as? String)?.hasSuffix(", d3") == true)
  }

  @Test func theOldWarDoesNotMakeIranAndIraqEnemiesIn2026() throws {
    let r = try json(["balance", "--as-of", "2026", "--types", "alliance,hostility,attack"])
    let ambivalent = try #require(r["ambivalent"] as? [[String: Any]])
    let old: Set<String> = ["r76", "r77", "e01-iran", "e01-iraq"]
    for pair in ambivalent {
      let rels = Set((pair["relations"] as? [String]) ?? [])
      #expect(rels.isDisjoint(with: old), "\(pair)")
    }
    // In 1985 the war is what makes them enemies.
    let war = try json(["balance", "--as-of", "1985", "--types", "alliance,hostility,attack"])
    #expect((war["negativePairs"] as? Int ?? 0) >= 1)
    #expect((war["ambivalent"] as? [Any])?.isEmpty == true)
  }

  @Test func diffFrom2020To2026ListsTheWar() throws {
    let r = try json(["diff", "--from", "2020", "--to", "2026"])
    let events = Set(((r["events"] as? [[String: Any]]) ?? []).compactMap { $0["id"] as? String })
    #expect(events.isSuperset(of: ["e15-us", "e15-israel", "e17", "e24", "e25", "e26", "e27", "e28", "e29"]))
    #expect(!events.contains("e01-iran") && !events.contains("e06"))
    let undated = Set(((r["undated"] as? [[String: Any]]) ?? []).compactMap { $0["id"] as? String })
    #expect(undated.contains("e09") && undated.isDisjoint(with: events))
  }

  @Test func whoSupportsSaysWhenEachSupportHeld() throws {
    let text = try CLI.run(["who-supports", "iraq", "--whole-record"])
    #expect(text.status == 0)
    #expect(text.stdout.contains("held"))
    let r = try json(["who-supports", "iraq", "--whole-record"])
    let chains = try #require(r["chains"] as? [[String: Any]])
    let jordan = try #require(chains.first { $0["supporter"] as? String == "jordan" })
    #expect(jordan["held"] as? String == "..2000")
    let iran = try #require(chains.first { $0["supporter"] as? String == "iran" })
    #expect((iran["held"] as? String)?.hasPrefix("2014..") == true)
    // In the present, Jordan's Gulf War support is over.
    let now = try json(["who-supports", "iraq"])
    #expect(!((now["chains"] as? [[String: Any]]) ?? []).contains { $0["supporter"] as? String == "jordan" })
  }

  /// The one rule holds for every snapshot command: nothing dated after the snapshot shows up.
  @Test(arguments: [
    ["show", "iran", "--as-of", "2000"],
    ["neighbors", "iran", "--as-of", "2000"],
    ["centrality", "--measure", "degree", "--as-of", "2000", "--drop-isolates"],
    ["path", "iran", "iraq", "--as-of", "2000"],
    ["components", "--as-of", "2000", "--drop-isolates"],
    ["common", "iran", "iraq", "--as-of", "2000"],
    ["who-supports", "iraq", "--as-of", "2000"],
    ["balance", "--as-of", "2000"],
  ])
  func snapshotCommandsHoldNothingLater(args: [String]) throws {
    let o = try CLI.run(args + ["--format", "json"])
    #expect(o.status == 0, "\(o.stderr)")
    for later in ["pmf", "islamic-resistance-in-iraq", "kataib-imam-ali", "e15-us", "r44"] {
      #expect(!o.stdout.contains("\"\(later)\""), "\(args.first!) as of 2000 mentions \(later)")
    }
  }

  @Test func betweenIsGoneWithAHint() throws {
    let o = try CLI.run(["attacks", "--between", "2024", "2026"])
    #expect(o.status != 0 && o.stderr.contains("--window 2024..2026"))
  }

  @Test func renderAsOfLeavesOutLaterRelations() throws {
    let dir = try CLI.temp([:])
    let out = dir + "/g.dot"
    let o = try CLI.run(["render", "--as-of", "2000", "-o", out])
    #expect(o.status == 0, "\(o.stderr)")
    let dot = try String(contentsOfFile: out, encoding: .utf8)
    #expect(!dot.contains("Popular Mobilization Forces") && dot.contains("as of 2000"))
  }
}

import Foundation
import Testing

/// Paths, neighbourhoods, components and centrality through the binary, on the seed dataset.
@Suite struct AnalyticsCommandTests {
  @Test func pathFollowsDirectionAndShowsHops() throws {
    let none = try CLI.run(["path", "iran", "kataib-hezbollah", "--types", "support,membership", "--format", "json"])
    #expect(none.status == 0)
    #expect(none.stderr.contains("no path"))
    let empty = try #require(try JSONSerialization.jsonObject(with: Data(none.stdout.utf8)) as? [String: Any])
    #expect((empty["paths"] as? [Any])?.isEmpty == true)

    let r = try #require(
      try CLI.json(["path", "iran", "kataib-hezbollah", "--types", "support,membership", "--undirected", "--format", "json"])
        as? [String: Any])
    let paths = try #require(r["paths"] as? [[String: Any]])
    let hops = try #require(paths.first?["hops"] as? [[String: Any]])
    #expect(paths.first?["length"] as? Int == 2)
    #expect(hops.map { $0["to"] as? String } == ["pmf", "kataib-hezbollah"])
    #expect(hops.first?["type"] as? String == "support" && hops.first?["relation"] as? String == "r50s")
  }

  @Test func kShortestPathsAreNondecreasingAndAvoidWorks() throws {
    let r = try #require(try CLI.json(["path", "united-states", "iran", "--undirected", "--k", "4", "--format", "json"]) as? [String: Any])
    let lengths = ((r["paths"] as? [[String: Any]]) ?? []).compactMap { $0["length"] as? Int }
    #expect(lengths.count == 4)
    #expect(lengths == lengths.sorted())
    let avoided = try #require(
      try CLI.json(["path", "united-states", "iran", "--undirected", "--avoid", "iraq", "--all", "--format", "json"]) as? [String: Any])
    for p in (avoided["paths"] as? [[String: Any]]) ?? [] {
      let hops = (p["hops"] as? [[String: Any]]) ?? []
      #expect(!hops.contains { $0["to"] as? String == "iraq" || $0["from"] as? String == "iraq" })
    }
  }

  @Test func neighborsWithinDepth() throws {
    let r = try #require(
      try CLI.json(["neighbors", "pmf", "--depth", "1", "--direction", "in", "--types", "membership", "--format", "json"]) as? [String: Any]
    )
    let members = try #require(r["members"] as? [[String: Any]])
    let ids = Set(members.compactMap { $0["id"] as? String })
    #expect(ids.isSuperset(of: ["pmf", "kataib-hezbollah", "asaib-ahl-al-haq", "kataib-imam-ali"]))
    #expect(members.allSatisfy { ($0["distance"] as? Int ?? 9) <= 1 })
  }

  @Test func componentsLargestFirst() throws {
    let r = try #require(try CLI.json(["components", "--types", "support", "--format", "json"]) as? [String: Any])
    let weak = try #require(r["weak"] as? [[String]])
    #expect(weak.map(\.count) == weak.map(\.count).sorted(by: >))
    #expect(weak.first?.contains("iran") == true)
    let strong = try #require(r["strong"] as? [[String]])
    #expect(strong.contains { Set($0) == ["iran", "iraq"] }, "Iran and Iraq support each other against IS")
  }

  @Test func centralityJSONIsSortedAndShaped() throws {
    let r = try #require(try CLI.json(["centrality", "--measure", "betweenness", "--format", "json"]) as? [String: Any])
    #expect(r["measure"] as? String == "betweenness")
    #expect(r["directed"] as? Bool == true && r["normalized"] as? Bool == true)
    let scores = try #require(r["scores"] as? [[String: Any]])
    let values = scores.compactMap { $0["score"] as? Double }
    #expect(values == values.sorted(by: >))
    #expect(scores.first?["id"] as? String == "iran")
    let top = try #require(try CLI.json(["centrality", "--measure", "pagerank", "--top", "3", "--format", "json"]) as? [String: Any])
    #expect((top["scores"] as? [Any])?.count == 3)
    let bad = try CLI.run(["centrality", "--measure", "fame"])
    #expect(bad.status != 0)
  }

  @Test func commonAlliesAndEnemies() throws {
    // Both fought the Islamic State in 2014–2017; it is no common enemy in the data's present.
    let r = try #require(try CLI.json(["common", "iran", "iraq", "--as-of", "2016", "--format", "json"]) as? [String: Any])
    #expect((r["enemies"] as? [String])?.contains("islamic-state") == true)
  }

  @Test func whyChainCitesEveryHop() throws {
    let r = try #require(try CLI.json(["why", "iran", "kataib-hezbollah", "--chain", "--format", "json"]) as? [String: Any])
    let hops = try #require(r["hops"] as? [[String: Any]])
    #expect(hops.count == 2)
    for h in hops {
      let items = try #require(h["items"] as? [[String: Any]])
      #expect(!items.isEmpty)
      #expect(items.allSatisfy { !(($0["citations"] as? [Any]) ?? []).isEmpty })
    }
  }

  @Test func badTypesAreUsageErrors() throws {
    let o = try CLI.run(["centrality", "--measure", "degree", "--types", "suport"])
    #expect(o.status != 0)
    #expect(o.stderr.contains("did you mean 'support'"))
  }
}

/// The `balance` command on the seed dataset.
@Suite struct BalanceCommandTests {
  @Test func headerCountsEveryTriadAndListsRelations() throws {
    let r = try CLI.run(["balance", "--as-of", "2026"])
    #expect(r.status == 0)
    let json = try #require(try CLI.json(["balance", "--as-of", "2026", "--format", "json"]) as? [String: Any])
    let triads = try #require(json["triads"] as? [String: Int])
    let total = try #require(triads["total"])
    #expect(total == triads["balanced"]! + triads["unbalanced"]! + triads["ambivalent"]!)
    #expect(r.stdout.contains("\(total) triads: \(triads["balanced"]!) balanced"))
    // The Iran–Iraq–United States triad has ambivalent sides, and its relations are listed.
    #expect(r.stdout.contains("iran, iraq, united-states"))
    #expect(r.stdout.contains("r62 alliance +"))
    let camps = try #require(json["camps"] as? [String: Any])
    #expect(camps["exact"] as? Bool == true)
    #expect(r.stdout.contains("Frustration index (two camps): \(camps["frustration"] as! Int) (optimal)"))
  }

  @Test func unsignedTypesAreRefusedNamingThem() throws {
    let r = try CLI.run(["balance", "--types", "alliance,membership,influence"])
    #expect(r.status == 2)
    #expect(r.stderr.contains("influence, membership carry no sign"))
  }

  @Test func partOfChangesTheAnswerWhenAsked() throws {
    let plain = try CLI.run(["balance", "--format", "json"])
    let asked = try CLI.run(["balance", "--types", "alliance,hostility,part-of,presence", "--format", "json"])
    #expect(plain.status == 0 && asked.status == 0)
    #expect(plain.stdout != asked.stdout)
    #expect(asked.stdout.contains("\"type\" : \"part-of\""))
  }

  @Test func outputIsByteIdenticalAcrossRuns() throws {
    let a = try CLI.run(["balance", "--types", "alliance,hostility,support,attack", "--format", "json"])
    let b = try CLI.run(["balance", "--types", "alliance,hostility,support,attack", "--format", "json"])
    #expect(a.status == 0 && a.stdout == b.stdout)
  }
}

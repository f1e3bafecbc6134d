import Foundation
import Testing

/// The first queries, end to end through the binary, on the seed dataset.
@Suite struct QueryCommandTests {
  @Test func whoSupportsKataibHezbollahShowsUmbrellaSupportAndAlignment() throws {
    let r = try #require(try CLI.json(["who-supports", "Kataib Hezbollah", "--format", "json"]) as? [String: Any])
    #expect(r["actor"] as? String == "kataib-hezbollah")
    let chains = try #require(r["chains"] as? [[String: Any]])
    // No direct supporter in the seeds: every chain runs through an umbrella group.
    #expect(chains.allSatisfy { ($0["hops"] as? [Any])?.count ?? 0 >= 2 })
    let viaPMF = chains.first { c in
      c["supporter"] as? String == "iran"
        && (c["hops"] as? [[String: Any]])?.contains { $0["type"] as? String == "membership" && $0["to"] as? String == "pmf" } == true
    }
    #expect(viaPMF != nil, "Iran backs Kataib Hezbollah through its support to the PMF")
    let related = try #require(r["related"] as? [[String: Any]])
    #expect(related.contains { $0["type"] as? String == "alignment" && $0["target"] as? String == "iran" })
  }

  @Test func namesResolveByAliasTypoAndScript() throws {
    for name in ["IGRC", "irgc", "Iran's Revolutionary Guard Corps"] {
      let p = try #require(try CLI.json(["show", name, "--format", "json"]) as? [String: Any])
      #expect(p["id"] as? String == "irgc", "\(name)")
    }
    let pmf = try #require(try CLI.json(["show", "Hashd al-Shaabi", "--format", "json"]) as? [String: Any])
    #expect(pmf["id"] as? String == "pmf")
  }

  @Test func unknownActorGetsASuggestion() throws {
    let o = try CLI.run(["show", "Kataib Hezbolah"])
    #expect(o.status != 0)
    #expect(o.stderr.contains("did you mean 'kataib-hezbollah'"))
  }

  @Test func actorsFilterByKind() throws {
    let rows = try #require(try CLI.json(["actors", "--kind", "umbrella-group", "--format", "json"]) as? [[String: Any]])
    let ids = rows.compactMap { $0["id"] as? String }
    #expect(ids.contains("pmf") && ids.contains("islamic-resistance-in-iraq"))
    #expect(rows.allSatisfy { $0["kind"] as? String == "umbrella-group" })
    #expect(ids == ids.sorted())
  }

  @Test func komalaDroneWasBlamedOnIranWhichDidNotComment() throws {
    let p = try #require(try CLI.json(["show", "komala", "--format", "json", "--types", "attack"]) as? [String: Any])
    let incoming = try #require(p["incoming"] as? [[String: Any]])
    let attacks = incoming.first { $0["type"] as? String == "attack" }?["relations"] as? [[String: Any]] ?? []
    let drone = try #require(attacks.first { $0["source"] as? String == "iran" })
    #expect(drone["attribution"] as? String == "blamed")
    #expect(drone["response"] as? String == "no-comment")
    #expect(drone["killed"] as? Int == 1)
  }

  @Test func backedByIranReachesPMFMembers() throws {
    let r = try #require(try CLI.json(["backed-by", "iran", "--format", "json"]) as? [String: Any])
    let chains = try #require(r["chains"] as? [[String: Any]])
    let clients = Set(chains.compactMap { $0["supported"] as? String })
    #expect(clients.contains("pmf"))
    #expect(clients.contains("kataib-hezbollah"))
    #expect(clients.contains("hezbollah"))
  }

  @Test func csvOutputQuotesFieldsWithLineBreaks() throws {
    // A name is one line (the validator refuses a line break in it), so the country carries one.
    let dir = try CLI.temp([
      "nodes.csv": "id,name,country\r\na,Alpha,\"North\r\nIraq\"\r\nb,Beta,\r\n", "edges.csv": "source,target,type\r\na,b,support\r\n",
    ])
    let o = try CLI.run(["actors", "--data", dir, "--format", "csv"])
    #expect(o.status == 0, "\(o.stderr)")
    #expect(o.stdout.contains(",\"North\r\nIraq\","), "a CRLF inside a value is quoted")
    let named = try CLI.temp(["nodes.csv": "id,name\r\na,\"Alpha\r\nInc\"\r\n", "edges.csv": "source,target,type\r\n"])
    let refused = try CLI.run(["actors", "--data", named])
    #expect(refused.status != 0)
    #expect(refused.stderr.contains("nodes.csv:2:3: error: name contains the control character U+000D"))
  }

  @Test func tableAndCSVFormats() throws {
    let t = try CLI.run(["who-supports", "kataib-hezbollah"])
    #expect(t.status == 0)
    #expect(t.stdout.contains("iran —support→ pmf ←membership— kataib-hezbollah"))
    #expect(t.stdout.contains("(not shown: 5 through intermediaries whatever the form"), "longer chains are announced, not hidden")
    let wide = try CLI.run(["who-supports", "kataib-hezbollah", "--any-form"])
    #expect(wide.stdout.contains("Indirect (inferred"))
    #expect(wide.stdout.contains("russia —support→ iran —support→ pmf ←membership— kataib-hezbollah"))
    let c = try CLI.run(["actors", "--format", "csv", "--kind", "state"])
    #expect(c.stdout.hasPrefix("id,name,kind,subkind,country,aliases,member_of\n"))
    #expect(c.stdout.contains("\niran,Iran,state,"))
  }
}

/// Statements read as statements, never as enmity, in every answer.
@Suite struct StatementCommandTests {
  @Test func undirectedPathPrintsTheCondemnationAsACondemnation() throws {
    let o = try CLI.run(["path", "irgc", "kurdistan-region", "--undirected", "--whole-record"])
    #expect(o.status == 0)
    #expect(!o.stdout.contains("hostile to"), "\(o.stdout)")
    #expect(o.stdout.contains("kurdistan-region condemned irgc"), "\(o.stdout)")
  }

  @Test func commonListsStatementsApartFromEnemies() throws {
    let o = try CLI.run(["common", "iran", "iraq", "--whole-record"])
    #expect(o.status == 0)
    let parts = o.stdout.components(separatedBy: "Statements (not enmity):")
    #expect(parts.count == 2, "\(o.stdout)")
    #expect(parts[1].contains("iraq protested to united-states"))
    #expect(!parts[0].contains("r90"), "a protest never stands behind an enemy")
  }
}

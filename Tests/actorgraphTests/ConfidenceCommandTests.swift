import Foundation
import Testing

/// Grades, confidence and source questions, end to end on the seed dataset.
@Suite struct ConfidenceCommandTests {
  @Test func sourcesShowGradesAndReliance() throws {
    let rows = try #require(try CLI.json(["sources", "--format", "json"]) as? [[String: Any]])
    let d0 = try #require(rows.first { $0["id"] as? String == "d0" })
    #expect(d0["reliability"] as? String == "D" && (d0["reliabilityReason"] as? String)?.isEmpty == false)
    let reuters = try #require(rows.first { $0["id"] as? String == "d0-reuters" })
    #expect(reuters["reliability"] as? String == "B" && reuters["effectiveReliability"] as? String == "D")
    #expect(reuters["relayedBy"] as? String == "d0")
    // D0's count includes what it relays; `only` is what would go without it.
    #expect((d0["relations"] as? Int ?? 0) > (d0["only"] as? Int ?? 0))
    let table = try CLI.run(["sources", "--wide"])
    #expect(table.status == 0 && table.stdout.contains("grade") && table.stdout.contains("relayed by"))
  }

  @Test func restsOnCountsOnTheSeed() throws {
    let bySource = try #require(try CLI.json(["rests-on", "d0,d4", "--format", "json"]) as? [String: Any])
    #expect(bySource["count"] as? Int == 69)
    let byGrade = try #require(try CLI.json(["rests-on", "--grades", "D-F", "--format", "json"]) as? [String: Any])
    #expect(byGrade["count"] as? Int == 71)
    let rels = try #require(byGrade["relations"] as? [[String: Any]])
    #expect(rels.allSatisfy { ["low", "very low", "moderate"].contains($0["confidence"] as? String ?? "") })
    let narrowed = try #require(try CLI.json(["rests-on", "--grades", "D-F", "--types", "support", "--format", "json"]) as? [String: Any])
    #expect((narrowed["count"] as? Int ?? 0) < 71)
    let bad = try CLI.run(["rests-on", "--grades", "X"])
    #expect(bad.status != 0 && bad.stderr.contains("grade"))
    let unknown = try CLI.run(["rests-on", "d9"])
    #expect(unknown.status != 0 && unknown.stderr.contains("unknown source 'd9'"))
  }

  @Test func minConfidenceAndSourceFlagsFilter() throws {
    let all = try #require(try CLI.json(["show", "iran", "--format", "json"]) as? [String: Any])
    let high = try #require(try CLI.json(["show", "iran", "--min-confidence", "high", "--format", "json"]) as? [String: Any])
    func relations(_ p: [String: Any]) -> [[String: Any]] {
      ((p["outgoing"] as? [[String: Any]] ?? []) + (p["incoming"] as? [[String: Any]] ?? [])).flatMap {
        $0["relations"] as? [[String: Any]] ?? []
      }
    }
    #expect(relations(high).count < relations(all).count)
    #expect(relations(high).allSatisfy { $0["confidence"] as? String == "high" })
    let noExplainers = try #require(
      try CLI.json(["show", "iran", "--exclude-sources", "d0,d4", "--format", "json"]) as? [String: Any])
    #expect(
      relations(noExplainers).allSatisfy { r in (r["sources"] as? [String] ?? []).allSatisfy { !$0.hasPrefix("d0") && !$0.hasPrefix("d4") }
      })
    #expect(relations(noExplainers).count < relations(all).count)
    let bad = try CLI.run(["show", "iran", "--min-confidence", "sure"])
    #expect(bad.status != 0 && bad.stderr.contains("--min-confidence"))
    let unknown = try CLI.run(["show", "iran", "--exclude-sources", "d5"])
    #expect(unknown.status != 0 && unknown.stderr.contains("unknown source 'd5'"))
  }

  @Test func confidenceIsPrintedBesideAttribution() throws {
    let show = try CLI.run(["show", "kataib-hezbollah"])
    #expect(show.stdout.contains("confirmed, high confidence"))
    let why = try CLI.run(["why", "iran", "iraq", "--types", "support"])
    #expect(why.stdout.contains("confirmed, low confidence"), "\(why.stdout)")
    #expect(why.stdout.contains("grade D"))
    // The attacks table gives attribution and confidence side by side, in their own columns.
    let attacks = try CLI.run(["attacks", "--on", "victoria-base"])
    let row = try #require(attacks.stdout.split(separator: "\n").first { $0.hasPrefix("  e24 ") })
    #expect(row.contains("unattributed, very low"), "\(attacks.stdout)")
    let path = try #require(try CLI.json(["path", "iran", "pmf", "--format", "json"]) as? [String: Any])
    let hop = try #require(((path["paths"] as? [[String: Any]])?.first?["hops"] as? [[String: Any]])?.first)
    #expect(hop["confidence"] as? String == "low")
  }
}

/// who-supports prints direct, umbrella and indirect groups, and never an inference as confirmed.
@Suite struct SupportGroupsCommandTests {
  @Test func threeGroupsAndNoConfirmedInference() throws {
    for args in [["kataib-hezbollah"], ["kataib-hezbollah", "--transitive"], ["kataib-hezbollah", "--any-form"]] {
      let o = try CLI.run(["who-supports"] + args)
      #expect(o.status == 0)
      let text = o.stdout
      let direct = try #require(text.range(of: "Direct (what the sources say):"))
      let umbrella = try #require(text.range(of: "Through its umbrella groups"))
      let indirect = try #require(text.range(of: "Indirect (inferred"))
      #expect(direct.lowerBound < umbrella.lowerBound && umbrella.lowerBound < indirect.lowerBound)
      // Chain rows after the direct section name `inferred`, never `confirmed`, as their attribution
      // (the row is the line above its chain).
      let inferredPart = text[umbrella.lowerBound...].components(separatedBy: "Related, but not support")[0]
      let lines = inferredPart.split(separator: "\n")
      for (row, chain) in zip(lines, lines.dropFirst()) where chain.contains("chain: ") {
        #expect(row.contains("inferred") && !row.contains(" confirmed "), "\(row)")
      }
      let distant = ["united-states", "jordan", "russia", "china", "pakistan"]
      if args.count < 2 || args[1] == "--transitive" {
        #expect(!distant.contains { text.contains("\($0) —support→") }, "\(args)")
        #expect(text.contains("5 through intermediaries whatever the form (--any-form"))
      } else {
        // Jordan's support (until 2000) never overlapped the rest of the chain.
        #expect(distant.filter { $0 != "jordan" }.allSatisfy { text.contains("\($0) —support→") })
      }
    }
    let json = try #require(try CLI.json(["who-supports", "kataib-hezbollah", "--transitive", "--format", "json"]) as? [String: Any])
    #expect(json["rules"] as? String == "same-form")
    let chains = try #require(json["chains"] as? [[String: Any]])
    #expect(chains.count == 1 && chains[0]["kind"] as? String == "umbrella" && chains[0]["attribution"] as? String == "inferred")
    #expect((json["beyondRules"] as? [String: Int])?["any-form"] == 5)
  }
}

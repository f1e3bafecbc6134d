import Foundation
import Testing

/// Tables that carry the facts and fit the terminal (issue #12, item 1).
@Suite struct TableOutputTests {
  static let seed = ["--data", "graphs/iraq-2026"]

  static func widest(_ text: String) -> Int { text.split(separator: "\n").map(\.count).max() ?? 0 }

  @Test(arguments: [
    ["attacks"], ["attacks", "--by", "iran"], ["show", "iran"], ["show", "erbil"], ["why", "iran", "iraq", "--whole-record"],
    ["who-supports", "kataib-hezbollah", "--transitive"], ["actors"], ["timeline", "iran", "iraq"], ["sources"],
  ])
  func tablesFitEightyColumnsByDefault(_ args: [String]) throws {
    let o = try CLI.run(args + Self.seed)
    #expect(o.status == 0, "\(o.stderr)")
    #expect(!o.stdout.isEmpty)
    #expect(Self.widest(o.stdout) <= 80, "\(args): a line of \(Self.widest(o.stdout)) columns")
  }

  /// Free text fits too: each line is wrapped under its indent, and `--wide` gives it back whole.
  @Test(arguments: [
    ["balance"], ["common", "united-states", "iran", "--whole-record"], ["path", "iran", "us-forces"], ["rests-on", "d0"],
    ["diff", "--from", "2003", "--to", "2026"],
  ])
  func freeTextFitsEightyColumnsAndWideKeepsLinesWhole(_ args: [String]) throws {
    let o = try CLI.run(args + Self.seed)
    #expect(o.status == 0, "\(o.stderr)")
    #expect(Self.widest(o.stdout) <= 80, "\(args): a line of \(Self.widest(o.stdout)) columns")
    let wide = try CLI.run(args + ["--wide"] + Self.seed)
    #expect(Self.widest(wide.stdout) > 80, "\(args): --wide prints lines whole")
    // Nothing is lost: joining the wrapped lines gives the wide text back, word for word.
    func words(_ t: String) -> [Substring] { t.split(whereSeparator: { $0 == " " || $0 == "\n" }) }
    #expect(words(o.stdout) == words(wide.stdout), "\(args): the same words")
  }

  @Test func columnsSetsTheWidthAndWidePrintsEverything() throws {
    let narrow = try CLI.run(["attacks"] + Self.seed, environment: ["COLUMNS": "60"])
    #expect(Self.widest(narrow.stdout) <= 60)
    let wide = try CLI.run(["attacks", "--wide"] + Self.seed, environment: ["COLUMNS": "60"])
    #expect(Self.widest(wide.stdout) > 80)
    // Nothing is lost: every outcome in the JSON answer is on one line of the wide table.
    let json = try CLI.json(["attacks", "--format", "json"] + Self.seed) as! [String: Any]
    let outcomes = (json["pairs"] as! [[String: Any]]).flatMap {
      ($0["relations"] as! [[String: Any]]).compactMap { $0["outcome"] as? String }
    }
    #expect(outcomes.count > 10)
    for o in outcomes { #expect(wide.stdout.contains("outcome: \(o)"), "\(o)") }
    let junk = try CLI.run(["attacks"] + Self.seed, environment: ["COLUMNS": "wide"])
    #expect(Self.widest(junk.stdout) <= 80, "COLUMNS that is not a number falls back to 80")
  }

  @Test func attacksTableCarriesCountsCasualtiesWeaponsAndOutcomes() throws {
    let o = try CLI.run(["attacks", "--by", "islamic-resistance-in-iraq,islamic-state"] + Self.seed)
    // --by takes one actor; a list is refused as an unknown actor, so ask one at a time.
    #expect(o.status == 2)
    let campaign = try CLI.run(["attacks", "--by", "islamic-resistance-in-iraq", "--wide"] + Self.seed).stdout
    #expect(campaign.contains("count ≥180"), "the pair's heading gives the lower bound")
    #expect(campaign.contains("≥180"))
    #expect(campaign.contains("campaign; weapon: drones and rockets (often)"))
    #expect(campaign.contains("outcome: More than 180 attacks on U.S. forces; casualties not given."))
    let claim = try CLI.run(["attacks", "--by", "islamic-state", "--wide"] + Self.seed).stdout
    #expect(claim.contains("≥94 killed, 284 injured"))
    let kia = try CLI.run(["attacks", "--on", "kataib-imam-ali", "--wide"] + Self.seed).stdout
    let row = try #require(kia.split(separator: "\n").first { $0.hasPrefix("  e25 ") })
    for cell in ["2026-03-03..2026-03-10", "blamed, low", "4", "12"] { #expect(row.contains(cell), "\(cell) in \(row)") }
    #expect(kia.contains("      strike; weapon: air attacks"))
    #expect(kia.contains("attributed by Kataib Imam Ali"))
  }

  @Test func anAttackNotCarriedOutIsListedApartAndCountedNowhere() throws {
    let json = try CLI.json(["attacks", "--on", "iran", "--format", "json"] + Self.seed) as! [String: Any]
    let pairs = json["pairs"] as! [[String: Any]]
    let ids = pairs.flatMap { ($0["relations"] as! [[String: Any]]).map { $0["id"] as! String } }
    #expect(!ids.contains("e30") && !ids.contains("e30-khabat"))
    #expect(!pairs.contains { $0["attacker"] as? String == "iranian-kurdish-groups" })
    let apart = (json["unrealised"] as! [[String: Any]]).map { $0["id"] as! String }
    #expect(apart.contains("e30"))
    let table = try CLI.run(["attacks", "--on", "iran", "--wide"] + Self.seed).stdout
    let section = try #require(table.range(of: "Not carried out"))
    let e30 = try #require(table.range(of: "  e30 "))
    #expect(e30.lowerBound > section.lowerBound, "e30 is under 'Not carried out', not among the attacks")
    #expect(table.contains("potential: claimed, high"))
    #expect(table.contains("outcome: Called \"highly likely\"; no operation reported."))
    // Only what happened: the intention is gone, and the empty answer says why.
    let onlyActual = try CLI.run(["attacks", "--by", "iranian-kurdish-groups", "--only-actual"] + Self.seed)
    #expect(onlyActual.status == 0 && onlyActual.stdout.isEmpty && onlyActual.stderr.contains("no attacks match"))
    let intentOnly = try CLI.run(["attacks", "--by", "iranian-kurdish-groups"] + Self.seed)
    #expect(intentOnly.stderr.contains("no attack that was carried out"))
    #expect(intentOnly.stdout.contains("Not carried out"))
  }

  @Test func competingAttributionsAreOneEventSideBySide() throws {
    let t = try CLI.run(["attacks", "--on", "erbil", "--exact", "--whole-record", "--wide"] + Self.seed).stdout
    #expect(t.contains("same event e10 as e10-irgc: irgc → erbil, attributed, low, attributed by Masrour Barzani"))
    #expect(t.contains("same event e10 as e10-iran: iran → erbil, attributed, low, attributed by officials (unnamed)"))
    #expect(t.contains("In all: 3 events (4 records; 1 event told by several records, counted once)"))
    let only = try CLI.run(["attacks", "--by", "irgc", "--whole-record", "--wide"] + Self.seed).stdout
    #expect(only.contains("same event e10 as e10-iran: iran → erbil") && only.contains("(not in this selection)"))
    let json = try CLI.json(["attacks", "--on", "erbil", "--exact", "--whole-record", "--format", "json"] + Self.seed) as! [String: Any]
    let totals = json["totals"] as! [String: Any]
    #expect(totals["events"] as? Int == 3 && totals["records"] as? Int == 4)
    let events = json["events"] as! [[String: Any]]
    #expect(events.first { $0["id"] as? String == "e10" }?["records"] as? [String] == ["e10-iran", "e10-irgc"])
  }

  @Test func showGivesOutcomesAndNotes() throws {
    let o = try CLI.run(["show", "erbil", "--wide", "--whole-record"] + Self.seed).stdout
    #expect(o.contains("outcome: A missile hit Erbil; blasts close to a U.S. military facility."))
    #expect(o.contains("note: E10 / R102"))
  }

  @Test func whyIsChronological() throws {
    let o = try CLI.run(["why", "iran", "iraq", "--whole-record", "--wide"] + Self.seed).stdout
    let ids = o.split(separator: "\n").filter { $0.hasPrefix("  ") && !$0.hasPrefix("   ") }.compactMap { line -> String? in
      guard let open = line.lastIndex(of: "("), line.hasSuffix(")") else { return nil }
      return String(line[line.index(after: open)..<line.index(before: line.endIndex)])
    }
    let pos = { (id: String) in ids.firstIndex(of: id) ?? -1 }
    #expect(pos("e01-iran") >= 0 && pos("r76") >= 0 && pos("r44") >= 0 && pos("r45") >= 0 && pos("r100") >= 0)
    #expect(pos("e01-iran") < pos("r76"))  // 1980 war, then the hostility dated from 1980
    #expect(pos("r77") < pos("r44"))  // 1988 before 2003
    #expect(pos("r44") < pos("r45"))  // 2003 before 2014
    #expect(pos("r45") < pos("r100"))  // undated last
  }

  @Test func whoSupportsShowsWhen() throws {
    let o = try CLI.run(["who-supports", "pmf"] + Self.seed).stdout
    #expect(o.contains("held"))
    #expect(o.contains("2014"))
  }
}

import Foundation
import TestSupport
import Testing

/// `balance --series` and the `--check` / `--update` gate, as a user runs them.
@Suite struct BalanceOverTimeCommandTests {
  static func dataset(acHostile: Bool) -> String {
    DatasetText.yaml(
      actors: [("a", "state"), ("b", "state"), ("c", "state")],
      relations: [
        "id: ab, type: alliance, source: a, target: b, since: '2000'",
        "id: bc, type: alliance, source: b, target: c, since: '2000'",
        acHostile
          ? "id: ac, type: hostility, source: a, target: c, since: '2000'" : "id: ac, type: alliance, source: a, target: c, since: '2000'",
      ])
  }

  @Test func seriesPointsAgreeWithSingleSnapshots() throws {
    let json = try #require(try CLI.json(["balance", "--series", "2000..2026", "--step", "2y", "--format", "json"]) as? [String: Any])
    let points = try #require(json["points"] as? [[String: Any]])
    #expect(points.map { $0["date"] as? String } == stride(from: 2000, through: 2026, by: 2).map { String($0) })
    for year in ["2014", "2026"] {
      let single = try #require(try CLI.json(["balance", "--as-of", year, "--format", "json"]) as? [String: Any])
      let camps = try #require(single["camps"] as? [String: Any])
      let point = try #require(points.first { $0["date"] as? String == year })
      #expect(point["frustration"] as? Int == camps["frustration"] as? Int, "\(year)")
      #expect((point["triads"] as? [String: Int]) == (single["triads"] as? [String: Int]), "\(year)")
    }
  }

  @Test func chartIsWellFormedWithOnePointPerDate() throws {
    let folder = try TemporaryFolder([:])
    defer { folder.remove() }
    let chart = folder.path + "/balance.svg"
    let r = try CLI.run(["balance", "--series", "2010..2026", "--step", "4y", "--chart", chart])
    #expect(r.status == 0, "\(r.stderr)")
    let svg = try SVGDocument(Array(try Data(contentsOf: URL(fileURLWithPath: chart))))
    let lines = svg.elements.filter { $0.name == "polyline" }
    #expect(lines.count == 2)
    #expect(lines.allSatisfy { $0.attributes["points"]?.split(separator: " ").count == 5 })
    let again = try CLI.run(["balance", "--series", "2010..2026", "--step", "4y", "--chart", "-"])
    #expect(again.stdout == (try String(contentsOfFile: chart, encoding: .utf8)))
  }

  @Test func gateFailsOnANewUnbalancedTriadAndPassesAfterUpdate() throws {
    let folder = try TemporaryFolder(["data/d.yaml": Self.dataset(acHostile: false)])
    defer { folder.remove() }
    let data = folder.path + "/data", baseline = folder.path + "/baseline.json"
    let made = try CLI.run(["balance", "--data", data, "--as-of", "2020", "--update", baseline])
    #expect(made.status == 0 && made.stderr.contains("frustration 0, 0 unbalanced triads"), "\(made.stderr)")
    let same = try CLI.run(["balance", "--data", data, "--as-of", "2020", "--check", baseline])
    #expect(same.status == 0 && same.stdout.contains("no new unbalanced triad"), "\(same.stdout)\(same.stderr)")

    try Self.dataset(acHostile: true).write(toFile: data + "/d.yaml", atomically: true, encoding: .utf8)
    let worse = try CLI.run(["balance", "--data", data, "--as-of", "2020", "--check", baseline])
    #expect(worse.status == 1)
    #expect(worse.stdout.contains("new unbalanced triad: a, b, c"), "\(worse.stdout)")
    #expect(worse.stdout.contains("ac hostility"), "\(worse.stdout)")
    #expect(worse.stdout.contains("frustration index rose from 0 to 1"))
    #expect(worse.stderr.contains("actorgraph balance --update \(baseline)"))

    #expect(try CLI.run(["balance", "--data", data, "--as-of", "2020", "--update", baseline]).status == 0)
    #expect(try CLI.run(["balance", "--data", data, "--as-of", "2020", "--check", baseline]).status == 0)
  }

  @Test func gateRefusesAnotherSelectionOrAMissingBaseline() throws {
    let folder = try TemporaryFolder(["data/d.yaml": Self.dataset(acHostile: false)])
    defer { folder.remove() }
    let data = folder.path + "/data", baseline = folder.path + "/baseline.json"
    #expect(try CLI.run(["balance", "--data", data, "--as-of", "2020", "--update", baseline]).status == 0)
    let other = try CLI.run(["balance", "--data", data, "--as-of", "2021", "--check", baseline])
    #expect(other.status == 2 && other.stderr.contains("was made with --types alliance,hostility --as-of 2020"), "\(other.stderr)")
    let missing = try CLI.run(["balance", "--data", data, "--check", folder.path + "/none.json"])
    #expect(missing.status == 2 && missing.stderr.contains("write one with: actorgraph balance --update"))
    let both = try CLI.run(["balance", "--data", data, "--check", baseline, "--update", baseline])
    #expect(both.status == 2)
  }
}

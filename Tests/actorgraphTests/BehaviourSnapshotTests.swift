import Foundation
import TestSupport
import Testing

/// Every command's answer on the seed dataset, compared byte for byte with a committed golden file.
///
/// The goldens were captured from the binary before the architecture refactor (issue #9), so a
/// refactor that changes an answer fails here. A change that is meant to change answers
/// regenerates them, and the diff of `Tests/actorgraphTests/Snapshots/` shows the change for review:
///
///     UPDATE_SNAPSHOTS=1 swift test --filter BehaviourSnapshotTests
@Suite struct BehaviourSnapshotTests {
  /// One invocation: a golden file name and the arguments. `{out}` stands for a file in a fresh
  /// temporary folder whose content is snapshotted too (for commands that write files).
  struct Case: CustomTestStringConvertible, Sendable {
    let name: String
    let args: [String]
    var testDescription: String { name }
  }

  static let seed = ["--data", "graphs/iraq-2026"]

  static let cases: [Case] = [
    Case(name: "validate", args: ["validate", "graphs", "--format", "json"]),
    Case(name: "validate-table", args: ["validate", "graphs"]),
    Case(name: "actors", args: ["actors", "--format", "json"] + seed),
    Case(name: "actors-kind-csv", args: ["actors", "--kind", "armed-group,umbrella-group", "--format", "csv"] + seed),
    Case(name: "actors-table", args: ["actors"] + seed),
    Case(name: "show-kataib-hezbollah", args: ["show", "kataib-hezbollah", "--format", "json"] + seed),
    Case(name: "show-iran-table", args: ["show", "iran"] + seed),
    Case(name: "show-iran-as-of-2010", args: ["show", "iran", "--as-of", "2010", "--format", "json"] + seed),
    Case(name: "who-supports", args: ["who-supports", "kataib-hezbollah", "--format", "json"] + seed),
    Case(name: "who-supports-transitive", args: ["who-supports", "kataib-hezbollah", "--transitive", "--format", "json"] + seed),
    Case(name: "who-supports-transitive-table", args: ["who-supports", "kataib-hezbollah", "--transitive"] + seed),
    Case(name: "backed-by", args: ["backed-by", "iran", "--format", "json"] + seed),
    Case(name: "backed-by-transitive", args: ["backed-by", "iran", "--transitive", "--max-hops", "3", "--format", "json"] + seed),
    Case(name: "attacks", args: ["attacks", "--format", "json"] + seed),
    Case(name: "attacks-on-us-in-iraq", args: ["attacks", "--on", "united-states", "--in", "iraq", "--format", "json"] + seed),
    Case(name: "attacks-table", args: ["attacks", "--on", "united-states"] + seed),
    Case(name: "attacks-by-window", args: ["attacks", "--by", "iran", "--window", "2026-01..2026-12", "--format", "json"] + seed),
    Case(name: "attacks-between-removed", args: ["attacks", "--by", "iran", "--between", "2026-01", "2026-12"] + seed),
    Case(name: "timeline-iran", args: ["timeline", "iran", "--format", "json"] + seed),
    Case(name: "timeline-iran-iraq", args: ["timeline", "iran", "iraq", "--format", "json"] + seed),
    Case(name: "timeline-iran-iraq-table", args: ["timeline", "iran", "iraq"] + seed),
    Case(name: "diff", args: ["diff", "--from", "1985", "--to", "2015", "--format", "json"] + seed),
    Case(name: "diff-table", args: ["diff", "--from", "2020", "--to", "2026-03"] + seed),
    Case(name: "why", args: ["why", "iran", "iraq", "--format", "json"] + seed),
    Case(name: "why-table", args: ["why", "iran", "iraq"] + seed),
    Case(name: "why-path", args: ["why", "--path", "iran", "kataib-hezbollah", "--format", "json"] + seed),
    Case(name: "why-path-undirected", args: ["why", "--path", "iran", "kataib-hezbollah", "--undirected", "--format", "json"] + seed),
    Case(name: "why-path-table", args: ["why", "--path", "irgc", "iraq"] + seed),
    Case(name: "why-chain", args: ["why", "--chain", "iran", "kataib-hezbollah", "--format", "json"] + seed),
    Case(name: "why-chain-table", args: ["why", "--chain", "iran", "kataib-hezbollah"] + seed),
    Case(name: "sources", args: ["sources", "--format", "json"] + seed),
    Case(name: "centrality-betweenness", args: ["centrality", "--measure", "betweenness", "--format", "json"] + seed),
    Case(
      name: "centrality-pagerank-support",
      args: ["centrality", "--measure", "pagerank", "--types", "support,membership", "--top", "10", "--format", "json"] + seed),
    Case(
      name: "centrality-degree-filtered",
      args: [
        "centrality", "--measure", "degree", "--min-attribution", "claimed", "--only-actual", "--window", "2020..2026", "--format", "json",
      ] + seed),
    Case(name: "path", args: ["path", "iran", "kataib-hezbollah", "--format", "json"] + seed),
    Case(name: "path-iran-pmf-all-table", args: ["path", "iran", "pmf", "--all"] + seed),
    Case(name: "path-all-table", args: ["path", "iran", "kataib-hezbollah", "--all"] + seed),
    Case(
      name: "path-k3-undirected",
      args: ["path", "united-states", "kataib-hezbollah", "--k", "3", "--undirected", "--format", "json"] + seed),
    Case(name: "neighbors", args: ["neighbors", "iran", "--depth", "2", "--direction", "out", "--format", "json"] + seed),
    Case(name: "neighbors-table", args: ["neighbors", "pmf"] + seed),
    Case(name: "components", args: ["components", "--format", "json"] + seed),
    Case(name: "common", args: ["common", "united-states", "iran", "--format", "json"] + seed),
    Case(name: "common-table", args: ["common", "kataib-hezbollah", "asaib-ahl-al-haq"] + seed),
    Case(name: "balance", args: ["balance", "--format", "json"] + seed),
    Case(name: "balance-table", args: ["balance"] + seed),
    Case(name: "render-whole", args: ["render", "-o", "{out}.dot"] + seed),
    Case(
      name: "render-focus",
      args: ["render", "-o", "{out}.dot", "--focus", "iran", "--depth", "2", "--direction", "out", "--size-by", "out-degree"] + seed),
    Case(
      name: "render-focus-alone",
      args: ["render", "-o", "{out}.dot", "--focus", "iraq", "--alone", "--highlight", "iran", "--types", "alliance,support,hostility"]
        + seed),
    Case(name: "render-path", args: ["render", "-o", "{out}.dot", "--path", "iran", "kataib-hezbollah"] + seed),
    Case(name: "render-path-undirected", args: ["render", "-o", "{out}.dot", "--path", "iran", "kataib-hezbollah", "--undirected"] + seed),
    Case(name: "render-attacks", args: ["render", "-o", "{out}.dot", "--attacks-on", "united-states", "--attacks-in", "iraq"] + seed),
    Case(
      name: "render-diff", args: ["render", "-o", "{out}.dot", "--diff", "1985", "2015", "--types", "alliance,hostility,support"] + seed),
    Case(name: "build-check", args: ["build", "--check", "--format", "json"]),
    Case(name: "error-unknown-actor", args: ["show", "nobody-at-all"] + seed),
    Case(name: "error-bad-date", args: ["show", "iran", "--as-of", "2026-13"] + seed),
    Case(name: "error-bad-type", args: ["centrality", "--measure", "degree", "--types", "suport"] + seed),
  ]

  static let folder = repositoryRoot + "/Tests/actorgraphTests/Snapshots"

  @Test(arguments: cases) func answerIsUnchanged(_ c: Case) throws {
    let temporary = try TemporaryFolder(prefix: "actorgraph-snapshot")
    defer { temporary.remove() }
    let out = temporary.file("out")
    let args = c.args.map { $0.replacingOccurrences(of: "{out}", with: out) }
    let o = try CLI.run(args)
    var text = "$ actorgraph \(c.args.joined(separator: " "))\nexit: \(o.status)\n--- stdout\n\(o.stdout)--- stderr\n\(o.stderr)"
    if let written = args.first(where: { $0.hasPrefix(out) }) {
      text +=
        "--- \((written as NSString).lastPathComponent)\n" + ((try? String(contentsOfFile: written, encoding: .utf8)) ?? "(not written)\n")
    }
    text = text.replacingOccurrences(of: temporary.path, with: "$TMP")
    let golden = Self.folder + "/" + c.name + ".txt"
    if ProcessInfo.processInfo.environment["UPDATE_SNAPSHOTS"] == "1" {
      try text.write(toFile: golden, atomically: true, encoding: .utf8)
      return
    }
    let expected = try? String(contentsOfFile: golden, encoding: .utf8)
    #expect(
      text == expected,
      """
      '\(c.name)' differs from \(golden).
      If the change in answers is intended, regenerate the goldens and review their diff:
        UPDATE_SNAPSHOTS=1 swift test --filter BehaviourSnapshotTests
      First difference: \(Self.firstDifference(expected ?? "(missing)\n", text))
      """)
  }

  /// The first line that differs, for a readable failure.
  static func firstDifference(_ a: String, _ b: String) -> String {
    let x = a.split(separator: "\n", omittingEmptySubsequences: false)
    let y = b.split(separator: "\n", omittingEmptySubsequences: false)
    for i in 0..<max(x.count, y.count) where i >= x.count || i >= y.count || x[i] != y[i] {
      return "line \(i + 1): expected \(i < x.count ? String(x[i]) : "(end)"), got \(i < y.count ? String(y[i]) : "(end)")"
    }
    return "none"
  }
}

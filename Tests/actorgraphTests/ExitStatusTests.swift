import Foundation
import Testing

/// One exit-status rule for every command: 0 answered, 1 data errors, 2 usage errors.
@Suite struct ExitStatusTests {
  /// A command line per command that the seed dataset answers.
  static let answered: [[String]] = [
    ["validate", "graphs"], ["actors"], ["show", "iran"], ["who-supports", "pmf"], ["backed-by", "iran"],
    ["attacks", "--on", "united-states"], ["timeline", "iran", "iraq"], ["diff", "--from", "1985", "--to", "2015"],
    ["why", "iran", "iraq"], ["sources"], ["centrality", "--measure", "degree"], ["path", "iran", "pmf"],
    ["neighbors", "iran"], ["components"], ["common", "iran", "iraq"], ["balance"],
    ["render", "-o", NSTemporaryDirectory() + "actorgraph-exit-status.dot", "--focus", "iran", "--alone"],
    ["export", "--to", "graphml"],
  ]

  static var commands: [String] { answered.map { $0[0] } + ["build", "watch"] }

  /// Data that fails validation: a relation to an actor that does not exist.
  static func brokenDataset() throws -> String {
    try CLI.temp([
      "d.yaml": """
      sources:
        - id: s1
          outlet: Wire
      actors:
        - id: a
          name: A
          kind: state
      relations:
        - id: r1
          type: support
          source: a
          target: nobody
          attribution: confirmed
          sources: [s1]
      """
    ])
  }

  /// Valid data with one state and nothing else.
  static func tinyDataset() throws -> String {
    try CLI.temp(["d.yaml": "actors:\n  - id: a\n    name: A\n    kind: state\n"])
  }

  @Test(arguments: answered) func answeredExitsZero(_ args: [String]) throws {
    let o = try CLI.run(args)
    #expect(o.status == 0, "\(args): \(o.stderr)")
    #expect(!(o.stdout + o.stderr).isEmpty, "\(args)")
  }

  @Test(arguments: answered + [["build"], ["watch"]]) func unknownOptionIsAUsageError(_ args: [String]) throws {
    let o = try CLI.run(args + ["--no-such-option"])
    #expect(o.status == 2, "\(args): \(o.stderr)")
    #expect(o.stderr.contains("--no-such-option"))
  }

  @Test func malformedValuesAndUnknownNamesAreUsageErrors() throws {
    let cases: [[String]] = [
      ["actors", "--kind", "militar"], ["show", "nobody-at-all"], ["attacks", "--between", "2024"],
      ["timeline", "iran", "--as-of", "yesterday"], ["diff", "--from", "2015", "--to", "1985"],
      ["centrality", "--measure", "fame"], ["path", "iran", "pmf", "--k", "0"], ["neighbors", "iran", "--depth", "-1"],
      ["common", "iran", "nobody-at-all"], ["balance", "--types", "alliance,enmity"], ["why", "iran", "nobody-at-all"],
      ["who-supports", "pmf", "--forms", "guns"], ["render", "-o", "x.unknown"], ["build", "--jobs", "0"],
    ]
    for args in cases {
      let o = try CLI.run(args)
      #expect(o.status == 2, "\(args): \(o.stdout) \(o.stderr)")
      #expect(!o.stderr.isEmpty, "\(args)")
    }
  }

  @Test func mistypedSubcommandGetsASuggestion() throws {
    let o = try CLI.run(["atacks", "--on", "iran"])
    #expect(o.status == 2)
    #expect(o.stderr.contains("unknown command 'atacks'; did you mean 'attacks'?"))
  }

  @Test(arguments: answered) func invalidDataIsADataError(_ args: [String]) throws {
    let dir = try Self.brokenDataset()
    let withData = args[0] == "validate" ? ["validate", dir] : args + ["--data", dir]
    let o = try CLI.run(withData)
    #expect(o.status == 1, "\(withData): \(o.stderr)")
  }

  @Test func missingViewsAreADataError() throws {
    for args in [["build", "--views", "no-such-folder"], ["watch", "--views", "no-such-folder", "--max-builds", "1"]] {
      let o = try CLI.run(args)
      #expect(o.status == 1, "\(args): \(o.stderr)")
      #expect(o.stderr.contains("no-such-folder"))
    }
  }

  @Test func emptyAnswersExitZeroAndSaySoOnStderr() throws {
    let cases: [[String]] = [
      ["path", "iran", "israel", "--types", "support"], ["why", "iran", "komala", "--path", "--types", "support"],
      ["why", "komala", "pmf", "--chain"], ["attacks", "--on", "russia"],
      ["actors", "--kind", "population", "--data", try Self.tinyDataset()],
      ["centrality", "--measure", "degree", "--types", "defense", "--as-of", "1900"], ["common", "russia", "komala"],
    ]
    for args in cases {
      let o = try CLI.run(args)
      #expect(o.status == 0, "\(args): \(o.stderr)")
      #expect(!o.stderr.isEmpty, "\(args) says nothing about its empty answer")
    }
  }

  @Test func helpDocumentsTheRuleAndExamplesForEveryCommand() throws {
    for command in Self.commands {
      let o = try CLI.run(["help", command])
      #expect(o.status == 0)
      #expect(o.stdout.contains("EXAMPLES:\n  actorgraph \(command)"), "\(command)")
      #expect(o.stdout.contains("EXIT STATUS: 0 answered"), "\(command)")
    }
    #expect(try CLI.run(["--help"]).stdout.contains("EXIT STATUS"))
  }
}

import Foundation
import Testing

@Suite struct ValidateCommandTests {
  @Test func seedDatasetValidatesCleanly() throws {
    let o = try CLI.run(["validate", "graphs"])
    #expect(o.status == 0, "\(o.stdout)\n\(o.stderr)")
    #expect(!o.stdout.contains("error:"))
    #expect(o.stderr.contains("0 errors"))
  }

  @Test func errorsExitNonZeroWithFileLineColumn() throws {
    let dir = try CLI.temp([
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
          target: bb
          attribution: confirmed
          sources: [s1]
      """
    ])
    let o = try CLI.run(["validate", dir])
    #expect(o.status == 1)
    #expect(o.stdout.contains("\(dir)/d.yaml:12:13: error: unknown actor 'bb'"))
    #expect(!o.stderr.contains("Fatal") && !o.stderr.contains("Stack"))
  }

  @Test func anUnreadableEdgesFileFailsEvenWithoutStrictAndSaysWhere() throws {
    let dir = try CLI.temp(["d/nodes.csv": "id,name,kind\na,A,state\n", "d/edges.csv/x": ""])
    for args in [["validate", dir + "/d"], ["validate", "--strict", dir + "/d"]] {
      let o = try CLI.run(args)
      #expect(o.status == 1)
      #expect(o.stdout.contains("\(dir)/d/edges.csv:1:1: error: cannot read this file: it is a folder"))
      #expect(!(o.stdout + o.stderr).contains("Error Domain"), "no NSError dump")
    }
  }

  @Test func jsonDiagnosticsAreMachineReadable() throws {
    let dir = try CLI.temp(["edges.csv": "source,target,type\na,b,suport\na,b\n"])
    let o = try CLI.run(["validate", dir, "--format", "json"])
    #expect(o.status == 1)
    let report = try #require(try JSONSerialization.jsonObject(with: Data(o.stdout.utf8)) as? [String: Any])
    #expect(report["errors"] as? Int == 2)
    let diags = try #require(report["diagnostics"] as? [[String: Any]])
    let first = try #require(diags.first)
    #expect(first["code"] as? String == "unknown-type")
    let loc = try #require(first["location"] as? [String: Any])
    #expect(loc["line"] as? Int == 2 && loc["column"] as? Int == 5)
    #expect(first["hint"] as? String == "did you mean 'support'?")
  }

  @Test func viewFilesAreValidatedToo() throws {
    let dir = try CLI.temp([
      "d/edges.csv": "source,target,type\na,b,support\n",
      "views.yaml": "views:\n  - id: v\n    dataset: d\n    engine: dott\n    outputs: [x.svg]\n",
    ])
    let o = try CLI.run(["validate", dir])
    #expect(o.status == 1)
    #expect(o.stdout.contains("\(dir)/views.yaml:4:13: error: unknown layout engine 'dott'"))
  }

  @Test func warningsPassUnlessStrict() throws {
    let dir = try CLI.temp(["edges.csv": "source,target,type\na,b,support\n"])
    #expect(try CLI.run(["validate", dir]).status == 0)
    #expect(try CLI.run(["validate", dir, "--strict"]).status == 1)
  }

  @Test func missingPathIsAClearError() throws {
    let o = try CLI.run(["validate", "/nonexistent/place"])
    #expect(o.status == 1)
    #expect(o.stdout.contains("no such file or folder"))
  }

  @Test func queriesRefuseBrokenData() throws {
    let dir = try CLI.temp(["edges.csv": "source,target,type\na,b,suport\n"])
    let o = try CLI.run(["actors", "--data", dir])
    #expect(o.status != 0)
    #expect(o.stderr.contains("unknown relation type 'suport'"))
    #expect(o.stderr.contains("fix them first"))
  }
}

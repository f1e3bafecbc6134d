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

  /// README "Safety": text from a data file cannot drive the terminal. A control sequence in an
  /// unknown actor's name comes out escaped in text (`\u{1B}`) and as JSON's own escape in JSON.
  @Test func controlCharactersInDiagnosticsAreEscapedInTextAndJSON() throws {
    let dir = try CLI.temp([
      "d/nodes.csv": "id,name,kind\na,A,state\n",
      "d/edges.csv": "source,target,type\na,x\u{1B}[2J,support\n",
    ])
    let text = try CLI.run(["validate", "d"], in: dir)
    #expect(text.status == 1)
    let all = text.stdout + text.stderr
    #expect(all.contains(#"unknown actor 'x\u{1B}[2J'"#), "\(all)")
    #expect(!all.unicodeScalars.contains("\u{1B}"))
    let json = try CLI.run(["validate", "d", "--format", "json"], in: dir)
    #expect(!json.stdout.unicodeScalars.contains("\u{1B}"))
    #expect(json.stdout.lowercased().contains(#"\u001b[2j"#), "\(json.stdout)")
  }

  /// README "Safety": free text from a data file (a note, an outlet) reaches no terminal raw, in
  /// any command: the CLI's print escapes control characters other than line breaks and tabs.
  @Test func controlCharactersInDataTextNeverReachTheTerminal() throws {
    let dir = try CLI.temp([
      "d/data.yaml": """
      sources: [{id: s1, outlet: "Wire\\e[31m"}]
      actors:
        - {id: a, name: A, kind: state}
        - {id: b, name: B, kind: state}
      relations:
        - {id: r1, type: support, source: a, target: b, attribution: confirmed, sources: [s1], note: "bad\\e[2J note"}
      """
    ])
    for args in [["show", "a"], ["why", "a", "b"], ["who-supports", "b"], ["sources"]] {
      let o = try CLI.run(args + ["--data", "d"], in: dir)
      #expect(o.status == 0, "\(args): \(o.stderr)")
      #expect(!(o.stdout + o.stderr).unicodeScalars.contains("\u{1B}"), "\(args): \(o.stdout)")
    }
    let show = try CLI.run(["show", "a", "--data", "d"], in: dir)
    #expect(show.stdout.contains(#"bad\u{1B}[2J note"#), "\(show.stdout)")
  }

  /// README "Safety": validate lists at most --max-per-kind diagnostics of a kind (default 50) and
  /// counts the rest, in text ("… and K more") and in JSON (omitted).
  @Test func diagnosticsAreCappedPerKindInTextAndJSON() throws {
    let rows = (0..<60).map { "a,unknown-\($0),support" }.joined(separator: "\n")
    let dir = try CLI.temp(["d/nodes.csv": "id,name,kind\na,A,state\n", "d/edges.csv": "source,target,type\n" + rows + "\n"])
    let text = try CLI.run(["validate", "d"], in: dir)
    #expect(text.status == 1)
    let all = text.stdout + text.stderr
    #expect(all.components(separatedBy: "error: unknown actor 'unknown-").count - 1 == 50)
    #expect(all.contains("… and 10 more unknown-actor errors"), "\(all.suffix(400))")
    let json = try CLI.run(["validate", "d", "--format", "json", "--max-per-kind", "5"], in: dir)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let listed = (object["diagnostics"] as? [[String: Any]] ?? []).filter { $0["code"] as? String == "unknown-actor" }
    #expect(listed.count == 5)
    let omitted = (object["omitted"] as? [[String: Any]] ?? []).first { $0["code"] as? String == "unknown-actor" }
    #expect(omitted?["count"] as? Int == 55, "\(object["omitted"] ?? "none")")
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
    #expect(o.stdout.contains("\(dir)/views.yaml:4:13: error: engine 'dott' is not a layout engine"))
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

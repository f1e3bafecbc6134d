import Foundation
import Testing

@testable import ActorGraph

/// Names and titles that cannot be shown are validator errors; terminal output escapes control characters.
@Suite struct DisplayTextTests {
  @Test func rules() {
    #expect(DisplayText.nameProblem("Kataib Hezbollah") == nil)
    #expect(DisplayText.nameProblem("حزب‌الله") == nil, "a zero-width non-joiner is a format character, not a control")
    #expect(DisplayText.nameProblem("") == "is empty or only whitespace")
    #expect(DisplayText.nameProblem("\n\n") == "is empty or only whitespace")
    #expect(DisplayText.nameProblem(" \u{3000}") == "is empty or only whitespace")
    #expect(DisplayText.nameProblem("two\nlines") == "contains the control character U+000A")
    #expect(DisplayText.nameProblem("bell\u{7}") == "contains the control character U+0007")
    #expect(DisplayText.nameProblem("c1\u{85}") == "contains the control character U+0085")
    #expect(DisplayText.titleProblem("two\nlines") == nil)
    #expect(DisplayText.titleProblem("\n") == "is empty or only whitespace")
    #expect(DisplayText.titleProblem("esc\u{1B}[2J") == "contains the control character U+001B")
  }

  @Test func terminalOutputEscapesControlCharacters() {
    #expect(DisplayText.terminalSafe("plain العراق") == "plain العراق")
    #expect(DisplayText.terminalSafe("a\u{1B}[31mred\u{7}\n\t\u{7F}") == #"a\u{1B}[31mred\u{7}\n\t\u{7F}"#)
    let d = Diagnostic(
      .error, "unknown-actor", "unknown actor 'x\u{1B}[2J'", at: SourceLocation(file: "f\u{8}.yaml", line: 2, column: 3),
      hint: "did you mean '\u{1B}]0;title\u{7}'?")
    #expect(!d.description.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x08 })
    #expect(
      d.description == #"f\u{8}.yaml:2:3: error: unknown actor 'x\u{1B}[2J'"# + "\n" + #"    hint: did you mean '\u{1B}]0;title\u{7}'?"#)
  }

  @Test func blocksOfOutputKeepTheirLineBreaksAndTabs() {
    #expect(DisplayText.terminalSafeLines("a\tb\nc") == "a\tb\nc")
    #expect(DisplayText.terminalSafeLines("x\u{1B}[2J\ty\r\nz\u{7F}\u{85}\u{7}") == #"x\u{1B}[2J"# + "\ty\r\n" + #"z\u{7F}\u{85}\u{7}"#)
    #expect(DisplayText.terminalSafeLines("ایران é ✓") == "ایران é ✓")
  }

  @Test func yamlNamesAndTitlesAreChecked() throws {
    let data = try TempDataset([
      "data.yaml": baseSources + """

        dataset:
          id: t
          title: "  "
        actors:
          - {id: a, name: "", kind: state}
          - {id: b, name: "\\n\\n", kind: state}
          - {id: c, name: "bell\\a", kind: state}
          - {id: d, name: Dee, aliases: ["ok", "esc\\e[1m"], kind: state}
          - {id: e, name: ~, kind: state}
          - {id: f, name: "Two\\nlines", kind: state}
        """
    ])
    defer { data.remove() }
    let r = data.load()
    let bad = r.diagnostics.filter { $0.code.hasPrefix("bad-") }.map {
      "\($0.location!.line):\($0.location!.column) \($0.code) \($0.message)"
    }
    #expect(
      bad == [
        "8:10 bad-title 'title' is empty or only whitespace",
        "10:19 bad-name 'name' is empty or only whitespace",
        "11:19 bad-name 'name' is empty or only whitespace",
        "12:19 bad-name 'name' contains the control character U+0007",
        "13:40 bad-name alias 'esc\u{1B}[1m' contains the control character U+001B",
        "15:19 bad-name 'name' contains the control character U+000A",
      ])
    #expect(r.diagnostics.contains { $0.code == "missing-name" && $0.message.contains("'e'") }, "an explicit null is a missing name")
  }

  @Test func csvNamesAreChecked() throws {
    let data = try TempDataset([
      "nodes.csv": "id,name,kind,aliases\na,\"\n\",state,\nb,\"B\u{1B}\",state,\nc,C,state,ok;x\u{7}y\nd,  ,state,\n",
      "edges.csv": "source,target,type\na,b,hostility\n",
    ])
    defer { data.remove() }
    let r = data.load()
    let bad = r.diagnostics.filter { $0.code == "bad-name" }.map { "\($0.location!.line):\($0.location!.column) \($0.message)" }
    #expect(
      bad == [
        "2:3 name is empty or only whitespace",
        "4:3 name contains the control character U+001B",
        "5:11 alias 'x\u{7}y' contains the control character U+0007",
      ])
  }
}

import GraphvizKit
import Testing

@Suite("Escaping")
struct EscapingTests {
  @Test(
    "IDs and text are quoted and escaped",
    arguments: [
      ("plain", #""plain""#),
      ("say \"hi\"", #""say \"hi\"""#),
      (#"back\slash"#, #""back\\slash""#),
      (#"trailing\"#, #""trailing\\""#),
      ("two\nlines", #""two\nlines""#),
      ("crlf\r\nline", #""crlf\nline""#),
      ("{ a -> b; }", #""{ a -> b; }""#),
      ("", #""""#),
      ("العراق", #""العراق""#),
    ])
  func quoting(text: String, expected: String) {
    #expect(DOTEscaping.quoted(text) == expected)
  }

  @Test("A leading % in an ID is escaped (cgraph would rename it)")
  func leadingPercent() {
    #expect(DOTEscaping.id("%y") == #""\%y""#)
    #expect(DOTEscaping.id("a%") == #""a%""#)
    #expect(DOTEscaping.unescape(#"\%y"#) == "%y")
  }

  @Test("escString values keep Graphviz escapes but cannot break the DOT")
  func escString() {
    #expect(DOTEscaping.value(.escString(#"left\lright\r"#)) == #""left\lright\r""#)
    #expect(DOTEscaping.value(.escString(#"end\"#)) == #""end\\""#)
    #expect(DOTEscaping.value(.escString(#"a\"b"#)) == #""a\\\"b""#)
    #expect(DOTEscaping.value(.escString("x\ny")) == #""x\ny""#)
  }

  @Test("Control characters are replaced, NUL included")
  func controlCharacters() {
    #expect(DOTEscaping.quoted("a\u{0}b\u{1B}c\td") == "\"a\u{FFFD}b\u{FFFD}c\td\"")
  }

  @Test("Long strings are split with + below the 2.42 lexer limit")
  func longStrings() {
    let text = String(repeating: "سپاه", count: 3000)
    let quoted = DOTEscaping.quoted(text)
    let pieces = quoted.split(separator: "\" + \"")
    #expect(pieces.count > 1)
    #expect(pieces.allSatisfy { $0.utf8.count <= DOTEscaping.maximumQuotedPieceLength + 1 })
  }

  @Test("HTML labels escape interpolated text, keep literal markup")
  func htmlLabels() {
    let name = #"<b>"Tom" & Jerry</b>"#
    let label: HTMLLabel = "<i>\(name)</i> \(42)"
    #expect(label.markup == "<i>&lt;b&gt;&quot;Tom&quot; &amp; Jerry&lt;/b&gt;</i> 42")
    #expect(HTMLLabel(text: "a<b").markup == "a&lt;b")
    let nested: HTMLLabel = "<u>\(HTMLLabel(markup: "<b>x</b>"))\(raw: "<br/>")</u>"
    #expect(nested.markup == "<u><b>x</b><br/></u>")
    #expect(DOTEscaping.value(.html(label)).hasPrefix("<<i>"))
  }
}

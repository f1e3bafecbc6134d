import Foundation
import TestSupport
import Testing

@testable import ActorGraph

/// Hostile input gives bounded work: aliases refused, link loops walked once, "did you mean"
/// banded and indexed, diagnostics capped per kind. (Speed itself is measured in bench/hostile.)
@Suite struct BoundedWorkTests {
  struct Random {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    mutating func word() -> String {
      String((0..<Int(next() % 9)).map { _ in "abcé-"["abcé-".index("abcé-".startIndex, offsetBy: Int(next() % 5))] })
    }
  }

  /// The textbook dynamic programme, as the oracle for the banded one.
  func fullDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
    var d = (0...b.count).map { $0 }
    for i in 1...max(1, a.count) where !a.isEmpty {
      var prev = d[0]
      d[0] = i
      for j in stride(from: 1, through: b.count, by: 1) {
        let t = d[j]
        d[j] = min(d[j] + 1, d[j - 1] + 1, prev + (a[i - 1] == b[j - 1] ? 0 : 1))
        prev = t
      }
    }
    return d[b.count]
  }

  @Test func bandedDistanceAgreesWithTheFullOne() {
    var r = Random(state: 7)
    for _ in 0..<3000 {
      let a = r.word(), b = r.word()
      let full = fullDistance(a, b)
      #expect(Suggest.distance(a, b) == full, "\(a) \(b)")
      for limit in 0...4 {
        #expect(Suggest.distance(a, b, limit: limit) == (full <= limit ? full : nil), "\(a) \(b) \(limit)")
      }
    }
  }

  @Test func suggestionsKeepTheirMeaningAndSkipLongWords() {
    let ids = ["kataib-hezbollah", "asaib-ahl-al-haq", "iran", "iraq", "pmf"]
    #expect(Suggest.closest(to: "kataib-hezbolah", among: ids) == "kataib-hezbollah")
    #expect(Suggest.closest(to: "irak", among: ids) == "iran", "ties go to the first in string order")
    #expect(Suggest.closest(to: "zzzzzz", among: ids) == nil)
    let long = String(repeating: "x", count: 100_000)
    #expect(Suggest.closest(to: long, among: ids + [long]) == nil, "no suggestion past the length cut-off")
    var index = SuggestionIndex(ids)
    #expect(index.closest(to: "iraqq") == "iraq")
    var spent = SuggestionIndex(ids, budget: 0)
    #expect(spent.closest(to: "iraqq") == nil, "no work budget, no suggestion")
  }

  @Test func yamlAliasesAreRefusedWhereTheyAre() {
    func site(_ text: String) -> String? {
      YAMLGuard.problem(in: text, path: "f").map { "\($0.location!.line):\($0.location!.column) \($0.code)" }
    }
    #expect(site("a: &x [1, 2]\nb: *x\n") == "2:4 yaml-alias")
    #expect(site("list:\n  - *x\n") == "2:5 yaml-alias")
    #expect(site("m: {k: [*x]}\n") == "1:9 yaml-alias")
    #expect(site("? *x\n: v\n") == "1:3 yaml-alias")
    #expect(site("\"q\": *x\n") == "1:6 yaml-alias")
    #expect(site("*x : v\n") == "1:1 yaml-alias")
    // Not aliases: text, quotes, comments, block scalars, anchors alone.
    #expect(site("name: AT&T\nnote: 5*3 *not\n") == nil)
    #expect(site("a: \"*x\"\nb: '*y'\nc: \"multi\n  *line\"\n") == nil)
    #expect(site("a: 1 # *x\n# *y\n") == nil)
    #expect(site("notes: |\n  * bullet\n  * another\nnext: v\n") == nil)
    #expect(site("- id: a\n  notes: >\n    *folded\n- id: b\n") == nil)
    #expect(site("base: &b {x: 1}\n") == nil)
    #expect(site(String(repeating: "[", count: 65) + String(repeating: "]", count: 65)) == "1:65 yaml-depth")
  }

  /// Fuzzing finding (Fuzz/Findings/views-lone-carriage-return.bin): libyaml breaks lines at a lone
  /// CR, NEL, LS and PS, so its marks after one pointed past the end of the line this tool counts.
  @Test func lineBreaksOnlyYAMLCountsAreRefusedWhereTheyStand() {
    func site(_ text: String) -> String? {
      YAMLGuard.problem(in: text, path: "f").map { "\($0.location!.line):\($0.location!.column) \($0.code)" }
    }
    #expect(site("defaults:\n  d\rtaset: data\n") == "2:4 yaml-line-break")
    #expect(site("a: b\u{2028}c\n") == "1:5 yaml-line-break")
    #expect(site("a: 1\u{85}\n") == "1:5 yaml-line-break")
    // CRLF line endings and escapes inside double quotes are fine.
    #expect(site("a: 1\r\nb: \"x\\r\\u2028\"\r\n") == nil)
  }

  @Test func theSeedDatasetPassesTheGuard() throws {
    for f in DatasetLoader.filesBelow(repositoryRoot + "/graphs") where f.hasSuffix(".yaml") {
      let text = try String(contentsOfFile: f, encoding: .utf8)
      #expect(YAMLGuard.problem(in: text, path: f) == nil, "\(f)")
    }
  }

  @Test func anAliasBombIsAnErrorNotAHang() throws {
    var lines = ["a: &a [x, x, x, x, x, x, x, x, x, x]"]
    for (p, c) in zip("abcdefghi", "bcdefghij") {
      lines.append("\(c): &\(c) [*\(p), *\(p), *\(p), *\(p), *\(p), *\(p), *\(p), *\(p), *\(p), *\(p)]")
    }
    lines.append("actors:\n  - {id: boom, name: Boom, kind: state}\n    ? *j\n    : v")
    let data = try TempDataset(["data.yaml": lines.joined(separator: "\n") + "\n"])
    defer { data.remove() }
    let r = data.load()
    #expect(r.diagnostics.map(\.code) == ["yaml-alias"])
    #expect(r.diagnostics.first?.location?.line == 2)
  }

  @Test func symbolicLinkLoopsAreWalkedOnce() throws {
    let data = try TempDataset([:])
    defer { data.remove() }
    try FileManager.default.createDirectory(atPath: data.folder + "/d/sub", withIntermediateDirectories: true)
    try "actors: []\n".write(toFile: data.folder + "/d/a.yaml", atomically: false, encoding: .utf8)
    symlink("..", data.folder + "/d/sub/up")
    symlink(data.folder + "/d", data.folder + "/d/self")
    symlink(data.folder + "/loop2", data.folder + "/loop1")
    symlink(data.folder + "/loop1", data.folder + "/loop2")
    #expect(DatasetLoader.filesBelow(data.folder).map { String($0.dropFirst(data.folder.count)) } == ["/d/a.yaml"])
    #expect(try DatasetLoader.discover(data.folder) == [data.folder + "/d"])
  }

  @Test func aMillionColumnHeaderGivesAFewDiagnostics() throws {
    let header = "source,target,type," + (0..<100_000).map { "x\($0)" }.joined(separator: ",")
    let data = try TempDataset(["edges.csv": header + "\n"])
    defer { data.remove() }
    let unknown = data.load().diagnostics.filter { $0.code == "unknown-column" }
    #expect(unknown.count == 21)
    #expect(unknown.contains { $0.message == "… and 99980 more unknown columns are ignored" })
  }

  @Test func diagnosticsAreCappedPerKind() {
    let at = SourceLocation(file: "f", line: 1, column: 1)
    var all: [Diagnostic] = (0..<7).map { Diagnostic(.error, "unknown-actor", "a\($0)", at: at) }
    all += (0..<2).map { Diagnostic(.warning, "unknown-actor", "w\($0)", at: at) }
    all += (0..<4).map { Diagnostic(.warning, "cycle", "c\($0)", at: at) }
    let cap = DiagnosticCap(all, perKind: 3)
    #expect(cap.kept.map(\.message) == ["a0", "a1", "a2", "w0", "w1", "c0", "c1", "c2"])
    #expect(cap.omitted == [.init(severity: .error, code: "unknown-actor", count: 4), .init(severity: .warning, code: "cycle", count: 1)])
    #expect(cap.summaryLines == ["… and 4 more unknown-actor errors (not shown)", "… and 1 more cycle warning (not shown)"])
    #expect(cap.total(.error) == 7 && cap.total(.warning) == 6)
    #expect(!cap.wouldKeep(.error, "unknown-actor") && cap.wouldKeep(.error, "other"))
  }
  /// "Did you mean" is computed for the unknown actors validate lists by default (the first 50), not
  /// for every one of 4,000: the rest are counted, and their suggestion was unseen work.
  @Test func onlyTheListedUnknownActorsGetASuggestion() throws {
    var yaml = "sources: [{id: s1, outlet: Wire}]\nactors:\n"
    for i in 0..<60 { yaml += "  - {id: actor-\(i), name: Actor \(i), kind: state}\n" }
    yaml += "relations:\n"
    for i in 0..<60 {
      yaml += "  - {id: r\(i), type: support, source: actor-\(i)x, target: actor-0, attribution: confirmed, sources: [s1]}\n"
    }
    let data = try TempDataset(["d.yaml": yaml])
    defer { data.remove() }
    let unknown = data.load().diagnostics.filter { $0.code == "unknown-actor" }
    #expect(unknown.count == 60)
    let suggested = unknown.filter { $0.hint?.hasPrefix("did you mean") == true }
    #expect(suggested.count == DiagnosticCap.defaultPerKind)
    #expect(unknown.first?.hint == "did you mean 'actor-0'?")
    #expect(unknown.last?.hint == "define the actor under `actors:` first")
  }
}

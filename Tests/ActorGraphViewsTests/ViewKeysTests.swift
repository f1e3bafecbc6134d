import ActorGraph
import DomainTestSupport
import Foundation
import TestSupport
import Testing

@testable import ActorGraphDiagrams
@testable import ActorGraphViews

/// View keys that reach the diagram spec, with located errors for bad values.
@Suite struct ViewKeysTests {
  static let data = """
    sources:
      - {id: s1, outlet: Wire}
      - {id: s2, outlet: Paper}
    actors:
      - {id: a, name: A, kind: state}
      - {id: b, name: B, kind: state}
      - {id: c, name: C, kind: state}
    relations:
      - {id: r1, type: alliance, source: a, target: b, attribution: confirmed, sources: [s1]}
      - {id: r2, type: hostility, source: b, target: c, attribution: confirmed, sources: [s1, s2]}
      - {id: r3, type: alliance, source: a, target: c, attribution: confirmed, sources: [s2]}
    """

  func read(_ views: String) throws -> (views: [ViewDefinition], diagnostics: [Diagnostic], root: String) {
    let root = try TempProject.make(["graphs/alpha/data.yaml": Self.data, "graphs/views.yaml": views])
    let (v, d) = ViewFileReader.read(root + "/graphs/views.yaml")
    return (v, d, root)
  }

  @Test func everyKeyTheParsersKnowIsAViewKey() {
    let known = Set(ViewFileReader.viewKeys)
    #expect(Set(Selection.Field.allCases.map(\.viewKey)).isSubset(of: known), "a selection field a view file cannot write")
    #expect(Set(DiagramLayout.Field.allCases.map(\.rawValue)).isSubset(of: known), "a layout key a view file cannot write")
    #expect(known.count == ViewFileReader.viewKeys.count, "each key once: the canonical text (the view's hash) lists them in order")
  }

  @Test func balanceTakesBlocsCampsOrABoolean() throws {
    let r = try read(
      """
      defaults: {dataset: alpha}
      views:
        - {id: one, balance: true, outputs: [o/one.svg]}
        - {id: two, balance: camps, outputs: [o/two.svg]}
        - {id: three, balance: false, outputs: [o/three.svg]}
        - {id: four, balance: maybe, outputs: [o/four.svg]}
      """)
    #expect(r.views.map(\.spec.balance) == [.blocs, .camps, nil, nil])
    let bad = try #require(r.diagnostics.first { $0.code == "bad-value" })
    #expect(bad.location?.line == 6 && bad.message.contains("'balance' takes true"))
  }

  @Test func campOrderNeedsBalanceAndActors() throws {
    let r = try read(
      """
      defaults: {dataset: alpha}
      views:
        - {id: one, balance: camps, camp_order: [b, a], outputs: [o/one.svg]}
        - {id: two, camp_order: [a], outputs: [o/two.svg]}
        - {id: three, balance: camps, camp_order: [], outputs: [o/three.svg]}
      """)
    #expect(r.views.map(\.spec.campOrder) == [["b", "a"], [], []])
    let bad = r.diagnostics.filter { $0.code == "bad-value" }
    #expect(bad.map { $0.location?.line } == [4, 5], "\(bad)")
    #expect(bad.first?.message.contains("add balance") == true)
  }

  @Test func aBalanceViewBuildsAndNamesItsBlocs() throws {
    let r = try read(
      """
      views:
        - id: blocs
          dataset: alpha
          types: [alliance, hostility]
          balance: camps
          outputs: [o/blocs.svg]
      """)
    #expect(r.diagnostics.isEmpty, "\(r.diagnostics)")
    let build = ViewBuild(
      root: r.root, viewFiles: [r.root + "/graphs/views.yaml"], manifestPath: r.root + "/graphs/m.json", pipeline: .diagrams)
    let report = build.run(check: false)
    #expect(!report.hasProblems, "\(report.diagnostics)")
    let svg = try String(contentsOfFile: r.root + "/o/blocs.svg", encoding: .utf8)
    // a–b and a–c allied, b–c hostile: one tie is frustrated whichever split.
    #expect(svg.contains("camp A") && svg.contains(">frustrated<"))
  }

  @Test func sourceFiltersAndConfidenceWeightReachTheSpec() throws {
    let r = try read(
      """
      defaults: {dataset: alpha}
      views:
        - {id: one, sources: [s1], draw_confidence: true, outputs: [o/one.svg]}
        - {id: two, exclude_sources: s2, outputs: [o/two.svg]}
        - {id: three, exclude_sources: [], outputs: [o/three.svg]}
      """)
    #expect(r.views.map(\.spec.selection.sources) == [["s1"], nil, nil])
    #expect(r.views.map(\.spec.selection.excludeSources) == [nil, ["s2"], nil])
    #expect(r.views.map(\.spec.drawConfidence) == [true, false, false])
    let bad = try #require(r.diagnostics.first { $0.code == "bad-value" })
    #expect(bad.location?.line == 5 && bad.message == "exclude_sources needs at least one source id")
  }

  /// The selection keys go through the domain's one parser; each problem keeps the file, line and
  /// column of the value at fault (the list item, when one item is).
  @Test func selectionProblemsAreLocatedAtTheirValue() throws {
    let r = try read(
      """
      defaults: {dataset: alpha}
      views:
        - {id: one, as_of: "2026-13", outputs: [o/one.svg]}
        - {id: two, attribution: [confirmed, rumour], outputs: [o/two.svg]}
        - {id: three, direction: sideways, depth: -1, outputs: [o/three.svg]}
        - {id: four, whole_record: true, window: "2014..2017", diff: ["2015", "1985"], outputs: [o/four.svg]}
        - {id: five, types: [support, ceasefire], focus: [iran], direction: out, outputs: [o/five.svg]}
      """)
    let file = r.root + "/graphs/views.yaml"
    func at(_ code: String, _ message: String) -> ActorGraph.SourceLocation? {
      r.diagnostics.first { $0.code == code && $0.message == message }?.location
    }
    #expect(at("bad-date", "as_of '2026-13' is not a date") == ActorGraph.SourceLocation(file: file, line: 3, column: 22))
    #expect(at("unknown-attribution", "attribution 'rumour' is not a level") == ActorGraph.SourceLocation(file: file, line: 4, column: 40))
    #expect(at("bad-value", "direction must be in, out or both") == ActorGraph.SourceLocation(file: file, line: 5, column: 28))
    #expect(at("bad-number", "depth must be 0 or more") == ActorGraph.SourceLocation(file: file, line: 5, column: 45))
    #expect(at("bad-value", "whole_record cannot be combined with as_of or window")?.line == 6)
    #expect(at("bad-value", "diff takes two dates, the earlier first")?.line == 6)
    #expect(r.diagnostics.count == 6, "\(r.diagnostics)")
    let five = try #require(r.views.first { $0.id == "five" })
    #expect(five.spec.selection.focus == ["iran"] && five.spec.selection.direction == .outgoing)
    #expect(
      five.typeLocations["ceasefire"] == ActorGraph.SourceLocation(file: file, line: 7, column: 33), "left for the dataset's vocabulary")
  }

  @Test func anUnknownSourceIsALocatedErrorAndItsViewIsNotDrawn() throws {
    let r = try read(
      """
      views:
        - id: typo
          dataset: alpha
          exclude_sources: [s1, s3]
          outputs: [o/typo.svg]
        - id: fine
          dataset: alpha
          exclude_sources: [s2]
          outputs: [o/fine.svg]
      """)
    #expect(r.diagnostics.isEmpty, "\(r.diagnostics)")
    let build = ViewBuild(
      root: r.root, viewFiles: [r.root + "/graphs/views.yaml"], manifestPath: r.root + "/graphs/m.json", pipeline: .diagrams)
    let report = build.run(check: false)
    let d = try #require(report.diagnostics.first { $0.code == "unknown-source" })
    #expect(d.message == "view 'typo': unknown source 's3'")
    #expect(d.location?.line == 4 && d.location?.column == 27, "\(String(describing: d.location))")
    #expect(d.hint?.contains("s1") == true || d.hint?.contains("s2") == true)
    #expect(report.items.first { $0.output == "o/typo.svg" }?.state == .failed)
    #expect(!FileManager.default.fileExists(atPath: r.root + "/o/typo.svg"))
    // The other view draws what s1 says: r2 (s1, s2) stays, r3 (s2 alone) goes.
    let svg = try String(contentsOfFile: r.root + "/o/fine.svg", encoding: .utf8)
    #expect(svg.contains("r2: ") && !svg.contains("r3: ") && svg.contains("without sources s2"))
  }

  @Test func sizeAspectDpiAndMinimumTextAreReadAndChecked() throws {
    let r = try read(
      """
      defaults: {dataset: alpha}
      views:
        - {id: one, size: 1920x1080, aspect: 16:9, dpi: 150, min_text: 12, outputs: [o/one.png]}
        - {id: two, size: 1920x1080, fit: 4967x3508, aspect: a4, outputs: [o/two.png]}
        - {id: three, size: huge, aspect: "16/9", dpi: 5, min_text: none, outputs: [o/three.png]}
      """)
    let layout = r.views[0].spec.layout
    #expect(layout.size == Readability.Target(width: 1920, height: 1080) && layout.aspect?.description == "16:9" && layout.dpi == 150)
    #expect(layout.minText == 12)
    #expect(r.views[0].fit == Readability.Target(width: 1920, height: 1080), "a view drawn for a size is measured at it")
    #expect(r.views[1].fit == Readability.Target(width: 4967, height: 3508), "unless fit says otherwise")
    let sites = r.diagnostics.map { "\($0.location!.line):\($0.location!.column) \($0.code) \($0.message)" }
    #expect(
      sites == [
        "5:23 bad-value size 'huge' is not a size in pixels", "5:37 bad-value aspect '16/9' is not an aspect",
        "5:50 bad-number dpi '5' is not a whole number from 36 to 1200",
        "5:63 bad-number min_text 'none' is not a text height from 1 to 200 pixels",
      ], "each at its value: \(sites)")
  }

  @Test func minimumTextEnlargesTheTextUntilItReadsAtTheSlide() throws {
    // A star of 24 clients: fit into a slide, its text is about 6 px.
    let root = try TempProject.make([
      "graphs/star/data.yaml": DatasetText.star(clients: 24),
      "graphs/views.yaml": """
      defaults: {dataset: star, whole_record: true}
      views:
        - {id: plain, outputs: [o/plain.svg]}
        - {id: big, min_text: 12, outputs: [o/big.svg]}
      """,
    ])
    let build = ViewBuild(
      root: root, viewFiles: [root + "/graphs/views.yaml"], manifestPath: root + "/graphs/m.json", pipeline: .diagrams)
    let report = build.run(check: false, measure: .slide)
    #expect(!report.hasProblems, "\(report.diagnostics)")
    let plain = try #require(report.readability?.first { $0.view == "plain" }?.readability)
    let big = try #require(report.readability?.first { $0.view == "big" }?.readability)
    #expect(plain.smallestText < 8, "\(plain.smallestText)")
    #expect(big.smallestText >= 11.5, "\(big.smallestText) px after enlarging, from \(plain.smallestText)")
    // The same bytes again, and check mode agrees.
    let first = try String(contentsOfFile: root + "/o/big.svg", encoding: .utf8)
    #expect(build.run(check: true).items.allSatisfy { $0.state == .upToDate })
    #expect(!first.contains("font-size=\"11.00\"") && !first.contains("font-size=\"9.00\""), "no text left at its plain size")
    #expect(!report.diagnostics.contains { $0.code == "min-text-not-reached" }, "12 px is reached: no warning")
  }

  @Test func aMinimumTextEnlargingCannotReachIsWarnedWithFigures() throws {
    // 40 clients in one column: text 30 px high cannot fit a 1920×1080 slide, however enlarged.
    let root = try TempProject.make([
      "graphs/star/data.yaml": DatasetText.star(clients: 40),
      "graphs/views.yaml": """
      defaults: {dataset: star, whole_record: true}
      views:
        - {id: huge, min_text: 30, outputs: [o/huge.svg]}
      """,
    ])
    let build = ViewBuild(
      root: root, viewFiles: [root + "/graphs/views.yaml"], manifestPath: root + "/graphs/m.json", pipeline: .diagrams)
    let report = build.run(check: false, measure: .slide)
    #expect(!report.hasProblems, "a warning, not an error: \(report.diagnostics)")
    let warning = try #require(report.diagnostics.first { $0.code == "min-text-not-reached" })
    #expect(warning.severity == .warning && warning.location != nil, "\(warning)")
    let reached = try #require(report.readability?.first?.readability)
    #expect(reached.smallestText < 30)
    #expect(reached.warnings.contains { $0.contains("larger picture (fit:)") }, "\(reached.warnings)")
    #expect(!reached.warnings.contains { $0.contains("raise the text size") }, "min_text is what fell short: not advised again")
    // The figures: the picture it needs (larger than the slide by the shortfall) and the actors that fit.
    let fit = try #require(warning.message.firstMatch(of: /fit: ([0-9]+)x([0-9]+)/))
    #expect(Int(fit.output.1)! > 1920 && Int(fit.output.2)! > 1080, "\(warning.message)")
    let top = try #require(warning.message.firstMatch(of: /top: ([0-9]+)/))
    #expect(Int(top.output.1)! < 41, "\(warning.message)")
    #expect(warning.message.contains("min_text 30.0 px not reached"))
  }
}

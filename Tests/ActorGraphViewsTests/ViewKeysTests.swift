import ActorGraph
import Foundation
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
    #expect(r.views.map(\.spec.sources) == [["s1"], nil, nil])
    #expect(r.views.map(\.spec.excludeSources) == [nil, ["s2"], nil])
    #expect(r.views.map(\.spec.drawConfidence) == [true, false, false])
    let bad = try #require(r.diagnostics.first { $0.code == "bad-value" })
    #expect(bad.location?.line == 5 && bad.message.contains("'exclude_sources' takes source ids"))
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
}

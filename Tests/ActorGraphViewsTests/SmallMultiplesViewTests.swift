import ActorGraph
import DomainTestSupport
import Foundation
import TestSupport
import Testing

@testable import ActorGraphDiagrams
@testable import ActorGraphViews

/// `as_of: [..]` in a view file: laid out once, one output per date, each in the manifest and
/// checked by `build --check`, every actor at the same place in each.
@Suite struct SmallMultiplesViewTests {
  // The war (1980–88), the alliance (since 2003), and a newcomer in 2014.
  static let data = """
    sources:
      - {id: s1, outlet: Wire, published: "2026-03-01"}
    actors:
      - {id: iran, name: Iran, kind: state}
      - {id: iraq, name: Iraq, kind: state}
      - {id: usa, name: United States, kind: state}
      - {id: isis, name: Islamic State, kind: armed-group}
    relations:
      - {id: r1, type: hostility, source: iran, target: iraq, since: "1980", until: "1988", attribution: confirmed, sources: [s1]}
      - {id: r2, type: alliance, source: iran, target: iraq, since: "2003", attribution: confirmed, sources: [s1]}
      - {id: r3, type: hostility, source: usa, target: isis, since: "2014", attribution: confirmed, sources: [s1]}
      - {id: r4, type: support, source: usa, target: iraq, since: "2003", attribution: confirmed, sources: [s1]}
    """

  func project(_ views: String) throws -> String {
    try TempProject.make(["graphs/alpha/data.yaml": Self.data, "graphs/views.yaml": views])
  }

  @Test func anAsOfListExpandsEachOutputPerDate() throws {
    let root = try project(
      """
      defaults: {dataset: alpha}
      views:
        - {id: over-time, as_of: [1985, "2003", 2026], legend: false, outputs: [o/t.svg, o/t.dot]}
      """)
    let (views, diags) = ViewFileReader.read(root + "/graphs/views.yaml")
    #expect(diags.isEmpty, "\(diags)")
    let v = try #require(views.first)
    #expect(v.multiples?.map(\.description) == ["1985", "2003", "2026"])
    #expect(v.spec.selection.asOf == nil, "each picture has its own date, the selection none")
    #expect(v.outputs == ["o/t-1985.svg", "o/t-2003.svg", "o/t-2026.svg", "o/t-1985.dot", "o/t-2003.dot", "o/t-2026.dot"])
    #expect(v.dateOfOutput["o/t-2003.dot"] == FuzzyDate(parsing: "2003"))
    #expect(v.renderEngine == SmallMultiples.engine)
  }

  @Test func badListsAreLocatedErrors() throws {
    let root = try project(
      """
      defaults: {dataset: alpha}
      views:
        - {id: one, as_of: [1985, someday], outputs: [o/one.svg]}
        - {id: two, as_of: [2003, 2003], outputs: [o/two.svg]}
        - {id: three, as_of: [2003, 2026], window: 2003..2026, outputs: [o/three.svg]}
        - {id: four, as_of: [2003, 2026], min_text: 12, outputs: [o/four.svg]}
        - {id: five, as_of: [2003, 2026], outputs: [o/five.html]}
        - {id: six, as_of: [], outputs: [o/six.svg]}
      """)
    let (_, diags) = ViewFileReader.read(root + "/graphs/views.yaml")
    let sites = diags.map { "\($0.location?.line ?? 0) \($0.code)" }.sorted()
    #expect(sites == ["3 bad-date", "4 bad-value", "5 bad-value", "6 bad-value", "7 bad-output", "8 bad-value"], "\(diags)")
    #expect(diags.filter { $0.location?.line == 8 }.map(\.message) == ["as_of lists no date"], "an empty list is one error")
    #expect(diags.first { $0.location?.line == 3 }?.location?.column == 29, "at the bad date: \(diags)")
  }

  @Test func theBuildWritesOnePicturePerDateAtTheSamePlacesAndChecksThem() throws {
    let root = try project(
      """
      defaults: {dataset: alpha}
      views:
        - {id: over-time, types: [alliance, hostility, support], as_of: [1985, 2003, 2026], legend: false, title: T, outputs: [o/t.svg]}
      """)
    let build = ViewBuild(
      root: root, viewFiles: [root + "/graphs/views.yaml"], manifestPath: root + "/graphs/m.json", pipeline: .diagrams)
    let report = build.run(check: false, measure: .slide)
    #expect(!report.hasProblems, "\(report.diagnostics)")
    #expect(report.written.sorted() == ["o/t-1985.svg", "o/t-2003.svg", "o/t-2026.svg"])
    #expect(report.readability?.map(\.view) == ["over-time@1985", "over-time@2003", "over-time@2026"])
    let manifest = try #require(try BuildManifest.read(root + "/graphs/m.json"))
    #expect(manifest.outputs.keys.sorted() == ["o/t-1985.svg", "o/t-2003.svg", "o/t-2026.svg"])
    #expect(Set(manifest.outputs.values.map(\.view)) == ["over-time"])

    let svgs = try ["1985", "2003", "2026"].map { try String(contentsOfFile: root + "/o/t-\($0).svg", encoding: .utf8) }
    let drawn = svgs.map(SVGDocument.actorShapes)
    #expect(Set(drawn[0].keys) == ["iran", "iraq"], "1985: the war only")
    #expect(Set(drawn[2].keys) == ["iran", "iraq", "isis", "usa"])
    for (k, v) in drawn[0] { #expect(drawn[1][k] == v && drawn[2][k] == v, "\(k) moved") }
    for (k, v) in drawn[1] { #expect(drawn[2][k] == v, "\(k) moved") }
    #expect(svgs[0].contains("r1: ") && !svgs[2].contains("r1: "), "2026 does not draw the 1980s war")

    // Check mode agrees; a date's picture edited by hand is stale, the others are not.
    #expect(build.run(check: true).items.allSatisfy { $0.state == .upToDate })
    try (svgs[1] + "<!-- edited -->").write(toFile: root + "/o/t-2003.svg", atomically: true, encoding: .utf8)
    let check = build.run(check: true)
    #expect(check.items.filter { $0.state != .upToDate }.map(\.output) == ["o/t-2003.svg"])
    // Dropping a date leaves its outputs orphaned.
    try """
    defaults: {dataset: alpha}
    views:
      - {id: over-time, types: [alliance, hostility, support], as_of: [1985, 2026], legend: false, title: T, outputs: [o/t.svg]}
    """.write(toFile: root + "/graphs/views.yaml", atomically: true, encoding: .utf8)
    #expect(build.run(check: true).items.filter { $0.state == .orphaned }.map(\.output) == ["o/t-2003.svg"])
  }
}

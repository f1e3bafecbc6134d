import ActorGraph
import DomainTestSupport
import Foundation
import Testing

@testable import ActorGraphDiagrams
@testable import ActorGraphViews

/// `split: [a, d]`: one part per actor, each the view drawn around it; the build says what the
/// parts leave out of the whole.
@Suite struct SplitViewTests {
  // A chain a – b – c – d: around a and around d at depth 1, the tie b–c is on neither part.
  static let data = """
    sources:
      - {id: s1, outlet: Wire}
    actors:
      - {id: a, name: Alpha, kind: state}
      - {id: b, name: Beta, kind: state}
      - {id: c, name: Gamma, kind: state}
      - {id: d, name: Delta Force, kind: armed-group}
    relations:
      - {id: r1, type: alliance, source: a, target: b, attribution: confirmed, sources: [s1]}
      - {id: r2, type: alliance, source: b, target: c, attribution: confirmed, sources: [s1]}
      - {id: r3, type: hostility, source: c, target: d, attribution: confirmed, sources: [s1]}
    """

  func project(_ views: String) throws -> String {
    try TempProject.make(["graphs/alpha/data.yaml": Self.data, "graphs/views.yaml": views])
  }

  func build(_ root: String) -> ViewBuild {
    ViewBuild(root: root, viewFiles: [root + "/graphs/views.yaml"], manifestPath: root + "/graphs/m.json", pipeline: .diagrams)
  }

  @Test func eachOutputIsWrittenPerPartNamedByIt() throws {
    let root = try project(
      """
      defaults: {dataset: alpha, whole_record: true}
      views:
        - {id: chain, split: [a, Delta Force], outputs: [o/chain.svg]}
      """)
    let (views, diags) = ViewFileReader.read(root + "/graphs/views.yaml")
    #expect(diags.isEmpty, "\(diags)")
    #expect(views.first?.outputs == ["o/chain-a.svg", "o/chain-delta-force.svg"])
    #expect(views.first?.partOfOutput["o/chain-delta-force.svg"] == "Delta Force")
    let report = build(root).run(check: false, measure: .slide)
    #expect(!report.hasProblems, "\(report.diagnostics)")
    #expect(report.readability?.map(\.view) == ["chain@a", "chain@Delta Force"])
    let aroundA = try String(contentsOfFile: root + "/o/chain-a.svg", encoding: .utf8)
    let aroundD = try String(contentsOfFile: root + "/o/chain-delta-force.svg", encoding: .utf8)
    #expect(aroundA.contains("r1: ") && !aroundA.contains("r3: ") && aroundA.contains("around Alpha"))
    #expect(aroundD.contains("r3: ") && !aroundD.contains("r1: "))
    // What neither part draws is said, by id.
    let left = try #require(report.diagnostics.first { $0.code == "split-leaves-out" })
    #expect(
      left.severity == .warning && left.message.contains("leave out 1 of the 3 relations") && left.message.contains("(r2)"), "\(left)")
    #expect(build(root).run(check: true).items.allSatisfy { $0.state == .upToDate })
  }

  @Test func partsThatCoverTheWholeViewAreNotWarned() throws {
    let root = try project(
      """
      defaults: {dataset: alpha, whole_record: true}
      views:
        - {id: chain, split: [a, d], depth: 2, outputs: [o/chain.svg]}
      """)
    let report = build(root).run(check: false)
    #expect(!report.hasProblems, "\(report.diagnostics)")
    #expect(!report.diagnostics.contains { $0.code == "split-leaves-out" }, "\(report.diagnostics)")
  }

  @Test func badSplitsAreLocatedErrors() throws {
    let root = try project(
      """
      defaults: {dataset: alpha}
      views:
        - {id: one, split: [a], outputs: [o/one.svg]}
        - {id: two, split: [a, b], focus: [c], outputs: [o/two.svg]}
        - {id: three, split: [a, b], as_of: [2003, 2026], outputs: [o/three.svg]}
        - {id: four, split: ["A b", "a-b"], outputs: [o/four.svg]}
      """)
    let (_, diags) = ViewFileReader.read(root + "/graphs/views.yaml")
    let sites = diags.map { "\($0.location?.line ?? 0) \($0.code)" }.sorted()
    #expect(sites == ["3 bad-value", "4 bad-value", "5 bad-value", "6 bad-value"], "\(diags)")
  }
}

import ActorGraph
import DomainTestSupport
import Foundation
import Testing

@testable import ActorGraphViews

/// A view may name the relation types its dataset declares: the view file is read before any
/// dataset, so the build resolves the names and reports an unknown one where it was written.
@Suite struct DeclaredTypesInViewsTests {
  static let data = """
    dataset: {id: clans}
    vocabulary:
      relation_types:
        - {name: trade, directed: false, sign: +, verb: trades with}
        - {name: feud, directed: false, sign: "-"}
    sources:
      - {id: s1, outlet: Wire}
    actors:
      - {id: a, name: Alpha, kind: state}
      - {id: b, name: Beta, kind: state}
      - {id: c, name: Gamma, kind: state}
    relations:
      - {id: r1, type: trade, source: a, target: b, attribution: confirmed, sources: [s1]}
      - {id: r2, type: feud, source: b, target: c, attribution: confirmed, sources: [s1]}
      - {id: r3, type: alliance, source: a, target: c, attribution: confirmed, sources: [s1]}
    """

  func build(_ views: String) throws -> (report: ViewBuild.Report, root: String) {
    let root = try TempProject.make(["graphs/clans/data.yaml": Self.data, "graphs/views.yaml": views])
    let (_, readErrors) = ViewFileReader.read(root + "/graphs/views.yaml")
    #expect(readErrors.isEmpty, "\(readErrors)")
    let build = ViewBuild(
      root: root, viewFiles: [root + "/graphs/views.yaml"], manifestPath: root + "/graphs/m.json", pipeline: .diagrams)
    return (build.run(check: false), root)
  }

  @Test func aViewDrawsOnlyTheDeclaredTypesItNames() throws {
    let (report, root) = try build(
      """
      views:
        - {id: trade, dataset: clans, types: [trade], outputs: [o/trade.dot]}
      """)
    #expect(!report.hasProblems, "\(report.diagnostics)")
    let dot = try String(contentsOfFile: root + "/o/trade.dot", encoding: .utf8)
    #expect(dot.contains("Alpha") && dot.contains("Beta"))
    #expect(!dot.contains("Gamma"), "feud and alliance are not drawn, so Gamma has no line")
  }

  @Test func aTypeNeitherBuiltInNorDeclaredIsALocatedError() throws {
    let (report, root) = try build(
      """
      views:
        - id: typo
          dataset: clans
          types: [alliance, fued]
          outputs: [o/typo.svg]
      """)
    let d = try #require(report.diagnostics.first { $0.code == "unknown-type" })
    #expect(d.location?.line == 4 && d.location?.column == 23)
    #expect(d.hint?.contains("did you mean 'feud'?") == true)
    #expect(!FileManager.default.fileExists(atPath: root + "/o/typo.svg"))
  }
}

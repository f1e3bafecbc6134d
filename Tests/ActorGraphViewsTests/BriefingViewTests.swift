import ActorGraph
import DomainTestSupport
import Foundation
import Testing

@testable import ActorGraphViews

/// A view that declares a briefing page: built, kept byte-stable, rebuilt when its data changes.
@Suite(.serialized) struct BriefingViewTests {
  static let data = """
    sources:
      - {id: s1, outlet: Wire, published: "2026-03-01"}
    actors:
      - {id: a, name: A, kind: state}
      - {id: b, name: B, kind: armed-group}
    relations:
      - {id: r1, type: support, source: a, target: b, since: "2014", attribution: confirmed, sources: [s1]}
    """
  static let views = """
    views:
      - id: page
        dataset: alpha
        outputs: [out/page.html, out/page.svg]
    """

  func project() throws -> (root: String, build: ViewBuild) {
    let root = try TempProject.make(["graphs/alpha/data.yaml": Self.data, "graphs/views.yaml": Self.views])
    let build = ViewBuild(
      root: root, viewFiles: [root + "/graphs/views.yaml"], manifestPath: root + "/graphs/build-manifest.json",
      pipeline: .diagramsAndPages(toolVersion: "test"))
    return (root, build)
  }

  @Test("A page output is written, then up to date with the same bytes; a data change makes it stale")
  func pageLifecycle() throws {
    let (root, build) = try project()
    let first = build.run(check: false)
    #expect(first.diagnostics.errors.isEmpty, "\(first.diagnostics)")
    #expect(Set(first.written) == ["out/page.html", "out/page.svg"])
    let bytes = try #require(FileManager.default.contents(atPath: root + "/out/page.html"))
    #expect(String(decoding: bytes, as: UTF8.self).contains("<svg"))
    let again = build.run(check: false)
    #expect(again.written.isEmpty)
    #expect(build.run(check: true).items.allSatisfy { $0.state == .upToDate })
    try Self.data.replacingOccurrences(of: "since: \"2014\"", with: "since: \"2015\"")
      .write(toFile: root + "/graphs/alpha/data.yaml", atomically: true, encoding: .utf8)
    let check = build.run(check: true)
    #expect(check.items.first { $0.output == "out/page.html" }?.state == .stale)
    _ = build.run(check: false)
    let rebuilt = try #require(FileManager.default.contents(atPath: root + "/out/page.html"))
    #expect(rebuilt != bytes && String(decoding: rebuilt, as: UTF8.self).contains("\"since\":\"2015\""))
  }

  @Test("A build without a page pipeline says so for the page and still writes the diagrams")
  func noPagePipeline() throws {
    let (root, _) = try project()
    let build = ViewBuild(
      root: root, viewFiles: [root + "/graphs/views.yaml"], manifestPath: root + "/graphs/build-manifest.json",
      pipeline: .diagrams)
    let report = build.run(check: false)
    #expect(report.items.first { $0.output == "out/page.html" }?.state == .failed)
    #expect(report.written == ["out/page.svg"])
  }
}

import ActorGraph
import DomainTestSupport
import Foundation
import Testing

@testable import ActorGraphDiagrams
@testable import ActorGraphViews
@testable import GraphvizKit

/// The incremental build: staleness by content, check mode, no-op builds, orphans, atomic writes.
@Suite(.serialized) struct ViewBuildTests {
  static let alpha = """
    sources:
      - {id: s1, outlet: Wire}
    actors:
      - {id: a, name: A, kind: state}
      - {id: b, name: B, kind: armed-group}
      - {id: c, name: C, kind: armed-group}
      - {id: d, name: D, kind: armed-group}
    relations:
      - {id: r1, type: support, source: a, target: b, attribution: confirmed, sources: [s1]}
      - {id: r2, type: support, source: a, target: c, attribution: confirmed, sources: [s1]}
      - {id: r3, type: hostility, source: c, target: d, attribution: attributed, sources: [s1]}
    """
  static let beta = """
    sources:
      - {id: s1, outlet: Wire}
    actors:
      - {id: x, name: X, kind: state}
      - {id: y, name: Y, kind: state}
    relations:
      - {id: q1, type: alliance, source: x, target: y, attribution: confirmed, sources: [s1]}
    """
  static let views = """
    views:
      - id: all-alpha
        dataset: alpha
        outputs: [out/all-alpha.svg, out/all-alpha.dot]
      - id: ab
        dataset: alpha
        focus: [b]
        depth: 1
        alone: true
        outputs: [out/ab.svg]
      - id: beta
        dataset: beta
        outputs: [out/beta.svg]
    """

  struct Project {
    var root: String
    var build: ViewBuild

    init(pipeline: ViewBuild.Pipeline = ViewBuild.Pipeline.diagrams) throws {
      root = try TempProject.make([
        "graphs/alpha/data.yaml": ViewBuildTests.alpha, "graphs/beta/data.yaml": ViewBuildTests.beta,
        "graphs/views.yaml": ViewBuildTests.views,
      ])
      build = ViewBuild(
        root: root, viewFiles: [root + "/graphs/views.yaml"], manifestPath: root + "/graphs/build-manifest.json",
        pipeline: pipeline)
    }

    func edit(_ file: String, _ transform: (String) -> String) throws {
      let path = root + "/" + file
      try transform(try String(contentsOfFile: path, encoding: .utf8)).write(toFile: path, atomically: true, encoding: .utf8)
    }

    func bytes(_ output: String) -> Data? { FileManager.default.contents(atPath: root + "/" + output) }

    func notCurrent(_ r: ViewBuild.Report) -> [String] {
      r.items.filter { $0.state != .upToDate }.map(\.output).sorted()
    }
  }

  @Test func firstBuildWritesEverythingThenCheckPasses() throws {
    let p = try Project()
    let check1 = p.build.run(check: true)
    #expect(p.notCurrent(check1) == ["out/ab.svg", "out/all-alpha.dot", "out/all-alpha.svg", "out/beta.svg"])
    #expect(check1.items.allSatisfy { $0.state == .missing })
    #expect(p.bytes("out/ab.svg") == nil, "check mode writes nothing")
    #expect(!FileManager.default.fileExists(atPath: p.root + "/graphs/build-manifest.json"))
    let built = p.build.run(check: false)
    #expect(built.written.count == 4)
    #expect(p.notCurrent(p.build.run(check: true)).isEmpty)
  }

  @Test func aDataEditMakesExactlyTheDependentViewsStale() throws {
    let p = try Project()
    _ = p.build.run(check: false)
    // r3 (c–d hostility) is drawn in all-alpha but not in the focus view around b.
    try p.edit("graphs/alpha/data.yaml") { $0.replacingOccurrences(of: "attribution: attributed", with: "attribution: suspected") }
    let check = p.build.run(check: true)
    #expect(p.notCurrent(check) == ["out/all-alpha.dot", "out/all-alpha.svg"])
    let reasons = check.items.first { $0.output == "out/all-alpha.svg" }?.reasons ?? []
    #expect(reasons.contains { $0.contains("graphs/alpha/data.yaml changed") })
    _ = p.build.run(check: false)
    #expect(p.notCurrent(p.build.run(check: true)).isEmpty)
  }

  @Test func aViewEditIsNamedAsTheReason() throws {
    let p = try Project()
    _ = p.build.run(check: false)
    try p.edit("graphs/views.yaml") { $0.replacingOccurrences(of: "depth: 1", with: "depth: 2") }
    let check = p.build.run(check: true)
    #expect(p.notCurrent(check) == ["out/ab.svg"])
    #expect(check.items.first { $0.output == "out/ab.svg" }?.reasons == ["the view's definition changed"])
  }

  @Test func aNoOpBuildTouchesNothing() throws {
    let p = try Project()
    _ = p.build.run(check: false)
    let files = ["out/all-alpha.svg", "out/all-alpha.dot", "out/ab.svg", "out/beta.svg", "graphs/build-manifest.json"]
    func stamps() throws -> [Date] {
      try files.map { try FileManager.default.attributesOfItem(atPath: p.root + "/" + $0)[.modificationDate] as! Date }
    }
    let before = try stamps()
    let manifest = p.bytes("graphs/build-manifest.json")
    Thread.sleep(forTimeInterval: 0.05)
    let again = p.build.run(check: false)
    #expect(again.written.isEmpty)
    #expect(try stamps() == before)
    #expect(p.bytes("graphs/build-manifest.json") == manifest)
  }

  @Test func outputsAreByteIdenticalAcrossBuilds() throws {
    let p = try Project()
    _ = p.build.run(check: false)
    let first = p.bytes("out/all-alpha.svg")
    try FileManager.default.removeItem(atPath: p.root + "/out/all-alpha.svg")
    let rebuilt = p.build.run(check: false)
    #expect(rebuilt.written == ["out/all-alpha.svg"])
    #expect(p.bytes("out/all-alpha.svg") == first)
  }

  @Test func parallelPreparationGivesTheSameOutputs() throws {
    let serial = try Project()
    let parallel = try Project()
    _ = serial.build.run(check: false, jobs: 1)
    _ = parallel.build.run(check: false, jobs: 4)
    for o in ["out/all-alpha.svg", "out/all-alpha.dot", "out/ab.svg", "out/beta.svg"] {
      #expect(serial.bytes(o) != nil && serial.bytes(o) == parallel.bytes(o), "\(o)")
    }
    let m1 = try BuildManifest.read(serial.build.manifestPath)
    let m2 = try BuildManifest.read(parallel.build.manifestPath)
    #expect(m1?.outputs.mapValues(\.output) == m2?.outputs.mapValues(\.output))
  }

  @Test func handEditedOutputIsStale() throws {
    let p = try Project()
    _ = p.build.run(check: false)
    try "tampered".write(toFile: p.root + "/out/beta.svg", atomically: true, encoding: .utf8)
    let check = p.build.run(check: true)
    #expect(p.notCurrent(check) == ["out/beta.svg"])
    #expect(check.items.first { $0.output == "out/beta.svg" }?.reasons == ["the output was changed by hand or damaged"])
  }

  @Test func orphansAreReportedAndCleaned() throws {
    let p = try Project()
    _ = p.build.run(check: false)
    try p.edit("graphs/views.yaml") { text in
      String(text[..<text.range(of: "  - id: beta")!.lowerBound])
    }
    let check = p.build.run(check: true)
    #expect(check.items.contains { $0.output == "out/beta.svg" && $0.state == .orphaned })
    #expect(p.bytes("out/beta.svg") != nil)
    let cleaned = p.build.run(check: false, clean: true)
    #expect(cleaned.removed == ["out/beta.svg"])
    #expect(p.bytes("out/beta.svg") == nil)
    #expect(p.notCurrent(p.build.run(check: true)).isEmpty)
  }

  @Test func theReportMeasuresEveryViewAtItsTargetAndLeavesOutputsAlone() throws {
    let p = try Project()
    _ = p.build.run(check: false)
    try p.edit("graphs/views.yaml") {
      $0.replacingOccurrences(of: "outputs: [out/beta.svg]", with: "fit: 96x54\n    outputs: [out/beta.svg]")
    }
    _ = p.build.run(check: false)
    let before = p.bytes("out/all-alpha.svg")
    let report = p.build.run(check: true, measure: .slide)
    #expect(p.notCurrent(report).isEmpty, "measuring writes nothing")
    #expect(p.bytes("out/all-alpha.svg") == before)
    let measured = try #require(report.readability)
    #expect(measured.map(\.view) == ["all-alpha", "ab", "beta"])
    let alpha = try #require(measured[0].readability)
    #expect(alpha.target == .slide && alpha.edges > 0 && alpha.medianText > 0)
    // A view made for a smaller picture is measured against it, and warned about.
    let beta = try #require(measured[2].readability)
    #expect(beta.target == Readability.Target(width: 96, height: 54))
    #expect(beta.warnings.contains { $0.hasPrefix("median text") })
    #expect(p.build.run(check: true).readability == nil, "no measuring unless asked")
  }

  @Test func aFailedRenderLeavesTheOldFileIntactAndNoTemporaryFiles() throws {
    let good = try Project()
    _ = good.build.run(check: false)
    let old = good.bytes("out/all-alpha.svg")
    try good.edit("graphs/alpha/data.yaml") { $0.replacingOccurrences(of: "name: D", with: "name: Dee") }
    struct Interrupted: Error {}
    var failing = ViewBuild.Pipeline.diagrams
    failing.render = { _, _, format in
      if format == .svg { throw Interrupted() }
      return []
    }
    let broken = ViewBuild(root: good.root, viewFiles: good.build.viewFiles, manifestPath: good.build.manifestPath, pipeline: failing)
    let report = broken.run(check: false)
    #expect(report.hasProblems)
    #expect(good.bytes("out/all-alpha.svg") == old, "the old output is untouched")
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: good.root + "/out").filter { $0.hasPrefix(".") }
    #expect(leftovers.isEmpty)
    // The next build repairs what the failed one left.
    let repaired = good.build.run(check: false)
    #expect(repaired.written.contains("out/all-alpha.svg"))
    #expect(good.notCurrent(good.build.run(check: true)).isEmpty)
  }

  @Test func viewFileErrorsHaveLocations() throws {
    let root = try TempProject.make([
      "graphs/alpha/data.yaml": ViewBuildTests.alpha,
      "graphs/views.yaml": """
      views:
        - id: one
          dataset: alpha
          typs: [support]
          engine: dott
          size_by: fame
          outputs: [out/one.svgz]
        - id: one
          dataset: nowhere
          outputs: [out/two.svg]
      """,
    ])
    let (_, diags) = ViewFileReader.read(root + "/graphs/views.yaml")
    let sites = diags.map { "\($0.location!.line):\($0.location!.column) \($0.code)" }
    #expect(sites.contains("4:5 unknown-key"))
    #expect(sites.contains("5:13 unknown-engine"))
    #expect(sites.contains("6:14 unknown-measure"))
    #expect(sites.contains("7:15 bad-output"))
    #expect(sites.contains("8:9 duplicate-id"))
    #expect(sites.contains("9:14 unknown-dataset"))
    #expect(diags.first { $0.code == "unknown-engine" }?.hint == "did you mean 'dot'?")
  }

  @Test func outputsOutsideTheRootAreLocatedErrorsAndNothingIsWritten() throws {
    let outside = NSTemporaryDirectory() + "actorgraph-outside-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
    let root = try TempProject.make([
      "graphs/alpha/data.yaml": ViewBuildTests.alpha,
      "graphs/views.yaml": """
      views:
        - id: one
          dataset: alpha
          outputs: [out/fine.svg, ../../escape.svg, \(outside)/abs.svg, link/x.dot]
      """,
    ])
    symlink(outside, root + "/link")
    let build = ViewBuild(
      root: root, viewFiles: [root + "/graphs/views.yaml"], manifestPath: root + "/m.json", pipeline: ViewBuild.Pipeline.diagrams)
    let report = build.run(check: false)
    let sites = report.diagnostics.filter { $0.code == "output-outside-root" }.map { "\($0.location!.line):\($0.location!.column)" }
    #expect(sites == ["4:29", "4:47", "4:\(47 + outside.count + 10)"])
    #expect(report.written.isEmpty)
    #expect(try FileManager.default.contentsOfDirectory(atPath: outside).isEmpty)
    #expect(!FileManager.default.fileExists(atPath: root + "/out/fine.svg"), "a build with a confinement error writes nothing")
  }

  @Test func anEditedManifestCannotSteerCleanOutsideTheRoot() throws {
    let p = try Project()
    _ = p.build.run(check: false)
    let outside = NSTemporaryDirectory() + "actorgraph-victim-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: outside + "/folder", withIntermediateDirectories: true)
    try "precious".write(toFile: outside + "/file.txt", atomically: false, encoding: .utf8)
    var manifest = try #require(try BuildManifest.read(p.build.manifestPath))
    let template = try #require(manifest.outputs["out/beta.svg"])
    for victim in ["../../\((outside as NSString).lastPathComponent)/file.txt", outside + "/folder", outside + "/file.txt"] {
      manifest.outputs[victim] = template
    }
    try manifest.encoded().write(toFile: p.build.manifestPath, atomically: false, encoding: .utf8)
    let report = p.build.run(check: false, clean: true)
    let errors = report.diagnostics.filter { $0.code == "manifest-outside-root" }
    #expect(errors.count == 3)
    #expect(errors.allSatisfy { $0.location?.file == p.build.manifestPath && $0.location!.line > 1 })
    #expect(report.removed.isEmpty)
    #expect(try String(contentsOfFile: outside + "/file.txt", encoding: .utf8) == "precious")
    #expect(FileManager.default.fileExists(atPath: outside + "/folder"))
  }

  @Test func cleanDeletesOnlyWhatTheBuildWrote() throws {
    let p = try Project()
    _ = p.build.run(check: false)
    // Drop both the beta view and the focus view; then edit one orphan by hand and replace the other by a folder.
    try p.edit("graphs/views.yaml") { text in
      String(text[..<text.range(of: "  - id: ab")!.lowerBound])
    }
    try "edited by hand".write(toFile: p.root + "/out/beta.svg", atomically: false, encoding: .utf8)
    let report = p.build.run(check: false, clean: true)
    #expect(report.removed == ["out/ab.svg"])
    #expect(p.bytes("out/ab.svg") == nil)
    #expect(p.bytes("out/beta.svg") == Data("edited by hand".utf8))
    #expect(report.diagnostics.contains { $0.code == "clean-kept" && $0.message.contains("out/beta.svg") })
    #expect(p.notCurrent(p.build.run(check: true)).isEmpty, "the kept file is no longer the build's")
  }

  @Test func aKilledRunsTemporaryFilesAreSweptByTheNextBuild() throws {
    let p = try Project()
    _ = p.build.run(check: false)
    let leftover = p.root + "/out/\(OutputFile.temporaryPrefix)ab.svg-99999999-7"
    try "half".write(toFile: leftover, atomically: false, encoding: .utf8)
    #expect(p.build.run(check: true).swept.isEmpty, "check mode writes and removes nothing")
    #expect(FileManager.default.fileExists(atPath: leftover))
    let report = p.build.run(check: false)
    #expect(report.swept == [leftover])
    #expect(!FileManager.default.fileExists(atPath: leftover))
  }

  @Test func anOutputThatIsALinkIsWrittenThrough() throws {
    let p = try Project()
    try FileManager.default.createDirectory(atPath: p.root + "/real", withIntermediateDirectories: true)
    try FileManager.default.createDirectory(atPath: p.root + "/out", withIntermediateDirectories: true)
    symlink("../real/beta.svg", p.root + "/out/beta.svg")
    _ = p.build.run(check: false)
    var info = stat()
    lstat(p.root + "/out/beta.svg", &info)
    #expect(info.st_mode & S_IFMT == S_IFLNK)
    #expect(String(decoding: try #require(FileManager.default.contents(atPath: p.root + "/real/beta.svg")), as: UTF8.self).contains("<svg"))
  }

  @Test func twoViewFilesWritingOneOutputAreAnError() throws {
    let root = try TempProject.make([
      "graphs/alpha/data.yaml": ViewBuildTests.alpha,
      "graphs/a.yaml": "views:\n  - {id: one, dataset: alpha, outputs: [out/x.dot]}\n",
      "graphs/b.yaml": "views:\n  - {id: two, dataset: alpha, types: [support], outputs: [out/x.dot]}\n",
    ])
    let build = ViewBuild(
      root: root, viewFiles: [root + "/graphs/a.yaml", root + "/graphs/b.yaml"], manifestPath: root + "/m.json",
      pipeline: ViewBuild.Pipeline.diagrams)
    let report = build.run(check: false)
    #expect(report.diagnostics.contains { $0.code == "duplicate-output" })
    #expect(report.written.isEmpty)
  }
}

import ActorGraph
import DomainTestSupport
import Foundation
import Testing

@testable import ActorGraphDiagrams
@testable import GraphvizKit

/// Output fit for its medium: size in pixels, aspect, dpi, and the font scale `min_text` uses.
@Suite("Size, aspect, dpi and text scale")
struct MediumTests {
  static let data = """
    dataset: {id: medium}
    sources:
      - {id: s1, outlet: Wire}
    actors:
      - {id: p, name: Patron, kind: state}
      - {id: a, name: Client A, kind: armed-group}
      - {id: b, name: Client B, kind: armed-group}
    relations:
      - {id: r1, type: support, source: p, target: a, attribution: confirmed, sources: [s1]}
      - {id: r2, type: support, source: p, target: b, attribution: confirmed, sources: [s1]}
    """

  func dataset() throws -> Dataset {
    let root = try TempProject.make(["data.yaml": Self.data])
    let loaded = DatasetLoader.load(root + "/data.yaml")
    #expect(!loaded.hasErrors, "\(loaded.diagnostics.errors)")
    return loaded.dataset
  }

  /// Width and height of a PNG, from its IHDR chunk.
  func pngSize(_ bytes: [UInt8]) -> (Int, Int) {
    func be(_ at: Int) -> Int { bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
    return (be(16), be(20))
  }

  @Test("size is inches at the dpi, with !; aspect is a ratio")
  func attributes() throws {
    let data = try dataset()
    var spec = DiagramSpec()
    spec.selection.wholeRecord = true
    spec.layout.size = Readability.Target(width: 1920, height: 1080)
    var g = try DiagramStyler(dataset: data, spec: spec).build()
    #expect(g.attributes[raw: "size"] == .text("20,11.25!"))
    #expect(g.attributes[raw: "dpi"] == nil && g.attributes[raw: "ratio"] == nil)
    spec.layout = try DiagramLayout.parsing([.size: "1920x1080", .dpi: "150", .aspect: "16:9"])
    g = try DiagramStyler(dataset: data, spec: spec).build()
    #expect(g.attributes[raw: "size"] == .text("12.8,7.2!"))
    #expect(g.attributes[raw: "dpi"] == .text("150"))
    #expect(g.attributes[raw: "ratio"] == .text("0.5625"))
  }

  @Test("the layout's one parser: typed values, each bad value one problem naming its key, the CLI's way or a view's")
  func layoutParser() throws {
    let layout = try DiagramLayout.parsing([.engine: "neato", .size: "1920X1080", .aspect: "A4-Portrait", .dpi: "150", .minText: "10.5"])
    #expect(layout.engine == .neato && layout.size == Readability.Target(width: 1920, height: 1080) && layout.dpi == 150)
    #expect(layout.aspect?.description == "a4-portrait" && layout.aspect!.heightPerWidth > 1 && layout.minText == 10.5)
    #expect(DiagramLayout.parse([:]).layout == DiagramLayout() && DiagramLayout().engine == .dot)
    #expect(AspectRatio(parsing: "slide")?.heightPerWidth == 0.5625 && AspectRatio(parsing: "16:9")?.heightPerWidth == 0.5625)
    for bad in ["16/9", "0:9", "1:100", "wide", "16:9:1"] { #expect(AspectRatio(parsing: bad) == nil, "\(bad)") }
    let all = DiagramLayout.parse([.engine: "dott", .size: "big", .aspect: "16/9", .dpi: "4", .minText: "0"])
    #expect(all.problems.map(\.field) == [.engine, .size, .aspect, .dpi, .minText], "every problem, in key order")
    #expect(all.problems.map(\.code) == ["unknown-engine", "bad-value", "bad-value", "bad-number", "bad-number"])
    #expect(all.layout == DiagramLayout(), "a key with a problem keeps its default")
    #expect(all.problems[0].description == "--engine 'dott' is not a layout engine; did you mean 'dot'?")
    #expect(all.problems[2].description == "--aspect '16/9' is not an aspect; use W:H (e.g. 16:9), slide, a4 or a4-portrait")
    #expect(all.problems[3].message(naming: \.rawValue) == "dpi '4' is not a whole number from 36 to 1200")
    #expect(all.problems[4].message(naming: \.rawValue) == "min_text '0' is not a text height from 1 to 200 pixels")
    #expect(DiagramLayout.Field.minText.flag == "--min-text")
    #expect(throws: DiagramLayout.Problem.self) { try DiagramLayout.parsing([.dpi: "1201"]) }
  }

  @Test("a PNG fits its size in pixels at its dpi, scaled up to touch one side", arguments: [96, 192])
  func pngFits(dpi: Int) throws {
    let data = try dataset()
    var spec = DiagramSpec()
    spec.selection.wholeRecord = true
    spec.layout.size = Readability.Target(width: 960, height: 540)
    spec.layout.dpi = dpi
    let (w, h) = pngSize(try DiagramRenderer.render(dataset: data, spec: spec, format: .png))
    #expect(w <= 961 && h <= 541, "\(w)×\(h)")
    #expect(abs(w - 960) <= 1 || abs(h - 540) <= 1, "\(w)×\(h) touches one side")
  }

  @Test("the font scale multiplies every text size, the header's included; 1 leaves the source as it was")
  func fontScale() throws {
    let data = try dataset()
    var spec = DiagramSpec()
    spec.selection.wholeRecord = true
    let plain = DOTEncoder().encode(try DiagramStyler(dataset: data, spec: spec).build())
    spec.fontScale = 1.5
    let g = try DiagramStyler(dataset: data, spec: spec).build()
    #expect(g.nodeDefaults.fontsize == 16.5 && g.edgeDefaults.fontsize == 13.5)
    #expect(g.attributes[raw: "fontsize"] == .text("21"))
    guard case .html(let header)? = g.attributes.label else {
      Issue.record("no header")
      return
    }
    #expect(header.markup.contains("point-size=\"24\"") && !header.markup.contains("point-size=\"16\""), "the title, 16 × 1.5")
    #expect(header.markup.contains("width=\"33\""), "swatches grow too (22 × 1.5)")
    #expect(!plain.contains("fontsize=\"14\"") && !plain.contains("ratio"), "scale 1 adds nothing")
  }
}

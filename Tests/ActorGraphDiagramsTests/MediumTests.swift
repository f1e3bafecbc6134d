import ActorGraph
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

  @Test("size is inches at the dpi, with !; aspect is a ratio; bad values are errors")
  func attributes() throws {
    let data = try dataset()
    var spec = DiagramSpec()
    spec.selection.wholeRecord = true
    spec.size = "1920x1080"
    var g = try DiagramStyler(dataset: data, spec: spec).build()
    #expect(g.attributes[raw: "size"] == .text("20,11.25!"))
    #expect(g.attributes[raw: "dpi"] == nil && g.attributes[raw: "ratio"] == nil)
    spec.dpi = 150
    spec.aspect = "16:9"
    g = try DiagramStyler(dataset: data, spec: spec).build()
    #expect(g.attributes[raw: "size"] == .text("12.8,7.2!"))
    #expect(g.attributes[raw: "dpi"] == .text("150"))
    #expect(g.attributes[raw: "ratio"] == .text("0.5625"))
    #expect(DiagramSpec.aspectRatio("slide") == 0.5625 && DiagramSpec.aspectRatio("a4-portrait")! > 1)
    for bad in ["16/9", "0:9", "1:100", "wide"] { #expect(DiagramSpec.aspectRatio(bad) == nil, "\(bad)") }
    spec.size = "big"
    #expect(throws: DiagramError.self) { try DiagramStyler(dataset: data, spec: spec).build() }
  }

  @Test("a PNG fits its size in pixels at its dpi, scaled up to touch one side", arguments: [96, 192])
  func pngFits(dpi: Int) throws {
    let data = try dataset()
    var spec = DiagramSpec()
    spec.selection.wholeRecord = true
    spec.size = "960x540"
    spec.dpi = dpi
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

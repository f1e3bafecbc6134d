import ActorGraph
import DomainTestSupport
import Foundation
import Testing

@testable import ActorGraphDiagrams
@testable import GraphvizKit

/// Confidence in diagrams: every tooltip gives it beside attribution, lines may be weighed by it,
/// and a spec's source filter selects before anything is drawn.
@Suite("Confidence and sources in diagrams")
struct ConfidenceDiagramTests {
  // s1 is graded B (strong), s2 D (weak): r1 confirmed by s1 is high; r2 confirmed by s2 low;
  // r3 support on the same pair as r4 alliance (p before z, so the pair's order), one merged line; r3 rests on s2 alone.
  static let data = """
    dataset: {id: conf}
    sources:
      - {id: s1, outlet: Wire, reliability: B, reliability_reason: an established wire}
      - {id: s2, outlet: Blog, reliability: D, reliability_reason: anonymous explainer}
    actors:
      - {id: p, name: Patron, kind: state}
      - {id: a, name: Client A, kind: armed-group}
      - {id: b, name: Client B, kind: armed-group}
      - {id: z, name: Client Z, kind: state}
    relations:
      - {id: r1, type: support, source: p, target: a, attribution: confirmed, sources: [s1]}
      - {id: r2, type: support, source: p, target: b, attribution: confirmed, sources: [s2]}
      - {id: r3, type: support, source: p, target: z, attribution: confirmed, sources: [s2]}
      - {id: r4, type: alliance, source: p, target: z, attribution: confirmed, sources: [s1, s2]}
    """

  func dataset() throws -> Dataset {
    let root = try TempProject.make(["data.yaml": Self.data])
    let loaded = DatasetLoader.load(root + "/data.yaml")
    #expect(!loaded.hasErrors, "\(loaded.diagnostics.errors)")
    return loaded.dataset
  }

  func edge(_ g: DOTGraph, _ from: String, _ to: String) throws -> DOTEdge {
    try #require(g.edges.first { $0.from == "actor:" + from && $0.to == "actor:" + to })
  }

  @Test("tooltips give each relation's confidence beside its attribution, merged lines each one's")
  func tooltips() throws {
    let data = try dataset()
    #expect(data.relations.map(\.confidence) == [.high, .low, .low, .high], "the domain's confidence function")
    var spec = DiagramSpec()
    spec.selection.wholeRecord = true
    let g = try DiagramStyler(dataset: data, spec: spec).build()
    #expect(try edge(g, "p", "a").attributes.tooltip?.contains("; confirmed, high confidence; sources: s1") == true)
    #expect(try edge(g, "p", "b").attributes.tooltip?.contains("; confirmed, low confidence; sources: s2") == true)
    let merged = try edge(g, "p", "z").attributes.tooltip ?? ""
    #expect(merged.contains("r3: ") && merged.contains("r4: "))
    #expect(merged.split(separator: "\n").filter { $0.contains("r3: ") }.first?.contains("low confidence") == true)
    #expect(merged.split(separator: "\n").filter { $0.contains("r4: ") }.first?.contains("high confidence") == true)
  }

  @Test("draw confidence: the surest relation's confidence sets the weight; the legend says so; off by default")
  func weights() throws {
    let data = try dataset()
    var spec = DiagramSpec()
    spec.selection.wholeRecord = true
    let plain = try DiagramStyler(dataset: data, spec: spec).build()
    #expect(try edge(plain, "p", "a").attributes.penwidth == edge(plain, "p", "b").attributes.penwidth)
    spec.drawConfidence = true
    let g = try DiagramStyler(dataset: data, spec: spec).build()
    let high = try #require(try edge(g, "p", "a").attributes.penwidth)
    let low = try #require(try edge(g, "p", "b").attributes.penwidth)
    #expect(high > low * 2, "high is drawn heavier than low: \(high) vs \(low)")
    let base = try #require(try edge(plain, "p", "a").attributes.penwidth)
    #expect(high == base * 1.8 && low == base * 0.6)
    guard case .html(let header)? = g.attributes.label else {
      Issue.record("no header")
      return
    }
    #expect(header.markup.contains("line weight: high confidence (its surest relation)"))
    #expect(header.markup.contains("line weight: low confidence (its surest relation)"))
    #expect(!header.markup.contains("line weight: moderate confidence"), "only the levels drawn")
  }

  @Test("a spec's source filter selects before drawing, recomputes confidence, and the caption says so")
  func sources() throws {
    let data = try dataset()
    var spec = DiagramSpec()
    spec.selection.wholeRecord = true
    spec.selection.excludeSources = ["s2"]
    let g = try DiagramStyler(dataset: data, spec: spec).build()
    #expect(g.edges.count == 2, "r2 and r3 rest on s2 alone and go: \(g.edges.map(\.attributes.svgID))")
    #expect(try edge(g, "p", "z").attributes.tooltip?.contains("r3: ") == false)
    guard case .html(let header)? = g.attributes.label else {
      Issue.record("no header")
      return
    }
    #expect(header.markup.contains("without sources s2"))
    spec.selection.excludeSources = nil
    spec.selection.sources = ["s2"]
    let kept = try DiagramStyler(dataset: data, spec: spec).build()
    #expect(!kept.edges.contains { $0.to == "actor:a" })
    // r4 keeps only s2 (D): its confidence is recomputed from what is left, high → low.
    #expect(try edge(kept, "p", "z").attributes.tooltip?.contains("r4: ") == true)
    #expect(
      try edge(kept, "p", "z").attributes.tooltip?.split(separator: "\n").first { $0.contains("r4: ") }?.contains("low confidence") == true)
    #expect(spec.unknownSources(in: data).isEmpty)
    spec.selection.sources = ["s9"]
    #expect(spec.unknownSources(in: data) == ["s9"])
    #expect(spec.selectingSources(spec.selectingSources(data)).relations.count == spec.selectingSources(data).relations.count)
  }
}

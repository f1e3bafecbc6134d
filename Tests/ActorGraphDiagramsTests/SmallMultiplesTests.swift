import ActorGraph
import DomainTestSupport
import Foundation
import TestSupport
import Testing

@testable import ActorGraphDiagrams
@testable import GraphvizKit

/// Small multiples: laid out once, every date drawn with its actors at the same place.
@Suite("Small multiples")
struct SmallMultiplesTests {
  static let data = """
    dataset: {id: multiples}
    sources:
      - {id: s1, outlet: Wire, published: "2026-03-01"}
    actors:
      - {id: iran, name: Iran, kind: state}
      - {id: iraq, name: Iraq, kind: state}
      - {id: usa, name: United States, kind: state}
      - {id: isis, name: Islamic State, kind: armed-group, founded: "2013"}
    relations:
      - {id: r1, type: hostility, source: iran, target: iraq, since: "1980", until: "1988", attribution: confirmed, sources: [s1]}
      - {id: r2, type: alliance, source: iran, target: iraq, since: "2003", attribution: confirmed, sources: [s1]}
      - {id: r3, type: hostility, source: usa, target: isis, since: "2014", attribution: confirmed, sources: [s1]}
      - {id: r4, type: support, source: usa, target: iraq, since: "2003", attribution: confirmed, sources: [s1]}
    """

  func dataset() throws -> Dataset {
    let root = try TempProject.make(["data.yaml": Self.data])
    let loaded = DatasetLoader.load(root + "/data.yaml")
    #expect(!loaded.hasErrors, "\(loaded.diagnostics.errors)")
    return loaded.dataset
  }

  @Test("every actor is at the same place on every date; each date shows only what held then")
  func identicalPositions() throws {
    let data = try dataset()
    var spec = DiagramSpec(try Selection.parsing([.types: ["alliance,hostility,support"], .multiples: ["1985,2003,2026"]]))
    spec.legend = false
    spec.title = "T"
    let sources = try SmallMultiples.sources(dataset: data, spec: spec)
    #expect(sources.map(\.date.description) == ["1985", "2003", "2026"])
    let svgs = try sources.map {
      String(decoding: try DiagramRenderer.render(source: $0.source, engine: SmallMultiples.engine, format: .svg), as: UTF8.self)
    }
    let drawn = svgs.map(SVGDocument.actorShapes)
    #expect(Set(drawn[0].keys) == ["iran", "iraq"], "1985: the war only")
    #expect(Set(drawn[2].keys) == ["iran", "iraq", "isis", "usa"])
    for (k, v) in drawn[0] { #expect(drawn[1][k] == v && drawn[2][k] == v, "\(k) moved") }
    for (k, v) in drawn[1] { #expect(drawn[2][k] == v, "\(k) moved") }
    #expect(svgs[0].contains("hostility") && !svgs[2].contains("r1: "), "2026 does not draw the 1980s war")
    // Same frame: with the same header (no legend, one title), the same viewBox and translation.
    let frames = svgs.map { svg in
      ["viewBox", "transform"].map { key in svg.range(of: key + #"="[^"]*""#, options: .regularExpression).map { String(svg[$0]) } ?? "" }
    }
    #expect(frames[0] == frames[1] && frames[1] == frames[2], "\(frames)")
    #expect(svgs[0].contains("absent&#45;actor&#45;usa") && svgs[0].contains("not in this snapshot"), "absent actors are ghosts")
    let again = try SmallMultiples.sources(dataset: data, spec: spec)
    #expect(again.map(\.source) == sources.map(\.source), "deterministic")
  }

  /// The drawn path of a line, by its SVG id (`rel-…`).
  func path(_ svg: String, _ id: String) -> String? {
    guard let start = svg.range(of: "<g id=\"" + id.replacingOccurrences(of: "-", with: "&#45;") + "\"") else { return nil }
    let rest = svg[start.upperBound...]
    return rest.range(of: #" d="[^"]*""#, options: .regularExpression).map { String(rest[$0]) }
  }

  @Test("with a legend: every date lists the series' legend, so the frames still match; lines keep the union's routes")
  func seriesLegendAndRoutes() throws {
    let data = try dataset()
    var spec = DiagramSpec(try Selection.parsing([.types: ["alliance,hostility,support"], .multiples: ["1985,2003,2026"]]))
    spec.title = "T"
    let sources = try SmallMultiples.sources(dataset: data, spec: spec)
    let svgs = try sources.map {
      String(decoding: try DiagramRenderer.render(source: $0.source, engine: SmallMultiples.engine, format: .svg), as: UTF8.self)
    }
    // 1985 draws only the war, yet its legend keys the alliance and support of the later dates.
    #expect(!svgs[0].contains("r2: ") && svgs[0].contains(">alliance<") && svgs[0].contains(">support<"))
    let frames = svgs.map { svg in svg.range(of: #"viewBox="[^"]*""#, options: .regularExpression).map { String(svg[$0]) } ?? "" }
    #expect(frames[0] == frames[1] && frames[1] == frames[2], "\(frames)")
    // r4 (support, since 2003) is drawn on the same route in 2003 and 2026.
    let route2003 = try #require(path(svgs[1], "rel-support-usa-iraq-0"))
    #expect(path(svgs[2], "rel-support-usa-iraq-0") == route2003)
  }
}

import ActorGraph
import DomainTestSupport
import Foundation
import TestSupport
import Testing

@testable import ActorGraphDiagrams
@testable import GraphvizKit

@Suite struct DiagramStylerTests {
  @Test func hostileNamesSurviveTheRoundTripThroughLibcgraph() throws {
    let data = try TempProject.hostile()
    let dot = try DiagramRenderer.source(dataset: data, spec: DiagramSpec())
    let parsed = try GraphvizRenderer().parse(dot: dot)
    func allNodes(_ g: ParsedGraph) -> [ParsedGraph.Node] { g.nodes + g.subgraphs.flatMap(allNodes) }
    let nodes = allNodes(parsed)
    func allClusters(_ g: ParsedGraph) -> [ParsedGraph] { g.subgraphs + g.subgraphs.flatMap(allClusters) }
    for actor in data.actors {
      if actor.kind == .umbrellaGroup {
        // An umbrella with members is its cluster; the cluster carries the name and the profile.
        let cluster = try #require(allClusters(parsed).first { $0.name == "cluster_umbrella-" + actor.id })
        #expect(cluster.attributes["label"].map(DOTEscaping.unescape) == actor.name)
        continue
      }
      let node = try #require(nodes.first { $0.name == "actor:" + actor.id }, "node for \(actor.id)")
      let expected = actor.kind == .unidentified ? "? " + actor.name : actor.name
      // Labels and tooltips are escStrings: libcgraph keeps the escapes, Graphviz reads them back.
      #expect(node.attributes["label"].map(DOTEscaping.unescape) == expected, "label of \(actor.id)")
      #expect(node.attributes["tooltip"].map(DOTEscaping.unescape)?.hasPrefix(actor.name) == true)
    }
    #expect(parsed.edges.count >= 5)
  }

  @Test func svgIsWellFormedWithStableIdsClustersAndLegend() throws {
    let data = try TempProject.hostile()
    let svg = try DiagramRenderer.render(dataset: data, spec: DiagramSpec(), format: .svg)
    let doc = try SVGDocument(svg)
    let ids = doc.ids
    for actor in data.actors where actor.kind != .umbrellaGroup { #expect(ids.contains("actor-" + actor.id), "\(actor.id)") }
    #expect(ids.contains("umbrella-umbrella"))
    #expect(ids.contains("a_legend"))
    #expect(ids.contains("rel-support-state-a-umbrella-0"))
    #expect(ids.contains("rel-attack-militia-2-site-x-2"), "a suspected attack is drawn in the uncertain tier")
    // Members sit inside the umbrella's cluster; membership is not drawn again as an edge.
    #expect(!ids.contains { $0.hasPrefix("rel-membership-") })
    #expect(doc.elements(withClass: "cluster").count == 1, "the umbrella; the legend sits in the graph label, not a cluster")
    let text = String(decoding: svg, as: UTF8.self)
    #expect(text.contains("كتائب حزب الله"))
    #expect(!text.contains("<b>bold</b>"), "names are escaped, never markup")
  }

  @Test func attributionShowsInTheLineStyle() throws {
    let data = try TempProject.hostile()
    let graph = try DiagramStyler(dataset: data, spec: DiagramSpec()).build()
    func style(_ id: String) -> [DOTStyle]? { graph.edges.first { $0.attributes.svgID == id }?.attributes.style }
    #expect(style("rel-attack-militia-1-site-x-0") == [.solid])
    #expect(style("rel-attack-militia-2-site-x-2") == [.dotted])
    #expect(style("rel-hostility-militia-2-state-a-1") == [.dashed], "symmetric relations: one line per unordered pair")
    let tooltip = try #require(graph.edges.first { $0.attributes.svgID == "rel-attack-militia-1-site-x-0" }?.attributes.tooltip)
    #expect(tooltip.contains("r4") && tooltip.contains("claimed") && tooltip.contains("2 killed") && tooltip.contains("s1"))
  }

  /// One strike told by two records on the same line (two sources blaming X), and a third account
  /// blaming Y: the line says one event, not two, and the tooltip shows Y's account beside X's.
  @Test func attackLinesCountEventsAndShowCompetingAttributions() throws {
    let text = """
      sources: [{id: s1, outlet: Wire}, {id: s2, outlet: Post}]
      actors:
        - {id: x, name: X, kind: state}
        - {id: y, name: Y, kind: armed-group}
        - {id: base, name: Base, kind: site}
      relations:
        - {id: a1, event: strike, type: attack, source: x, target: base, date: 2026-03-02, attribution: attributed,
           attributed_by: officials, sources: [s1]}
        - {id: a2, event: strike, type: attack, source: x, target: base, date: 2026-03-02, attribution: attributed,
           attributed_by: a wire, sources: [s2]}
        - {id: a3, event: strike, type: attack, source: y, target: base, date: 2026-03-02, attribution: blamed,
           attributed_by: a local leader, sources: [s2]}
        - {id: other, type: attack, source: x, target: base, date: 2026-03-09, attribution: attributed, sources: [s1]}
      """
    let root = try TempProject.make(["d.yaml": text])
    let r = DatasetLoader.load(root + "/d.yaml")
    #expect(!r.hasErrors, "\(r.diagnostics)")
    let graph = try DiagramStyler(dataset: r.dataset, spec: DiagramSpec()).build()
    let line = try #require(graph.edges.first { $0.from == "actor:x" })
    guard case .text(let label) = try #require(line.attributes.label) else { throw DiagramError("no text label") }
    #expect(label.hasPrefix("2 events"), "strike (told twice) and other: \(label)")
    let tooltip = try #require(line.attributes.tooltip)
    #expect(tooltip.contains("same event strike: a3, y attacked base") && tooltip.contains("a local leader"), "\(tooltip)")
    let yLine = try #require(graph.edges.first { $0.from == "actor:y" })
    #expect(try #require(yLine.attributes.tooltip).contains("same event strike: a1, x attacked base"))
    // Without the second event, the two records of the strike make one event: no count at all.
    let one = try DiagramStyler(
      dataset: r.dataset, spec: DiagramSpec(try Selection.parsing([.window: ["2026-03-01..2026-03-05"]]))
    ).build()
    guard case .text(let single) = try #require(one.edges.first { $0.from == "actor:x" }?.attributes.label) else {
      throw DiagramError("no text label")
    }
    #expect(!single.contains("events"), "\(single)")
  }

  @Test func legendListsExactlyWhatIsDrawn() throws {
    let data = try TempProject.hostile()
    let onlySupport = try DiagramRenderer.source(dataset: data, spec: DiagramSpec(try Selection.parsing([.types: ["support"]])))
    #expect(onlySupport.contains("support"))
    #expect(!onlySupport.contains(">attack"))
    #expect(!onlySupport.contains("hostility"))
    let all = try DiagramRenderer.source(dataset: data, spec: DiagramSpec())
    #expect(all.contains("attack (count, dates)"))
    #expect(all.contains("suspected, inferred or unattributed"))
    #expect(all.contains("unidentified perpetrator"))
  }

  @Test func rendersAreByteIdenticalAndFormatsHaveTheirMagic() throws {
    let data = try TempProject.hostile()
    let a = try DiagramRenderer.render(dataset: data, spec: DiagramSpec(), format: .svg)
    let b = try DiagramRenderer.render(dataset: data, spec: DiagramSpec(), format: .svg)
    #expect(a == b)
    let png = try DiagramRenderer.render(dataset: data, spec: DiagramSpec(), format: .png)
    #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
    let pdf = try DiagramRenderer.render(dataset: data, spec: DiagramSpec(), format: .pdf)
    #expect(Array(pdf.prefix(5)) == Array("%PDF-".utf8))
  }

  @Test func exactAttributionLevelsAndOnlyActualReachTheDiagram() throws {
    let data = try TempProject.hostile()
    let suspectedOnly = try DiagramStyler(dataset: data, spec: DiagramSpec(try Selection.parsing([.attribution: ["suspected"]]))).build()
    let ids = suspectedOnly.edges.compactMap(\.attributes.svgID)
    #expect(ids == ["rel-attack-militia-2-site-x-2"])
  }

  @Test func aFocusNotYetFoundedIsSaidInTheCaptionWithItsGrounds() throws {
    let root = try TempProject.make([
      "data.yaml": """
      sources: [{id: s1, outlet: Wire, published: "2026-03-05"}]
      actors:
        - {id: group, name: Group, kind: armed-group, founded: "2014", sources: [s1]}
        - {id: state, name: State, kind: state}
      relations:
        - {id: r1, type: support, source: state, target: group, since: "2016", attribution: confirmed, sources: [s1]}
      """
    ])
    let loaded = DatasetLoader.load(root + "/data.yaml")
    try #require(!loaded.hasErrors, "\(loaded.diagnostics.errors)")
    func caption(asOf: String) throws -> String {
      let spec = DiagramSpec(try Selection.parsing([.focus: ["group"], .asOf: [asOf]]))
      let graph = try DiagramStyler(dataset: loaded.dataset, spec: spec).build()
      guard case .html(let label)? = graph.attributes.label else { return "" }
      return label.markup
    }
    let before = try caption(asOf: "2010")
    #expect(before.contains("Group not yet founded (2014 in the data) · 1 actors, 0 relations"), "\(before)")
    #expect(!before.contains("·  ·") && !before.contains("· ·"), "no empty part where no type is drawn")
    let after = try caption(asOf: "2020")
    #expect(!after.contains("not yet founded") && after.contains("support · as of 2020"), "\(after)")
  }

  @Test func focusAloneDrawsOnlyTheEgoNetwork() throws {
    let data = try TempProject.hostile()
    let g = try DiagramStyler(
      dataset: data, spec: alone(DiagramSpec(try Selection.parsing([.types: ["attack"], .focus: ["militia-1"], .depth: ["1"]])))
    ).build()
    let dot = DOTEncoder().encode(g)
    #expect(dot.contains("actor:militia-1") && dot.contains("actor:site-x"))
    #expect(!dot.contains("actor:state-a"))
    let faded = try DiagramStyler(
      dataset: data, spec: DiagramSpec(try Selection.parsing([.types: ["attack"], .focus: ["militia-1"], .depth: ["1"]]))
    ).build()
    let nobody = try #require(faded.nodes.first { $0.id == "actor:nobody" })
    #expect(nobody.attributes.color == .rgb(0xC8, 0xC8, 0xC8), "outside the focus is faded")
  }

  @Test func pathThatDoesNotExistIsAClearError() throws {
    let data = try TempProject.hostile()
    #expect(throws: DiagramError.self) {
      try DiagramStyler(dataset: data, spec: DiagramSpec(try Selection.parsing([.types: ["attack"], .path: ["site-x", "militia-1"]])))
        .build()
    }
    #expect(throws: DiagramError.self) {
      try DiagramStyler(dataset: data, spec: DiagramSpec(try Selection.parsing([.focus: ["no-such-actor"]]))).build()
    }
  }

  @Test func tooLargeForTheEngineSuggestsSfdp() throws {
    var edges = "source,target,type\n"
    for i in 0..<400 { edges += "n\(i),n\(i + 1),support\n" }
    let root = try TempProject.make(["big/edges.csv": edges])
    let data = DatasetLoader.load(root + "/big").dataset
    do {
      _ = try DiagramStyler(dataset: data, spec: DiagramSpec()).build()
      Issue.record("expected a size error")
    } catch let e as DiagramError {
      #expect(e.message.contains("sfdp"))
    }
    _ = try DiagramStyler(dataset: data, spec: DiagramSpec(layout: DiagramLayout(engine: .sfdp))).build()
  }

  @Test func diffDiagramMarksWhatAppearedAndEnded() throws {
    let seed = DatasetLoader.load(repositoryRoot + "/graphs/iraq-2026")
    let spec = DiagramSpec(try Selection.parsing([.types: ["alliance,hostility"], .diff: ["1985", "2015"]]))
    let graph = try DiagramStyler(dataset: seed.dataset, spec: spec).build()
    let ids = Set(graph.edges.compactMap(\.attributes.svgID))
    #expect(ids.contains("rel-alliance-iran-iraq-0-new"), "the alliance since 2003 is new")
    #expect(ids.contains("rel-hostility-iran-iraq-0-ended"), "the 1980–88 war ended")
    #expect(ids.allSatisfy { $0.hasSuffix("-new") || $0.hasSuffix("-ended") }, "only changes are drawn")
    #expect(throws: DiagramError.self) {
      try DiagramStyler(dataset: seed.dataset, spec: reversedDiff()).build()
    }
  }

  @Test func seedDiagramsRender() throws {
    let seed = DatasetLoader.load(repositoryRoot + "/graphs/iraq-2026")
    #expect(!seed.hasErrors)
    let spec = DiagramSpec(try Selection.parsing([.attacksOn: ["united-states"], .attacksIn: ["iraq"]]))
    let svg = try DiagramRenderer.render(dataset: seed.dataset, spec: spec, format: .svg)
    let ids = try SVGDocument(svg).ids
    #expect(ids.contains("rel-attack-irgc-harir-air-base-0"), "the claimed IRGC strike, solid")
    #expect(ids.contains("rel-attack-islamic-resistance-in-iraq-diplomatic-support-centre-2"), "the suspected drone strike, dotted")
    #expect(ids.contains("actor-unidentified-attacker"))
  }
}

/// `spec`, drawn alone.
private func alone(_ spec: DiagramSpec) -> DiagramSpec {
  var s = spec
  s.alone = true
  return s
}

/// A spec whose diff runs backwards, as the parser never makes it: the styler refuses it too.
private func reversedDiff() -> DiagramSpec {
  var s = Selection()
  s.diff = Selection.DatePair(from: FuzzyDate(parsing: "2015")!, to: FuzzyDate(parsing: "1985")!)
  return DiagramSpec(s)
}

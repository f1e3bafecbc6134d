import ActorGraph
import DomainTestSupport
import Foundation
import Testing

@testable import ActorGraphDiagrams
@testable import GraphvizKit

@Suite("Overviews: collapsed umbrellas, top actors")
struct OverviewDiagramTests {
  static let data = """
    dataset: {id: overview}
    sources:
      - {id: s1, outlet: Wire}
    actors:
      - {id: patron, name: Patron, kind: state}
      - {id: rival, name: Rival, kind: state}
      - {id: front, name: Front, kind: umbrella-group}
      - {id: g1, name: Group One, kind: armed-group}
      - {id: g2, name: Group Two, kind: armed-group}
      - {id: g3, name: Group Three, kind: armed-group}
      - {id: loner, name: Loner, kind: armed-group}
    relations:
      - {id: m1, type: membership, source: g1, target: front, attribution: confirmed, sources: [s1]}
      - {id: m2, type: membership, source: g2, target: front, attribution: confirmed, sources: [s1]}
      - {id: m3, type: membership, source: g3, target: front, attribution: confirmed, sources: [s1]}
      - {id: r1, type: support, source: patron, target: g1, attribution: confirmed, sources: [s1]}
      - {id: r2, type: support, source: patron, target: g2, attribution: attributed, sources: [s1]}
      - {id: r3, type: attack, source: g3, target: rival, date: "2024", attribution: claimed, sources: [s1]}
      - {id: r4, type: hostility, source: patron, target: rival, attribution: confirmed, sources: [s1]}
      - {id: r5, type: support, source: patron, target: loner, attribution: suspected, sources: [s1]}
    """

  func dataset() throws -> Dataset {
    let root = try TempProject.make(["data.yaml": Self.data])
    let loaded = DatasetLoader.load(root + "/data.yaml")
    #expect(!loaded.hasErrors, "\(loaded.diagnostics.errors)")
    return loaded.dataset
  }

  @Test("an umbrella stands for its members: one node with their count, their relations on it, tooltips kept")
  func collapse() throws {
    let data = try dataset()
    let reps = Overview.umbrellaRepresentatives(data, filter: .all)
    #expect(reps.count == 3)
    #expect(Set(reps.values.map { data.actor($0).id }) == ["front"])
    var spec = DiagramSpec()
    spec.selection.collapseUmbrellas = true
    let g = try DiagramStyler(dataset: data, spec: spec).build()
    func allNodes(_ nodes: [DOTNode], _ subs: [DOTSubgraph]) -> [DOTNode] { nodes + subs.flatMap { allNodes($0.nodes, $0.subgraphs) } }
    let ids = allNodes(g.nodes, g.subgraphs).map(\.id)
    #expect(!ids.contains("actor:g1") && !ids.contains("actor:g2") && !ids.contains("actor:g3"))
    let front = try #require(allNodes(g.nodes, g.subgraphs).first { $0.id == "actor:front" })
    guard case .text(let label) = front.label else {
      Issue.record("no label")
      return
    }
    #expect(label == "Front\n3 members")
    #expect(g.subgraphs.isEmpty, "no cluster once members are collapsed")
    let support = try #require(g.edges.first { $0.from == "actor:patron" && $0.to == "actor:front" })
    #expect(support.attributes.tooltip?.contains("r1:") == true && support.attributes.tooltip?.contains("r2:") == true)
    #expect(support.attributes.style == [.solid], "the surest of r1 (confirmed) and r2 (attributed)")
    #expect(g.edges.contains { $0.from == "actor:front" && $0.to == "actor:rival" })
  }

  @Test("top: N keeps the N most central actors, after collapsing, ties by id")
  func top() throws {
    let data = try dataset()
    let reps = Overview.umbrellaRepresentatives(data, filter: .all)
    let kept = try Overview.topActors(data, filter: .all, by: .degree, count: 3, representatives: reps)
    // Degrees after collapsing: patron 3 (front, rival, loner), front 2, rival 2, loner 1.
    #expect(Set(kept.map { data.actor($0).id }) == ["patron", "front", "rival"])
    var spec = DiagramSpec()
    spec.selection.collapseUmbrellas = true
    spec.selection.top = 3
    spec.selection.rankBy = .degree
    let g = try DiagramStyler(dataset: data, spec: spec).build()
    #expect(!g.edges.contains { $0.to == "actor:loner" })
    #expect(g.edges.count == 3, "\(g.edges.map(\.attributes.svgID))")
  }
}

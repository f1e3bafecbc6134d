import ActorGraph
import ActorGraphRendering
import Foundation
import Testing

/// The DOT data export, read back through libcgraph: every actor and relation, with its fields.
@Suite struct DataDOTExportTests {
  @Test func libcgraphReadsEveryActorRelationAndField() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    let seed = DatasetLoader.load(root + "/graphs/iraq-2026").dataset
    let dot = DatasetExport(seed).render(.dot)[0].text
    let parsed = try GraphvizRenderer().parse(dot: dot)
    #expect(parsed.isDirected && !parsed.isStrict)
    #expect(parsed.nodes.count == seed.actors.count)
    #expect(parsed.edges.count == seed.relations.count, "parallel relations stay separate edges")
    let iran = try #require(parsed.node(named: "iran"))
    #expect(iran.attributes["label"] == "Iran" && iran.attributes["kind"] == "state")
    let withDetails = try #require(seed.relations.firstIndex { $0.details?.note?.contains("\"") == true || $0.details?.killed != nil })
    let r = seed.relations[withDetails]
    let edge = try #require(parsed.edges.first { $0.attributes["edge_id"] == "e\(withDetails)" })
    #expect(edge.tail == seed.actor(r.source).id && edge.head == seed.actor(r.target).id)
    #expect(edge.attributes["type"] == r.type.rawValue)
    #expect(edge.attributes["note"] == r.details?.note)
    #expect(edge.attributes["killed"] == r.details?.killed.map(String.init))
  }
}

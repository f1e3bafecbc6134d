import ActorGraph
import ActorGraphDiagrams
import Foundation
import GraphvizKit
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

/// DOT import goes through libcgraph: our DOT export comes back with every relation field, and a
/// syntax error is located.
@Suite struct DOTImportTests {
  @Test func ourDOTComesBackWhole() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    let seed = DatasetLoader.load(root + "/graphs/iraq-2026").dataset
    let g = try DOTGraphReader.read(dot: DatasetExport(seed).render(.dot)[0].text, name: "x.dot")
    let r = ForeignImport(mapping: ImportMapping(), datasetID: "x").run(g)
    let d = try #require(r.dataset, "\(r.diagnostics.prefix(3))")
    #expect(d.relations.count == seed.relations.count)
    func rows(_ d: Dataset) -> Set<String> {
      Set(
        d.relations.map { r in
          "\(d.actor(r.source).id)>\(d.actor(r.target).id) "
            + ExchangeFields.relation.map { $0.value(of: r, in: d)?.text ?? "" }.joined(separator: "|")
        })
    }
    #expect(rows(d) == rows(seed), "cgraph orders edges by node, so compare as sets")
    #expect(Set(d.actors.map(\.id)) == Set(seed.actors.map(\.id)))
  }

  @Test func aSyntaxErrorIsLocated() {
    do {
      _ = try DOTGraphReader.read(dot: "digraph {\n a -> b;\n c -> ;\n}\n", name: "bad.dot")
      Issue.record("parsed")
    } catch {
      #expect(error.location?.file == "bad.dot" && error.location?.line == 3, "\(error)")
    }
  }
}

import GraphvizKit
import Testing

@Suite("Deterministic rendering")
struct DeterminismTests {
  let renderer = GraphvizRenderer()

  @Test("Renders of a clustered graph with edge labels are byte-identical")
  func repeatedRenders() throws {
    let graph = Fixtures.randomGraph(nodes: 40, clusters: 4, edges: 70, seed: 7)
    let renders = try (0..<4).map { _ in try renderer.render(graph, format: .svg).bytes }
    #expect(Set(renders).count == 1)
  }

  @Test("The fixture renders to the committed golden SVG (same as `dot -Tsvg`)")
  func goldenSVG() throws {
    let svg = try #require(try renderer.render(dot: Golden.conflictDOT, format: .svg).text)
    #expect(svg == Golden.conflictSVG)
  }

  @Test("Labelled edges between clusters with label (not xlabel) and newrank lay out")
  func clustersWithLabelsAndNewrank() throws {
    let graph = Fixtures.randomGraph(nodes: 50, clusters: 5, edges: 90, seed: 42)
    let dot = DOTEncoder(edgeLabelPlacement: .label).encode(graph)
    let first = try renderer.render(dot: dot)
    let second = try renderer.render(dot: dot)
    #expect(first == second)
  }
}

import GraphvizKit
import Testing

@Suite("Concurrent use")
struct ConcurrencyTests {
  @Test("Renders from many tasks at once are serialised, not crashed")
  func manyTasks() async throws {
    let graphs = (0..<24).map {
      Fixtures.randomGraph(nodes: 12, clusters: 3, edges: 18, seed: UInt64($0 % 4))
    }
    let results = try await withThrowingTaskGroup(of: (Int, [UInt8]).self) { group in
      for (index, graph) in graphs.enumerated() {
        group.addTask {
          let format: OutputFormat = index.isMultiple(of: 3) ? .png : .svg
          return (index, try GraphvizRenderer().render(graph, format: format).bytes)
        }
      }
      var results: [Int: [UInt8]] = [:]
      for try await (index, bytes) in group { results[index] = bytes }
      return results
    }
    #expect(results.count == graphs.count)
    // Same graph and format, same bytes, whichever task rendered it.
    for index in 12..<24 {
      #expect(results[index] == results[index - 12])
    }
  }

  @Test("Parsing and rendering interleave safely")
  func parseAndRender() async throws {
    let dot = DOTEncoder().encode(Fixtures.conflictDiagram())
    try await withThrowingTaskGroup(of: Void.self) { group in
      for index in 0..<16 {
        group.addTask {
          if index.isMultiple(of: 2) {
            _ = try GraphvizRenderer().parse(dot: dot)
          } else {
            _ = try GraphvizRenderer().render(dot: dot, engine: .neato)
          }
        }
      }
      try await group.waitForAll()
    }
  }
}

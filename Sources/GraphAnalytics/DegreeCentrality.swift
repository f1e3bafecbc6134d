// Degree centrality.
//
// Reference: L. C. Freeman, "Centrality in social networks: conceptual
// clarification", Social Networks 1(3):215–239, 1979.
//
// Normalisation (NetworkX 3.6 `degree_centrality`, `in_degree_centrality`,
// `out_degree_centrality`): degree / (n − 1); when n ≤ 1 every vertex scores 1
// (NetworkX's convention). `normalized: false` returns the plain degree.
// On a directed graph the degree is in-degree + out-degree. Parallel arcs and
// self-loops are not stored (see ``CompactGraph``), so they never count.

extension CompactGraph {
  /// Degree centrality: the number of neighbours, divided by `n − 1`.
  ///
  /// On a directed graph the degree is in-degree plus out-degree (an arc each
  /// way counts twice), as NetworkX's `degree_centrality` on a `DiGraph`.
  ///
  /// - Parameter normalized: Divide by `n − 1` (NetworkX default `true`).
  /// - Returns: One value per vertex.
  /// - Complexity: O(*n*).
  public func degreeCentrality(normalized: Bool = true) -> [Double] {
    isDirected
      ? scaledDegrees(normalized: normalized, outOffsets, inOffsets)
      : scaledDegrees(normalized: normalized, outOffsets, nil)
  }

  /// In-degree centrality: arcs entering each vertex, divided by `n − 1`.
  ///
  /// On an undirected graph this is ``degreeCentrality(normalized:)``.
  ///
  /// - Parameter normalized: Divide by `n − 1` (NetworkX default `true`).
  /// - Returns: One value per vertex.
  /// - Complexity: O(*n*).
  public func inDegreeCentrality(normalized: Bool = true) -> [Double] {
    scaledDegrees(normalized: normalized, inOffsets, nil)
  }

  /// Out-degree centrality: arcs leaving each vertex, divided by `n − 1`.
  ///
  /// On an undirected graph this is ``degreeCentrality(normalized:)``.
  ///
  /// - Parameter normalized: Divide by `n − 1` (NetworkX default `true`).
  /// - Returns: One value per vertex.
  /// - Complexity: O(*n*).
  public func outDegreeCentrality(normalized: Bool = true) -> [Double] {
    scaledDegrees(normalized: normalized, outOffsets, nil)
  }

  /// Row lengths of one or two CSR offset arrays, scaled by 1/(n − 1).
  private func scaledDegrees(
    normalized: Bool, _ first: [Int32], _ second: [Int32]?
  ) -> [Double] {
    let n = vertexCount
    if normalized && n <= 1 { return [Double](repeating: 1, count: n) }
    let s = normalized ? 1 / Double(n - 1) : 1
    var out = [Double](repeating: 0, count: n)
    for v in 0..<n {
      var d = first[v + 1] - first[v]
      if let second { d += second[v + 1] - second[v] }
      out[v] = Double(d) * s
    }
    return out
  }
}

/// Structural balance of the signed ally/enemy graph (Heider 1946; Cartwright & Harary 1956), and
/// the blocs it falls into.
///
/// Each unordered pair of actors gets a sign from its selected relations: positive types (alliance,
/// alignment, support) count +1, negative ones (hostility, attack) −1. A pair with both is
/// *ambivalent* — ally and attacker at once — and is reported, not forced into a sign. A triad is
/// *balanced* when the product of its three signs is positive ("the enemy of my enemy is my
/// friend"); an all-negative triad is unbalanced in Heider's strict sense but allowed under Davis's
/// weak balance, so it is counted apart. Blocs are the connected components of the positive pairs;
/// a negative pair inside a bloc is a frustrated tie.
public struct StructuralBalance: Codable, Sendable {
  public struct Triad: Codable, Sendable, Hashable {
    public var actors: [String]
    /// Signs of the pairs (0,1), (1,2), (0,2): "+" or "-".
    public var signs: [String]
    public var balanced: Bool
    /// All three pairs negative: balanced only under weak balance.
    public var allNegative: Bool
  }

  public struct Pair: Codable, Sendable, Hashable {
    public var actors: [String]
    public var sign: String
    public var relations: [String]
  }

  public var positivePairs: Int
  public var negativePairs: Int
  /// Pairs that are both allied and hostile in the selection.
  public var ambivalent: [Pair]
  public var triads: Int
  public var balancedTriads: Int
  /// Balanced triads over all triads (1 when there are none): Heider's strict balance.
  public var balanceIndex: Double
  /// Unbalanced triads, all-negative ones included (flagged).
  public var unbalanced: [Triad]
  /// Triads with at least one ambivalent side ("±"): neither balanced nor unbalanced, and often the
  /// ones an analyst cares about (a state allied with both of two enemies that also protests to both).
  public var ambivalentTriads: [Triad]
  /// Components of the positive pairs, largest first; singletons left out.
  public var blocs: [[String]]
  /// Negative pairs inside a bloc.
  public var frustrated: [Pair]

  /// Computes balance over the relations of `dataset` that pass `filter` (types with no sign are ignored).
  ///
  /// - Complexity: O(p·d) for p signed pairs and maximum degree d (triangle listing by neighbour intersection).
  public init(_ dataset: Dataset, filter: RelationFilter = RelationFilter(types: [.alliance, .hostility])) {
    var sum: [[Int32]: (pos: Int, neg: Int, rels: [Int])] = [:]
    for (k, r) in dataset.relations.enumerated() where filter.accepts(r) && r.sign != 0 && r.attribution != .denied {
      let key = r.source < r.target ? [r.source, r.target] : [r.target, r.source]
      var e = sum[key] ?? (0, 0, [])
      if r.sign > 0 { e.pos += 1 } else { e.neg += 1 }
      e.rels.append(k)
      sum[key] = e
    }
    func id(_ a: Int32) -> String { dataset.actor(a).id }
    func pair(_ key: [Int32], _ sign: String, _ rels: [Int]) -> Pair {
      Pair(actors: key.map(id).sorted(), sign: sign, relations: rels.map { dataset.relationID($0) }.sorted())
    }
    var sign: [[Int32]: Int8] = [:]
    var ambivalent: [Pair] = []
    var mixed = Set<[Int32]>()
    for (key, e) in sum {
      if e.pos > 0 && e.neg > 0 {
        ambivalent.append(pair(key, "±", e.rels))
        mixed.insert(key)
      } else {
        sign[key] = e.pos > 0 ? 1 : -1
      }
    }
    positivePairs = sign.values.filter { $0 > 0 }.count
    negativePairs = sign.values.filter { $0 < 0 }.count
    self.ambivalent = ambivalent.sorted { $0.actors.lexicographicallyPrecedes($1.actors) }

    var neighbours: [Int32: Set<Int32>] = [:]
    for key in Array(sign.keys) + Array(mixed) {
      neighbours[key[0], default: []].insert(key[1])
      neighbours[key[1], default: []].insert(key[0])
    }
    var count = 0, balancedCount = 0
    var unbalanced: [Triad] = []
    var ambivalentTriads: [Triad] = []
    func text(_ key: [Int32]) -> String { mixed.contains(key) ? "±" : sign[key]! > 0 ? "+" : "-" }
    for key in Array(sign.keys) + Array(mixed) {
      let (u, v) = (key[0], key[1])  // u < v
      for w in neighbours[u, default: []].intersection(neighbours[v, default: []]) where w > v {
        let sides = [[u, v], [v, w], [u, w]]
        if sides.contains(where: mixed.contains) {
          ambivalentTriads.append(
            Triad(actors: [id(u), id(v), id(w)], signs: sides.map(text), balanced: false, allNegative: false))
          continue
        }
        let s1 = sign[[u, v]]!, s2 = sign[[v, w]]!, s3 = sign[[u, w]]!
        count += 1
        let product = Int(s1) * Int(s2) * Int(s3)
        if product > 0 {
          balancedCount += 1
        } else {
          unbalanced.append(
            Triad(
              actors: [id(u), id(v), id(w)], signs: [s1, s2, s3].map { $0 > 0 ? "+" : "-" }, balanced: false,
              allNegative: s1 < 0 && s2 < 0 && s3 < 0))
        }
      }
    }
    self.ambivalentTriads = Array(Set(ambivalentTriads)).sorted { $0.actors.joined(separator: " ") < $1.actors.joined(separator: " ") }
    triads = count
    balancedTriads = balancedCount
    balanceIndex = count == 0 ? 1 : Double(balancedCount) / Double(count)
    self.unbalanced = unbalanced.sorted {
      ($0.allNegative ? 1 : 0, $0.actors.joined(separator: " ")) < ($1.allNegative ? 1 : 0, $1.actors.joined(separator: " "))
    }

    // Blocs: union-find over positive pairs.
    var parent: [Int32: Int32] = [:]
    func find(_ x: Int32) -> Int32 {
      var x = x
      while let p = parent[x], p != x {
        parent[x] = parent[p] ?? p
        x = p
      }
      return x
    }
    for (key, s) in sign where s > 0 {
      for a in key where parent[a] == nil { parent[a] = a }
      let (ra, rb) = (find(key[0]), find(key[1]))
      if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
    }
    var groups: [Int32: [Int32]] = [:]
    for a in parent.keys { groups[find(a), default: []].append(a) }
    blocs = groups.values.filter { $0.count > 1 }.map { $0.map(id).sorted() }
      .sorted { $0.count != $1.count ? $0.count > $1.count : $0[0] < $1[0] }
    var frustrated: [Pair] = []
    for (key, s) in sign where s < 0 {
      if let ra = parent[key[0]].map({ _ in find(key[0]) }), let rb = parent[key[1]].map({ _ in find(key[1]) }), ra == rb {
        frustrated.append(pair(key, "-", sum[key]!.rels))
      }
    }
    self.frustrated = frustrated.sorted { $0.actors.lexicographicallyPrecedes($1.actors) }
  }
}

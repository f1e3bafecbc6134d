import GraphAnalytics

/// Structural balance of the signed ally/enemy graph (Heider 1946; Cartwright & Harary 1956;
/// Davis 1967): triads, the frustration index with the two camps that attain it, and the blocs
/// of the best partition into any number of camps.
///
/// **Signs.** Each relation type has a documented sign (``BalanceSign``): alliance, alignment and
/// support +; hostility and attack −; part-of and presence + only when asked for by name; every
/// other type carries none, and asking for one is an error naming it. A pair of actors whose
/// selected relations are all positive is a positive tie, all negative a negative tie; a pair with
/// both is *ambivalent* — ally and enemy at once. An ambivalent pair is frustrated under every
/// partition (one of its two signs always disagrees with the camps), so it adds one to every
/// frustration count, is listed, and decides no camp; its triads are counted apart.
///
/// **Triads.** A triad of three tied actors is *balanced* when the product of its signs is positive
/// ("the enemy of my enemy is my friend"); an all-negative triad is unbalanced for Heider but
/// allowed under Davis's weak balance, and flagged.
///
/// **Frustration** is the least number of ties whose sign must change for the actors to split into
/// two opposed camps — found exactly by integer programming (``GraphAnalytics/SignedGraph``),
/// within a time limit past which the best split found and a proven lower bound are given, each
/// labelled. **Blocs** are the same for any number of camps.
///
/// What this is not: a sign is our reading of a relation type, not a source's words, and a tie
/// counts once however many relations stand behind it. The frustrated ties of the optimum are
/// one optimal choice; other splits may frustrate different ties equally few.
public struct StructuralBalance: Codable, Sendable {
  /// One relation behind a tie, with what it cites.
  public struct TieRelation: Codable, Sendable, Hashable {
    /// The relation's id.
    public var id: String
    /// The relation's type.
    public var type: RelationType
    /// The id of the actor at the source end.
    public var source: String
    /// The id of the actor at the target end.
    public var target: String
    /// The sign the relation gives the tie: "+" or "-".
    public var sign: String
    /// Source ids the relation cites, each once.
    public var sources: [String]
  }

  /// A pair of actors and the selected relations that sign it.
  public struct Tie: Codable, Sendable, Hashable {
    /// The two actors' ids, in id order.
    public var actors: [String]
    /// "+", "-" or "±" (both).
    public var sign: String
    /// The selected relations behind the tie.
    public var relations: [TieRelation]
  }

  /// Three mutually tied actors.
  public struct Triad: Codable, Sendable, Hashable {
    /// The three actors' ids, in id order.
    public var actors: [String]
    /// Signs of the sides a–b, b–c, a–c: "+", "-" or "±".
    public var signs: [String]
    /// Whether the triad is balanced (an even number of negative sides).
    public var balanced: Bool
    /// All three sides negative: balanced only under weak balance.
    public var allNegative: Bool
    /// The ties a–b, b–c, a–c and the relations behind each.
    public var sides: [Tie]
  }

  /// Counts of triads.
  public struct TriadCounts: Codable, Sendable, Hashable {
    /// Every triad, ambivalent ones included.
    public var total: Int
    /// Balanced triads.
    public var balanced: Int
    /// Unbalanced, all-negative ones included.
    public var unbalanced: Int
    /// All-negative triads (unbalanced under strict balance, balanced under weak balance).
    public var allNegative: Int
    /// With at least one ambivalent side: neither balanced nor unbalanced.
    public var ambivalent: Int
  }

  /// A partition of the signed actors and what it leaves frustrated.
  public struct Partition: Codable, Sendable, Hashable {
    /// Frustrated ties under `groups` (the minimum when `exact`), ambivalent pairs included.
    public var frustration: Int
    /// A proven lower bound on the minimum; equal to `frustration` when `exact`.
    public var lowerBound: Int
    /// Whether `frustration` is proven minimal. When `false` the time limit (or, for blocs, the
    /// size limit of the exact model) stopped the search: `groups` is the best found.
    public var exact: Bool
    /// "optimal", or "best found; time limit reached" and the like.
    public var status: String
    /// Camps or blocs, largest first, each sorted; actors with no signed tie are left out.
    public var groups: [[String]]
    /// Ties frustrated under `groups`: positive across, negative within, and every ambivalent pair.
    public var frustrated: [Tie]
  }

  /// The type → sign rule used, one entry per selected type.
  public var signs: [BalanceSign]
  /// Actors with at least one signed tie.
  public var signedActors: Int
  /// Pairs tied only positively.
  public var positivePairs: Int
  /// Pairs tied only negatively.
  public var negativePairs: Int
  /// Pairs that are both allied and hostile in the selection.
  public var ambivalent: [Tie]
  /// The triads, counted.
  public var triads: TriadCounts
  /// Balanced over signed triads (ambivalent ones left out; 1 when there are none): Heider's strict
  /// balance.
  public var balanceIndex: Double
  /// Unbalanced triads, all-negative ones included (flagged), each with the relations of its sides.
  public var unbalanced: [Triad]
  /// Triads with at least one ambivalent side.
  public var ambivalentTriads: [Triad]
  /// The two camps of the frustration index (Cartwright–Harary), or `nil` when not asked for.
  public var camps: Partition?
  /// The blocs of the best partition into any number of camps (Davis), or `nil` when not asked for.
  public var blocs: Partition?

  /// What to compute beyond the triads.
  public struct Options: Sendable, Hashable {
    /// Whether to find the two camps of the frustration index.
    public var camps: Bool
    /// Whether to find the blocs of the best partition into any number of camps.
    public var blocs: Bool
    /// How hard to search for the minimum (time limit, restarts, exact-model size).
    public var search: FrustrationOptions

    /// Options; the defaults compute both partitions.
    public init(camps: Bool = true, blocs: Bool = true, search: FrustrationOptions = FrustrationOptions()) {
      self.camps = camps
      self.blocs = blocs
      self.search = search
    }
  }

  /// Computes balance over the relations of `dataset` that pass `filter` (denied ones never count).
  ///
  /// - Throws: ``BalanceSign/Unsigned`` when `filter.types` names a type that carries no sign.
  /// - Complexity: O(p·d) for p signed pairs and maximum degree d for the triads; the frustration
  ///   searches are NP-hard and bounded by `options.search.timeLimit`.
  public init(
    _ dataset: Dataset, filter: RelationFilter = RelationFilter(types: [.alliance, .hostility]),
    options: Options = Options()
  ) throws(BalanceSign.Unsigned) {
    let types = filter.types ?? Set(dataset.vocabulary.relationTypes.filter { BalanceSign.defaultSign($0) != nil })
    signs = try BalanceSign.rule(for: types)
    let signOf = Dictionary(uniqueKeysWithValues: signs.map { ($0.type, $0.sign) })

    var pairs: [Int64: (pos: Bool, neg: Bool, rels: [Int])] = [:]
    for (k, r) in dataset.relations.enumerated() where filter.accepts(r) && r.attribution != .denied {
      guard let base = signOf[r.type], r.source != r.target else { continue }
      // A relation's own sign (the CSV `sign` column) overrides its type's; 0 leaves it out.
      let s = BalanceSign.defaultSign(r.type) != nil ? r.sign : (r.sign != 0 ? r.sign : base)
      if s == 0 { continue }
      let key = Int64(min(r.source, r.target)) << 32 | Int64(max(r.source, r.target))
      var e = pairs[key] ?? (false, false, [])
      if s > 0 { e.pos = true } else { e.neg = true }
      e.rels.append(k)
      pairs[key] = e
    }
    let keys = pairs.keys.sorted()
    let graph = SignedGraph(
      vertexCount: dataset.actors.count,
      edges: keys.map { k in
        let e = pairs[k]!
        return (Int32(k >> 32), Int32(k & 0xffff_ffff), e.pos && e.neg ? 0 : e.pos ? 1 : -1)
      })

    func id(_ a: Int32) -> String { dataset.actor(a).id }
    func text(_ s: Int8) -> String { s > 0 ? "+" : s < 0 ? "-" : "±" }
    func tie(_ e: Int32) -> Tie {
      let e = Int(e)
      let key = Int64(graph.edgeU[e]) << 32 | Int64(graph.edgeV[e])
      let rels = pairs[key]!.rels.map { k -> TieRelation in
        let r = dataset.relations[k]
        let s = BalanceSign.defaultSign(r.type) != nil ? r.sign : (r.sign != 0 ? r.sign : signOf[r.type]!)
        return TieRelation(
          id: dataset.relationID(k), type: r.type, source: id(r.source), target: id(r.target), sign: text(s),
          sources: Array(Set(r.sources.map(\.id))).sorted())
      }.sorted { $0.id < $1.id }
      return Tie(actors: [id(graph.edgeU[e]), id(graph.edgeV[e])].sorted(), sign: text(graph.edgeSign[e]), relations: rels)
    }
    func byActors(_ a: Tie, _ b: Tie) -> Bool { a.actors.lexicographicallyPrecedes(b.actors) }

    signedActors = Set(graph.edgeU + graph.edgeV).count
    positivePairs = graph.edgeSign.filter { $0 > 0 }.count
    negativePairs = graph.edgeSign.filter { $0 < 0 }.count
    ambivalent = (0..<graph.edgeCount).filter { graph.edgeSign[$0] == 0 }.map { tie(Int32($0)) }.sorted(by: byActors)

    var counts = TriadCounts(total: 0, balanced: 0, unbalanced: 0, allNegative: 0, ambivalent: 0)
    var unbalanced: [Triad] = []
    var ambivalentTriads: [Triad] = []
    for t in graph.triangles() {
      counts.total += 1
      let sides = t.edges.map(tie)
      let negatives = graph.negativeSides(t)
      let triad = Triad(
        actors: [id(t.a), id(t.b), id(t.c)], signs: t.edges.map { text(graph.edgeSign[Int($0)]) },
        balanced: negatives.map { $0 % 2 == 0 } ?? false, allNegative: negatives == 3, sides: sides)
      switch negatives {
      case nil:
        counts.ambivalent += 1
        ambivalentTriads.append(triad)
      case let n? where n % 2 == 0:
        counts.balanced += 1
      default:
        counts.unbalanced += 1
        if negatives == 3 { counts.allNegative += 1 }
        unbalanced.append(triad)
      }
    }
    triads = counts
    let signedTriads = counts.balanced + counts.unbalanced
    balanceIndex = signedTriads == 0 ? 1 : Double(counts.balanced) / Double(signedTriads)
    func triadOrder(_ a: Triad, _ b: Triad) -> Bool {
      (a.allNegative ? 1 : 0, a.actors.joined(separator: " ")) < (b.allNegative ? 1 : 0, b.actors.joined(separator: " "))
    }
    self.unbalanced = unbalanced.sorted(by: triadOrder)
    self.ambivalentTriads = ambivalentTriads.sorted(by: triadOrder)

    let signed = Set(graph.edgeU + graph.edgeV)
    func partition(_ r: FrustrationResult, what: String) -> Partition {
      var groups: [Int32: [String]] = [:]
      for v in signed.sorted() { groups[r.partition[Int(v)], default: []].append(id(v)) }
      let sorted = groups.values.map { $0.sorted() }.sorted { $0.count != $1.count ? $0.count > $1.count : $0[0] < $1[0] }
      let status =
        r.isOptimal
        ? "optimal"
        : "best found; \(what) — the minimum lies between \(r.lowerBound) (proven lower bound) and \(r.frustration)"
      return Partition(
        frustration: r.frustration, lowerBound: r.lowerBound, exact: r.isOptimal, status: status, groups: sorted,
        frustrated: r.frustratedEdges.map(tie).sorted(by: byActors))
    }
    camps = options.camps ? partition(graph.frustrationIndex(options: options.search), what: "time limit reached") : nil
    blocs =
      options.blocs
      ? partition(graph.clusterFrustration(options: options.search), what: "time or size limit of the exact search reached")
      : nil
  }
}

/// The sign a relation type carries in the signed ally/enemy graph.
///
/// | type | sign | when |
/// |---|---|---|
/// | alliance, alignment, support | + | always |
/// | hostility, attack | − | always |
/// | part-of, presence | + | only when asked for by name (`--types part-of`): a component or a force stationed by invitation sides with its whole or host |
/// | protest, condemnation, accusation, threat | − | only when asked for by name (``RelationType/signWhenAsked``) |
/// | any other | none | refused |
public struct BalanceSign: Codable, Sendable, Hashable {
  /// The relation type.
  public var type: RelationType
  /// +1 or −1.
  public var sign: Int8

  /// The sign a type carries without being asked for, or `nil`.
  public static func defaultSign(_ type: RelationType) -> Int8? { type.defaultSign }

  /// The sign a type carries when asked for by name, or `nil` when it carries none.
  public static func signWhenAsked(_ type: RelationType) -> Int8? {
    if let s = type.signWhenAsked { return s }
    switch type {
    case .partOf, .presence: return 1
    default: return nil
    }
  }

  /// The rule for a set of types, sorted by type name.
  ///
  /// - Throws: ``Unsigned`` naming every type in `types` that carries no sign.
  ///
  /// - Complexity: O(t log t) for t types.
  public static func rule(for types: Set<RelationType>) throws(Unsigned) -> [BalanceSign] {
    let missing = types.filter { signWhenAsked($0) == nil }.map(\.rawValue).sorted()
    if !missing.isEmpty { throw Unsigned(types: missing) }
    return types.map { BalanceSign(type: $0, sign: signWhenAsked($0)!) }.sorted { $0.type.rawValue < $1.type.rawValue }
  }

  /// Types asked for that carry no sign.
  public struct Unsigned: Error, CustomStringConvertible, Sendable {
    /// The names of the types that carry no sign.
    public var types: [String]
    public var description: String {
      let signed = RelationType.allCases.filter { signWhenAsked($0) != nil }
        .map { "\($0.rawValue) \(signWhenAsked($0)! > 0 ? "+" : "−")" }
      return "relation type\(types.count == 1 ? "" : "s") \(types.joined(separator: ", ")) carr\(types.count == 1 ? "ies" : "y") no sign "
        + "in the ally/enemy graph; balance takes \(signed.joined(separator: ", ")) (part-of and presence only when named)"
    }
  }
}

/// What two actors share: allies, supporters, clients, enemies, targets — and, apart, the
/// statements both exchanged with a third actor.
///
/// Enmity comes only from hostility and attacks. A protest, condemnation, accusation, denial or
/// threat is a statement: it is reported in its own section and never makes anyone an enemy
/// (Iraq protests to the United States, its ally; that is not a war).
public struct CommonGround: Codable, Sendable {
  /// A third actor both `a` and `b` exchanged statements with, and the statements.
  public struct SharedStatements: Codable, Sendable {
    /// The third actor's id.
    public var actor: String
    /// The statements between `a` and this actor, either way.
    public var withA: [RelationSummary]
    /// The statements between `b` and this actor, either way.
    public var withB: [RelationSummary]
  }

  /// The first actor's id.
  public var a: String
  /// The second actor's id.
  public var b: String
  /// Alliance partners of both.
  public var allies: [String]
  /// Actors that support both.
  public var supporters: [String]
  /// Actors both support.
  public var clients: [String]
  /// Actors hostile to both, or in an attack with both (either way); named attackers only.
  public var enemies: [String]
  /// For each enemy, the hostility and attack relations that make it one (with `a` and with `b`),
  /// so that an invasion decades ago reads as what it is.
  public var enemyRelations: [String: [String]]
  /// Actors both attacked.
  public var targets: [String]
  /// Third actors both exchanged statements with: not enmity.
  public var statements: [SharedStatements]
  /// Statements between `a` and `b` themselves.
  public var statementsBetween: [RelationSummary]

  /// Whether nothing at all is shared.
  public var isEmpty: Bool {
    allies.isEmpty && supporters.isEmpty && clients.isEmpty && enemies.isEmpty && targets.isEmpty && statements.isEmpty
      && statementsBetween.isEmpty
  }

  /// - Complexity: O(*r*) for *r* relations.
  public init(_ dataset: Dataset, _ x: Int32, _ y: Int32, filter: RelationFilter = .all) {
    var partners: [RelationType: [Int32: Set<Int32>]] = [:]
    var incoming: [RelationType: [Int32: Set<Int32>]] = [:]
    var outgoing: [RelationType: [Int32: Set<Int32>]] = [:]
    var foes: [Int32: Set<Int32>] = [x: [], y: []]
    var foeRelations: [Int32: [Int]] = [:]
    var said: [Int32: [Int32: [Int]]] = [x: [:], y: [:]]
    var between: [Int] = []
    for (k, r) in dataset.relations.enumerated() where filter.accepts(r) && r.attribution != .denied {
      for me in [x, y] where r.source == me || r.target == me {
        let other = r.source == me ? r.target : r.source
        if other == x || other == y {
          if r.type.isStatement && me == x { between.append(k) }
          continue
        }
        if r.type.isStatement {
          said[me]![other, default: []].append(k)
          continue
        }
        if r.type.isSymmetric { partners[r.type, default: [:]][me, default: []].insert(other) }
        if r.target == me { incoming[r.type, default: [:]][me, default: []].insert(other) }
        if r.source == me { outgoing[r.type, default: [:]][me, default: []].insert(other) }
        // Enmity: hostility, or an attack either way by or on a named actor.
        if r.type.category == .hostility || (r.type.category == .attack && !dataset.actor(other).kind.isA(.unidentified)) {
          foes[me]!.insert(other)
          foeRelations[other, default: []].append(k)
        }
      }
    }
    func shared(_ m: [RelationType: [Int32: Set<Int32>]], _ t: RelationType) -> [String] {
      ids(dataset, (m[t]?[x] ?? []).intersection(m[t]?[y] ?? []))
    }
    a = dataset.actor(x).id
    b = dataset.actor(y).id
    allies = shared(partners, .alliance)
    supporters = shared(incoming, .support)
    clients = shared(outgoing, .support)
    let sharedFoes = foes[x]!.intersection(foes[y]!)
    enemies = ids(dataset, sharedFoes)
    var basis: [String: [String]] = [:]
    for f in sharedFoes { basis[dataset.actor(f).id] = Array(Set(foeRelations[f]!)).sorted().map { dataset.relationID($0) } }
    enemyRelations = basis
    targets = shared(outgoing, .attack)
    let third = Set(said[x]!.keys).intersection(said[y]!.keys)
    func summaries(_ ks: [Int]) -> [RelationSummary] {
      ks.map { RelationSummary(dataset, $0) }.sorted { ($0.type.rawValue, $0.source, $0.id) < ($1.type.rawValue, $1.source, $1.id) }
    }
    statements = third.map { z in
      SharedStatements(actor: dataset.actor(z).id, withA: summaries(said[x]![z]!), withB: summaries(said[y]![z]!))
    }.sorted { $0.actor < $1.actor }
    statementsBetween = summaries(between)
  }
}

private func ids(_ dataset: Dataset, _ s: Set<Int32>) -> [String] { s.map { dataset.actor($0).id }.sorted() }

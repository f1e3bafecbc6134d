/// A relation type a dataset declares in its `vocabulary:` block, so that a network whose links
/// are not ours (splits, mergers, trade, kinship) loads without being forced onto a built-in type.
///
/// Immutable and shared by reference: every relation of the type points at one declaration, so a
/// relation stays small however long the name. Two declarations are equal when their names are:
/// a dataset declares a name once (the validator enforces it).
public final class CustomRelationType: Sendable, Hashable, CustomStringConvertible {
  /// The name as data writes it: kebab-case, not a built-in type's name.
  public let name: String
  /// `false` for a type that holds both ways (A allied with B is B allied with A).
  public let isDirected: Bool
  /// +1 friendly, −1 hostile, `nil` none: the sign structural balance and the ally/enemy graph use.
  public let sign: Int8?
  /// How a relation reads from its source to its target in sentences ("split from").
  public let verb: String
  /// The built-in type whose rules it follows in queries (support chains, membership, attacks),
  /// if any; see ``RelationType/category``.
  public let behavesLike: RelationType?
  /// The subtypes a relation of this type may carry; none when empty.
  public let subtypes: [String]

  /// A declared type; the vocabulary reader builds them from `relation_types:`.
  public init(
    name: String, isDirected: Bool, sign: Int8?, verb: String? = nil, behavesLike: RelationType? = nil, subtypes: [String] = []
  ) {
    self.name = name
    self.isDirected = isDirected
    self.sign = sign
    self.verb = verb ?? name.replacingOccurrences(of: "-", with: " ")
    self.behavesLike = behavesLike
    self.subtypes = subtypes
  }

  /// Equal when the names are: a dataset declares each type once.
  public static func == (a: CustomRelationType, b: CustomRelationType) -> Bool { a.name == b.name }
  /// Hashes the name, as equality compares it.
  public func hash(into h: inout Hasher) { h.combine(name) }
  public var description: String { name }
}

/// An actor kind a dataset declares in its `vocabulary:` block, optionally under a parent kind
/// whose rules and queries it then shares (``ActorKind/isA(_:)``). Equal when the names are.
public final class CustomActorKind: Sendable, Hashable, CustomStringConvertible {
  /// The kind's name, as data writes it.
  public let name: String
  /// The kind it is a variety of (`faction` under `armed-group`), if any.
  public let parent: ActorKind?
  /// A human label for tables and legends.
  public let label: String
  /// The subkinds an actor of this kind may carry: the declared ones, then the parent's.
  public let subkinds: [String]

  /// A declared kind; the vocabulary reader builds them from `actor_kinds:`.
  public init(name: String, parent: ActorKind? = nil, label: String? = nil, subkinds: [String] = []) {
    self.name = name
    self.parent = parent
    self.label = label ?? name.replacingOccurrences(of: "-", with: " ")
    self.subkinds = subkinds + (parent?.subkinds ?? []).filter { !subkinds.contains($0) }
  }

  /// Equal when the names are: a dataset declares each kind once.
  public static func == (a: CustomActorKind, b: CustomActorKind) -> Bool { a.name == b.name }
  /// Hashes the name, as equality compares it.
  public func hash(into h: inout Hasher) { h.combine(name) }
  public var description: String { name }
}

/// The words a dataset's data may use: the built-in relation types and actor kinds, plus the ones
/// it declares. The built-in vocabulary alone is the default (``Vocabulary/init()``).
public struct Vocabulary: Sendable, Hashable {
  /// The declared relation types, in declaration order.
  public private(set) var declaredRelationTypes: [CustomRelationType] = []
  /// The declared actor kinds, in declaration order.
  public private(set) var declaredActorKinds: [CustomActorKind] = []
  private var typeByName: [String: RelationType] = [:]
  private var kindByName: [String: ActorKind] = [:]

  /// The built-in vocabulary.
  public init() {}

  /// Whether the dataset declares nothing beyond the built-in vocabulary.
  public var isBuiltInOnly: Bool { declaredRelationTypes.isEmpty && declaredActorKinds.isEmpty }

  /// Adds a declared relation type; `false` (and nothing added) when the name is built in or taken.
  @discardableResult
  public mutating func declare(_ type: CustomRelationType) -> Bool {
    guard RelationType(rawValue: type.name) == nil, typeByName[type.name] == nil else { return false }
    declaredRelationTypes.append(type)
    typeByName[type.name] = .custom(type)
    return true
  }

  /// Adds a declared actor kind; `false` (and nothing added) when the name is built in or taken.
  @discardableResult
  public mutating func declare(_ kind: CustomActorKind) -> Bool {
    guard ActorKind(rawValue: kind.name) == nil, kindByName[kind.name] == nil else { return false }
    declaredActorKinds.append(kind)
    kindByName[kind.name] = .custom(kind)
    return true
  }

  /// The built-in or declared relation type with this name.
  ///
  /// - Complexity: O(1) on average.
  public func relationType(named name: String) -> RelationType? { RelationType(rawValue: name) ?? typeByName[name] }

  /// The built-in or declared actor kind with this name.
  ///
  /// - Complexity: O(1) on average.
  public func actorKind(named name: String) -> ActorKind? { ActorKind(rawValue: name) ?? kindByName[name] }

  /// Every relation type: the built-in ones, then the declared ones.
  public var relationTypes: [RelationType] { RelationType.allCases + declaredRelationTypes.map { .custom($0) } }

  /// Every actor kind: the built-in ones, then the declared ones.
  public var actorKinds: [ActorKind] { ActorKind.allCases + declaredActorKinds.map { .custom($0) } }

  /// How a relation of the named type reads in a sentence; the name itself when it names no type.
  public func verb(_ typeName: String) -> String { relationType(named: typeName)?.verb ?? typeName }

  /// How a relation of this type reads in a sentence: ``RelationType/verb`` (a declared type
  /// carries its own), so that a typed summary reads as its name does.
  public func verb(_ type: RelationType) -> String { type.verb }

  /// The names of ``relationTypes``, for hints and did-you-mean.
  public var relationTypeNames: [String] { relationTypes.map(\.rawValue) }

  /// The names of ``actorKinds``, for hints and did-you-mean.
  public var actorKindNames: [String] { actorKinds.map(\.rawValue) }

  /// Equal when they declare the same things, field by field, in the same order.
  public static func == (a: Vocabulary, b: Vocabulary) -> Bool { a.yamlBlock() == b.yamlBlock() }

  /// Hashes the vocabulary's declared text, which equality compares.
  public func hash(into h: inout Hasher) { h.combine(yamlBlock()) }
}

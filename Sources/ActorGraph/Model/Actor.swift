/// Someone or something in the conflict: a state, an organ, a group, a person, a site that gets struck.
public struct Actor: Sendable, Hashable, Identifiable {
  /// Stable kebab-case id, e.g. `kataib-hezbollah`.
  public var id: String
  /// Canonical display name.
  public var name: String
  /// Every spelling a reader may type: abbreviations, typos seen in sources, other scripts.
  public var aliases: [String]
  /// What the actor is (state, armed group, site…); a declared kind keeps its declaration.
  public var kind: ActorKind
  /// A finer kind among those the kind allows (`militia`, `air-base`).
  public var subkind: String?
  /// The country the actor belongs to or sits in, as the data names it.
  public var country: String?
  /// Ids of the umbrella groups this actor belongs to (from `member_of` and `membership` relations).
  public var memberOf: [String]
  /// Free notes from the data.
  public var notes: String?
  /// Source references (`id` or `id:locator`) for the actor's existence and description.
  public var sources: [SourceRef]
  /// True when the actor itself is our inference rather than named by a source.
  public var inferred: Bool
  /// When it came into being, if a source says; relations touching it hold no earlier.
  public var founded: FuzzyDate?
  /// When it ceased to exist, if a source says; relations touching it hold no later.
  public var dissolved: FuzzyDate?

  /// An actor with these fields; the loader builds them from data.
  public init(
    id: String, name: String? = nil, aliases: [String] = [], kind: ActorKind = .unspecified,
    subkind: String? = nil, country: String? = nil, memberOf: [String] = [], notes: String? = nil,
    sources: [SourceRef] = [], inferred: Bool = false, founded: FuzzyDate? = nil, dissolved: FuzzyDate? = nil
  ) {
    self.id = id
    // Named by its id, trimmed as every name is: an id that ends in a space would otherwise give a
    // name that its export writes and the loader trims, another actor on the way back (fuzzing).
    self.name = name ?? id.trimmingWhitespace()
    self.aliases = aliases
    self.kind = kind
    self.subkind = subkind
    self.country = country
    self.memberOf = memberOf
    self.notes = notes
    self.sources = sources
    self.inferred = inferred
    self.founded = founded
    self.dissolved = dissolved
  }
}

/// Which actors a `--kind` list keeps: whole kinds (`site`) and subkinds (`military-base`) alike.
public struct ActorKindSelection: Sendable, Hashable {
  /// Kinds to keep (a declared kind under one of them counts).
  public var kinds: Set<ActorKind>
  /// Subkinds to keep.
  public var subkinds: Set<String>

  /// A selection of these kinds and subkinds; empty sets keep nothing of that part.
  public init(kinds: Set<ActorKind> = [], subkinds: Set<String> = []) {
    self.kinds = kinds
    self.subkinds = subkinds
  }

  /// Parses a comma-separated list of kinds and subkinds (`armed-group,military-base`), the
  /// dataset's declared kinds included.
  ///
  /// - Throws: ``RelationFilter/ParseError`` naming the unknown word, with a suggestion.
  ///
  /// - Complexity: O(w + k) for w words and k known kinds and subkinds.
  public static func parse(_ text: String, vocabulary: Vocabulary = Vocabulary()) throws(RelationFilter.ParseError) -> ActorKindSelection {
    var s = ActorKindSelection()
    let allSubkinds = Set(vocabulary.actorKinds.flatMap(\.subkinds))
    for part in text.split(separator: ",").map({ String($0).trimmingWhitespace() }) where !part.isEmpty {
      if let k = vocabulary.actorKind(named: part) {
        s.kinds.insert(k)
      } else if allSubkinds.contains(part) {
        s.subkinds.insert(part)
      } else {
        let words = vocabulary.actorKindNames + allSubkinds.sorted()
        throw RelationFilter.ParseError(message: "unknown kind or subkind '\(part)'", hint: Suggest.hint(part, words))
      }
    }
    return s
  }

  /// Whether `actor` is of one of the kinds (or of a kind declared under one), or carries one of
  /// the subkinds.
  ///
  /// - Complexity: O(k) for k selected kinds (a declared kind's parents are walked).
  public func matches(_ actor: Actor) -> Bool {
    kinds.contains { actor.kind.isA($0) } || actor.subkind.map(subkinds.contains) == true
  }
}

/// Finds actors by what an analyst types: an id, a name or an alias, in any case, with or without
/// accents, apostrophes, dots or hyphen variants ("IGRC", "hashd al shaabi", "Asaib Ahl al‑Haq").
public struct ActorLookup: Sendable {
  /// Why a name did not identify one actor.
  public enum Failure: Error, CustomStringConvertible, Sendable {
    /// No actor has the name; the closest names follow.
    case unknown(String, suggestions: [String])
    /// Several actors have the name; their ids follow.
    case ambiguous(String, candidates: [String])

    public var description: String {
      switch self {
      case .unknown(let name, let suggestions):
        let hint =
          suggestions.isEmpty
          ? "list actors with `actorgraph actors`" : "did you mean \(suggestions.map { "'\($0)'" }.joined(separator: " or "))?"
        return "unknown actor '\(name)'; \(hint)"
      case .ambiguous(let name, let candidates):
        return "'\(name)' names several actors: \(candidates.joined(separator: ", ")); use an id"
      }
    }
  }

  private let byKey: [String: [Int32]]
  private let keys: [(key: String, id: String)]

  /// An index of every actor's id, name and aliases.
  ///
  /// - Complexity: O(n · a) for n actors with a names each.
  public init(_ dataset: Dataset) {
    var byKey: [String: [Int32]] = [:]
    var keys: [(String, String)] = []
    for (i, a) in dataset.actors.enumerated() {
      for text in [a.id, a.name] + a.aliases {
        let key = Identifier.fold(text)
        guard !key.isEmpty else { continue }
        if !(byKey[key]?.contains(Int32(i)) ?? false) {
          byKey[key, default: []].append(Int32(i))
          keys.append((key, a.id))
        }
      }
    }
    self.byKey = byKey
    self.keys = keys
  }

  /// The index of the actor that `name` identifies.
  ///
  /// - Throws: ``Failure`` with suggestions when nothing or several actors match.
  ///
  /// - Complexity: O(1) for an exact id, name or alias; O(n) for the suggestions of a miss.
  public func find(_ name: String, in dataset: Dataset) throws(Failure) -> Int32 {
    if let i = dataset.index(of: name) { return i }
    let key = Identifier.fold(name)
    if let hits = byKey[key] {
      if hits.count == 1 { return hits[0] }
      throw .ambiguous(name, candidates: hits.map { dataset.actors[Int($0)].id }.sorted())
    }
    // Suggest by edit distance on the folded keys, then by prefix.
    let limit = max(2, key.count / 3)
    var scored: [(Int, String)] = []
    // Bounded: long names are not compared, and the distance stops at the limit.
    if key.unicodeScalars.count <= Suggest.maximumLength {
      for (k, id) in keys {
        if let d = Suggest.distance(key, k, limit: limit) {
          scored.append((d, id))
        } else if key.count >= 3 && k.hasPrefix(key) {
          scored.append((limit + 1, id))
        }
      }
    }
    var seen = Set<String>()
    let suggestions = scored.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.1).filter { seen.insert($0).inserted }
    throw .unknown(name, suggestions: Array(suggestions.prefix(3)))
  }
}

import GraphAnalytics

/// Places and what lies within them: the actors of place kinds (countries, regional governments
/// as regions, cities and regions, sites) and the tree their `located-in` relations make.
///
/// Place text — the `place:` words of a record, or what a person types after `--in` — resolves to
/// the places it names: every run of words that is a place's id, name or alias (case, accents,
/// apostrophes, dots and hyphen variants folded), the longest run first. "Harir Air Base, Kurdistan
/// Region, northeast of Erbil" names Harir Air Base, the Kurdistan Region and Erbil; "Iraqi
/// Kurdistan region" names the Kurdistan Region through its alias "Iraqi Kurdistan". Words inside a
/// longer name do not count apart: "Baghdad International Airport" names the airport, not Baghdad.
///
/// What lies within a place follows `located-in` only, transitively: a site located in a city
/// located in a region located in a country is within each of them. `part-of` is not followed: an
/// organ of a state is not a piece of its territory.
///
/// ```swift
/// let places = Places(dataset)
/// let kurdistan = places.resolve("Iraqi Kurdistan")          // [kurdistan-region]
/// let inside = places.within(kurdistan)                      // + erbil, sites located in Erbil…
/// ```
public struct Places: Sendable {
  /// The kinds of actor that are places: a state is also its country, a regional government its region.
  public static let kinds: Set<ActorKind> = [.state, .regionalGovernment, .place, .site]

  /// Names longer than this many words are not matched inside place text (they would cost every
  /// lookup their length, and no place name is that long).
  static let longestName = 12

  /// Folded names and aliases, as word sequences, and the places they name.
  private let names: [[Substring]: [Int32]]
  private let longest: Int
  /// Arcs from each place to the place it is located in.
  private let containment: CompactGraph
  /// Every folded name and alias, for suggestions.
  let spellings: [String]

  /// - Parameters:
  ///   - dataset: The dataset.
  ///   - links: Which `located-in` relations hold (pass the time part of a query, so a site that
  ///     moved is counted where it was).
  /// - Complexity: O(n + m) in actors' names and relations.
  public init(_ dataset: Dataset, links: RelationFilter = .all) {
    var names: [[Substring]: [Int32]] = [:]
    var longest = 0
    var spellings = Set<String>()
    for (i, a) in dataset.actors.enumerated() where Places.kinds.contains(a.kind) {
      for text in [a.id, a.name] + a.aliases {
        let key = Identifier.fold(text)
        let words = key.split(separator: " ")
        guard !words.isEmpty, words.count <= Places.longestName else { continue }
        if !(names[words]?.contains(Int32(i)) ?? false) { names[words, default: []].append(Int32(i)) }
        longest = max(longest, words.count)
        spellings.insert(key)
      }
    }
    self.names = names
    self.longest = longest
    self.spellings = spellings.sorted()
    var edges: [(Int32, Int32)] = []
    for r in dataset.relations where r.type == .locatedIn && links.accepts(r) { edges.append((r.source, r.target)) }
    containment = CompactGraph(vertexCount: dataset.actors.count, edges: edges, directed: true)
  }

  /// The places that `text` names, in the order it names them, each once.
  ///
  /// - Complexity: O(w · k) for w words of text and names of at most k words.
  public func resolve(_ text: String) -> [Int32] {
    let words = Identifier.fold(text).split(separator: " ")
    var found: [Int32] = []
    var i = 0
    while i < words.count {
      var matched = 0
      for n in stride(from: min(longest, words.count - i), through: 1, by: -1) {
        if let hits = names[Array(words[i..<(i + n)])] {
          for h in hits where !found.contains(h) { found.append(h) }
          matched = n
          break
        }
      }
      i += max(matched, 1)
    }
    return found
  }

  /// The places and everything located in them, transitively (the places themselves included).
  ///
  /// - Complexity: O(n + m) at worst, proportional to the part of the tree below `roots`.
  public func within(_ roots: some Sequence<Int32>) -> Set<Int32> {
    let centres = Array(roots)
    guard !centres.isEmpty else { return [] }
    // Arcs point from the contained place to its container: what lies within is reached backwards.
    let members = containment.egoNetwork(of: centres, depth: containment.vertexCount, direction: .incoming)
    return Set(members.map(\.vertex))
  }

  /// Places that lie, through `located-in`, within themselves: each cycle's places, in id order
  /// of their indices. A tree has none.
  /// - Complexity: O(n + m).
  public func cycles() -> [[Int32]] {
    containment.stronglyConnectedComponents().filter { $0.count > 1 }.map { $0.sorted() }
  }

  /// The place names and aliases closest to some words of `text`, for a "did you mean".
  ///
  /// Bounded: looks at the first words only, and the index stops after a fixed amount of work.
  func suggestion(for text: String, using index: inout SuggestionIndex) -> String? {
    let words = Identifier.fold(text).split(separator: " ").prefix(32)
    guard !words.isEmpty else { return nil }
    // The longest runs first, so "Kirkuk provnce" can match a two-word name before "kirkuk" alone.
    for n in stride(from: min(longest, words.count), through: 1, by: -1) {
      for i in 0...(words.count - n) {
        let run = words[words.startIndex + i..<words.startIndex + i + n].joined(separator: " ")
        if run.count >= 5, let hit = index.closest(to: run) { return hit }
      }
    }
    return nil
  }
}

import Foundation

/// Rules for ids and for matching what people type against names.
enum Identifier {
  /// `[a-z0-9]+(-[a-z0-9]+)*`
  static func isKebabCase(_ s: String) -> Bool {
    guard !s.isEmpty, s.first != "-", s.last != "-", !s.contains("--") else { return false }
    return s.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
  }

  /// A kebab-case suggestion for a bad id.
  static func kebab(_ s: String) -> String {
    let folded = fold(s)
    return folded.split(separator: " ").joined(separator: "-")
  }

  /// The matching key of a name: case, accents, apostrophes, dots and hyphen variants folded;
  /// words separated by single spaces. "Asaib Ahl al‑Haq" (U+2011) and "asaib ahl al-haq" match,
  /// as do "U.S." and "US", "Shi'ite" and "Shiite".
  static func fold(_ s: String) -> String {
    foldASCII(s) ?? foldUnicode(s)
  }

  /// ``fold(_:)`` for text that is all ASCII, byte by byte; nil for any other text.
  ///
  /// Ids and most names of large datasets are ASCII, and Foundation's folding of a Swift string
  /// costs a bridge to `NSString` per call: a million-actor CSV spent two thirds of its load
  /// folding names. On ASCII the Unicode rules reduce to this: letters lowercased, digits kept,
  /// apostrophes, backticks and dots dropped, anything else a word break. A test compares the two
  /// paths on random ASCII.
  /// - Complexity: O(n) in the text's length.
  static func foldASCII(_ s: String) -> String? {
    var out: [UInt8] = []
    out.reserveCapacity(s.utf8.count)
    var pendingSpace = false
    for byte in s.utf8 {
      switch byte {
      case 0x80...:
        return nil
      case 0x27, 0x2E, 0x60:  // ' . `
        continue
      case 0x30...0x39, 0x41...0x5A, 0x61...0x7A:
        if pendingSpace && !out.isEmpty { out.append(0x20) }
        pendingSpace = false
        out.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
      default:
        pendingSpace = true
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// ``fold(_:)`` by Foundation's case, diacritic and width folding, scalar by scalar.
  /// - Complexity: O(n) in the text's length.
  static func foldUnicode(_ s: String) -> String {
    let lowered = s.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    var out = ""
    var pendingSpace = false
    for scalar in lowered.unicodeScalars {
      switch scalar {
      case "'", "\u{2019}", "\u{2018}", "\u{02BC}", "`", ".", "\u{0640}":  // apostrophes, dots, Arabic tatweel
        continue
      default:
        break
      }
      if CharacterSet.alphanumerics.contains(scalar) {
        if pendingSpace && !out.isEmpty { out.append(" ") }
        pendingSpace = false
        out.unicodeScalars.append(scalar)
      } else if CharacterSet.nonBaseCharacters.contains(scalar) {
        continue  // combining marks such as Arabic harakat
      } else {
        pendingSpace = true
      }
    }
    return out
  }
}

/// "Did you mean" suggestions by edit distance (Levenshtein), for every error that names a value.
///
/// Bounded on hostile input: words longer than ``maximumLength`` get no suggestion, only candidates
/// whose length is within the allowed distance are compared (``SuggestionIndex`` buckets them by
/// length), and the distance is computed in a band that stops as soon as it exceeds the limit.
public enum Suggest {
  /// Words (and candidates) longer than this, in Unicode scalars, are not compared: nobody mistypes
  /// a 100 KB id, and comparing it would cost its length squared.
  public static let maximumLength = 64

  /// The edit distance between two words, by Unicode scalar.
  ///
  /// - Complexity: O(|a|·|b|); see ``distance(_:_:limit:)`` for the bounded form.
  public static func distance(_ a: String, _ b: String) -> Int {
    let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
    return banded(a, b, limit: max(a.count, b.count))!
  }

  /// The edit distance if it is at most `limit`, else nil.
  ///
  /// - Complexity: O(min(|a|,|b|)·limit).
  public static func distance(_ a: String, _ b: String, limit: Int) -> Int? {
    banded(Array(a.unicodeScalars), Array(b.unicodeScalars), limit: limit)
  }

  /// How far a word of this length may be from a suggestion.
  static func limit(forLength n: Int) -> Int { max(2, n / 3) }

  /// Levenshtein distance restricted to the diagonal band |i − j| ≤ limit (Ukkonen); nil beyond it.
  static func banded(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int? {
    if abs(a.count - b.count) > limit { return nil }
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    let big = limit + 1
    var prev = [Int](repeating: big, count: b.count + 1)
    var cur = [Int](repeating: big, count: b.count + 1)
    for j in 0...min(b.count, limit) { prev[j] = j }
    for i in 1...a.count {
      let lo = max(1, i - limit), hi = min(b.count, i + limit)
      if lo > hi { return nil }
      cur[lo - 1] = lo - 1 == 0 ? i : big
      var rowMin = cur[lo - 1]
      for j in lo...hi {
        let substitution = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
        let deletion = j <= i - 1 + limit ? prev[j] + 1 : big
        let insertion = cur[j - 1] + 1
        let v = min(substitution, deletion, insertion, big)
        cur[j] = v
        rowMin = min(rowMin, v)
      }
      if hi < b.count { cur[hi + 1] = big }
      if rowMin > limit { return nil }
      swap(&prev, &cur)
    }
    let d = prev[b.count]
    return d <= limit ? d : nil
  }

  /// The closest candidate within a distance that scales with the word's length, if any.
  ///
  /// For many lookups against the same candidates, build a ``SuggestionIndex`` once instead.
  public static func closest(to word: String, among candidates: [String]) -> String? {
    var index = SuggestionIndex(candidates)
    return index.closest(to: word)
  }

  /// "did you mean 'x'?" when a candidate is close, else the list of candidates.
  public static func hint(_ word: String, _ candidates: [String]) -> String {
    if let c = closest(to: word, among: candidates) { return "did you mean '\(c)'?" }
    return "one of: \(candidates.joined(separator: ", "))"
  }
}

/// Candidates for "did you mean", bucketed by length so a lookup compares only those within reach.
///
/// Each index has a work budget (cells of the banded distance table): once spent, lookups return
/// nil. A file with a hundred thousand unknown names against a million ids then still answers in
/// bounded time; the first suggestions, the ones people read, are unaffected.
public struct SuggestionIndex: Sendable {
  /// Candidates of one length: their lowercased scalars end to end, and the originals.
  private struct Bucket: Sendable {
    var scalars: [Unicode.Scalar] = []
    var originals: [String] = []
  }

  private var buckets: [Int: Bucket] = [:]
  /// Work left, in distance-table cells.
  public private(set) var remainingWork: Int
  private var previousRow = [Int](repeating: 0, count: Suggest.maximumLength + 2)
  private var currentRow = [Int](repeating: 0, count: Suggest.maximumLength + 2)

  /// The default budget, in distance-table cells: well under a second in a release build.
  public static let defaultBudget = 50_000_000

  /// - Complexity: O(n) in the candidates' total length.
  public init(_ candidates: some Sequence<String>, budget: Int = SuggestionIndex.defaultBudget) {
    remainingWork = budget
    for c in candidates {
      let lowered = Array(c.lowercased().unicodeScalars)
      guard lowered.count <= Suggest.maximumLength else { continue }
      buckets[lowered.count, default: Bucket()].scalars += lowered
      buckets[lowered.count, default: Bucket()].originals.append(c)
    }
  }

  /// The closest candidate (smallest distance, then first in string order), or nil.
  ///
  /// - Complexity: O(k · m · limit) for the k candidates within `limit` of the word's length m,
  ///   and never more than the remaining budget.
  public mutating func closest(to word: String) -> String? {
    let w = Array(word.lowercased().unicodeScalars)
    guard w.count <= Suggest.maximumLength, remainingWork > 0 else { return nil }
    var limit = Suggest.limit(forLength: word.count)
    var best: (Int, String)?
    for n in max(0, w.count - limit)...(w.count + limit) where abs(n - w.count) <= limit {
      guard let bucket = buckets[n] else { continue }
      for (k, original) in bucket.originals.enumerated() {
        if remainingWork <= 0 { return best?.1 }
        remainingWork -= (2 * limit + 1) * max(1, w.count)
        let d = bucket.scalars.withUnsafeBufferPointer { all in
          distance(w, UnsafeBufferPointer(rebasing: all[(k * n)..<(k * n + n)]), limit: limit)
        }
        guard let d else { continue }
        if best == nil || d < best!.0 || (d == best!.0 && original < best!.1) {
          best = (d, original)
          // Nothing farther can win now; equal distances still compete on the tie-break.
          limit = d
        }
      }
    }
    return best?.1
  }

  /// ``Suggest/banded(_:_:limit:)`` on reused rows (no allocation per candidate).
  private mutating func distance(_ a: [Unicode.Scalar], _ b: UnsafeBufferPointer<Unicode.Scalar>, limit: Int) -> Int? {
    if abs(a.count - b.count) > limit { return nil }
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    let big = limit + 1
    return previousRow.withUnsafeMutableBufferPointer { prev in
      currentRow.withUnsafeMutableBufferPointer { cur in
        var prev = prev, cur = cur
        for j in 0...b.count { prev[j] = j <= limit ? j : big }
        for i in 1...a.count {
          let lo = max(1, i - limit), hi = min(b.count, i + limit)
          if lo > hi { return nil }
          cur[lo - 1] = lo == 1 ? i : big
          var rowMin = cur[lo - 1]
          let ai = a[i - 1]
          for j in lo...hi {
            var v = prev[j - 1] + (ai == b[j - 1] ? 0 : 1)
            if j <= i - 1 + limit { v = min(v, prev[j] + 1) }
            v = min(v, cur[j - 1] + 1, big)
            cur[j] = v
            if v < rowMin { rowMin = v }
          }
          if hi < b.count { cur[hi + 1] = big }
          if rowMin > limit { return nil }
          swap(&prev, &cur)
        }
        let d = prev[b.count]
        return d <= limit ? d : nil
      }
    }
  }
}

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
    // Fast path for ids and plain ASCII words, the bulk of large datasets.
    if s.utf8.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }) {
      return s.split(separator: "-").joined(separator: " ")
    }
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
public enum Suggest {
  /// The edit distance between two words, by Unicode scalar.
  public static func distance(_ a: String, _ b: String) -> Int {
    let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var prev = Array(0...b.count)
    var cur = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      cur[0] = i
      for j in 1...b.count {
        cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
      }
      swap(&prev, &cur)
    }
    return prev[b.count]
  }

  /// The closest candidate within a distance that scales with the word's length, if any.
  public static func closest(to word: String, among candidates: [String]) -> String? {
    let limit = max(2, word.count / 3)
    var best: (Int, String)?
    for c in candidates {
      let d = distance(word.lowercased(), c.lowercased())
      if d <= limit, best == nil || d < best!.0 || (d == best!.0 && c < best!.1) { best = (d, c) }
    }
    return best?.1
  }

  /// "did you mean 'x'?" when a candidate is close, else the list of candidates.
  public static func hint(_ word: String, _ candidates: [String]) -> String {
    if let c = closest(to: word, among: candidates) { return "did you mean '\(c)'?" }
    return "one of: \(candidates.joined(separator: ", "))"
  }
}

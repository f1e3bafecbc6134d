/// What a re-import changed, relation by relation. Rows of `edges.csv` are matched by relation id,
/// or, for rows without one, by endpoints, type, dates and citations; a changed row is one whose
/// other fields differ.
public enum ImportChanges {
  /// The rows of an `edges.csv`, keyed for matching, with their full text.
  ///
  /// - Complexity: O(size of the file).
  public static func rows(_ bytes: [UInt8]) -> [String: String] {
    var out: [String: String] = [:]
    let reader = CSVReader(bytes: bytes)
    var header: [String: Int] = [:]
    try? reader.forEachRecord { _, fields in
      let f = fields.map { reader.string($0) }
      if header.isEmpty {
        for (i, h) in f.enumerated() { header[h] = i }
        return
      }
      func v(_ n: String) -> String { header[n].flatMap { $0 < f.count ? f[$0] : nil } ?? "" }
      var key = v("id")
      if key.isEmpty { key = "\(v("source")) \(v("type")) \(v("target")) \(v("since"))\(v("until"))\(v("date")) \(v("sources"))" }
      var k = key
      var n = 2
      while out[k] != nil {
        k = "\(key) #\(n)"
        n += 1
      }
      out[k] = f.joined(separator: "\u{1F}")
    }
    return out
  }

  /// The keys of rows added, changed and removed, sorted, and how many are unchanged.
  public static func compare(_ old: [String: String], _ new: [String: String]) -> (
    added: [String], changed: [String], removed: [String], unchanged: Int
  ) {
    var added: [String] = [], changed: [String] = [], unchanged = 0
    for (k, v) in new {
      if let o = old[k] {
        if o == v { unchanged += 1 } else { changed.append(k) }
      } else {
        added.append(k)
      }
    }
    return (added.sorted(), changed.sorted(), old.keys.filter { new[$0] == nil }.sorted(), unchanged)
  }
}

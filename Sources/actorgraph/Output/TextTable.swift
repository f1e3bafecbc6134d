import ActorGraph

/// A plain-text table with aligned columns, for terminals.
struct TextTable {
  var headers: [String]
  var rows: [[String]] = []
  /// Columns never shortened to fit (dates, ids, numbers: a cut one would read as another value).
  var keepWhole: Set<Int> = []
  /// Columns that may be shortened, but not below this width (a date range's length, say).
  var minimumWidths: [Int: Int] = [:]

  init(_ headers: [String]) { self.headers = headers }

  /// Cells come from data files: control characters are shown escaped, never sent to the terminal.
  mutating func add(_ row: [String]) { rows.append(row.map(DisplayText.terminalSafe)) }

  /// Display width: East Asian wide characters aside, one column per grapheme.
  static func width(_ s: String) -> Int { s.count }

  /// The narrowest a column is shortened to before the table is allowed to run over.
  static let narrowestColumn = 5

  /// The table as lines of at most `width` characters where it can be done: the widest columns are
  /// shortened first, their cells ending in "…", so short columns (ids, numbers) stay whole.
  /// `nil` prints every cell in full (`--wide`).
  func render(width: Int? = nil) -> String {
    var widths = headers.map(TextTable.width)
    for r in rows {
      for (i, c) in r.enumerated() where i < widths.count { widths[i] = max(widths[i], TextTable.width(c)) }
    }
    if let width {
      let floor = widths.indices.map {
        keepWhole.contains($0) ? widths[$0] : min(widths[$0], minimumWidths[$0] ?? TextTable.narrowestColumn)
      }
      var total = widths.reduce(0, +) + 2 * max(widths.count - 1, 0)
      while total > width {
        // Shorten the widest column that can still give; ties go to the rightmost (usually free text).
        guard let i = widths.indices.filter({ widths[$0] > floor[$0] }).max(by: { (widths[$0], $0) < (widths[$1], $1) }) else { break }
        widths[i] -= 1
        total -= 1
      }
    }
    func line(_ cells: [String]) -> String {
      var s = ""
      for (i, raw) in cells.enumerated() {
        let c = width == nil ? raw : TextFitting.shorten(raw, to: widths[i])
        if i == cells.count - 1 {
          s += c
        } else {
          s += c + String(repeating: " ", count: widths[i] - TextTable.width(c) + 2)
        }
      }
      while s.last == " " { s.removeLast() }
      return s
    }
    var out = [line(headers), line(widths.map { String(repeating: "-", count: $0) })]
    out += rows.map(line)
    return out.joined(separator: "\n")
  }
}

/// RFC 4180 CSV output.
enum CSVWriter {
  static func field(_ s: String) -> String {
    // By bytes: "\r\n" is one Character in Swift and would match neither "\r" nor "\n".
    if s.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) {
      return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
    return s
  }

  static func render(_ headers: [String], _ rows: [[String]]) -> String {
    ([headers] + rows).map { $0.map(field).joined(separator: ",") }.joined(separator: "\n")
  }
}

import ActorGraph

/// A plain-text table with aligned columns, for terminals.
struct TextTable {
  var headers: [String]
  var rows: [[String]] = []

  init(_ headers: [String]) { self.headers = headers }

  /// Cells come from data files: control characters are shown escaped, never sent to the terminal.
  mutating func add(_ row: [String]) { rows.append(row.map(DisplayText.terminalSafe)) }

  /// Display width: East Asian wide characters aside, one column per grapheme.
  static func width(_ s: String) -> Int { s.count }

  func render() -> String {
    var widths = headers.map(TextTable.width)
    for r in rows {
      for (i, c) in r.enumerated() where i < widths.count { widths[i] = max(widths[i], TextTable.width(c)) }
    }
    func line(_ cells: [String]) -> String {
      var s = ""
      for (i, c) in cells.enumerated() {
        if i == cells.count - 1 {
          s += c
        } else {
          s += c + String(repeating: " ", count: widths[i] - TextTable.width(c) + 2)
        }
      }
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

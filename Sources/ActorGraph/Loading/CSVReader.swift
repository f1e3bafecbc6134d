/// A byte-level RFC 4180 reader that knows where every field starts, for precise diagnostics.
///
/// It walks the bytes once and hands each record to a closure as byte ranges, so a
/// million-row file is read without a `String` per field unless the caller asks for one.
struct CSVReader {
  struct Field {
    var range: Range<Int>
    var quoted: Bool
    /// Where the field starts: a quoted field may follow one that spans lines, so a record's
    /// fields do not all lie on the line where it starts (a fuzzing finding).
    var line: Int
    var column: Int
  }

  enum Problem: Error {
    case unterminatedQuote(line: Int, column: Int)
    case strayQuote(line: Int, column: Int)
  }

  let bytes: [UInt8]

  init(bytes: [UInt8]) {
    // Skip a UTF-8 byte-order mark.
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { self.bytes = Array(bytes.dropFirst(3)) } else { self.bytes = bytes }
  }

  /// The text of a field, with doubled quotes inside quoted fields unescaped; unquoted fields lose
  /// their outer spaces and tabs (trimmed as bytes: no per-character Unicode work on the hot path).
  func string(_ f: Field) -> String {
    var lo = f.range.lowerBound, hi = f.range.upperBound
    if !f.quoted {
      while lo < hi && (bytes[lo] == 0x20 || bytes[lo] == 0x09) { lo += 1 }
      while hi > lo && (bytes[hi - 1] == 0x20 || bytes[hi - 1] == 0x09) { hi -= 1 }
    }
    let raw = bytes.withUnsafeBufferPointer { buf in
      String(decoding: UnsafeBufferPointer(rebasing: buf[lo..<hi]), as: UTF8.self)
    }
    return f.quoted && raw.utf8.contains(0x22) ? raw.replacingOccurrences(of: "\"\"", with: "\"") : raw
  }

  func isEmpty(_ f: Field) -> Bool {
    for i in f.range where bytes[i] != 0x20 && bytes[i] != 0x09 { return false }
    return true
  }

  /// Calls `body(line, fields)` for each non-blank record; `line` is where the record starts.
  ///
  /// Lines and columns are counted as ``SourceLocation`` counts them: a line ends at LF only (a bare
  /// CR ends a record but not a line, as in every other reader of the package), and a column counts
  /// Unicode scalars, not bytes. Counting a bare CR as a line break, or bytes as columns, located
  /// errors past the end of their line (a fuzzing finding, `Fuzz/Findings`).
  func forEachRecord(_ body: (Int, [Field]) throws -> Void) throws {
    var fields: [Field] = []
    fields.reserveCapacity(16)
    try bytes.withUnsafeBufferPointer { buf in
      let n = buf.count
      var i = 0
      var line = 1
      // Where the current line starts, and how many UTF-8 continuation bytes lie between there and
      // `i`: the column of `i` is `i - lineStart - continuations + 1`, without a rescan per field.
      var lineStart = 0
      var continuations = 0
      while i < n {
        fields.removeAll(keepingCapacity: true)
        let recordLine = line
        var blank = true
        while true {
          // One field.
          let column = i - lineStart - continuations + 1
          let fieldLine = line
          if i < n && buf[i] == 0x22 {  // quoted
            blank = false
            i += 1
            let start = i
            var end = -1
            while i < n {
              if buf[i] == 0x22 {
                if i + 1 < n && buf[i + 1] == 0x22 {
                  i += 2
                  continue
                }
                end = i
                i += 1
                break
              }
              if buf[i] == 0x0A {
                line += 1
                lineStart = i + 1
                continuations = 0
              } else if buf[i] & 0xC0 == 0x80 {
                continuations += 1
              }
              i += 1
            }
            if end < 0 { throw Problem.unterminatedQuote(line: fieldLine, column: column) }
            fields.append(Field(range: start..<end, quoted: true, line: fieldLine, column: column))
            // After the closing quote: separator, end of line, or spaces.
            while i < n && (buf[i] == 0x20 || buf[i] == 0x09) { i += 1 }
            if i < n && buf[i] != 0x2C && buf[i] != 0x0A && buf[i] != 0x0D {
              throw Problem.strayQuote(line: line, column: i - lineStart - continuations + 1)
            }
          } else {
            let start = i
            while i < n && buf[i] != 0x2C && buf[i] != 0x0A && buf[i] != 0x0D {
              if buf[i] == 0x22 { throw Problem.strayQuote(line: line, column: i - lineStart - continuations + 1) }
              if buf[i] != 0x20 && buf[i] != 0x09 { blank = false }
              if buf[i] & 0xC0 == 0x80 { continuations += 1 }
              i += 1
            }
            fields.append(Field(range: start..<i, quoted: false, line: fieldLine, column: column))
          }
          if i < n && buf[i] == 0x2C {
            blank = false
            i += 1
            continue
          }
          // End of record.
          if i < n && buf[i] == 0x0D { i += 1 }
          if i < n && buf[i] == 0x0A {
            i += 1
            line += 1
            lineStart = i
            continuations = 0
          }
          break
        }
        if !blank { try body(recordLine, fields) }
      }
    }
  }
}

import Foundation

/// The text encoding rule of `import` for the formats that are not XML (edge lists, conflict
/// dataset CSVs, node-link JSON, DOT): UTF-8, with a UTF-8 byte-order mark accepted and dropped
/// (Excel's "CSV UTF-8" writes one). Anything else is a located error that says what the bytes look
/// like and how to convert them, rather than a parser's complaint at line 1.
public enum ImportEncoding {
  /// The encodings a byte-order mark announces, longest mark first (UTF-32LE starts like UTF-16LE).
  static let marks: [(bytes: [UInt8], name: String)] = [
    ([0xFF, 0xFE, 0x00, 0x00], "UTF-32LE"), ([0x00, 0x00, 0xFE, 0xFF], "UTF-32BE"), ([0xFF, 0xFE], "UTF-16LE"),
    ([0xFE, 0xFF], "UTF-16BE"),
  ]

  /// The encoding a byte-order mark at the start of `bytes` announces, other than UTF-8's.
  public static func byteOrderMark<C: Collection<UInt8>>(_ bytes: C) -> String? {
    marks.first { bytes.starts(with: $0.bytes) }?.name
  }

  /// The file's bytes without a UTF-8 byte-order mark.
  ///
  /// - Throws: ``ImportError`` at line 1 for a UTF-16 or UTF-32 byte-order mark; at the first byte
  ///   that breaks UTF-8 otherwise (a NUL byte counts: no text format here carries one, and
  ///   UTF-16 without a mark is mostly NULs).
  /// - Complexity: O(n) in the byte count.
  public static func utf8(_ data: Data, name: String) throws(ImportError) -> Data {
    if let encoding = byteOrderMark(data.prefix(4)) {
      throw ImportError(
        "the file is \(encoding) (it starts with a \(encoding) byte-order mark), not UTF-8",
        at: SourceLocation(file: name, line: 1, column: 1),
        hint: "convert it: iconv -f \(encoding.hasPrefix("UTF-16") ? "UTF-16" : "UTF-32") -t UTF-8 \(shellWord(name)) > converted file")
    }
    var bytes = [UInt8](data)
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    if let (line, column, byte) = InputFile.firstInvalidUTF8(bytes) {
      throw ImportError(
        "not valid UTF-8 text: byte 0x\(String(byte, radix: 16, uppercase: true)) begins no character",
        at: SourceLocation(file: name, line: line, column: column),
        hint: "convert the file to UTF-8 (from Latin-1 or Windows-1252: iconv -f WINDOWS-1252 -t UTF-8, or save as CSV UTF-8)")
    }
    if let nul = bytes.firstIndex(of: 0) {
      let before = bytes[..<nul]
      let line = before.count { $0 == 0x0A } + 1
      let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
      let column = String(decoding: bytes[lineStart..<nul], as: UTF8.self).unicodeScalars.count + 1
      throw ImportError(
        "NUL byte in the text: the file is binary, or UTF-16 without a byte-order mark",
        at: SourceLocation(file: name, line: line, column: column),
        hint: "convert UTF-16 to UTF-8: iconv -f UTF-16LE -t UTF-8 (or UTF-16BE)")
    }
    return data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data
  }

  /// ``utf8(_:name:)`` as a string.
  public static func text(_ data: Data, name: String) throws(ImportError) -> String {
    String(decoding: try utf8(data, name: name), as: UTF8.self)
  }

  static func shellWord(_ s: String) -> String {
    s.allSatisfy { $0.isLetter || $0.isNumber || "-_./".contains($0) } ? s : "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }
}

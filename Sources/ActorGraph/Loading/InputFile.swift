import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reading an input file so that every failure is a located diagnostic (what, which file, what to
/// do), never a silent skip and never a system error dump.
public enum InputFile {
  /// The bytes of the file at `path`, or a diagnostic located at the file (line 1, column 1) saying
  /// why it cannot be read: missing, a folder, not a regular file, no permission, a read error.
  public static func read(_ path: String) -> Result<[UInt8], Diagnostic> {
    func failure(_ reason: String, hint: String? = nil) -> Result<[UInt8], Diagnostic> {
      .failure(
        Diagnostic(.error, "unreadable", "cannot read this file: \(reason)", at: SourceLocation(file: path, line: 1, column: 1), hint: hint)
      )
    }
    var info = stat()
    guard stat(path, &info) == 0 else {
      return failure(OutputFile.systemReason(errno), hint: errno == ENOENT ? "a symbolic link may point nowhere" : nil)
    }
    switch info.st_mode & S_IFMT {
    case S_IFREG: break
    case S_IFDIR: return failure("it is a folder", hint: "rename or remove the folder; data files are plain files")
    default: return failure("it is not a regular file", hint: "data files are plain files")
    }
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else {
      let code = errno
      return failure(OutputFile.systemReason(code), hint: code == EACCES ? "make it readable (chmod a+r) or run as its owner" : nil)
    }
    defer { close(fd) }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(Int(max(0, info.st_size)))
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let n = chunk.withUnsafeMutableBytes { raw in
        #if canImport(Glibc)
          Glibc.read(fd, raw.baseAddress!, raw.count)
        #else
          Darwin.read(fd, raw.baseAddress!, raw.count)
        #endif
      }
      if n == 0 { break }
      if n < 0 {
        if errno == EINTR { continue }
        return failure(OutputFile.systemReason(errno))
      }
      bytes.append(contentsOf: chunk[0..<n])
    }
    return .success(bytes)
  }

  /// The file's text, or a diagnostic: unreadable (see ``read(_:)``) or not UTF-8, located at the
  /// first bad byte's line and column.
  ///
  /// - Parameter code: The diagnostic code for bad encoding (`yaml-encoding`, `csv-encoding`).
  public static func text(_ path: String, encodingCode: String) -> Result<String, Diagnostic> {
    switch read(path) {
    case .failure(let d): return .failure(d)
    case .success(let bytes):
      if let d = encodingProblem(bytes, path: path, code: encodingCode) { return .failure(d) }
      return .success(String(decoding: bytes, as: UTF8.self))
    }
  }

  /// A diagnostic at the first byte that is not UTF-8, or nil when all of `bytes` is UTF-8.
  public static func encodingProblem(_ bytes: [UInt8], path: String, code: String) -> Diagnostic? {
    guard let (line, column, byte) = firstInvalidUTF8(bytes) else { return nil }
    return Diagnostic(
      .error, code, "the file is not valid UTF-8 text: byte 0x\(String(byte, radix: 16, uppercase: true)) begins no valid character",
      at: SourceLocation(file: path, line: line, column: column), hint: "save the file as UTF-8")
  }

  /// The line and column (in Unicode scalars, as ``SourceLocation`` counts) of the first byte that
  /// does not belong to a well-formed UTF-8 sequence, and that byte; nil if there is none.
  ///
  /// Overlong forms, surrogates and values above U+10FFFF count as malformed, as in `String(validating:)`.
  /// - Complexity: O(n) in the byte count.
  public static func firstInvalidUTF8(_ bytes: [UInt8]) -> (line: Int, column: Int, byte: UInt8)? {
    var line = 1, column = 1, i = 0
    let n = bytes.count
    while i < n {
      let b = bytes[i]
      if b < 0x80 {
        if b == 0x0A {
          line += 1
          column = 1
        } else {
          column += 1
        }
        i += 1
        continue
      }
      var length = 0
      var low: UInt8 = 0x80, high: UInt8 = 0xBF
      switch b {
      case 0xC2...0xDF: length = 2
      case 0xE0: (length, low) = (3, 0xA0)
      case 0xE1...0xEC, 0xEE...0xEF: length = 3
      case 0xED: (length, high) = (3, 0x9F)
      case 0xF0: (length, low) = (4, 0x90)
      case 0xF1...0xF3: length = 4
      case 0xF4: (length, high) = (4, 0x8F)
      default: return (line, column, b)
      }
      guard i + length <= n else { return (line, column, b) }
      for k in 1..<length {
        let c = bytes[i + k]
        let (lo, hi) = k == 1 ? (low, high) : (UInt8(0x80), UInt8(0xBF))
        if c < lo || c > hi { return (line, column, b) }
      }
      i += length
      column += 1
    }
    return nil
  }
}

/// A located problem can also be thrown or carried in a `Result`.
extension Diagnostic: Error {}

import Foundation
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Captures what the process writes to file descriptor 2.
enum StandardError {
  /// Only one capture at a time.
  private static let lock = Mutex(())

  static func capture(_ body: () throws -> Void) throws -> String {
    try lock.withLock { _ in
      let path = FileManager.default.temporaryDirectory
        .appendingPathComponent("stderr-\(UUID().uuidString).txt").path
      fflush(nil)
      let saved = dup(2)
      let file = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
      guard saved >= 0, file >= 0 else { throw CaptureFailed() }
      dup2(file, 2)
      close(file)
      defer {
        fflush(nil)
        dup2(saved, 2)
        close(saved)
        try? FileManager.default.removeItem(atPath: path)
      }
      try body()
      fflush(nil)
      return (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    }
  }

  /// Writes `text` to file descriptor 2.
  static func emit(_ text: String) {
    var text = text
    text.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
  }

  struct CaptureFailed: Error {}
}

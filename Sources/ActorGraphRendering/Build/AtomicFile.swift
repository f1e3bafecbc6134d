import Foundation

/// Writes files so that a reader never sees half of one: a temporary file beside the target, then a rename.
public enum AtomicFile {
  /// Writes `bytes` to `path`, creating parent folders. On failure the old file, if any, is untouched
  /// and no temporary file is left behind.
  public static func write(_ bytes: [UInt8], to path: String) throws {
    let url = URL(fileURLWithPath: path)
    let dir = url.deletingLastPathComponent()
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let temp = dir.appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
    do {
      try Data(bytes).write(to: temp, options: [])
      if rename(temp.path, url.path) != 0 {
        throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
      }
    } catch {
      try? FileManager.default.removeItem(at: temp)
      throw error
    }
  }

  public static func write(_ text: String, to path: String) throws { try write(Array(text.utf8), to: path) }
}

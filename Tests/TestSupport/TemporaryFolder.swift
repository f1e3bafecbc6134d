import Foundation

/// A fresh folder under the system's temporary directory, filled with text files.
///
/// Every test that needs files on disk makes one of these, so no two tests share a folder and
/// none writes into the repository.
public struct TemporaryFolder: Sendable {
  /// The folder's absolute path.
  public let path: String

  /// Creates the folder and writes `files` into it (names may contain subfolders).
  ///
  /// - Parameters:
  ///   - files: File names relative to the folder, and their text.
  ///   - prefix: What the folder's name starts with, to tell test leftovers apart.
  public init(_ files: [String: String] = [:], prefix: String = "actorgraph-test") throws {
    path = NSTemporaryDirectory() + prefix + "-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    for (name, text) in files { try write(name, text) }
  }

  /// Writes one text file into the folder, creating its subfolders.
  public func write(_ name: String, _ text: String) throws {
    let file = path + "/" + name
    try FileManager.default.createDirectory(
      atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try text.write(toFile: file, atomically: true, encoding: .utf8)
  }

  /// Writes one file of raw bytes into the folder.
  public func write(_ name: String, bytes: [UInt8]) {
    _ = FileManager.default.createFile(atPath: path + "/" + name, contents: Data(bytes))
  }

  /// The absolute path of a file in the folder.
  public func file(_ name: String) -> String { path + "/" + name }

  /// Deletes the folder and everything in it.
  public func remove() { try? FileManager.default.removeItem(atPath: path) }
}

/// The repository root, found by walking up from this file to `Package.swift`.
public let repositoryRoot: String = {
  var url = URL(fileURLWithPath: #filePath)
  while url.path != "/" {
    url.deleteLastPathComponent()
    if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url.path }
  }
  return FileManager.default.currentDirectoryPath
}()

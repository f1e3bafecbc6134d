import Foundation
import Testing

@testable import ActorGraph

/// Writes files into a fresh temporary folder and loads it as a dataset.
struct TempDataset {
  let folder: String

  init(_ files: [String: String]) throws {
    folder = NSTemporaryDirectory() + "actorgraph-test-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    for (name, text) in files {
      try text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
    }
  }

  func load() -> LoadResult { DatasetLoader.load(folder) }

  func remove() { try? FileManager.default.removeItem(atPath: folder) }
}

/// A small valid dataset the loading tests perturb.
let baseSources = """
  sources:
    - id: s1
      outlet: Test Wire
      title: A report
      date: 2026-03
  """

let baseActors = """
  actors:
    - id: iran
      name: Iran
      aliases: [Tehran, ایران]
      kind: state
    - id: pmf
      name: Popular Mobilization Forces
      aliases: [PMF, Popular Mobilisation Forces, Hashd al-Shaabi]
      kind: umbrella-group
    - id: kataib-hezbollah
      name: Kataib Hezbollah
      kind: armed-group
    - id: asaib-ahl-al-haq
      name: Asaib Ahl al-Haq
      kind: armed-group
  """

/// The repository root, found from this file's path.
let repositoryRoot: String = {
  var url = URL(fileURLWithPath: #filePath)
  while url.path != "/" {
    url.deleteLastPathComponent()
    if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url.path }
  }
  return FileManager.default.currentDirectoryPath
}()

extension LoadResult {
  /// `line:column code` of every error, for compact assertions.
  var errorSites: [String] {
    diagnostics.errors.map { "\($0.location.map { "\($0.line):\($0.column)" } ?? "-") \($0.code)" }
  }
}

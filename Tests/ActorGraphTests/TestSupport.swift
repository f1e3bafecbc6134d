import Foundation
import TestSupport
import Testing

@testable import ActorGraph

/// Writes files into a fresh temporary folder and loads it as a dataset.
struct TempDataset {
  let temporary: TemporaryFolder
  var folder: String { temporary.path }

  init(_ files: [String: String]) throws { temporary = try TemporaryFolder(files) }

  func load() -> LoadResult { DatasetLoader.load(folder) }

  func remove() { temporary.remove() }

  /// The dataset `files` make, loaded without errors (the folder removed after), for tests whose
  /// fixture must be valid.
  static func dataset(_ files: [String: String]) throws -> Dataset {
    let t = try TempDataset(files)
    defer { t.remove() }
    let r = t.load()
    try #require(!r.hasErrors, "\(r.diagnostics.errors)")
    return r.dataset
  }
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

extension LoadResult {
  /// `line:column code` of every error, for compact assertions.
  var errorSites: [String] {
    diagnostics.errors.map { "\($0.location.map { "\($0.line):\($0.column)" } ?? "-") \($0.code)" }
  }
}

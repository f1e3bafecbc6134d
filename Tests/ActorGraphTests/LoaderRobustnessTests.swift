import Foundation
import Testing

@testable import ActorGraph

/// Whatever the input, loading never crashes, and every diagnostic points inside the file it names.
@Suite struct LoaderRobustnessTests {
  struct Rng {
    var state: UInt64
    mutating func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(max(1, bound)))
    }
  }

  static let pieces = [":", "- ", "\"", "'", "[", "]", "{", "}", "\n", "  ", "\t", "#", "&a", "*a", "!!int ", "..", "2026-13-45", "ü", "سپاه", "\u{0}", "\\", "---\n", "~"]

  func mutate(_ text: String, _ rng: inout Rng) -> String {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    for _ in 0..<(1 + rng.next(4)) {
      guard !lines.isEmpty else { break }
      let i = rng.next(lines.count)
      switch rng.next(5) {
      case 0: lines.remove(at: i)
      case 1: lines.insert(lines[rng.next(lines.count)], at: i)
      case 2: lines.swapAt(i, rng.next(lines.count))
      case 3:
        var chars = Array(lines[i])
        chars.insert(contentsOf: Array(Self.pieces[rng.next(Self.pieces.count)]), at: rng.next(chars.count + 1))
        lines[i] = String(chars)
      default:
        lines[i] = String(lines[i].prefix(rng.next(lines[i].count + 1)))
      }
    }
    return lines.joined(separator: "\n")
  }

  @Test(arguments: ["actors.yaml", "relations.yaml", "attacks.yaml", "dataset.yaml"])
  func mutatedSeedFilesNeverCrashTheLoader(file: String) throws {
    let seed = repositoryRoot + "/graphs/iraq-2026"
    var originals: [String: String] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: seed) where name.hasSuffix(".yaml") {
      originals[name] = try String(contentsOfFile: seed + "/" + name, encoding: .utf8)
    }
    var rng = Rng(state: UInt64(file.utf8.reduce(7) { $0 &* 31 &+ UInt64($1) }))
    for round in 0..<25 {
      var files = originals
      files[file] = mutate(originals[file]!, &rng)
      let t = try TempDataset(files)
      defer { t.remove() }
      let r = t.load()
      let lineCount = files[file]!.split(separator: "\n", omittingEmptySubsequences: false).count
      for d in r.diagnostics {
        guard let loc = d.location, loc.file.hasSuffix("/" + file) else { continue }
        #expect(loc.line >= 1 && loc.line <= lineCount + 1, "round \(round): \(d)")
        #expect(loc.column >= 1, "round \(round): \(d)")
      }
    }
  }

  @Test func truncatedAndBinaryCSVNeverCrash() throws {
    var rng = Rng(state: 42)
    for _ in 0..<100 {
      var bytes = Array("source,target,type,date\na,b,support,2014\n\"c\",d,attack,2020-01\n".utf8)
      for _ in 0..<(1 + rng.next(6)) {
        let i = rng.next(bytes.count)
        bytes[i] = UInt8(rng.next(256))
      }
      bytes = Array(bytes.prefix(1 + rng.next(bytes.count)))
      let folder = NSTemporaryDirectory() + "actorgraph-csv-" + UUID().uuidString
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      defer { try? FileManager.default.removeItem(atPath: folder) }
      _ = FileManager.default.createFile(atPath: folder + "/edges.csv", contents: Data(bytes))
      let r = DatasetLoader.load(folder)
      for d in r.diagnostics { #expect((d.location?.line ?? 1) >= 1) }
    }
  }
}

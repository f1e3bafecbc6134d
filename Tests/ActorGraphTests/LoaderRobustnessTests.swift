import Foundation
import TestSupport
import Testing

@testable import ActorGraph

/// Whatever the input, loading never crashes, and every diagnostic points inside the file it names.
@Suite struct LoaderRobustnessTests {
  static let pieces = [
    ":", "- ", "\"", "'", "[", "]", "{", "}", "\n", "  ", "\t", "#", "&a", "*a", "!!int ", "..", "2026-13-45", "ü", "سپاه", "\u{0}", "\\",
    "---\n", "~",
  ]

  func mutate(_ text: String, _ rng: inout SplitMix64) -> String {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    for _ in 0..<(1 + rng.next(below: 4)) {
      guard !lines.isEmpty else { break }
      let i = rng.next(below: lines.count)
      switch rng.next(below: 5) {
      case 0: lines.remove(at: i)
      case 1: lines.insert(lines[rng.next(below: lines.count)], at: i)
      case 2: lines.swapAt(i, rng.next(below: lines.count))
      case 3:
        var chars = Array(lines[i])
        chars.insert(contentsOf: Array(Self.pieces[rng.next(below: Self.pieces.count)]), at: rng.next(below: chars.count + 1))
        lines[i] = String(chars)
      default:
        lines[i] = String(lines[i].prefix(rng.next(below: lines[i].count + 1)))
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
    var rng = SplitMix64(seed: UInt64(file.utf8.reduce(7) { $0 &* 31 &+ UInt64($1) }))
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
    var rng = SplitMix64(seed: 42)
    for _ in 0..<100 {
      var bytes = Array("source,target,type,date\na,b,support,2014\n\"c\",d,attack,2020-01\n".utf8)
      for _ in 0..<(1 + rng.next(below: 6)) {
        let i = rng.next(below: bytes.count)
        bytes[i] = UInt8(rng.next(below: 256))
      }
      bytes = Array(bytes.prefix(1 + rng.next(below: bytes.count)))
      let folder = try TemporaryFolder(prefix: "actorgraph-csv")
      defer { folder.remove() }
      folder.write("edges.csv", bytes: bytes)
      let r = DatasetLoader.load(folder.path)
      for d in r.diagnostics { #expect((d.location?.line ?? 1) >= 1) }
    }
  }
}

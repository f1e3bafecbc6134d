import Foundation
import Testing

@testable import ActorGraph

/// Unreadable inputs are located errors, never skipped; bad UTF-8 is reported where it is.
/// As root (CI), permissions do not stop reads, so unreadable files are made other ways:
/// a folder in the file's place, a link to nowhere, and a link to /proc/self/mem (read fails with EIO).
@Suite struct InputFileTests {
  @Test func aFolderNamedEdgesCSVIsALocatedErrorNotASkip() throws {
    let data = try TempDataset(["nodes.csv": "id,name,kind\na,A,state\nb,B,state\n"])
    defer { data.remove() }
    try FileManager.default.createDirectory(atPath: data.folder + "/edges.csv", withIntermediateDirectories: false)
    let r = data.load()
    let error = try #require(r.diagnostics.first { $0.code == "unreadable" })
    #expect(error.severity == .error)
    #expect(error.location == SourceLocation(file: data.folder + "/edges.csv", line: 1, column: 1))
    #expect(error.message == "cannot read this file: it is a folder")
    #expect(!r.diagnostics.contains { $0.code == "no-edges" })
  }

  @Test func unreadableFilesAreErrors() throws {
    let data = try TempDataset(["a.yaml": "actors: []\n"])
    defer { data.remove() }
    symlink("/proc/self/mem", data.folder + "/edges.csv")
    symlink(data.folder + "/nowhere", data.folder + "/nodes.csv")
    symlink(data.folder + "/missing.yaml", data.folder + "/b.yaml")
    let r = data.load()
    let unreadable = r.diagnostics.filter { $0.code == "unreadable" }.map {
      ($0.location!.file as NSString).lastPathComponent + ": " + $0.message
    }
    #expect(
      unreadable.sorted() == [
        "b.yaml: cannot read this file: no such file or directory",
        "edges.csv: cannot read this file: input/output error",
        "nodes.csv: cannot read this file: no such file or directory",
      ])
    #expect(r.hasErrors)
  }

  @Test func invalidUTF8IsReportedAtItsLineAndColumn() throws {
    #expect(InputFile.firstInvalidUTF8(Array("ok\nالعراق".utf8)) == nil)
    #expect(InputFile.firstInvalidUTF8([0x61, 0x0A, 0x62, 0xC3, 0xA9, 0xFF])! == (2, 3, 0xFF))
    #expect(InputFile.firstInvalidUTF8([0xC0, 0x80])! == (1, 1, 0xC0), "overlong")
    #expect(InputFile.firstInvalidUTF8([0x41, 0xED, 0xA0, 0x80])! == (1, 2, 0xED), "a surrogate")
    #expect(InputFile.firstInvalidUTF8([0x41, 0xF4, 0x90, 0x80, 0x80])! == (1, 2, 0xF4), "above U+10FFFF")
    #expect(InputFile.firstInvalidUTF8([0x41, 0xE2, 0x82])! == (1, 2, 0xE2), "cut short")
    let data = try TempDataset([:])
    defer { data.remove() }
    var yaml = Array("actors:\n  - {id: a, name: \"".utf8)
    yaml += [0xE2, 0x28, 0xA1]
    yaml += Array("\", kind: state}\n".utf8)
    _ = FileManager.default.createFile(atPath: data.folder + "/a.yaml", contents: Data(yaml))
    _ = FileManager.default.createFile(
      atPath: data.folder + "/edges.csv", contents: Data(Array("source,target,type\n".utf8) + [0x61, 0x2C, 0x62, 0x80]))
    let r = data.load()
    let sites = r.diagnostics.filter { $0.code.hasSuffix("-encoding") }.map {
      "\(($0.location!.file as NSString).lastPathComponent):\($0.location!.line):\($0.location!.column)"
    }
    #expect(sites.sorted() == ["a.yaml:2:20", "edges.csv:2:4"])
  }
}

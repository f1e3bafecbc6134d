import Foundation
import Testing

@Suite struct ImportCommandTests {
  @Test func exportThenImportThroughAPipeValidates() throws {
    let folder = NSTemporaryDirectory() + "actorgraph-import-" + UUID().uuidString
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let gexf = NSTemporaryDirectory() + "actorgraph-import-" + UUID().uuidString + ".gexf"
    defer { try? FileManager.default.removeItem(atPath: gexf) }
    #expect(try CLI.run(["export", "-o", gexf]).status == 0)
    let o = try CLI.run(["import", "--from", "gexf", gexf, "-o", folder])
    #expect(o.status == 0, "\(o.stderr)")
    let v = try CLI.run(["validate", folder])
    #expect(v.status == 0 && (v.stdout + v.stderr).contains("0 errors"), "\(v.stdout)\(v.stderr)")
    let again = try CLI.run(["import", "--from", "gexf", gexf, "-o", folder])
    #expect(again.stderr.contains("0 new, 0 changed, 0 removed"), "re-import in place: \(again.stderr)")
  }

  @Test func anImportWithErrorsWritesNothing() throws {
    let input = try CLI.temp(["sheet.csv": "from,to,type\na,b,befriends\n"])
    let folder = input + "/out"
    let o = try CLI.run(["import", "--from", "edge-list", input + "/sheet.csv", "-o", folder])
    #expect(o.status != 0)
    #expect(o.stderr.contains("sheet.csv:2:1: error: unknown relation type 'befriends'"), "\(o.stderr)")
    #expect(!FileManager.default.fileExists(atPath: folder))
  }
}

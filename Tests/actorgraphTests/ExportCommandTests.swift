import Foundation
import Testing

@Suite struct ExportCommandTests {
  @Test func singleFileFormatsGoToStdoutByDefault() throws {
    let o = try CLI.run(["export", "--to", "graphml"])
    #expect(o.status == 0, "\(o.stderr)")
    #expect(o.stdout.hasPrefix("<?xml") && o.stdout.contains("<graphml"))
    let dash = try CLI.run(["export", "--to", "node-link", "-o", "-", "--types", "support"])
    let json = try #require(try JSONSerialization.jsonObject(with: Data(dash.stdout.utf8)) as? [String: Any])
    let edges = try #require(json["edges"] as? [[String: Any]])
    #expect(!edges.isEmpty && edges.allSatisfy { $0["type"] as? String == "support" })
  }

  @Test func formatAndExtensionMustAgree() throws {
    let o = try CLI.run(["export", "--to", "gexf", "-o", NSTemporaryDirectory() + "x.graphml"])
    #expect(o.status != 0)
    #expect(o.stderr.contains("does not match the extension"))
    let none = try CLI.run(["export", "-o", NSTemporaryDirectory() + "x.txt"])
    #expect(none.status != 0 && none.stderr.contains("say which format"))
  }

  @Test func folderFormatsNeedAFolder() throws {
    let o = try CLI.run(["export", "--to", "neo4j"])
    #expect(o.status != 0 && o.stderr.contains("-o FOLDER"))
    let folder = NSTemporaryDirectory() + "actorgraph-export-" + UUID().uuidString
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let w = try CLI.run(["export", "--to", "csv", "-o", folder])
    #expect(w.status == 0, "\(w.stderr)")
    let v = try CLI.run(["validate", folder])
    #expect(v.status == 0, "the export validates: \(v.stdout)")
    #expect((v.stdout + v.stderr).contains("0 errors, 0 warnings"))
  }

  @Test func theExtensionPicksTheFormat() throws {
    let file = NSTemporaryDirectory() + "actorgraph-export-" + UUID().uuidString + ".gexf"
    defer { try? FileManager.default.removeItem(atPath: file) }
    let o = try CLI.run(["export", "-o", file])
    #expect(o.status == 0, "\(o.stderr)")
    let text = try String(contentsOfFile: file, encoding: .utf8)
    #expect(text.contains("<gexf xmlns=\"http://gexf.net/1.3\""))
  }
}

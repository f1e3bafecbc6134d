import Foundation
import TestSupport
import Testing

/// The import fixtures (Tests/actorgraphTests/Fixtures/import, described in its README): a good
/// file for each foreign format, and hostile ones — entity expansion, external entities and DTDs,
/// UTF-16 with and without a byte-order mark, Latin-1 bytes, a syntax error, nesting past any
/// sane depth — each refused with an error at its file, line and column, nothing written.
@Suite struct ImportFixtureTests {
  static let folder = repositoryRoot + "/Tests/actorgraphTests/Fixtures/import/"

  struct Good: Sendable, CustomStringConvertible {
    var file: String
    var format: String
    var actors: Int
    var relations: Int
    /// An actor id that must come back with this name (encodings and defaults read right).
    var named: (id: String, name: String)?
    var description: String { file }
  }

  static let good: [Good] = [
    Good(file: "good.graphml", format: "graphml", actors: 3, relations: 2, named: ("café-militia", "café-militia")),
    Good(file: "latin1-declared.graphml", format: "graphml", actors: 3, relations: 2, named: ("café-militia", "café-militia")),
    Good(file: "good.gexf", format: "gexf", actors: 2, relations: 1, named: ("kh", "Kataib Hezbollah")),
    Good(file: "good.json", format: "node-link", actors: 2, relations: 1, named: ("café-militia", "café-militia")),
    Good(file: "good.csv", format: "edge-list", actors: 3, relations: 2, named: ("café-militia", "café-militia")),
    Good(file: "utf8-bom.csv", format: "edge-list", actors: 3, relations: 2, named: ("iran", "iran")),
    Good(file: "good.dot", format: "dot", actors: 3, relations: 2, named: ("kataib-hezbollah", "kataib-hezbollah")),
    Good(file: "ucdp-ged-synthetic.csv", format: "ucdp-ged", actors: 3, relations: 2, named: ("is", "IS")),
    Good(file: "acled-synthetic.csv", format: "acled", actors: 3, relations: 2, named: nil),
  ]

  @Test(arguments: good)
  func aGoodFileImportsAndValidates(_ g: Good) throws {
    let out = NSTemporaryDirectory() + "actorgraph-fixture-" + UUID().uuidString
    defer { try? FileManager.default.removeItem(atPath: out) }
    let o = try CLI.run(["import", "--from", g.format, Self.folder + g.file, "-o", out])
    #expect(o.status == 0, "\(o.stderr)")
    #expect(o.stderr.contains("wrote \(out): \(g.actors) actors, \(g.relations) relations"), "\(o.stderr)")
    let v = try CLI.run(["validate", out])
    #expect(v.status == 0, "\(v.stdout)\(v.stderr)")
    if let (id, name) = g.named {
      let actors = try CLI.json(["actors", "--data", out, "--format", "json"]) as? [[String: Any]] ?? []
      let found = actors.first { $0["id"] as? String == id }
      #expect(found?["name"] as? String == name, "\(g.file): \(actors.map { ($0["id"] ?? "", $0["name"] ?? "") })")
    }
  }

  struct Hostile: Sendable, CustomStringConvertible {
    var file: String
    var format: String
    var line: Int
    var column: Int
    var says: String
    var description: String { file }
  }

  static let hostile: [Hostile] = [
    // Entity expansion (a billion laughs, 20^8 copies), external entities, an external DTD.
    Hostile(file: "laughs.graphml", format: "graphml", line: 2, column: 1, says: "<!DOCTYPE> refused"),
    Hostile(file: "laughs.gexf", format: "gexf", line: 2, column: 1, says: "<!DOCTYPE> refused"),
    Hostile(file: "xxe.graphml", format: "graphml", line: 2, column: 1, says: "<!DOCTYPE> refused"),
    Hostile(file: "xxe.gexf", format: "gexf", line: 2, column: 1, says: "<!DOCTYPE> refused"),
    Hostile(file: "external-dtd.gexf", format: "gexf", line: 2, column: 1, says: "<!DOCTYPE> refused"),
    // The laughs again in UTF-16: refused before libxml2 could read a DOCTYPE the byte checks cannot see.
    Hostile(file: "utf16-laughs.gexf", format: "gexf", line: 1, column: 2, says: "NUL byte"),
    Hostile(file: "utf16-nobom.graphml", format: "graphml", line: 1, column: 2, says: "NUL byte"),
    // UTF-16 with a byte-order mark, in every format.
    Hostile(file: "utf16-bom.graphml", format: "graphml", line: 1, column: 1, says: "the file is UTF-16LE"),
    Hostile(file: "utf16-bom.csv", format: "edge-list", line: 1, column: 1, says: "the file is UTF-16LE"),
    Hostile(file: "utf16-bom.json", format: "node-link", line: 1, column: 1, says: "the file is UTF-16LE"),
    Hostile(file: "utf16-bom.dot", format: "dot", line: 1, column: 1, says: "the file is UTF-16LE"),
    Hostile(file: "acled-utf16-bom.csv", format: "acled", line: 1, column: 1, says: "the file is UTF-16LE"),
    // Latin-1 bytes where UTF-8 is expected: located at the byte.
    Hostile(file: "latin1.graphml", format: "graphml", line: 8, column: 18, says: "not valid UTF-8"),
    Hostile(file: "latin1.csv", format: "edge-list", line: 3, column: 21, says: "byte 0xE9"),
    Hostile(file: "latin1.json", format: "node-link", line: 2, column: 56, says: "byte 0xE9"),
    Hostile(file: "latin1.dot", format: "dot", line: 3, column: 29, says: "byte 0xE9"),
    Hostile(file: "ucdp-ged-latin1.csv", format: "ucdp-ged", line: 2, column: 136, says: "byte 0xE8"),
    // Syntax, and nesting deeper than any graph.
    Hostile(file: "syntax.dot", format: "dot", line: 3, column: 1, says: "DOT syntax error"),
    Hostile(file: "deep.json", format: "node-link", line: 1, column: 1, says: "not valid JSON"),
  ]

  @Test(arguments: hostile)
  func aHostileFileIsALocatedErrorAndWritesNothing(_ h: Hostile) throws {
    let out = NSTemporaryDirectory() + "actorgraph-fixture-" + UUID().uuidString
    defer { try? FileManager.default.removeItem(atPath: out) }
    let path = Self.folder + h.file
    let o = try CLI.run(["import", "--from", h.format, path, "-o", out])
    #expect(o.status == 1, "\(h.file): exit \(o.status)")
    let first = o.stderr.split(separator: "\n").first.map(String.init) ?? ""
    #expect(first.contains("\(path):\(h.line):\(h.column): error: "), "\(h.file): \(first)")
    #expect(first.contains(h.says), "\(h.file): \(first)")
    #expect(o.stderr.contains("hint: "), "every refusal says what to do: \(o.stderr)")
    #expect(!FileManager.default.fileExists(atPath: out), "nothing written")
    #expect(o.stderr.utf8.count < 2_000, "bounded output")
  }
}

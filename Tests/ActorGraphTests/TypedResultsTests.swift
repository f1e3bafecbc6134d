import Foundation
import TestSupport
import Testing

@testable import ActorGraph

/// Answers keep the domain's types (relation type, attribution, confidence, dates) and still write
/// the JSON that data and `--format json` have always written.
@Suite struct TypedResultsTests {
  static let files: [String: String] = [
    "dataset.yaml": """
    dataset:
      id: typed
    vocabulary:
      relation_types:
        - {name: funds, directed: true, sign: +, verb: funds, behaves_like: support, subtypes: [cash]}
    sources: [{id: s1, outlet: Wire}]
    """,
    "data.yaml": """
    actors:
      - {id: pp, name: Patron, kind: state}
      - {id: org, name: Organ, kind: state-organ}
      - {id: um, name: Umbrella, kind: umbrella-group}
      - {id: mm, name: Member, kind: armed-group}
    relations:
      - {id: f, type: funds, subtype: cash, source: pp, target: um, since: 2014-03, until: "2015", attribution: suspected, sources: [s1]}
      - {id: m, type: membership, source: mm, target: um, since: "2010", attribution: confirmed, sources: [s1]}
      - {id: p, type: part-of, subtype: state-organ, source: org, target: pp, attribution: confirmed, sources: [s1]}
    """,
  ]

  func load() throws -> Dataset {
    let t = try TempDataset(Self.files)
    defer { t.remove() }
    let r = t.load()
    #expect(!r.hasErrors, "\(r.diagnostics)")
    return r.dataset
  }

  @Test func aSummaryEncodesItsTypedValuesAsTheTextDataWrites() throws {
    let d = try load()
    let k = try #require(d.relations.indices.first { d.relationID($0) == "p" })
    let s = RelationSummary(d, k)
    #expect(s.type == .partOf)
    let e = JSONEncoder()
    e.outputFormatting = [.sortedKeys]
    let json = String(decoding: try e.encode(s), as: UTF8.self)
    #expect(json.contains(#""type":"part-of""#) && json.contains(#""attribution":"confirmed""#), "\(json)")
    let f = RelationSummary(d, try #require(d.relations.indices.first { d.relationID($0) == "f" }))
    let fjson = String(decoding: try e.encode(f), as: UTF8.self)
    #expect(fjson.contains(#""since":"2014-03""#) && fjson.contains(#""until":"2015""#) && fjson.contains(#""type":"funds""#), "\(fjson)")
    #expect(f.type.verb == "funds" && f.since == FuzzyDate(parsing: "2014-03") && f.attribution == .suspected)
    // Decoding reads the same text back: the dates and the levels compare equal.
    let back = try JSONDecoder().decode(RelationSummary.self, from: Data(fjson.utf8))
    #expect(back.since == f.since && back.until == f.until && back.attribution == f.attribution && back.confidence == f.confidence)
    #expect(back.type.rawValue == "funds", "a declared type decodes by name")
    let lowest = try JSONDecoder().decode(Confidence.self, from: Data(#""very low""#.utf8))
    #expect("\(lowest)" == "very low", "in text a level reads as JSON writes it")
  }

  /// A declared type that behaves like support is support in the chain rules: its hop runs from
  /// the patron, and the chain is an umbrella chain, as it would be with `support`.
  @Test func aDeclaredSupportTypeRunsFromThePatron() throws {
    let d = try load()
    let r = SupportQuery().run(d, actor: try #require(d.index(of: "mm")), direction: .supporters)
    let c = try #require(r.chains.first { $0.supporter == "pp" }, "\(r.chains)")
    #expect(c.kind == .umbrella && c.rule == .umbrella && c.attribution == .inferred)
    #expect(c.hops.map(\.from) == ["pp", "mm"] && c.hops.map(\.to) == ["um", "um"])
    #expect(c.hops[0].type.rawValue == "funds" && c.hops[0].forms == ["cash"] && c.hops[0].attribution == .suspected)
    #expect(c.held == "2014-03..2015-12", "the days both hops held")
    let e = JSONEncoder()
    e.outputFormatting = [.sortedKeys]
    let json = String(decoding: try e.encode(c), as: UTF8.self)
    #expect(json.contains(#""kind":"umbrella""#) && json.contains(#""rule":"umbrella""#) && json.contains(#""confidence":"#), "\(json)")
    // The organ's state backs the member too, through its organ, under the default rules.
    let clients = SupportQuery().run(d, actor: try #require(d.index(of: "pp")), direction: .clients)
    #expect(clients.chains.contains { $0.supported == "mm" && $0.kind == .umbrella })
  }
}

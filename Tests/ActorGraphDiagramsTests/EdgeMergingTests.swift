import ActorGraph
import DomainTestSupport
import Foundation
import Testing

@testable import ActorGraphDiagrams
@testable import GraphvizKit

@Suite("One line per pair and direction")
struct EdgeMergingTests {
  static let data = """
    dataset: {id: pairs}
    sources:
      - {id: s1, outlet: Wire}
      - {id: s2, outlet: Paper}
    actors:
      - {id: patron, name: Patron, kind: state}
      - {id: client, name: Client, kind: state}
    relations:
      - {id: r1, type: support, form: arms, source: patron, target: client, since: "2014", attribution: confirmed, sources: [s1]}
      - {id: r2, type: alliance, source: client, target: patron, since: "2003", attribution: suspected, sources: [s2]}
      - {id: r3, type: attack, source: patron, target: client, date: "1985-02", attribution: claimed, sources: [s1]}
      - {id: r4, type: attack, source: patron, target: client, date: "1986-03", attribution: attributed, sources: [s2]}
      - {id: r5, type: attack, source: client, target: patron, date: "1987", attribution: blamed, sources: [s1, s2]}
      - {id: r6, type: hostility, source: patron, target: client, since: "1980", until: "1988", attribution: confirmed, sources: [s1]}
    """

  func graph(separate: Bool) throws -> DOTGraph {
    let root = try TempProject.make(["data.yaml": Self.data])
    let loaded = DatasetLoader.load(root + "/data.yaml")
    #expect(!loaded.hasErrors, "\(loaded.diagnostics.errors)")
    var spec = DiagramSpec()
    spec.separate = separate
    return try DiagramStyler(dataset: loaded.dataset, spec: spec).build()
  }

  @Test("parallel relations merge into one line per direction whose tooltip keeps every relation")
  func merged() throws {
    let g = try graph(separate: false)
    #expect(g.edges.count == 2, "\(g.edges.map(\.attributes.svgID))")
    // Symmetric relations sit on the pair in id order (client, patron): with client's attack on patron.
    let back = try #require(g.edges.first { $0.from == "actor:client" && $0.to == "actor:patron" })
    let forth = try #require(g.edges.first { $0.from == "actor:patron" && $0.to == "actor:client" })
    let tips = [back, forth].map { $0.attributes.tooltip ?? "" }
    for id in ["r1", "r2", "r3", "r4", "r5", "r6"] {
      #expect(tips.filter { $0.contains(id + ":") }.count == 1, "\(id) is listed once: \(tips)")
    }
    #expect(tips[0].contains("s1") && tips[0].contains("s2"), "sources stay in the tooltip")
    #expect(tips[1].contains("1985") && tips[1].contains("2014"), "dates stay in the tooltip")
    // The strongest attribution draws the line; the label names the types.
    #expect(forth.attributes.style == [.solid])
    #expect(back.attributes.style == [.solid], "hostility r6 is confirmed, alliance r2 only suspected")
    #expect(back.attributes.svgID == "rel-alliance+attack+hostility-client-patron-0")
    #expect(forth.attributes.svgID == "rel-support+attack-patron-client-0")
    guard case .text(let label)? = forth.attributes.label else {
      Issue.record("no label on the merged line")
      return
    }
    // One type a line: stacked words keep the label narrow, so it does not widen a left-to-right rank.
    #expect(label == "support since 2014\nattack 2 events, Feb 1985–Mar 1986")
  }

  @Test("a diff says 'new' by line weight and tooltip, not a word on every line; 'ended' keeps its word")
  func diffWords() throws {
    let root = try TempProject.make(["data.yaml": Self.data])
    let loaded = DatasetLoader.load(root + "/data.yaml")
    let spec = DiagramSpec(try Selection.parsing([.diff: ["1985", "2015"]]))
    let g = try DiagramStyler(dataset: loaded.dataset, spec: spec).build()
    // r1 support (2014–) and r4 attack (1986) appeared on one line; r6 hostility (1980–88) ended.
    let appeared = try #require(g.edges.first { $0.attributes.svgID?.hasSuffix("-new") == true })
    let ended = try #require(g.edges.first { $0.attributes.svgID?.hasSuffix("-ended") == true })
    // The merged line names its types (support, and the 1986 attack), without the word "new".
    #expect(appeared.attributes.label == .text("support since 2014\nattack Mar 1986"))
    #expect(appeared.attributes.penwidth! > DiagramStyle.relation(.support).penwidth, "new is drawn heavy")
    #expect(appeared.attributes.tooltip?.hasPrefix("New: appeared after 1985, held by 2015.\nr1:") == true)
    #expect(appeared.attributes.tooltip?.contains("\nr4:") == true)
    #expect(ended.attributes.label == .text("ended"))
    #expect(ended.attributes.tooltip?.hasPrefix("Ended: held in 1985, ended by 2015.\nr6:") == true)
    guard case .html(let header)? = g.attributes.label else {
      Issue.record("no header")
      return
    }
    #expect(header.markup.contains("heavy: new, appeared after 1985, held by 2015"))
  }

  @Test("separate: true keeps one line per type and attribution tier")
  func separate() throws {
    let g = try graph(separate: true)
    #expect(g.edges.count == 6, "\(g.edges.map(\.attributes.svgID))")
    #expect(g.edges.contains { $0.attributes.svgID == "rel-attack-patron-client-1" })
  }
}

@Suite("Dates as people write them")
struct DateTextTests {
  func d(_ s: String) -> FuzzyDate { FuzzyDate(parsing: s)! }

  @Test(
    "periods",
    arguments: [
      ("2026-02", "2026-03", "Feb–Mar 2026"), ("1980", "1988", "1980–88"), ("1998", "2003", "1998–2003"),
      ("2014", "2014", "2014"), ("2026-03-04", "2026-03-04", "4 Mar 2026"), ("2026-02-28", "2026-03-02", "28 Feb–2 Mar 2026"),
      ("2025-11", "2026-02", "Nov 2025–Feb 2026"), ("2003", "2026-03", "2003–Mar 2026"), ("2026", "2026-03", "Jan–Mar 2026"),
      ("1999", "2001", "1999–2001"),
    ])
  func periods(_ from: String, _ to: String, _ expected: String) {
    #expect(DateText.period(d(from), d(to)) == expected)
  }

  @Test func spans() {
    #expect(DateText.span(since: d("2003"), until: nil) == "since 2003")
    #expect(DateText.span(since: nil, until: d("2011-12")) == "until Dec 2011")
    #expect(DateText.span(since: d("1980-09"), until: d("1988-08")) == "Sep 1980–Aug 1988")
    #expect(DateText.span(since: nil, until: nil) == nil)
    #expect(DateText.date(d("2026-02..2026-03")) == "Feb–Mar 2026")
    // An open end is not the year 9999 (e07: "since October 7, 2023").
    #expect(DateText.date(d("2023-10-07..")) == "since 7 Oct 2023")
    #expect(DateText.date(d("2003..")) == "since 2003")
    #expect(DateText.date(d("..2011-06")) == "until Jun 2011")
  }
}

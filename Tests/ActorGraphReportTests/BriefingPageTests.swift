import ActorGraph
import ActorGraphDiagrams
import Foundation
import TestSupport
import Testing

@testable import ActorGraphReport

/// A dataset whose names, notes and titles try to end the page's script and markup.
let scriptBreaker = """
  dataset:
    id: breaker
    title: "</script><script>alert(1)</script> & <!-- title"
  sources:
    - {id: s1, outlet: "Wire </script>", title: "<img src=x onerror=alert(2)> \\"quoted\\" 'single'", published: "2026-03-01", url: "javascript:alert(3)"}
  actors:
    - {id: a, name: "</script><b>A</b>", aliases: ["\\u2028line separator", "<!--"], kind: state, notes: "]]> </style> --> &amp;"}
    - {id: b, name: "B \\"&\\" 'b'", kind: armed-group}
  relations:
    - {id: r1, type: support, source: a, target: b, since: "2014", attribution: confirmed, sources: ["s1:</script>"], note: "</script><script>alert(4)</script>"}
  """

func load(_ text: String, name: String = "data.yaml") throws -> Dataset {
  let folder = try TemporaryFolder([name: text])
  defer { folder.remove() }
  let r = DatasetLoader.load(folder.file(name))
  guard !r.hasErrors else { throw DiagramError("fixture has errors: \(r.diagnostics.errors)") }
  return r.dataset
}

let seed: Dataset = {
  let r = DatasetLoader.load(repositoryRoot + "/graphs/iraq-2026")
  precondition(!r.hasErrors, "the seed dataset has errors")
  return r.dataset
}()

func page(_ data: Dataset, _ spec: DiagramSpec = DiagramSpec()) throws -> String {
  String(decoding: try BriefingPage(dataset: data, spec: spec, toolVersion: "test").render(), as: UTF8.self)
}

/// The data island as the browser's `JSON.parse` sees it.
func island(_ html: String) throws -> BriefingPage.Island {
  let open = "<script type=\"application/json\" id=\"briefing-data\">"
  let start = try #require(html.range(of: open))
  let end = try #require(html[start.upperBound...].range(of: "</script>"))
  return try JSONDecoder().decode(BriefingPage.Island.self, from: Data(html[start.upperBound..<end.lowerBound].utf8))
}

@Suite struct BriefingPageTests {
  @Test("Hostile names, notes and titles cannot end the script or inject markup, and read back exactly")
  func escaping() throws {
    let data = try load(scriptBreaker)
    let html = try page(data)
    // Exactly the page's own two scripts close; nothing from the data opens a tag.
    #expect(html.components(separatedBy: "</script>").count == 3)
    #expect(html.components(separatedBy: "<script").count == 3)
    #expect(!html.contains("<img"))
    #expect(!html.contains("<b>A</b>"))
    #expect(!html.contains("\u{2028}"))
    let values = try island(html)
    #expect(values.actors.first { $0.id == "a" }?.name == "</script><b>A</b>")
    #expect(values.actors.first { $0.id == "a" }?.aliases.contains("<!--") == true)
    #expect(values.relations.first?.note == "</script><script>alert(4)</script>")
    #expect(values.relations.first?.citations.first?.locator == "</script>")
    #expect(values.relations.first?.citations.first?.title == "<img src=x onerror=alert(2)> \"quoted\" 'single'")
    // The source list and the title are markup the page writes itself: escaped there.
    #expect(html.contains("“&lt;img src=x onerror=alert(2)&gt; &quot;quoted&quot; &#39;single&#39;”"))
    #expect(html.contains("<title>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;!-- title — briefing</title>"))
  }

  @Test("The rendering tests' hostile dataset gives a page whose island and SVG name every actor as written")
  func hostileNames() throws {
    let data = try load(DatasetText.hostile)
    let html = try page(data)
    let values = try island(html)
    #expect(Set(values.actors.map(\.name)) == Set(data.actors.map(\.name)))
    // Graphviz writes `-` in ids as `&#45;`; the browser reads them back as written.
    func svgID(_ id: String) -> String { "id=\"" + id.replacingOccurrences(of: "-", with: "&#45;") + "\"" }
    for a in values.actors { #expect(html.contains(svgID(a.node))) }
    for r in values.relations { if let line = r.line { #expect(html.contains(svgID(line))) } }
  }

  @Test("Same input, same bytes")
  func determinism() throws {
    let first = try BriefingPage(dataset: seed, spec: DiagramSpec(), toolVersion: "test").render()
    let second = try BriefingPage(dataset: seed, spec: DiagramSpec(), toolVersion: "test").render()
    #expect(first == second)
  }

  @Test("At every slider date the page shows exactly what the domain's snapshot holds then")
  func sliderFollowsTheSnapshotRule() throws {
    let values = try BriefingPage(dataset: seed, spec: DiagramSpec(), toolVersion: "test").prepare().island
    #expect(values.relations.count == seed.relations.count)
    #expect(values.dates.contains { $0.label == "1985" })
    let index = Dictionary(uniqueKeysWithValues: seed.relations.indices.map { (seed.relationID($0), $0) })
    for (i, date) in values.dates.enumerated() {
      // The snapshot as the CLI asks for it: `--as-of LABEL`, parsed and filtered by the domain.
      var filter = RelationFilter()
      filter.asOf = FuzzyDate(parsing: date.label)
      #expect(filter.asOf != nil)
      let expected = Set(seed.relations.indices.filter { filter.accepts(seed.relations[$0]) }.map { seed.relationID($0) })
      let shown = Set(values.relations.filter { r in r.at.contains { $0[0] <= i && i <= $0[1] } }.map(\.id))
      #expect(shown == expected, "as of \(date.label)")
    }
    // Every dated relation is seen at some position; the page opens at the data's present.
    for r in values.relations where seed.relations[index[r.id]!].validity.from != FuzzyDate.firstDay { #expect(!r.at.isEmpty, "\(r.id)") }
    #expect(values.dates[values.start].day == seed.present?.end)
  }

  @Test("Relations carry their evidence as the domain states it; actors their profiles")
  func evidence() throws {
    let values = try BriefingPage(dataset: seed, spec: DiagramSpec(), toolVersion: "test").prepare().island
    for r in values.relations {
      let k = seed.relations.indices.first { seed.relationID($0) == r.id }!
      let summary = RelationSummary(seed, k)
      #expect(r.type == summary.type.rawValue && r.from == summary.source && r.to == summary.target)
      #expect(r.attribution == summary.attribution.rawValue && r.confidence == summary.confidence.rawValue && r.time == summary.timeText)
      #expect(
        r.citations.map { $0.source + ($0.locator.map { ":" + $0 } ?? "") }
          == seed.relations[k].sources.map { $0.id + ($0.locator.map { ":" + $0 } ?? "") })
      for c in r.citations {
        let s = try #require(seed.source(id: c.source))
        #expect(c.outlet == s.outlet && c.title == s.title && c.published == s.published?.description)
      }
    }
    let irgc = try #require(values.actors.first { $0.id == "irgc" })
    #expect(irgc.aliases.contains("IGRC"))
    #expect(Set(values.sources.map(\.id)) == Set(seed.relations.flatMap { $0.sources.map(\.id) }))
  }

  @Test("Filters narrow the page like the CLI: types and exact attribution levels")
  func selection() throws {
    let spec = DiagramSpec(try Selection.parsing([.types: ["support"], .attribution: ["confirmed"]]))
    let values = try BriefingPage(dataset: seed, spec: spec, toolVersion: "test").prepare().island
    let expected = seed.relations.indices.filter { seed.relations[$0].type == .support && seed.relations[$0].attribution == .confirmed }
    #expect(Set(values.relations.map(\.id)) == Set(expected.map { seed.relationID($0) }))
    #expect(values.types == ["support"])
    #expect(values.selection.contains("types support"))
  }

  @Test("The page takes the diagram's title rule: its own title, else what it is about, else the dataset's")
  func titleRule() throws {
    let around = try BriefingPage(dataset: seed, spec: DiagramSpec(try Selection.parsing([.focus: ["iran"]])), toolVersion: "t").prepare()
    #expect(around.island.title == "Around Iran")
    #expect(around.title == DiagramStyler(dataset: seed, spec: DiagramSpec(try Selection.parsing([.focus: ["iran"]]))).title)
    let whole = try BriefingPage(dataset: seed, spec: DiagramSpec(), toolVersion: "t").prepare()
    #expect(whole.island.title == seed.title)
    let given = try BriefingPage(dataset: seed, spec: DiagramSpec(title: "Mine"), toolVersion: "t").prepare()
    #expect(given.island.title == "Mine")
  }

  @Test("Without a date the page opens on the data's present; --whole-record opens on the whole record; --as-of on its date")
  func startingPosition() throws {
    var spec = DiagramSpec()
    spec.selection.wholeRecord = true
    #expect(try BriefingPage(dataset: seed, spec: spec, toolVersion: "t").prepare().island.start == -1)
    let v = try BriefingPage(dataset: seed, spec: DiagramSpec(try Selection.parsing([.asOf: ["2003-06"]])), toolVersion: "t").prepare()
      .island
    #expect(v.dates[v.start].label == "2003-06-30")
  }

  @Test("The browser tests' hostile dataset is the rendering tests' one, plus script breakers")
  func browserFixtureReusesTheHostileNames() throws {
    let fixture = try String(contentsOfFile: repositoryRoot + "/tests/browser/fixtures/hostile.yaml", encoding: .utf8)
    #expect(fixture.hasPrefix(DatasetText.hostile))
    #expect(fixture.contains("</script>"))
  }
}

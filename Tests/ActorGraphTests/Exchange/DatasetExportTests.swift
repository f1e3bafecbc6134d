import Foundation
import Testing

@testable import ActorGraph

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Export: our CSV round-trips every field; the other formats carry the selection and escape what
/// they must. Readers in other tools are checked by scripts/check-exports.py (NetworkX, igraph).
@Suite struct DatasetExportTests {
  static let seed = SeedDatasetTests.seed.dataset

  /// Writes an export's files into a fresh folder.
  static func write(_ files: [ExportedFile]) throws -> String {
    let folder = NSTemporaryDirectory() + "actorgraph-export-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    for f in files { try f.text.write(toFile: folder + "/" + f.name, atomically: true, encoding: .utf8) }
    return folder
  }

  /// Every relation as comparable text: endpoints by id and every field, details included.
  static func fingerprint(_ d: Dataset, _ k: Int) -> String {
    let r = d.relations[k]
    let fields = ExchangeFields.relation.map { "\($0.name)=\($0.value(of: r, in: d)?.text ?? "∅")" }
    return "\(d.actor(r.source).id)→\(d.actor(r.target).id) " + fields.joined(separator: " ")
  }

  @Test func ourCSVLosesNothing() throws {
    let folder = try Self.write(DatasetExport(Self.seed).render(.csv))
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let back = DatasetLoader.load(folder)
    #expect(back.diagnostics.errors.isEmpty, "\(back.diagnostics.errors.prefix(3))")
    #expect(back.diagnostics.warnings.isEmpty, "\(back.diagnostics.warnings.prefix(3))")
    let d = back.dataset
    #expect(d.actors == Self.seed.actors, "every actor field, memberships included")
    #expect(d.sources == Self.seed.sources)
    #expect(d.title == Self.seed.title && d.description == Self.seed.description)
    let before = Self.seed.relations.indices.map { Self.fingerprint(Self.seed, $0) }
    let after = d.relations.indices.map { Self.fingerprint(d, $0) }
    #expect(after == before, "relations in the same order with every field")
    // Places, weapons and casualties were what a `show` CSV lost.
    #expect(d.relations.contains { $0.details?.killed != nil && $0.details?.place != nil && $0.details?.weapon != nil })
    #expect(d.relations.filter { $0.details?.event == "e10" }.map(\.id).sorted() == ["e10-iran", "e10-irgc"])
  }

  @Test func aSelectionExportsItsRelationsAndEveryActorUnlessIsolatesAreDropped() throws {
    var filter = RelationFilter()
    filter.types = [.support]
    let all = DatasetExport(Self.seed, filter: filter)
    #expect(all.actors.count == Self.seed.actors.count)
    #expect(all.relations.allSatisfy { Self.seed.relations[$0].type == .support })
    #expect(all.relations.count == Self.seed.relations.filter { $0.type == .support }.count)
    let dropped = DatasetExport(Self.seed, filter: filter, dropIsolates: true)
    let touched = Set(all.relations.flatMap { [Self.seed.relations[$0].source, Self.seed.relations[$0].target] })
    #expect(Set(dropped.actors) == touched)
  }

  @Test(arguments: ExportFormat.allCases)
  func sameInputSameBytes(_ format: ExportFormat) {
    #expect(DatasetExport(Self.seed).render(format) == DatasetExport(Self.seed).render(format))
  }

  /// Markup in names and notes is escaped, and characters XML cannot carry are dropped, so the
  /// XML formats stay well-formed whatever the data holds.
  @Test func xmlFormatsEscapeHostileText() throws {
    var d = Dataset(id: "x")
    d.addActor(Actor(id: "a", name: "A <b>&\"quoted\"</b>", notes: "line\none\u{1}"))
    d.addActor(Actor(id: "b", name: "B ]]> 'x'"))
    d.addRelation(Relation(id: "r1", type: .support, source: 0, target: 1, details: RelationDetails(note: "<!ENTITY x \"y\">")))
    for format in [ExportFormat.graphml, .gexf] {
      let text = DatasetExport(d).render(format)[0].text
      #expect(!text.contains("<b>") && !text.contains("<!ENTITY") && !text.contains("\u{1}"), "\(format)")
      #expect(XMLParser(data: Data(text.utf8)).parse(), "\(format) is well-formed")
      #expect(text.contains("A &lt;b&gt;&amp;&quot;quoted&quot;&lt;/b&gt;"), "\(format)")
    }
    let json = DatasetExport(d).render(.nodeLink)[0].text
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let nodes = try #require(object["nodes"] as? [[String: Any]])
    #expect(nodes.first?["notes"] as? String == "line\none\u{1}", "JSON carries control characters escaped")
  }

  @Test func gexfIntervalsSpanTheWholeFuzzyPeriod() {
    let r = Relation(type: .alliance, source: 0, target: 1, since: FuzzyDate(parsing: "2014"), until: FuzzyDate(parsing: "2017-02"))
    #expect(DatasetExport.interval(r) == ("2014-01-01", "2017-02-28"))
    let e = Relation(type: .attack, source: 0, target: 1, date: FuzzyDate(parsing: "2026-03-04"))
    #expect(DatasetExport.interval(e) == ("2026-03-04", "2026-03-04"))
    let open = Relation(type: .support, source: 0, target: 1, since: FuzzyDate(parsing: "2003"))
    #expect(DatasetExport.interval(open).end == nil)
  }

  @Test func gexfIntervalsAgreeWithTheSnapshotRuleAndSayWhereTheyAreInferred() throws {
    let yaml = """
      sources: [{id: s1, outlet: Wire, published: "2024-05"}]
      actors:
        - {id: a, name: A, kind: state}
        - {id: b, name: B, kind: armed-group, founded: "2023"}
        - {id: c, name: C, kind: state}
      relations:
        - {id: known, type: alliance, source: a, target: c, attribution: confirmed, sources: [s1]}
        - {id: young, type: support, source: a, target: b, since: "2010", attribution: confirmed, sources: [s1]}
        - {id: dated, type: hostility, source: c, target: b, since: "2023-06", until: "2024", attribution: confirmed, sources: [s1]}
      """
    let t = try TempDataset(["d.yaml": yaml])
    defer { t.remove() }
    let r = t.load()
    #expect(!r.hasErrors, "\(r.diagnostics)")
    func relation(_ id: String) throws -> Relation { try #require(r.dataset.relations.first { $0.id == id }) }
    // No date of its own: held from its source's publication, as --as-of reads it.
    #expect(DatasetExport.interval(try relation("known")) == ("2024-05-01", nil))
    #expect(DatasetExport.intervalBasis(try relation("known")) == "sources")
    // "since 2010" to a group founded in 2023 starts in 2023.
    #expect(DatasetExport.interval(try relation("young")) == ("2023-01-01", nil))
    #expect(DatasetExport.intervalBasis(try relation("young")) == "stated, clipped to lifespans")
    #expect(DatasetExport.interval(try relation("dated")) == ("2023-06-01", "2024-12-31"))
    #expect(DatasetExport.intervalBasis(try relation("dated")) == nil)
    let gexf = DatasetExport(r.dataset).render(.gexf)[0].text
    #expect(gexf.contains("start=\"2024-05-01\""))
    #expect(gexf.contains("<attvalue for=\"interval_basis\" value=\"sources\"/>"))
  }

  @Test func formatFromExtension() {
    #expect(ExportFormat(fileExtensionOf: "a/b.GEXF") == .gexf)
    #expect(ExportFormat(fileExtensionOf: "x.graphml") == .graphml)
    #expect(ExportFormat(fileExtensionOf: "x.json") == .nodeLink)
    #expect(ExportFormat(fileExtensionOf: "x.gv") == .dot)
    #expect(ExportFormat(fileExtensionOf: "folder/") == nil)
  }
}

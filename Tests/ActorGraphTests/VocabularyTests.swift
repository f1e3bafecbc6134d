import Foundation
import TestSupport
import Testing

@testable import ActorGraph

/// A dataset may declare its own relation types and actor kinds: they load, validate with located
/// errors, answer queries by their declared direction, sign and category, and survive export and
/// import.
@Suite struct VocabularyTests {
  /// `dataset.yaml` sorts after the files that use its words: the loader reads vocabularies first.
  static let files: [String: String] = [
    "dataset.yaml": """
    dataset:
      id: clans
    vocabulary:
      actor_kinds:
        - name: faction
          parent: armed-group
        - name: clan
          label: clan or tribe
          subkinds: [lineage]
      relation_types:
        - name: trade
          directed: false
          sign: +
          verb: trades with
        - name: feud
          directed: false
          sign: "-"
          verb: feuds with
        - name: funds
          directed: true
          sign: +
          verb: funds
          behaves_like: support
          subtypes: [cash]
    sources:
      - id: s1
        outlet: Field notes
        title: Notes
        date: 2025-05
    """,
    "actors.yaml": """
    actors:
      - {id: aa, name: Capital, kind: state}
      - {id: bb, name: North Faction, kind: faction, subkind: militia}
      - {id: cc, name: South Faction, kind: faction}
      - {id: dd, name: Hill Clan, kind: clan, subkind: lineage}
    """,
    "relations.yaml": """
    relations:
      - {id: r1, type: trade, source: aa, target: bb, since: 2024, attribution: confirmed, sources: [s1]}
      - {id: r2, type: feud, source: bb, target: cc, since: 2024, attribution: confirmed, sources: [s1]}
      - {id: r3, type: feud, source: aa, target: cc, since: 2024, attribution: confirmed, sources: [s1]}
      - {id: r4, type: funds, subtype: cash, source: aa, target: dd, since: 2024, attribution: confirmed, sources: [s1]}
    """,
  ]

  static func load(_ files: [String: String] = files) throws -> LoadResult {
    let t = try TempDataset(files)
    defer { t.remove() }
    return t.load()
  }

  @Test func declaredTypesAndKindsLoadWhereverTheDeclarationSorts() throws {
    let r = try Self.load()
    #expect(r.diagnostics.errors.isEmpty, "\(r.diagnostics.errors)")
    let d = r.dataset
    #expect(d.vocabulary.declaredRelationTypes.map(\.name) == ["trade", "feud", "funds"])
    #expect(d.vocabulary.declaredActorKinds.map(\.name) == ["faction", "clan"])
    #expect(d.relations.map(\.type.rawValue) == ["trade", "feud", "feud", "funds"])
    #expect(d.relations[0].type.isSymmetric && !d.relations[3].type.isSymmetric)
    #expect(d.relations[0].type.verb == "trades with")
    #expect(d.relations[3].type.category == .support && d.relations[3].subtypes == ["cash"])
    let north = try #require(d.actor(id: "bb"))
    #expect(north.kind.rawValue == "faction" && north.kind.isA(.armedGroup) && north.kind.builtIn == .armedGroup)
    #expect(north.subkind == "militia", "a declared kind takes its parent's subkinds")
    #expect(d.actor(id: "dd")?.kind.label == "clan or tribe" && d.actor(id: "dd")?.kind.builtIn == nil)
    // The built-in names still resolve, and a built-in-only dataset declares nothing.
    #expect(d.vocabulary.relationType(named: "alliance") == .alliance)
    #expect(Vocabulary().isBuiltInOnly && Vocabulary().relationType(named: "trade") == nil)
  }

  @Test func balanceUsesTheDeclaredSigns() throws {
    let d = try Self.load().dataset
    let b = try StructuralBalance(d, filter: RelationFilter(types: nil))
    let signs = Dictionary(uniqueKeysWithValues: b.signs.map { ($0.type.rawValue, $0.sign) })
    #expect(signs["trade"] == 1 && signs["feud"] == -1 && signs["funds"] == 1)
    // aa+bb, bb−cc, aa−cc: one triad, balanced (the enemy of my friend is my enemy).
    #expect(b.triads.total == 1 && b.triads.balanced == 1)
    #expect(b.positivePairs == 2 && b.negativePairs == 2)
  }

  @Test func anUnsignedDeclaredTypeIsRefusedByBalanceByName() throws {
    var files = Self.files
    files["dataset.yaml"] = files["dataset.yaml"]!.replacingOccurrences(of: "sign: \"-\"", with: "sign: none")
    let d = try Self.load(files).dataset
    #expect(throws: BalanceSign.Unsigned.self) { try StructuralBalance(d, filter: RelationFilter(types: [d.relations[1].type])) }
    let b = try StructuralBalance(d, filter: RelationFilter(types: nil))
    #expect(!b.signs.contains { $0.type.rawValue == "feud" }, "no sign, not counted")
  }

  @Test func queriesFollowTheCategoryAndTheParentKind() throws {
    let d = try Self.load().dataset
    let chains = SupportQuery().run(d, actor: d.index(of: "dd")!, direction: .supporters).chains
    #expect(chains.map(\.supporter) == ["aa"], "funds behaves like support")
    let armed = try ActorKindSelection.parse("armed-group", vocabulary: d.vocabulary)
    #expect(d.actors.filter(armed.matches).map(\.id) == ["bb", "cc"])
    let clans = try ActorKindSelection.parse("clan", vocabulary: d.vocabulary)
    #expect(d.actors.filter(clans.matches).map(\.id) == ["dd"])
    #expect(try RelationFilter.parseTypes("feud,trade", vocabulary: d.vocabulary).count == 2)
    do {
      _ = try RelationFilter.parseTypes("fued", vocabulary: d.vocabulary)
      Issue.record("accepted an unknown type")
    } catch {
      #expect(error.description.contains("did you mean 'feud'?"))
      #expect(error.hint == "did you mean 'feud'?", "the suggestion is the hint, apart from the message")
    }
  }

  @Test func ourCSVExportCarriesTheVocabulary() throws {
    let d = try Self.load().dataset
    let folder = try DatasetExportTests.write(DatasetExport(d).render(.csv))
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let back = DatasetLoader.load(folder)
    #expect(back.diagnostics.errors.isEmpty, "\(back.diagnostics.errors)")
    #expect(back.dataset.vocabulary == d.vocabulary)
    #expect(back.dataset.actors == d.actors)
    let before = d.relations.indices.map { DatasetExportTests.fingerprint(d, $0) }
    #expect(back.dataset.relations.indices.map { DatasetExportTests.fingerprint(back.dataset, $0) } == before)
  }

  @Test(arguments: [ExportFormat.graphml, .nodeLink])
  func graphFormatsCarryTheVocabularyBack(_ format: ExportFormat) throws {
    let d = try Self.load().dataset
    let text = DatasetExport(d).render(format)[0].text
    let g =
      format == .graphml
      ? try XMLGraphReader.read(data: Data(text.utf8), name: "x.graphml", as: .graphml)
      : try NodeLinkReader.read(data: Data(text.utf8), name: "x.json")
    let r = ForeignImport(mapping: ImportMapping(), datasetID: "clans").run(g)
    let back = try #require(r.dataset, "\(r.diagnostics)")
    #expect(back.vocabulary == d.vocabulary)
    #expect(back.actors == d.actors)
    let before = d.relations.indices.map { DatasetExportTests.fingerprint(d, $0) }
    #expect(back.relations.indices.map { DatasetExportTests.fingerprint(back, $0) } == before)
  }

  /// GEXF has no graph-level data to carry the declarations: a mapping declares them instead.
  @Test func gexfComesBackThroughAMappingThatDeclaresTheTypes() throws {
    let d = try Self.load().dataset
    let text = DatasetExport(d).render(.gexf)[0].text
    let g = try XMLGraphReader.read(data: Data(text.utf8), name: "x.gexf", as: .gexf)
    let refused = ForeignImport(mapping: ImportMapping(), datasetID: "clans").run(g)
    #expect(refused.dataset == nil && refused.diagnostics.contains { $0.code == "unknown-kind" || $0.code == "unknown-type" })
    let block = d.vocabulary.yamlBlock()
    let mapping = try ImportMapping.read(yaml: block, file: "m.yaml")
    let r = ForeignImport(mapping: mapping, datasetID: "clans").run(g)
    let back = try #require(r.dataset, "\(r.diagnostics)")
    #expect(back.relations.map(\.type.rawValue) == d.relations.map(\.type.rawValue))
    #expect(back.vocabulary == d.vocabulary)
  }

  @Test func aMappingMapsAForeignTypeOntoADeclaredOne() throws {
    let mapping = try ImportMapping.read(
      yaml: """
        types:
          money: {type: funds, subtype: cash}
          vendetta: feud
        vocabulary:
          relation_types:
            - {name: funds, directed: true, sign: +, behaves_like: support, subtypes: [cash]}
            - {name: feud, directed: false, sign: "-"}
        """, file: "m.yaml")
    let sheet = "from,to,type\nA,B,money\nB,C,vendetta\n"
    let g = try EdgeListReader.read(data: Data(sheet.utf8), name: "s.csv", mapping: mapping)
    let r = ForeignImport(mapping: mapping, datasetID: "t").run(g)
    let d = try #require(r.dataset, "\(r.diagnostics)")
    #expect(d.relations.map(\.type.rawValue) == ["funds", "feud"])
    #expect(d.relations[0].subtypes == ["cash"] && d.relations[0].type.category == .support)
    #expect(r.files.first { $0.name == "dataset.yaml" }?.text.contains("name: \"funds\"") == true, "the result declares it")
    do {
      _ = try ImportMapping.read(
        yaml: "types: {money: fundz}\nvocabulary: {relation_types: [{name: funds, directed: true, sign: +}]}", file: "m.yaml")
      Issue.record("accepted an unknown type")
    } catch {
      #expect(error.hint == "did you mean 'funds'?", "did-you-mean includes the declared types")
    }
  }

  @Test func declarationErrorsAreLocated() throws {
    var files = Self.files
    files["dataset.yaml"] = """
      dataset:
        id: bad
      vocabulary:
        relation_types:
          - name: alliance
            directed: false
            sign: +
          - name: trade
            sign: +
          - name: feud
            directed: false
          - name: pact
            directed: sometimes
            sign: maybe
          - name: tie
            directed: true
            sign: none
            behaves_like: suport
          - name: trade
            directed: false
            sign: +
        actor_kinds:
          - name: state
          - name: faction
            parent: armd-group
          - name: clan
            colour: red
      """
    let r = try Self.load(files)
    func at(_ code: String) -> [Int] {
      r.diagnostics.filter { $0.code == code && $0.location?.file.hasSuffix("dataset.yaml") == true }.compactMap { $0.location?.line }
    }
    #expect(at("shadowed-type") == [5])
    #expect(at("missing-direction") == [8])
    #expect(at("missing-sign") == [10])
    #expect(at("bad-value").sorted() == [13, 14])
    #expect(at("unknown-type") == [18])
    #expect(r.diagnostics.first { $0.code == "unknown-type" && $0.location?.line == 18 }?.hint?.contains("did you mean 'support'?") == true)
    #expect(at("shadowed-kind") == [23])
    #expect(at("unknown-kind") == [25])
    #expect(at("unknown-key") == [27])
    // `trade` failed its first declaration (no direction), so the second one stands; `feud` failed.
    #expect(at("duplicate-type").isEmpty)
    // Data using a word the vocabulary did not take is an unknown type, with the declared ones in the hint.
    let feud = r.diagnostics.first { $0.code == "unknown-type" && $0.location?.file.hasSuffix("relations.yaml") == true }
    #expect(feud?.location?.line == 3)
    #expect(feud?.message.contains("'feud'") == true)
  }

  @Test func anUnknownTypeSuggestsADeclaredOne() throws {
    var files = Self.files
    files["relations.yaml"] = "relations:\n  - {id: r1, type: fued, source: aa, target: bb, attribution: confirmed, sources: [s1]}\n"
    let r = try Self.load(files)
    let d = try #require(r.diagnostics.first { $0.code == "unknown-type" })
    #expect(d.location?.line == 2 && d.hint?.hasPrefix("did you mean 'feud'?") == true)
    files["relations.yaml"] = "relations:\n  - {id: r1, type: trade, source: aa, target: bb, attribution: confirmed, sources: [s1]}\n"
    files["dataset.yaml"] = "dataset: {id: x}\nsources: [{id: s1, title: t}]\n"
    let builtIn = try Self.load(files)
    let unknown = try #require(builtIn.diagnostics.first { $0.code == "unknown-type" })
    #expect(unknown.hint?.contains("vocabulary: relation_types:") == true, "the hint says how to declare one")
  }

  @Test func aVocabularyDeclaredTwiceIsAnError() throws {
    var files = Self.files
    files["more.yaml"] = "vocabulary:\n  relation_types: []\n"
    let r = try Self.load(files)
    #expect(r.diagnostics.contains { $0.code == "duplicate-vocabulary" })
  }
}

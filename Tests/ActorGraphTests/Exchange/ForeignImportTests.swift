import Foundation
import TestSupport
import Testing

@testable import ActorGraph

/// Import: our exports come back whole; foreign files map through the mapping; hostile XML is
/// refused at its declaration; conflict datasets keep their own semantics.
@Suite struct ForeignImportTests {
  static let seed = SeedDatasetTests.seed.dataset

  static func importing(_ g: ForeignGraph, _ mapping: ImportMapping = ImportMapping()) -> ForeignImport.Result {
    ForeignImport(mapping: mapping, datasetID: "t").run(g)
  }

  @Test(arguments: [ExportFormat.graphml, .gexf, .nodeLink])
  func ourExportsComeBackWithEveryRelationField(_ format: ExportFormat) throws {
    let text = DatasetExport(Self.seed).render(format)[0].text
    let g: ForeignGraph
    switch format {
    case .graphml: g = try XMLGraphReader.read(data: Data(text.utf8), name: "x.graphml", as: .graphml)
    case .gexf: g = try XMLGraphReader.read(data: Data(text.utf8), name: "x.gexf", as: .gexf)
    default: g = try NodeLinkReader.read(data: Data(text.utf8), name: "x.json")
    }
    let r = Self.importing(g)
    #expect(r.diagnostics.filter { $0.severity == .error }.isEmpty, "\(r.diagnostics.prefix(3))")
    let d = try #require(r.dataset)
    #expect(d.actors == Self.seed.actors, "\(format): every actor field")
    let before = Self.seed.relations.indices.map { DatasetExportTests.fingerprint(Self.seed, $0) }
    let after = d.relations.indices.map { DatasetExportTests.fingerprint(d, $0) }
    #expect(after == before, "\(format): every relation field")
    // Two accounts of one strike come back as one event with two records.
    #expect(d.relations.filter { $0.details?.event == "e10" }.count == 2, "\(format): the event survives")
    // The format has no sources table: cited ids come back as marked stubs.
    #expect(d.sources.allSatisfy { $0.note?.contains("does not carry") == true })
  }

  static let bomb = """
    <?xml version="1.0"?>
    <!DOCTYPE graphml [
      <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
      <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
      <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
      <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
      <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
      <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
      <!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">
    ]>
    <graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed">
    <node id="&g;"/></graph></graphml>
    """

  @Test func entityExpansionBombIsRefusedAtItsFirstDeclaration() {
    do {
      _ = try XMLGraphReader.read(data: Data(Self.bomb.utf8), name: "bomb.graphml", as: .graphml)
      Issue.record("the bomb was parsed")
    } catch {
      #expect(error.message.contains("<!DOCTYPE> refused"), "\(error)")
      #expect(
        error.location == SourceLocation(file: "bomb.graphml", line: 2, column: 1),
        "located at the declaration: \(String(describing: error.location))")
    }
  }

  @Test func externalEntitiesAreRefused() {
    let xxe = """
      <?xml version="1.0"?>
      <!DOCTYPE gexf [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
      <gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes><node id="a" label="&secret;"/></nodes><edges/></graph></gexf>
      """
    do {
      let g = try XMLGraphReader.read(data: Data(xxe.utf8), name: "xxe.gexf", as: .gexf)
      Issue.record("read: \(g.nodes.map(\.attributes))")
    } catch {
      #expect(error.message.contains("refused"), "\(error)")
    }
  }

  @Test func wrongEncodingIsALocatedError() {
    // Declared UTF-8, but "é" written as a single Latin-1 byte on line 3.
    var bytes = Array(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"><graph>\n<node id=\"caf".utf8)
    bytes += [0xE9] + Array("\"/></graph></graphml>\n".utf8)
    do {
      _ = try XMLGraphReader.read(data: Data(bytes), name: "latin1.graphml", as: .graphml)
      Issue.record("read bytes that are not UTF-8")
    } catch {
      #expect(error.location == SourceLocation(file: "latin1.graphml", line: 3, column: 14), "\(error)")
    }
    var csv = Array("source,target,type\nirgc,caf".utf8)
    csv += [0xE9] + Array(",support\n".utf8)
    do {
      _ = try EdgeListReader.read(data: Data(csv), name: "latin1.csv", mapping: ImportMapping())
      Issue.record("read a CSV that is not UTF-8")
    } catch {
      #expect(error.location == SourceLocation(file: "latin1.csv", line: 2, column: 9), "\(error)")
    }
  }

  /// Fuzzing finding (Fuzz/Findings/import-foundationxml-trap-on-bad-encoding-name.bin): a malformed
  /// encoding name lifted the UTF-8 check, and FoundationXML trapped on an element name holding a
  /// byte that is not UTF-8. Only encodings libxml2 transcodes lift the check now.
  @Test func aMalformedEncodingNameStillNeedsUTF8() {
    for declaration in ["encoding=UTF\"-8\"", "encoding=\"klingon\"", "encoding='utf-8'"] {
      var bytes = Array("<?xml version=\"1.0\" \(declaration)?>\n<gexf version=\"1.3\"><graph><attr".utf8)
      bytes += [0xE0, 0x62] + Array("ute id=\"k\"/></graph></gexf>\n".utf8)
      do {
        _ = try XMLGraphReader.read(data: Data(bytes), name: "bad.gexf", as: .gexf)
        Issue.record("\(declaration): read bytes that are not UTF-8")
      } catch {
        #expect(error.location == SourceLocation(file: "bad.gexf", line: 2, column: 33), "\(declaration): \(error)")
      }
    }
    // Overlong forms and surrogates are not UTF-8 either.
    for bad: [UInt8] in [[0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80]] {
      let bytes = Array("<graphml><graph><node id=\"".utf8) + bad + Array("\"/></graph></graphml>".utf8)
      #expect(throws: ImportError.self, "\(bad)") { try XMLGraphReader.read(data: Data(bytes), name: "x.graphml", as: .graphml) }
    }
    // A declared Latin-1 file is transcoded by libxml2 and read.
    let latin1 =
      Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<graphml><graph><node id=\"caf".utf8) + [0xE9]
      + Array("\"/></graph></graphml>\n".utf8)
    #expect((try? XMLGraphReader.read(data: Data(latin1), name: "l.graphml", as: .graphml))?.nodes.map(\.id) == ["café"])
  }

  /// Fuzzing finding (Fuzz/Findings/import-foundationxml-crash-on-empty-instruction.bin): a
  /// processing instruction without data (`<?name?>`) killed the process inside FoundationXML
  /// (strlen of a null pointer). It is refused where it stands; instructions with data, and
  /// `<?…?>` inside comments and CDATA sections (text, not instructions), are still read.
  @Test func aProcessingInstructionWithoutDataIsRefusedNotACrash() {
    let cases: [(String, Int, Int)] = [
      ("<?xmgȋagT?>\n<g\u{3}soratag:ry", 1, 1),
      ("<?xml version=\"1.0\"?>\n<graphml>\n  <?pi?><graph/></graphml>\n", 3, 3),
      ("<graphml><graph><node id=\"a\"/></graph></graphml><?end?>", 1, 49),
    ]
    for (text, line, column) in cases {
      do {
        _ = try XMLGraphReader.read(data: Data(text.utf8), name: "pi.graphml", as: .graphml)
        Issue.record("read \(text)")
      } catch {
        #expect(error.location == SourceLocation(file: "pi.graphml", line: line, column: column), "\(text): \(error)")
        #expect(error.message.contains("processing instruction without data"), "\(error)")
      }
    }
    let fine = """
      <?xml version="1.0"?>
      <?xml-stylesheet href="s.xsl"?>
      <graphml><!-- <?not-one?> --><graph><node id="a"><data key="d"><![CDATA[<?nor-this?>]]></data></node></graph></graphml>
      """
    #expect((try? XMLGraphReader.read(data: Data(fine.utf8), name: "ok.graphml", as: .graphml))?.nodes.map(\.id) == ["a"])
  }

  /// Fuzzing finding (Fuzz/Findings/import-libxml2-column-past-line-end.bin): libxml2 reported a
  /// syntax error at column 105 of a 48-character line. Locations are brought inside the file.
  @Test func xmlErrorsAreLocatedInsideTheFile() throws {
    // The finding's GEXF (without the fuzzer's first byte, which picked the reader).
    let finding = try #require(
      Data(
        base64Encoded:
          "PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgi24zYsdin2YYiXX1dLAogImVkZ2VzIjogW3sic291cmNlIjogImlyYW4iLCAidGFyZ2V0IjogImtoIiwgInR5cGUiOiAic3VwcG9ydCIsICJzaW5jZSI6ICIyMDE0IiwgImF0dHJpYnV0aS8+CjxnZXhmIHhtbG5zXSJodHRwOi8vZ2V4Zi5uZXQvMS4zIiB2ZXJzaW9uPSIxLjMiPgogIDxncmFwaCBkZWZhdWx0ZWRnZXR5cGU9ImRpcnBlY3RlZCIgbW9kZT0ic3RhdGljIj50PSIyMDE0IiBlbmQ9IjIwMjAiPjxhdHR2YWx1ZXM+PGF0dHZhbHVlIGZvcj0idHlwZSIgNwBsdWU9InN1cDxub2RlIGlkPSJpcmFuIiBsYWJlbD0iSXJhbiI+PGF0dHZ1ZXN+PjxhdnR0CgAAAGF0Y3NlZ2RldXRmOHBlIiB2YWx1ZT0ic3VwcG9ydCIvPjwvYXR0dmFsdWVzPjwvZWRnaXJhbiIsICJ0YXJnZXQiOiAia2giLCAidHlwZSI6ICJzdXBwb3J0IiwgInNpbmNlIjogIjIwMTQiLCAiYXR0cmlidXRpb24iOiAiY29uZmlybWVkIn0sCiAgICAgZT4KICAgIDwvZWRnZXM+CiAgPC9ncmFwaD4KPC9nZXhmICA="
      ))
    let lines = String(decoding: finding, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
    func inside(_ error: ImportError) -> Bool {
      guard let at = error.location, at.line >= 1, at.line <= lines.count else { return false }
      return at.column >= 1 && at.column <= lines[at.line - 1].unicodeScalars.count + 1
    }
    do {
      _ = try XMLGraphReader.read(data: finding, name: "x.gexf", as: .gexf)
      Issue.record("read malformed XML")
    } catch {
      #expect(inside(error), "\(error)")
    }
    // The same from a file (the error path reads it again, a chunk at a time).
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    folder.write("x.gexf", bytes: [UInt8](finding))
    do {
      _ = try XMLGraphReader.read(path: folder.file("x.gexf"), as: .gexf)
      Issue.record("read malformed XML from a file")
    } catch {
      #expect(inside(error), "\(error)")
    }
    // fitted: a line past the end becomes the last line; a column past a line's end, its end.
    let e = ImportError("x", at: SourceLocation(file: "f", line: 9, column: 40))
    var chunks = [Data("ab\nایران".utf8)][...]
    let fit = XMLGraphReader.fitted(e) { chunks.popFirst() }
    #expect(fit.location == SourceLocation(file: "f", line: 2, column: 6))
  }

  /// Fuzzing finding (Fuzz/Findings/import-edge-location-past-line-end.bin): libxml2 placed an edge
  /// at "2:70" of an 18-character line, and the import's impossible-dates error was reported there.
  /// Row locations are brought inside the file, from data and from a file alike.
  @Test func importedRowsAreLocatedInsideTheFile() throws {
    let finding = try #require(
      Data(
        base64Encoded:
          "PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPwo+PGdleGYgeG1sbnM9Imhlcz4KICAgICkgPGVkZ2UgaWQ9IjAiIHNvdXJjZT0idXRmbiIgdGFyZ2V0PSJwbWYiIHN0YXJ0PSI0MDI4IiBlbmQ9IjIwMjAiPjxhdHR2YWx1bXM+PGF0dHZhbHVlIGZvcj0idHlwZSIgdmFsdWU9InN1cHBvcnQiLz48L2F0dHZhbHVlcz5GICZhbXA7IGFsbGllcyI+PGF0dHZhc2w8dT50YWV0dmFsdWUgZm9yPSJraW5kIiB2YWx1ZT0idW1icmVsbGEtZ3JvdXAiLz48L2F0dHZhbHVlcz48L25vZGU+CiAgICA8L25vZGVzPgogICAgPGVkZ2VzPgogICAgICA8ZWRnZSBpZD0iMCIgc291cmNlPSJpcmFuIiB0YXJnZXQ9InBtZiIgc3RhcnQ9IjIwMTQiIGVuZD0iMjAyMCI+PGF0dHZhbHVlcz48YXR0dmFsdWUgZm9yPSJ0eXBlIiB2YWx1ZT0ic3VwcG9ydCIvPjwvYXR0dmFsdWVzPjwvZWRnZT4KICAgIDwvZWRnZXM+CiAgPC9ncmFwaD4KPC9nZXhmPgo="
      ))
    let lines = String(decoding: finding, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
    func inside(_ at: ActorGraph.SourceLocation?) -> Bool {
      guard let at, at.line >= 1, at.line <= lines.count else { return false }
      return at.column >= 1 && at.column <= lines[at.line - 1].unicodeScalars.count + 1
    }
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    folder.write("x.gexf", bytes: [UInt8](finding))
    for g in [
      try XMLGraphReader.read(data: finding, name: "x.gexf", as: .gexf),
      try XMLGraphReader.read(path: folder.file("x.gexf"), as: .gexf),
    ] {
      #expect(!g.edges.isEmpty)
      for e in g.edges { #expect(inside(e.location), "\(String(describing: e.location))") }
      for n in g.nodes { #expect(inside(n.location), "\(String(describing: n.location))") }
      let r = Self.importing(g)
      for d in r.diagnostics where d.location?.file.hasSuffix("x.gexf") == true { #expect(inside(d.location), "\(d)") }
    }
  }

  @Test func aKumuSheetMapsThroughTheMappingFile() throws {
    let sheet = "From,To,Type,Strength\nIran,Hezbollah,funds,3\nIsrael,Hezbollah,enemy,\nHezbollah,Amal,ally,\n"
    let mapping = try ImportMapping.read(
      yaml: """
        source_column: From
        target_column: To
        type_attribute: Type
        types:
          funds: {type: support, subtype: funding}
          enemy: hostility
          ally: alliance
        source: {id: kumu, title: Team sheet}
        """, file: "m.yaml")
    let g = try EdgeListReader.read(data: Data(sheet.utf8), name: "kumu.csv", mapping: mapping)
    let r = Self.importing(g, mapping)
    let d = try #require(r.dataset, "\(r.diagnostics)")
    #expect(d.relations.map(\.type) == [.support, .hostility, .alliance])
    #expect(d.relations[0].subtypes == ["funding"])
    #expect(d.relations[0].sources == [SourceRef(id: "kumu", locator: "L2")], "each row cites its line")
    #expect(d.relations.allSatisfy { $0.attribution == .attributed })
    #expect(d.actors.map(\.id) == ["Iran", "Hezbollah", "Israel", "Amal"])

    let unmapped = try EdgeListReader.read(data: Data("from,to,type\na,b,befriends\n".utf8), name: "k.csv", mapping: ImportMapping())
    let bad = Self.importing(unmapped)
    #expect(bad.dataset == nil && bad.files.isEmpty, "nothing written")
    #expect(bad.diagnostics.first?.location == SourceLocation(file: "k.csv", line: 2, column: 1))
    #expect(bad.diagnostics.first?.hint?.contains("types: {befriends:") == true)
  }

  @Test func mappingFileErrorsAreLocated() {
    do {
      _ = try ImportMapping.read(yaml: "types:\n  x: frendship\n", file: "m.yaml")
      Issue.record("accepted an unknown type")
    } catch {
      #expect(error.location?.line == 2 && error.message.contains("frendship"))
    }
  }

  /// The real Mapping Militants file under examples/: mutual affiliations are membership cycles,
  /// which bulk data keeps as warnings, each cycle once.
  @Test func mappingMilitantsLoadsWithItsCyclesAsWarnings() throws {
    let path = repositoryRoot + "/examples/mapping-militants/relationships.csv"
    let data = try #require(FileManager.default.contents(atPath: path))
    let (g, m) = try ConflictDatasetReader.read(data: data, name: "relationships.csv", as: .mappingMilitants)
    let r = ForeignImport(mapping: m, datasetID: "mmp").run(g)
    #expect(r.diagnostics.filter { $0.severity == .error }.isEmpty, "\(r.diagnostics.filter { $0.severity == .error }.prefix(3))")
    let cycles = r.diagnostics.filter { $0.code == "membership-cycle" }
    #expect(!cycles.isEmpty && cycles.allSatisfy { $0.severity == .warning })
    #expect(Set(cycles.map(\.message)).count == cycles.count, "each cycle listed once")
    let d = try #require(r.dataset)
    #expect(d.relations.count == 638)
    #expect(Set(d.relations.map(\.type.rawValue)) == ["alliance", "hostility", "membership", "split", "merger"])
    #expect(
      d.relations.filter { $0.type.isCustom }.allSatisfy { $0.type.isSymmetric && $0.sign == 0 },
      "splits and mergers: no direction, no sign")
    #expect(d.relations.allSatisfy { $0.sources.first?.id == "mmp" && $0.since == $0.until })
    #expect(!d.actors.contains { $0.name.unicodeScalars.contains { (0x80...0x9F).contains($0.value) } }, "C1 characters repaired")
  }

  static let ucdp = """
    id,year,type_of_violence,side_a,side_b,date_prec,date_start,date_end,deaths_a,deaths_b,deaths_civilians,deaths_unknown,best,country,adm_1,where_coordinates
    101,2016,1,Government of Iraq,IS,1,2016-10-17 00:00:00.000,2016-10-17 00:00:00.000,3,10,0,0,13,Iraq,Ninawa governorate,Mosul city
    102,2016,3,IS,Civilians,4,2016-11-03 00:00:00.000,2016-11-03 00:00:00.000,0,0,40,0,40,Iraq,Ninawa governorate,Mosul city
    """

  @Test func ucdpFightingHasNoDirectionButOneSidedViolenceDoes() throws {
    let (g, m) = try ConflictDatasetReader.read(data: Data(Self.ucdp.utf8), name: "ged.csv", as: .ucdpGED)
    let d = try #require(Self.importing(g, m).dataset)
    let fight = d.relations[0], massacre = d.relations[1]
    #expect(fight.type == .hostility && fight.type.isSymmetric, "state-based fighting claims no attacker")
    #expect(fight.details?.killed == 13 && fight.sources == [SourceRef(id: "ucdp-ged", locator: "101")])
    #expect(massacre.type == .attack && d.actor(massacre.source).id == "is" && d.actor(massacre.target).kind == .population)
    #expect(massacre.date?.description == "2016-11", "date_prec 4 widens the day to its month")
    #expect(d.actor(id: "government-of-iraq")?.kind == .state)
  }

  static let acled = """
    event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,inter1,actor2,inter2,location,admin1,country,source,notes,fatalities
    IRQ1,2024-01-04,2024,1,Explosions/Remote violence,Drone strike,Military Forces of the United States (2021-),8,Kataib Hezbollah,3,Baghdad,Baghdad,Iraq,Reuters,Strike on a headquarters.,2
    IRQ2,2024-01-20,2024,2,Battles,Armed clash,Kataib Hezbollah,3,Military Forces of Iraq (2022-),1,Jurf al-Sakhar,Babil,Iraq,AFP,Clash.,0
    IRQ3,2024-01-21,2024,1,Protests,Peaceful protest,Protesters (Iraq),6,,,Basra,Basra,Iraq,Shafaq,Protest.,0
    """

  @Test func acledClaimsAnAttackOnlyWhereTheEventTypeImpliesOne() throws {
    let (g, m) = try ConflictDatasetReader.read(data: Data(Self.acled.utf8), name: "acled.csv", as: .acled)
    #expect(g.attributes["skipped"] == "1", "the protest has no second actor")
    let d = try #require(Self.importing(g, m).dataset)
    #expect(d.relations.count == 2)
    let strike = d.relations[0], battle = d.relations[1]
    #expect(strike.type == .attack && d.actor(strike.source).kind == .foreignForce)
    #expect(strike.details?.attributedBy == "ACLED, from Reuters" && strike.details?.killed == 2)
    #expect(battle.type == .hostility && battle.details?.note?.contains("no direction") == true)
    #expect(battle.since?.description == "2024-01", "time_precision 2 widens to the month")
    #expect(battle.sources == [SourceRef(id: "acled", locator: "IRQ2")])
  }

  @Test func reimportReportsChangedRows() {
    let old = ImportChanges.rows(Array("source,target,type,id,note\na,b,support,r1,x\na,c,support,r2,y\nb,c,alliance,,\n".utf8))
    let new = ImportChanges.rows(Array("source,target,type,id,note\na,b,support,r1,x\na,c,support,r2,z\nc,d,attack,r3,\n".utf8))
    let diff = ImportChanges.compare(old, new)
    #expect(diff.changed == ["r2"] && diff.added == ["r3"] && diff.removed.count == 1 && diff.unchanged == 1)
  }

  @Test func bulkMembershipCyclesAreWarningsEachListedOnceAndCapped() throws {
    // 200 two-cycles among distinct pairs in bulk CSV.
    var rows = "source,target,type\n"
    for i in 0..<200 { rows += "a\(i),b\(i),membership\nb\(i),a\(i),membership\n" }
    let t = try TempDataset(["edges.csv": rows])
    defer { t.remove() }
    let d = t.load().diagnostics
    let cycles = d.filter { $0.code == "membership-cycle" }
    #expect(cycles.count == 200 && cycles.allSatisfy { $0.severity == .warning }, "each cycle once, a warning")
    #expect(!d.contains { $0.severity == .error })
    let cap = DiagnosticCap(d)
    #expect(cap.kept.filter { $0.code == "membership-cycle" }.count == DiagnosticCap.defaultPerKind)
    #expect(cap.omitted.first { $0.code == "membership-cycle" }?.count == 150)
  }

  /// Random memberships make one huge group of mutually affiliated actors: one diagnostic for it,
  /// naming a shortest cycle and the group's size, not one cycle per back edge (which once built
  /// gigabytes of text from a 100 MB file).
  @Test func aLargeMutuallyAffiliatedGroupIsOneBoundedDiagnostic() throws {
    var rows = "source,target,type\n"
    var rng = SplitMix64(seed: 7)
    for i in 0..<2_000 { rows += "g\(i),g\((i + 1) % 2_000),membership\n" }  // one ring through all
    for _ in 0..<6_000 { rows += "g\(rng.next() % 2_000),g\(rng.next() % 2_000),membership\n" }
    rows += "x,y,membership\ny,x,membership\n"  // and a separate two-cycle
    let t = try TempDataset(["edges.csv": rows])
    defer { t.remove() }
    let cycles = t.load().diagnostics.filter { $0.code == "membership-cycle" }
    #expect(cycles.count == 2, "one per group: \(cycles.map(\.message).map { $0.prefix(80) })")
    let big = try #require(cycles.first { $0.message.contains("2000 mutually affiliated actors") })
    #expect(big.message.count < 2_000, "bounded: \(big.message.count) characters")
    #expect(big.message.contains("and 1") && big.severity == .warning)
    #expect(cycles.contains { $0.message == "membership cycle: x → y → x" })
  }
}

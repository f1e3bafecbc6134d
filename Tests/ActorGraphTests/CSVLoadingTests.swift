import Testing

@testable import ActorGraph

@Suite struct CSVLoadingTests {
  @Test func eachColumnCaseNamesItsColumnInTheHeaderList() {
    #expect(NodeColumn.allCases.count == CSVDatasetReader.nodeColumns.count)
    #expect(EdgeColumn.allCases.count == CSVDatasetReader.edgeColumns.count)
    #expect(NodeColumn.memberOf.name == "member_of" && NodeColumn.dissolved.name == "dissolved")
    #expect(EdgeColumn.attributedBy.name == "attributed_by" && EdgeColumn.event.name == "event")
    let positions = ColumnPositions<NodeColumn>(["name": 2, "id": 0])
    #expect(positions[.id] == 0 && positions[.name] == 2 && positions[.kind] == nil && !positions.isEmpty)
    #expect(ColumnPositions<EdgeColumn>(nil).isEmpty, "a refused header has no columns")
  }

  @Test func nodesAndEdgesLoad() throws {
    let t = try TempDataset([
      "nodes.csv":
        "id,name,kind,aliases,country,member_of\niran,Iran,state,Tehran;ایران,Iran,\npmf,PMF,umbrella-group,,Iraq,\nkh,\"Kataib Hezbollah, KH\",armed-group,,Iraq,pmf\n",
      "edges.csv": "source,target,type,since,attribution,sources,id\niran,pmf,support,2014,confirmed,,e1\nkh,iran,alignment,,,,\n",
    ])
    defer { t.remove() }
    let r = t.load()
    #expect(!r.hasErrors, "\(r.diagnostics)")
    #expect(r.dataset.actors.count == 3)
    #expect(r.dataset.actor(id: "kh")?.name == "Kataib Hezbollah, KH")
    #expect(r.dataset.actor(id: "iran")?.aliases == ["Tehran", "ایران"])
    #expect(r.dataset.actor(id: "kh")?.memberOf == ["pmf"])
    #expect(r.dataset.relations.count == 3)  // two edges plus member_of
    // Unsourced bulk relations are one warning, not an error.
    let w = try #require(r.diagnostics.warnings.first { $0.code == "no-source" })
    #expect(w.message.hasPrefix("2 relations"))
    #expect(r.dataset.relationID(1) == "edges.csv#L3")
  }

  @Test func edgesAloneCreateTheirActors() throws {
    let t = try TempDataset(["edges.csv": "source,target,type\na,b,support\nb,c,alliance\n"])
    defer { t.remove() }
    let r = t.load()
    #expect(!r.hasErrors)
    #expect(r.dataset.actors.map(\.id) == ["a", "b", "c"])
  }

  @Test func rowErrorsNameLineAndColumn() throws {
    let t = try TempDataset([
      "nodes.csv": "id,kind\na,state\nb,stat\nc,state\n",
      "edges.csv": "source,target,type,date\na,b,support\na,zz,support,\na,b,suport,\na,c,attack,2020-13\n\"a,b,attack,\n",
    ])
    defer { t.remove() }
    let r = t.load()
    let sites = r.diagnostics.errors.map {
      "\($0.location!.file.split(separator: "/").last!):\($0.location!.line):\($0.location!.column) \($0.code)"
    }
    #expect(sites.contains("nodes.csv:3:3 unknown-kind"))
    #expect(sites.contains("edges.csv:2:5 csv-width"))
    #expect(sites.contains("edges.csv:3:3 unknown-actor"))
    #expect(sites.contains("edges.csv:4:5 unknown-type"))
    #expect(sites.contains("edges.csv:5:12 bad-date"))
    #expect(sites.contains("edges.csv:6:1 csv-syntax"))
  }

  @Test func missingRequiredColumns() throws {
    let t = try TempDataset(["edges.csv": "from,to,type\na,b,support\n"])
    defer { t.remove() }
    let r = t.load()
    #expect(r.diagnostics.errors.contains { $0.code == "missing-column" && $0.message.contains("source, target") })
    #expect(r.diagnostics.warnings.contains { $0.code == "unknown-column" })
  }

  @Test func quotedFieldsWithCommasQuotesAndNewlines() throws {
    let bytes = Array("id,name\nx,\"a \"\"quoted\"\", name\nwith newline\"\ny,plain\n".utf8)
    var names: [String] = []
    var lines: [Int] = []
    try CSVReader(bytes: bytes).forEachRecord { line, fields in
      lines.append(line)
      names.append(CSVReader(bytes: bytes).string(fields[1]))
    }
    #expect(names == ["name", "a \"quoted\", name\nwith newline", "plain"])
    #expect(lines == [1, 2, 4])
  }
  /// Fuzzing finding (Fuzz/Findings/csv-location-past-line-end.bin): a bare CR counted as a line
  /// break put a stray quote at "line 5, column 18" of a 6-character line. Lines end at LF only.
  @Test func fuzzFindingStrayQuoteIsLocatedOnItsOwnLine() throws {
    let nodes: [UInt8] =
      Array("iid,~ame,country\r\u{1}\n\na,R,\"North\r\n\u{3}".utf8) + [UInt8](repeating: 0, count: 7)
      + Array("soura,R,\"North\r\nIraq\"\r\n".utf8)
    let t = try TempDataset([:])
    defer { t.remove() }
    t.temporary.write("nodes.csv", bytes: nodes)
    t.temporary.write("edges.csv", bytes: Array("d".utf8))
    let r = t.load()
    let syntax = try #require(r.diagnostics.errors.first { $0.code == "csv-syntax" })
    let at = try #require(syntax.location)
    #expect(at.file.hasSuffix("nodes.csv"))
    // Line 4 is "\u{3}" + 7 NULs + "soura,R,\"North\r"; the quote closes at column 17, N follows.
    #expect((at.line, at.column) == (4, 18))
  }

  @Test func columnsCountScalarsAndBareCarriageReturnsDoNotStartALine() throws {
    func strayQuote(_ text: String) throws -> (Int, Int) {
      do {
        try CSVReader(bytes: Array(text.utf8)).forEachRecord { _, _ in }
      } catch CSVReader.Problem.strayQuote(let line, let column) {
        return (line, column)
      }
      Issue.record("no stray quote found in \(text.debugDescription)")
      return (0, 0)
    }
    // Five Persian letters are ten bytes but five columns: the quote is at column 8, not 13.
    #expect(try strayQuote("id,name\nایران,x\"y\n") == (2, 8))
    // A bare CR ends the record; the next record still lies on line 1.
    #expect(try strayQuote("id,name\ra,b\"c\n") == (1, 12))
    var lines: [Int] = []
    try CSVReader(bytes: Array("a,b\rc,d\r\ne,f\n".utf8)).forEachRecord { line, _ in lines.append(line) }
    #expect(lines == [1, 1, 2])
  }
  /// Fuzzing finding (Fuzz/Findings/import-control-character-in-id.bin): an id holding U+0000 loaded
  /// (an actor without a name is shown by its id), and its export, which writes the name, did not.
  @Test func idsFollowTheRuleForNames() throws {
    let t = try TempDataset([
      "nodes.csv": "id,kind\nin\u{0}ran,state\n\"two\nlines\",state\nok,state\n",
      "edges.csv": "source,target,type\nok,ok2,support\n",
    ])
    defer { t.remove() }
    let sites = t.load().diagnostics.errors.filter { $0.code == "bad-id" }.map { "\($0.location!.line):\($0.location!.column)" }
    #expect(sites == ["2:1", "3:1"])
    let e = try TempDataset(["edges.csv": "source,target,type\na,b\u{1B}[2J,support\n"])
    defer { e.remove() }
    let r = e.load()
    #expect(r.diagnostics.errors.map(\.code) == ["bad-id"])
    #expect(r.diagnostics.errors.first?.location?.column == 3)
  }
  /// Fuzzing finding (Fuzz/Findings/csv-header-after-blank-lines.bin): header warnings were put on
  /// line 1 when blank lines came before the header.
  @Test func headerProblemsAreOnTheHeadersLine() throws {
    let t = try TempDataset(["edges.csv": "\n  \nsource,target,type,colour,type\na,b,support,red,x\n"])
    defer { t.remove() }
    let sites = t.load().diagnostics.filter { $0.code.hasSuffix("-column") }.map {
      "\($0.code) \($0.location!.line):\($0.location!.column)"
    }
    #expect(sites.sorted() == ["duplicate-column 3:27", "unknown-column 3:20"])
  }
  /// Fuzzing finding (Fuzz/Findings/csv-field-after-multiline-field.bin): a field after a quoted
  /// field that spans lines was located on the line where its record starts, past that line's end.
  @Test func aFieldAfterAMultiLineFieldIsLocatedOnItsOwnLine() throws {
    let t = try TempDataset([
      "nodes.csv": "\"\n,B, Inc\",aumed-group\nx\n",
      "edges.csv": "source,target,type\na,b,support\n\"c\nd\",e,alliance,x\"y\n",
    ])
    defer { t.remove() }
    let r = t.load()
    let unknown = try #require(r.diagnostics.first { $0.code == "unknown-column" && $0.message.contains("aumed-group") })
    // `"\n,B, Inc"` ends on line 2 at column 8; the next field starts at column 10 of line 2.
    #expect((unknown.location?.line, unknown.location?.column) == (2, 10))
    var places: [String] = []
    try CSVReader(bytes: Array("a,\"b\nc\",d\n".utf8)).forEachRecord { _, fields in
      places = fields.map { "\($0.line):\($0.column)" }
    }
    #expect(places == ["1:1", "1:3", "2:4"])
  }
  /// Fuzzing finding (Fuzz/Findings/import-endpoint-name-with-trailing-space.bin): an actor without
  /// a name whose quoted id ends in a space was named with the space, and its export,
  /// which writes the name, loaded back trimmed: another actor.
  @Test func anActorKnownFromAnEdgeIsNamedAsItsExportLoadsBack() throws {
    let edgesOnly = try TempDataset(["edges.csv": "source,target,type\n\"a \",b,support\n"])
    defer { edgesOnly.remove() }
    #expect(edgesOnly.load().dataset.actors.first { $0.id == "a " }?.name == "a")
    let t = try TempDataset(["nodes.csv": "id,name\n\"c \",\nd,D\n", "edges.csv": "source,target,type\nd,\"c \",support\n"])
    defer { t.remove() }
    let first = t.load()
    #expect(first.dataset.actors.first { $0.id == "c " }?.name == "c")
    let again = try TempDataset([:])
    defer { again.remove() }
    for f in DatasetExport(first.dataset).render(.csv) { again.temporary.write(f.name, bytes: Array(f.text.utf8)) }
    #expect(again.load().dataset.actors == first.dataset.actors)
  }
}

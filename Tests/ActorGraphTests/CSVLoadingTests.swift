import Testing

@testable import ActorGraph

@Suite struct CSVLoadingTests {
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
}

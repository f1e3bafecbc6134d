import GraphAnalytics
import Testing

@testable import ActorGraph

/// The one parser of selections: each field, each problem (which field, which value, what code),
/// and the messages the command line and view files show.
@Suite struct SelectionParserTests {
  func d(_ s: String) -> FuzzyDate { FuzzyDate(parsing: s)! }

  func parse(_ text: [Selection.Field: [String]], vocabulary: Vocabulary? = Vocabulary()) -> Selection.Parsed {
    Selection.parse(text, vocabulary: vocabulary)
  }

  /// The only problem `text` has.
  func problem(_ text: [Selection.Field: [String]], vocabulary: Vocabulary? = Vocabulary()) throws -> Selection.Problem {
    let problems = parse(text, vocabulary: vocabulary).problems
    try #require(problems.count == 1, "\(problems)")
    return problems[0]
  }

  @Test func nothingGivenIsEverythingAtThePresent() {
    let p = parse([:])
    #expect(p.problems.isEmpty && p.pendingTypes.isEmpty)
    #expect(p.selection == Selection())
    #expect(p.selection.filter == RelationFilter())
    #expect(p.selection.depth == 1 && p.selection.direction == .both && p.selection.recent == .default)
  }

  @Test func typesAreSortedOnceAndStatementsExpand() {
    let s = parse([.types: ["support,membership", "support"]]).selection
    #expect(s.types == [.membership, .support])
    #expect(s.filter.types == Set([RelationType.membership, .support]))
    let statements = parse([.types: ["statements"]]).selection
    #expect(Set(statements.types ?? []) == Set(RelationType.statements))
  }

  @Test func aDeclaredTypeNeedsItsVocabulary() throws {
    var vocabulary = Vocabulary()
    let ceasefire = CustomRelationType(name: "ceasefire", isDirected: false, sign: 1)
    vocabulary.declare(ceasefire)
    #expect(parse([.types: ["ceasefire"]], vocabulary: vocabulary).selection.types == [.custom(ceasefire)])
    // Without a vocabulary the name waits for the dataset, with the value it came from.
    let pending = parse([.types: ["support", "ceasefire"]], vocabulary: nil)
    #expect(pending.problems.isEmpty)
    #expect(pending.pendingTypes == [Selection.PendingType(name: "ceasefire", index: 1)])
    // With the built-in vocabulary it is unknown, and the message suggests the near name.
    let p = try problem([.types: ["support", "suport"]])
    #expect(p.field == .types && p.index == 1 && p.code == "unknown-type")
    #expect(p.description == "unknown relation type 'suport'; did you mean 'support'?")
  }

  @Test func datesAndTheirProblems() throws {
    let s = parse([.asOf: ["2003-06"], .recent: ["6m"]]).selection
    #expect(s.asOf == d("2003-06") && s.recent == .days(186))
    #expect(parse([.window: ["2014..2017"]]).selection.window == d("2014..2017"))
    let asOf = try problem([.asOf: ["2026-13"]])
    #expect(asOf.field == .asOf && asOf.index == nil && asOf.code == "bad-date")
    #expect(asOf.description == "--as-of '2026-13' is not a date; use YYYY, YYYY-MM or YYYY-MM-DD")
    #expect(asOf.message(naming: \.rawValue) == "as_of '2026-13' is not a date")
    let window = try problem([.window: ["2017..2014"]])
    #expect(window.field == .window && window.description.hasPrefix("--window '2017..2014' is not a period"))
    let recent = try problem([.recent: ["soon"]])
    #expect(recent.field == .recent && recent.description == "--recent 'soon' is not a span; use 1y, 6m, 2w, 30d or all")
  }

  @Test func theWholeRecordTakesNoDate() throws {
    #expect(parse([.wholeRecord: ["true"]]).selection.wholeRecord)
    let p = try problem([.wholeRecord: ["yes"], .window: ["2014..2017"]])
    #expect(p.field == .wholeRecord && p.code == "bad-value")
    #expect(p.description == "--whole-record cannot be combined with --as-of or --window")
    #expect(p.message(naming: \.rawValue) == "whole_record cannot be combined with as_of or window")
  }

  @Test func booleansTakeTrueOrFalse() throws {
    let s = parse([.onlyActual: ["yes"], .undirected: ["TRUE"], .wholeRecord: ["no"]]).selection
    #expect(s.onlyActual && s.undirected && !s.wholeRecord)
    #expect(!s.filter.includeUnrealised)
    let p = try problem([.undirected: ["maybe"]])
    #expect(p.field == .undirected && p.code == "bad-value" && p.description == "--undirected must be true or false")
  }

  @Test func attributionAndConfidence() throws {
    let s = parse([.minAttribution: ["likely"], .attribution: ["unattributed,suspected", "denied"], .minConfidence: ["low"]]).selection
    #expect(s.minAttribution == .suspected, "an alias names its level")
    #expect(s.attributions == [.suspected, .unattributed, .denied], "surest first")
    #expect(s.minConfidence == .low)
    let denied = try problem([.minAttribution: ["denied"]])
    #expect(denied.field == .minAttribution && denied.code == "unknown-attribution")
    #expect(denied.description.hasPrefix("--min-attribution 'denied' is not a level; use one of confirmed"))
    let level = try problem([.attribution: ["confirmed", "rumour"]])
    #expect(level.field == .attribution && level.index == 1 && level.description.hasPrefix("--attribution 'rumour' is not a level"))
    let confidence = try problem([.minConfidence: ["certain"]])
    #expect(confidence.code == "unknown-confidence")
    #expect(confidence.description == "--min-confidence 'certain' is not a level; use high, moderate, low or very-low")
  }

  @Test func sources() throws {
    let s = parse([.sources: ["d0, d4"], .excludeSources: ["d2"]]).selection
    #expect(s.sources == ["d0", "d4"] && s.excludeSources == ["d2"])
    let p = try problem([.excludeSources: [" , "]])
    #expect(p.field == .excludeSources && p.description == "--exclude-sources needs at least one source id; e.g. d0,d4")
  }

  @Test func focusDepthAndDirection() throws {
    let s = parse([.focus: ["iran", "Kata'ib Hezbollah, the militia"], .depth: ["2"], .direction: ["out"]]).selection
    #expect(s.focus == ["iran", "Kata'ib Hezbollah, the militia"], "actor names are not split on commas")
    #expect(s.depth == 2 && s.direction == .outgoing && s.direction.edgeDirection == .outgoing)
    #expect(Selection.Direction(rawValue: "in")?.edgeDirection == .incoming)
    let depth = try problem([.depth: ["-1"]])
    #expect(depth.field == .depth && depth.code == "bad-number" && depth.description == "--depth must be 0 or more")
    #expect(try problem([.depth: ["two"]]).field == .depth)
    let direction = try problem([.direction: ["sideways"]])
    #expect(direction.field == .direction && direction.description == "--direction must be in, out or both")
  }

  @Test func pathTakesTwoActors() throws {
    #expect(parse([.path: ["iran", "pmf"]]).selection.path == Selection.Endpoints(from: "iran", to: "pmf"))
    let p = try problem([.path: ["iran"]])
    #expect(p.field == .path && p.code == "bad-value" && p.description.hasPrefix("--path takes two actors"))
  }

  @Test func diffTakesTwoDatesTheEarlierFirst() throws {
    #expect(parse([.diff: ["1985", "2015"]]).selection.diff == Selection.DatePair(from: d("1985"), to: d("2015")))
    for bad in [["2015", "1985"], ["1985"], ["1985", "someday"]] {
      let p = try problem([.diff: bad])
      #expect(p.field == .diff && p.description.hasPrefix("--diff takes two dates, the earlier first"), "\(bad)")
    }
  }

  @Test func attacksHighlightAndSize() throws {
    let s = parse([.attacksOn: ["united-states"], .attacksIn: ["iraq"], .highlight: ["iran", "pmf"], .sizeBy: ["out-degree"]]).selection
    #expect(s.attacksOn == "united-states" && s.attacksIn == "iraq" && s.highlight == ["iran", "pmf"])
    #expect(s.sizeBy == .outDegree)
    let p = try problem([.sizeBy: ["fame"]])
    #expect(
      p.field == .sizeBy && p.code == "unknown-measure" && p.description.hasPrefix("unknown measure 'fame' for --size-by; one of: degree"))
  }

  @Test func anOverviewCollapsesUmbrellasAndKeepsTheTopActors() throws {
    let s = parse([.collapse: ["umbrellas"], .top: ["12"], .rankBy: ["betweenness"]]).selection
    #expect(s.collapseUmbrellas && s.top == 12 && s.rankBy == .betweenness)
    #expect(Selection().rankBy == .pagerank && Selection().top == nil && !Selection().collapseUmbrellas)
    let collapse = try problem([.collapse: ["everything"]])
    #expect(collapse.field == .collapse && collapse.code == "bad-value")
    #expect(collapse.description == "--collapse takes umbrellas (each umbrella group drawn as one node for its members)")
    let top = try problem([.top: ["0"]])
    #expect(top.field == .top && top.code == "bad-number" && top.description == "--top must be 1 or more (how many actors to keep)")
    #expect(top.message(naming: \.rawValue) == "top must be 1 or more (how many actors to keep)")
    let rank = try problem([.rankBy: ["fame"]])
    #expect(rank.field == .rankBy && rank.code == "unknown-measure")
    #expect(rank.description.hasPrefix("unknown measure 'fame' for --rank-by; one of: degree"))
    #expect(rank.message(naming: \.rawValue) == "unknown measure 'fame' for rank_by")
  }

  @Test func smallMultiplesAreTypedDatesEachOnce() throws {
    let s = parse([.multiples: ["2026,1985", "2003-01..2003-12"]]).selection
    #expect(s.multiples == [d("2026"), d("1985"), d("2003")], "in the order given, any spelling of a date")
    #expect(s.multiples?.map(\.description) == ["2026", "1985", "2003"], "the canonical spelling names the files")
    #expect(s.asOf == nil && s.filter == RelationFilter(), "the queries ignore small multiples")
    let twice = try problem([.multiples: ["2003", "2003-01..2003-12"]])
    #expect(twice.field == .multiples && twice.index == 1 && twice.code == "bad-value")
    #expect(twice.description == "--multiples lists 2003 twice" && twice.message(naming: \.viewKey) == "as_of lists 2003 twice")
    let bad = try problem([.multiples: ["1985", "someday"]])
    #expect(bad.field == .multiples && bad.index == 1 && bad.code == "bad-date")
    #expect(bad.description.hasPrefix("--multiples 'someday' is not a date; list dates like 2003, 2014, 2026"))
    let none = try problem([.multiples: []])
    #expect(none.index == nil && none.message(naming: \.viewKey) == "as_of lists no date", "one problem for an empty list")
    let mixed = parse([.multiples: ["1985,2026"], .window: ["2000..2010"], .diff: ["1985", "2015"]])
    #expect(mixed.problems.map(\.field) == [.window, .diff], "each date-giving field is at fault where it is written")
    #expect(mixed.problems[0].description == "small multiples (--multiples) give each picture its date: drop --window")
    #expect(mixed.problems[1].message(naming: \.viewKey) == "small multiples (as_of) give each picture its date: drop diff")
  }

  @Test func everyProblemIsReportedNotOnlyTheFirst() {
    let p = parse([.asOf: ["x"], .depth: ["-3"], .direction: ["up"], .sizeBy: ["y"]])
    #expect(p.problems.map(\.field) == [.asOf, .depth, .direction, .sizeBy])
    #expect(throws: Selection.Problem.self) { try Selection.parsing([.asOf: ["x"]]) }
  }

  @Test func flagsAndKeysNameTheSameFields() {
    #expect(Selection.Field.asOf.flag == "--as-of" && Selection.Field.excludeSources.flag == "--exclude-sources")
    #expect(
      Selection.Field.allCases.filter(\.isList) == [
        .types, .attribution, .sources, .excludeSources, .focus, .path, .diff, .highlight, .multiples,
      ])
    #expect(Selection.Field.multiples.flag == "--multiples" && Selection.Field.multiples.viewKey == "as_of")
    #expect(Selection.Field.allCases.filter { $0.viewKey != $0.rawValue } == [.multiples], "every other key is its field's name")
  }

  @Test func theFilterDefaultsToThePresentUnlessTheWholeRecordOrADiff() throws {
    let r = try TempDataset([
      "data.yaml": """
      sources: [{id: s1, outlet: Wire, published: "2026-03-05"}]
      actors: [{id: a, name: A, kind: state}, {id: b, name: B, kind: state}]
      relations: [{id: r1, type: alliance, source: a, target: b, since: "2014", attribution: confirmed, sources: [s1]}]
      """
    ]).load()
    #expect(!r.hasErrors, "\(r.diagnostics)")
    #expect(Selection().filter(for: r.dataset).asOf == d("2026-03-05"))
    var whole = Selection()
    whole.wholeRecord = true
    #expect(whole.filter(for: r.dataset).asOf == nil)
    var diff = Selection()
    diff.diff = Selection.DatePair(from: d("1985"), to: d("2015"))
    #expect(diff.filter(for: r.dataset).asOf == nil)
    var keep = Selection()
    keep.sources = ["s1", "s9"]
    #expect(keep.unknownSources(in: r.dataset) == ["s9"])
  }
}

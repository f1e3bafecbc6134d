import Testing

@testable import ActorGraph

/// Fuzzy-interval arithmetic on dates.
@Suite struct FuzzyIntervalTests {
  func d(_ s: String) -> FuzzyDate { FuzzyDate(parsing: s)! }

  @Test func intersectionKeepsTheCommonDays() {
    #expect(d("2026").intersection(d("2026-03")) == d("2026-03"))
    #expect(d("2026-02..2026-03").intersection(d("2026-03-04..2026-04")) == d("2026-03-04..2026-03-31"))
    #expect(d("2014").intersection(d("2015")) == nil)
    #expect(d("2023-10-07..").intersection(d("..2024")) == d("2023-10-07..2024-12-31"))
  }

  /// Before/after at each precision: certain only when no day of one period can fall after the other.
  @Test(arguments: [
    ("2014", "2015", true, true),
    ("2014", "2014-06", false, true),  // a year and a month inside it: neither certainly first
    ("2014-05", "2014-06", true, true),
    ("2014-06-30", "2014-06-30", false, false),  // the same day: not before
    ("2014-06-29", "2014-06-30", true, true),
    ("2026-03-03..2026-03-10", "2026-03-04", false, true),
    ("2015", "2014", false, false),
  ])
  func beforeAndAfter(a: String, b: String, certainly: Bool, possibly: Bool) {
    #expect(d(a).isCertainlyBefore(d(b)) == certainly)
    #expect(d(a).isPossiblyBefore(d(b)) == possibly)
    #expect(d(b).isCertainlyAfter(d(a)) == certainly)
    #expect(d(b).isPossiblyAfter(d(a)) == possibly)
  }

  @Test func openRangesParseAndPrint() throws {
    let from = try #require(FuzzyDate(parsing: "2023-10-07.."))
    #expect(from.start == 2023_10_07 && from.end == FuzzyDate.lastDay && from.isOpen)
    #expect(from.description == "2023-10-07..")
    let to = try #require(FuzzyDate(parsing: "..2014"))
    #expect(to.start == FuzzyDate.firstDay && to.end == 2014_12_31 && to.description == "..2014")
    #expect(FuzzyDate(parsing: "..") == nil)
    #expect(FuzzyDate(parsing: "2014-01-01..")?.description == "2014..", "the same days, spelled shortest")
    #expect(FuzzyDate(parsing: "2014-03-01..")?.description == "2014-03..")
    #expect(FuzzyDate(parsing: "..2014-02-28")?.description == "..2014-02")
  }

  @Test func dayArithmeticAndWeekdays() {
    #expect(FuzzyDate.add(days: 1, to: 2024_02_28) == 2024_02_29)
    #expect(FuzzyDate.add(days: 1, to: 2023_02_28) == 2023_03_01)
    #expect(FuzzyDate.add(days: -12, to: 2026_03_04) == 2026_02_20)
    #expect(FuzzyDate.add(days: 366, to: 2024_01_01) == 2025_01_01)
    #expect(FuzzyDate.weekday(2026_03_04) == 2)  // a Wednesday
    #expect(FuzzyDate.weekday(1970_01_01) == 3)  // a Thursday
    #expect(FuzzyDate.add(days: 5, to: FuzzyDate.lastDay) == FuzzyDate.lastDay)
  }

  @Test func relativeRulesResolveByIntervalArithmetic() throws {
    let d3 = d("2026-03-04..2026-03-15")
    // "on Tuesday" in a report published between Wednesday 4 and Sunday 15 March 2026.
    let tuesday = RelativeDate(before: "d3", weekday: 1).resolve(after: nil, before: d3)
    #expect(tuesday == d("2026-03-03..2026-03-10"))
    // "in the past 12 days".
    let past = RelativeDate(before: "d3", within: .init(parsing: "12 days")).resolve(after: nil, before: d3)
    #expect(past == d("2026-02-20..2026-03-15"))
    // "within hours of" an event dated to a day: that day or the next.
    let hours = RelativeDate(after: "e15", within: .init(parsing: "hours")).resolve(after: d("2026-02-28"), before: nil)
    #expect(hours == d("2026-02-28..2026-03-01"))
    // "since then", up to the report.
    #expect(RelativeDate(after: "e15", before: "d3").resolve(after: d("2026"), before: d3) == d("2026-01-01..2026-03-15"))
    // After something later than the bound it must precede: no day fits.
    #expect(RelativeDate(after: "e1", before: "e2").resolve(after: d("2026-04"), before: d("2026-03")) == nil)
    #expect(RelativeDate(before: "d3", inPeriod: d("2026")).resolve(after: nil, before: d("..2026-03-15")) == d("2026-01-01..2026-03-15"))
  }

  @Test(arguments: [("hours", 1), ("days", 7), ("weeks", 31), ("months", 366), ("12 days", 12), ("2 weeks", 14), ("36 hours", 2)])
  func distances(text: String, days: Int) {
    #expect(RelativeDate.Distance(parsing: text)?.days == days)
  }

  @Test func recentSpans() {
    #expect(TimeScope.Recent(parsing: "1y") == .days(365))
    #expect(TimeScope.Recent(parsing: "all") == .all)
    #expect(TimeScope.Recent(parsing: "2w") == .days(14))
    #expect(TimeScope.Recent(parsing: "soon") == nil)
    #expect(TimeScope.Recent(parsing: "0d") == nil)
  }
}

/// Relative dates, lifespans and known-as-of, through the loader.
@Suite struct TimeLoadingTests {
  static let actors = """
    actors:
      - id: iran
        name: Iran
        kind: state
      - id: iraq
        name: Iraq
        kind: state
      - id: irq-group
        name: A group
        kind: armed-group
        founded: 2014
        dissolved: 2020
    """

  func load(_ sources: String, _ relations: String) throws -> LoadResult {
    let t = try TempDataset(["a.yaml": sources + "\n" + Self.actors + "\n" + relations])
    defer { t.remove() }
    return t.load()
  }

  @Test func chainsResolveThroughEventsAndSources() throws {
    let r = try load(
      """
      sources:
        - id: d3
          title: report
          published: 2026-03-04..2026-03-15
      """,
      """
      relations:
        - id: e15
          type: attack
          source: iran
          target: iraq
          date: {before: d3, in: 2026}
          attribution: confirmed
          sources: [d3]
        - id: e17
          type: attack
          source: iraq
          target: iran
          date: {after: e15, within: hours}
          attribution: confirmed
          sources: [d3]
        - id: e26
          type: attack
          source: iran
          target: iraq
          date: {before: d3, weekday: tuesday}
          when: Tuesday
          attribution: claimed
          sources: [d3]
      """)
    #expect(!r.hasErrors, "\(r.diagnostics)")
    let ds = r.dataset
    func rel(_ id: String) -> Relation { ds.relations.first { $0.id == id }! }
    #expect(rel("e15").date == FuzzyDate(parsing: "2026-01-01..2026-03-15"))
    #expect(rel("e17").date == FuzzyDate(parsing: "2026-01-01..2026-03-16"))
    #expect(rel("e26").date == FuzzyDate(parsing: "2026-03-03..2026-03-10"))
    let k = ds.relations.firstIndex { $0.id == "e26" }!
    let s = RelationSummary(ds, k)
    #expect(s.derivedFrom == "from \"Tuesday\", d3")
    #expect(s.timeText == "2026-03-03..2026-03-10 (from \"Tuesday\", d3)")
    #expect(s.when == "Tuesday")
  }

  @Test func cyclesAndContradictionsAreErrorsAtTheirPlace() throws {
    let r = try load(
      """
      sources:
        - id: d3
          title: report
          published: 2026-03
      """,
      """
      relations:
        - id: a
          type: attack
          source: iran
          target: iraq
          date: {after: b}
          attribution: confirmed
          sources: [d3]
        - id: b
          type: attack
          source: iraq
          target: iran
          date: {after: a}
          attribution: confirmed
          sources: [d3]
        - id: c
          type: attack
          source: iraq
          target: iran
          date: {after: d3, in: 2025}
          attribution: confirmed
          sources: [d3]
        - id: d
          type: attack
          source: iraq
          target: iran
          date: {after: nowhere}
          attribution: confirmed
          sources: [d3]
      """)
    let cycles = r.diagnostics.filter { $0.code == "date-cycle" }
    #expect(cycles.count == 1)
    #expect(cycles.first?.message.contains("a → b → a") == true)
    #expect(cycles.first?.location?.line == 22)
    let contradiction = try #require(r.diagnostics.first { $0.code == "date-contradiction" })
    #expect(contradiction.location?.line == 36 && contradiction.location?.column == 11)
    #expect(contradiction.message.contains("after d3 (2026-03)"))
    #expect(r.diagnostics.contains { $0.code == "unknown-anchor" && $0.location?.line == 43 })
  }

  @Test func undatedStatesAreKnownFromTheirSourcesAndClippedToLifespans() throws {
    let r = try load(
      """
      sources:
        - id: old
          title: an old report
          published: 2010
        - id: new
          title: a new report
          published: 2016-05
        - id: undated
          title: no date
      """,
      """
      relations:
        - id: s1
          type: support
          source: iran
          target: irq-group
          attribution: confirmed
          sources: [new, old]
        - id: s2
          type: alliance
          source: iran
          target: iraq
          attribution: confirmed
          sources: [undated]
        - id: s3
          type: support
          source: iraq
          target: irq-group
          since: 2010
          attribution: confirmed
          sources: [undated]
        - id: s4
          type: alliance
          source: iran
          target: iraq
          attribution: confirmed
          sources: [new]
        - id: s5
          type: support
          source: iran
          target: irq-group
          attribution: confirmed
          sources: [undated]
      """)
    #expect(!r.hasErrors, "\(r.diagnostics)")
    let ds = r.dataset
    func v(_ id: String) -> Validity { ds.relations.first { $0.id == id }!.validity }
    // Known from the earliest source (2010), then clipped to the group's founding (2014) and end (2020).
    #expect(v("s1").from == 2014_01_01 && v("s1").to == 2020_12_31 && v("s1").basis == .sources && v("s1").clipped)
    #expect(v("s2").basis == .undated && v("s2").from == FuzzyDate.firstDay)
    #expect(v("s3").basis == .stated && v("s3").from == 2014_01_01 && v("s3").clipped)
    #expect(v("s4").basis == .sources && v("s4").from == 2016_05_01)
    #expect(v("s5").basis == .lifespan && v("s5").from == 2014_01_01)
    // The data says s3 held from 2010, before the group existed: a warning at the relation.
    let w = try #require(r.diagnostics.first { $0.code == "outside-lifespan" })
    #expect(w.severity == .warning && w.message.contains("s3") && w.location?.line == 35)
    let in2012 = RelationFilter(asOf: FuzzyDate(parsing: "2012"))
    let in2017 = RelationFilter(asOf: FuzzyDate(parsing: "2017"))
    let in2022 = RelationFilter(asOf: FuzzyDate(parsing: "2022"))
    func ids(_ f: RelationFilter) -> [String] { ds.relations.filter(f.accepts).map(\.id) }
    #expect(ids(in2012) == ["s2"])
    #expect(ids(in2017) == ["s1", "s2", "s3", "s4", "s5"])
    #expect(ids(in2022) == ["s2", "s4"])
    #expect(ds.present == FuzzyDate(parsing: "2016-05-31"))
    let k = ds.relations.firstIndex { $0.id == "s4" }!
    #expect(RelationSummary(ds, k).holds == "holds 2016-05.. (known from its sources' publication)")
  }
}

/// The snapshot rule: states valid on the date, events of the recent period, never events as states.
@Suite struct SnapshotRuleTests {
  let war = Relation(type: .attack, subtypes: ["war"], source: 0, target: 1, date: FuzzyDate(parsing: "1980..1988"))
  let undatedEvent = Relation(type: .attack, source: 0, target: 1)
  let state = Relation(type: .alliance, source: 0, target: 1, since: FuzzyDate(parsing: "2003"))

  @Test func eventsCountOnlyInTheirRecentPeriod() {
    var f = RelationFilter(asOf: FuzzyDate(parsing: "1985"))
    #expect(f.accepts(war), "the war was going on in 1985")
    f.asOf = FuzzyDate(parsing: "2026")
    #expect(!f.accepts(war), "a past war is not a present hostility")
    f.recent = .all
    #expect(f.accepts(war), "the cumulative view holds every earlier event")
    f.asOf = FuzzyDate(parsing: "1979")
    #expect(!f.accepts(war))
    #expect(!f.accepts(undatedEvent), "an undated event cannot be placed in a snapshot")
  }

  @Test func windowsHoldOverlappingStatesAndEvents() {
    var f = RelationFilter()
    f.window = FuzzyDate(parsing: "1987..1990")
    #expect(f.accepts(war) && !f.accepts(state) && !f.accepts(undatedEvent))
    #expect(f.isUndatedApart(undatedEvent) && !f.isUndatedApart(state))
    #expect(!RelationFilter().isUndatedApart(undatedEvent), "without a date filter nothing is set apart")
  }

  @Test func recentPeriodEndsOnTheSnapshotDay() {
    let s = TimeScope(asOf: FuzzyDate(parsing: "2026-03-15"), recent: .days(12))
    #expect(s.recentPeriod == FuzzyDate(parsing: "2026-03-04..2026-03-15"))
  }
}

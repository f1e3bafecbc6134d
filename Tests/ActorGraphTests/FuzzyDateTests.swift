import Testing

@testable import ActorGraph

@Suite struct FuzzyDateTests {
  @Test(arguments: [
    ("2014", 2014_01_01, 2014_12_31, FuzzyDate.Precision.year),
    ("2024-02", 2024_02_01, 2024_02_29, .month),
    ("2023-02", 2023_02_01, 2023_02_28, .month),
    ("2026-03-04", 2026_03_04, 2026_03_04, .day),
    ("1980..1988", 1980_01_01, 1988_12_31, .range),
    ("2026-02..2026-03", 2026_02_01, 2026_03_31, .range),
  ])
  func parsesPartialDatesAsPeriods(text: String, start: Int, end: Int, precision: FuzzyDate.Precision) throws {
    let d = try #require(FuzzyDate(parsing: text))
    #expect(d.start == Int32(start))
    #expect(d.end == Int32(end))
    #expect(d.precision == precision)
    #expect(d.description == text)
  }

  @Test(arguments: ["", "14", "2014-13", "2014-00", "2023-02-29", "2026-04-31", "2014-1", "2014/01", "1988..1980", "abcd", "2014-01-01T00"])
  func rejectsImpossibleOrMalformedDates(text: String) {
    #expect(FuzzyDate(parsing: text) == nil)
  }

  @Test func leapDaysFollowTheGregorianRule() {
    #expect(FuzzyDate(parsing: "2000-02-29") != nil)
    #expect(FuzzyDate(parsing: "1900-02-29") == nil)
    #expect(FuzzyDate(parsing: "2024-02-29") != nil)
  }

  @Test func mixedPrecisionRangesPrintAtTheFinerPrecision() throws {
    let d = try #require(FuzzyDate(parsing: "2014..2017-06"))
    #expect(d.start == 2014_01_01 && d.end == 2017_06_30)
    #expect(d.description == "2014-01..2017-06")
  }
}

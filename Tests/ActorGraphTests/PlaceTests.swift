import TestSupport
import Testing

@testable import ActorGraph

/// Places as a hierarchy (issue #12, item 3): `located-in` makes a tree, `--in` and `--on` take in
/// everything within a place, and place text resolves to places by id, name or alias.
@Suite struct PlaceTests {
  /// A country, a governorate in it, a city in the governorate, a base and a consulate in the city,
  /// and a second country with a site of its own; a militia that is part of the first state (not a
  /// piece of its territory).
  static let text = """
    sources: [{id: s1, outlet: Wire}]
    actors:
      - {id: land, name: Land, kind: state}
      - {id: other, name: Other, kind: state}
      - {id: north, name: North Governorate, aliases: [Northern Province], kind: place, subkind: region}
      - {id: hilltown, name: Hilltown, aliases: [Hill Town, Tell-ṭūn], kind: place, subkind: city}
      - {id: base, name: Hill Air Base, kind: site, subkind: military-base}
      - {id: consulate, name: Consulate in Hilltown, kind: site, subkind: diplomatic}
      - {id: far-site, name: Far Site, kind: site}
      - {id: militia, name: Militia, kind: armed-group}
      - {id: raider, name: Raider, kind: armed-group}
    relations:
      - {id: l1, type: located-in, source: north, target: land, attribution: confirmed, sources: [s1]}
      - {id: l2, type: located-in, source: hilltown, target: north, attribution: confirmed, sources: [s1]}
      - {id: l3, type: located-in, source: base, target: hilltown, attribution: confirmed, sources: [s1]}
      - {id: l4, type: located-in, source: consulate, target: hilltown, attribution: confirmed, sources: [s1]}
      - {id: l5, type: located-in, source: far-site, target: other, attribution: confirmed, sources: [s1]}
      - {id: p1, type: part-of, source: militia, target: land, attribution: confirmed, sources: [s1]}
      - {id: a-base, type: attack, source: raider, target: base, date: 2026-03-01, attribution: confirmed, sources: [s1]}
      - {id: a-text, type: attack, source: raider, target: militia, date: 2026-03-02, place: "a village, northern province",
         attribution: confirmed, sources: [s1]}
      - {id: a-accent, type: attack, source: raider, target: militia, date: 2026-03-03, place: "outskirts of TELL TUN",
         attribution: confirmed, sources: [s1]}
      - {id: a-far, type: attack, source: raider, target: far-site, date: 2026-03-04, attribution: confirmed, sources: [s1]}
      - {id: a-lost, type: attack, source: raider, target: militia, date: 2026-03-05, place: "Hilltwn market",
         attribution: confirmed, sources: [s1]}
    """

  func load(_ text: String = PlaceTests.text) throws -> LoadResult {
    let t = try TempDataset(["d.yaml": text])
    defer { t.remove() }
    return t.load()
  }

  func ids(_ d: Dataset, _ set: some Sequence<Int32>) -> [String] { set.map { d.actor($0).id }.sorted() }

  func records(_ r: AttackReport) -> [String] { r.pairs.flatMap { $0.relations.map(\.id) }.sorted() }

  @Test func aTreeThreeLevelsDeepIsFollowedDownToItsLeaves() throws {
    let r = try load()
    let d = r.dataset
    let places = Places(d)
    #expect(ids(d, places.within([d.index(of: "land")!])) == ["base", "consulate", "hilltown", "land", "north"])
    #expect(ids(d, places.within([d.index(of: "north")!])) == ["base", "consulate", "hilltown", "north"])
    #expect(ids(d, places.within([d.index(of: "base")!])) == ["base"])
    // part-of is not territory: the militia is not within the land.
    #expect(!places.within([d.index(of: "land")!]).contains(d.index(of: "militia")!))
  }

  @Test func placeTextResolvesByNameAliasAndAccentFolding() throws {
    let d = try load().dataset
    let places = Places(d)
    #expect(ids(d, places.resolve("a village, northern province")) == ["north"])
    #expect(ids(d, places.resolve("outskirts of TELL TUN")) == ["hilltown"])
    #expect(ids(d, places.resolve("Hill Town")) == ["hilltown"])
    // The longest name wins: "Consulate in Hilltown" is the consulate, not also the city.
    #expect(ids(d, places.resolve("near the consulate in hilltown")) == ["consulate"])
    #expect(ids(d, places.resolve("Land and Other")) == ["land", "other"])
    // Words, not substrings: "Landing" is not "Land"; actors that are not places never match.
    #expect(places.resolve("the landing strip").isEmpty)
    #expect(places.resolve("Militia headquarters").isEmpty)
  }

  @Test func inTakesEverythingWithinThePlaceByTargetOrByPlaceText() throws {
    let d = try load().dataset
    let report = AttackReport(d, query: .init(place: "Land"))
    #expect(records(report) == ["a-accent", "a-base", "a-text"])
    #expect(report.places == ["base", "consulate", "hilltown", "land", "north"])
    // A place typed by its alias, in another case.
    #expect(records(AttackReport(d, query: .init(place: "hill town"))) == ["a-accent", "a-base"])
    #expect(records(AttackReport(d, query: .init(place: "Other"))) == ["a-far"])
    // --exact: only what is placed at the named place itself.
    #expect(records(AttackReport(d, query: .init(place: "Land", exact: true))).isEmpty)
    #expect(records(AttackReport(d, query: .init(place: "Hilltown", exact: true))) == ["a-accent"])
    // Text that names no place is matched as words of the place text.
    #expect(records(AttackReport(d, query: .init(place: "market"))) == ["a-lost"])
  }

  @Test func onTakesEverythingLocatedWithinTheTarget() throws {
    let d = try load().dataset
    #expect(records(AttackReport(d, query: .init(on: d.index(of: "north")))) == ["a-base"])
    // The land: its site (through the tree) and its militia (part-of).
    #expect(records(AttackReport(d, query: .init(on: d.index(of: "land")))) == ["a-accent", "a-base", "a-lost", "a-text"])
    #expect(records(AttackReport(d, query: .init(on: d.index(of: "land"), exact: true))).isEmpty)
  }

  @Test func placeTextThatNamesNoPlaceIsAWarningWithItsLocationAndASuggestion() throws {
    let r = try load()
    #expect(!r.hasErrors)
    let warnings = r.diagnostics.warnings.filter { $0.code == "unknown-place" }
    #expect(warnings.count == 1, "\(warnings)")
    let w = try #require(warnings.first)
    #expect(w.message.contains("'Hilltwn market'") && w.message.contains("'a-lost'"))
    #expect(w.hint == "did you mean 'hilltown'?")
    let at = try #require(w.location)
    #expect(at.file.hasSuffix("d.yaml") && at.line == 25, "\(at)")
  }

  @Test func aPlaceInTwoContainersOrInItselfIsAWarning() throws {
    #expect(try load().diagnostics.warnings.filter { $0.code == "place-tree" }.isEmpty, "the fixture is a tree")
    let two = PlaceTests.text.replacingOccurrences(
      of: "  - {id: p1,",
      with: "  - {id: l6, type: located-in, source: base, target: other, attribution: confirmed, sources: [s1]}\n  - {id: p1,")
    let w = try load(two).diagnostics.warnings.filter { $0.code == "place-tree" }
    #expect(w.count == 1 && w[0].message.contains("'base' is located in 'hilltown' (l3) and 'other' (l6)"), "\(w)")
    #expect(w.first?.location?.line == 18)
    // A site that moved is not in two places at once.
    let moved = two.replacingOccurrences(of: "target: hilltown, attribution", with: "target: hilltown, until: 2020, attribution")
      .replacingOccurrences(of: "target: other, attribution", with: "target: other, since: 2021, attribution")
    #expect(try load(moved).diagnostics.warnings.filter { $0.code == "place-tree" }.isEmpty)
    let loop = PlaceTests.text.replacingOccurrences(
      of: "  - {id: p1,",
      with: "  - {id: l6, type: located-in, source: land, target: hilltown, attribution: confirmed, sources: [s1]}\n  - {id: p1,")
    let c = try load(loop).diagnostics.warnings.filter { $0.code == "place-tree" }
    #expect(c.contains { $0.message == "places located in each other: land, north, hilltown" }, "\(c)")
  }

  @Test func aLocatedInLinkOutsideTheQueriedTimeIsNotFollowed() throws {
    let moved = PlaceTests.text.replacingOccurrences(
      of: "{id: l3, type: located-in, source: base, target: hilltown,",
      with: "{id: l3, type: located-in, source: base, target: hilltown, until: 2020,")
    let d = try load(moved).dataset
    var filter = RelationFilter()
    filter.window = FuzzyDate(parsing: "2026..2026")
    #expect(!records(AttackReport(d, query: .init(place: "Land", filter: filter))).contains("a-base"))
    #expect(records(AttackReport(d, query: .init(place: "Land"))).contains("a-base"))
  }

  @Test func seedAttacksInKurdistanIncludeIraqiKurdistan() throws {
    let r = DatasetLoader.load(repositoryRoot + "/graphs/iraq-2026")
    #expect(!r.hasErrors)
    #expect(r.diagnostics.warnings.filter { $0.code == "unknown-place" }.isEmpty, "every seed place text names a place")
    var filter = RelationFilter()
    filter.window = FuzzyDate(parsing: "2026..2026")
    let report = AttackReport(r.dataset, query: .init(place: "Kurdistan", filter: filter))
    let found = records(report)
    // e21: its place reads "Iraqi Kurdistan region", an alias away from the region's name.
    let iraqiKurdistan = r.dataset.relations.indices.filter {
      r.dataset.relations[$0].type == .attack && (r.dataset.relations[$0].details?.place ?? "").hasPrefix("Iraqi Kurdistan")
    }
    #expect(!iraqiKurdistan.isEmpty)
    for k in iraqiKurdistan where filter.accepts(r.dataset.relations[k]) {
      #expect(found.contains(r.dataset.relationID(k)), "\(r.dataset.relationID(k)) reads \(r.dataset.relations[k].details?.place ?? "")")
    }
    #expect(found.contains("e26"), "Harir Air Base is located in the Kurdistan Region")
  }

  @Test func seedAttacksOnKurdistanRegionIncludeSitesInErbil() throws {
    let r = DatasetLoader.load(repositoryRoot + "/graphs/iraq-2026")
    let d = r.dataset
    let report = AttackReport(d, query: .init(on: d.index(of: "kurdistan-region")))
    let targets = try #require(report.targets)
    #expect(targets.contains("erbil") && targets.contains("us-consulate-erbil") && targets.contains("us-facility-near-erbil"))
    #expect(report.pairs.contains { $0.target == "us-consulate-erbil" })
    #expect(report.pairs.contains { $0.target == "erbil" })
    // --on iraq reaches the region's sites through the region, foreign bases included.
    let onIraq = AttackReport(d, query: .init(on: d.index(of: "iraq")))
    #expect(onIraq.pairs.contains { $0.target == "us-consulate-erbil" })
    #expect(onIraq.pairs.contains { $0.target == "ain-al-asad" })
    let exact = AttackReport(d, query: .init(on: d.index(of: "iraq"), exact: true))
    #expect(exact.pairs.allSatisfy { $0.target == "iraq" })
  }
}

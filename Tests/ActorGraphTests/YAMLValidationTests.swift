import Testing

@testable import ActorGraph

/// Every validation error names its file, line and column. Line numbers below count from the
/// first line of the `relations.yaml` text in each test.
@Suite struct YAMLValidationTests {
  func load(relations: String, actors: String = baseActors, sources: String = baseSources) throws -> LoadResult {
    let t = try TempDataset(["sources.yaml": sources, "actors.yaml": actors, "relations.yaml": relations])
    defer { t.remove() }
    return t.load()
  }

  @Test func validDatasetLoadsWithoutDiagnostics() throws {
    let r = try load(
      relations: """
        relations:
          - id: r1
            type: support
            form: [arms, training]
            source: iran
            target: pmf
            since: 2014
            attribution: confirmed
            sources: ["s1:L12"]
          - id: r2
            type: membership
            source: kataib-hezbollah
            target: pmf
            attribution: stated
            sources: [s1]
        """)
    #expect(r.diagnostics.isEmpty, "\(r.diagnostics)")
    #expect(r.dataset.actors.count == 4)
    #expect(r.dataset.relations.count == 2)
    let kh = try #require(r.dataset.actor(id: "kataib-hezbollah"))
    #expect(kh.memberOf == ["pmf"])
    #expect(r.dataset.relations[0].subtypes == ["arms", "training"])
    #expect(r.dataset.relations[0].sources == [SourceRef(id: "s1", locator: "L12")])
    #expect(r.dataset.relations[1].attribution == .confirmed)
  }

  @Test func unknownActorIsReportedWithASuggestion() throws {
    let r = try load(
      relations: """
        relations:
          - id: r1
            type: support
            source: iran
            target: pmff
            attribution: confirmed
            sources: [s1]
        """)
    let d = try #require(r.diagnostics.errors.first)
    #expect(d.code == "unknown-actor")
    #expect(d.location?.file.hasSuffix("relations.yaml") == true)
    #expect(d.location?.line == 5 && d.location?.column == 13)
    #expect(d.hint?.contains("'pmf'") == true)
  }

  @Test func aliasUsedAsEndpointPointsAtTheId() throws {
    let r = try load(
      relations: """
        relations:
          - id: r1
            type: support
            source: Tehran
            target: pmf
            attribution: confirmed
            sources: [s1]
        """)
    let d = try #require(r.diagnostics.errors.first)
    #expect(d.code == "unknown-actor" && d.location?.line == 4)
    #expect(d.hint?.contains("`iran`") == true)
  }

  @Test func unknownTypeFormAttributionAndKindAreErrorsAtTheirValues() throws {
    let r = try load(
      relations: """
        relations:
          - id: r1
            type: suport
            source: iran
            target: pmf
            attribution: confirmed
            sources: [s1]
          - id: r2
            type: support
            form: [arms, cash]
            source: iran
            target: pmf
            attribution: sure
            sources: [s1]
        """,
      actors: baseActors + """

          - id: militia-x
            name: Militia X
            kind: militia
        """)
    #expect(r.errorSites.contains("3:11 unknown-type"))
    #expect(r.errorSites.contains("10:18 unknown-form"))
    #expect(r.errorSites.contains("13:18 unknown-attribution"))
    #expect(r.diagnostics.errors.contains { $0.code == "unknown-kind" && $0.location?.file.hasSuffix("actors.yaml") == true })
    let typo = r.diagnostics.first { $0.code == "unknown-type" }
    #expect(typo?.hint == "did you mean 'support'?")
  }

  @Test func badAndImpossibleDates() throws {
    let r = try load(
      relations: """
        relations:
          - id: r1
            type: alliance
            source: iran
            target: pmf
            since: 2014
            until: 2003
            attribution: confirmed
            sources: [s1]
          - id: r2
            type: attack
            source: iran
            target: pmf
            date: 2026-02-30
            attribution: claimed
            sources: [s1]
          - id: r3
            type: attack
            source: iran
            target: pmf
            since: 2020
            attribution: claimed
            sources: [s1]
        """)
    #expect(r.errorSites.contains("7:12 impossible-dates"))
    #expect(r.errorSites.contains("14:11 bad-date"))
    #expect(r.errorSites.contains("21:5 event-dates"))
  }

  @Test func relationWithoutSourceAndUnknownSource() throws {
    let r = try load(
      relations: """
        relations:
          - id: r1
            type: support
            source: iran
            target: pmf
            attribution: confirmed
          - id: r2
            type: support
            source: iran
            target: kataib-hezbollah
            attribution: confirmed
            sources: [s2]
        """)
    #expect(r.errorSites.contains("2:5 no-source"))
    #expect(r.errorSites.contains("12:15 unknown-source"))
  }

  @Test func duplicateIdsAndCollidingAliases() throws {
    let r = try load(
      relations: """
        relations:
          - id: r1
            type: support
            source: iran
            target: pmf
            attribution: confirmed
            sources: [s1]
          - id: r1
            type: support
            source: iran
            target: asaib-ahl-al-haq
            attribution: confirmed
            sources: [s1]
        """,
      actors: baseActors + """

          - id: iran
            name: Islamic Republic
            kind: state
          - id: hashd
            name: Hashd
            aliases: [Hashd al Shaabi]
            kind: armed-group
        """)
    #expect(r.errorSites.contains("8:9 duplicate-id"))
    #expect(
      r.diagnostics.errors.contains {
        $0.code == "duplicate-id" && $0.message.contains("actor id 'iran' is already defined at")
          && $0.location?.file.hasSuffix("actors.yaml") == true
      })
    // "Hashd al Shaabi" folds to the same key as PMF's "Hashd al-Shaabi".
    #expect(
      r.diagnostics.errors.contains {
        $0.code == "alias-collision"
          && $0.message.contains("'Hashd al Shaabi' of actor 'hashd' collides with 'Hashd al-Shaabi' of actor 'pmf'")
          && $0.location?.column == 15
      })
  }

  @Test func membershipCycleIsFound() throws {
    let r = try load(
      relations: """
        relations:
          - id: m1
            type: membership
            source: kataib-hezbollah
            target: pmf
            attribution: confirmed
            sources: [s1]
          - id: m2
            type: membership
            source: pmf
            target: asaib-ahl-al-haq
            attribution: confirmed
            sources: [s1]
          - id: m3
            type: membership
            source: asaib-ahl-al-haq
            target: kataib-hezbollah
            attribution: confirmed
            sources: [s1]
        """)
    let cycle = try #require(r.diagnostics.first { $0.code == "membership-cycle" })
    #expect(cycle.message.contains("kataib-hezbollah") && cycle.message.contains("asaib-ahl-al-haq"))
    #expect(cycle.location?.line == 2)
    #expect(r.diagnostics.filter { $0.code == "membership-cycle" }.count == 1)
  }

  @Test func unknownKeysAndSyntaxErrors() throws {
    let r = try load(
      relations: """
        relations:
          - id: r1
            typ: support
            source: iran
            target: pmf
            attribution: confirmed
            sources: [s1]
        """)
    #expect(r.errorSites.contains("3:5 unknown-key"))
    #expect(r.diagnostics.first { $0.code == "unknown-key" }?.hint == "did you mean 'type'?")

    let broken = try load(relations: "relations:\n  - id: r1\n    type: [support\n")
    let d = try #require(broken.diagnostics.errors.first)
    #expect(d.code == "yaml-syntax")
    #expect(d.location?.line ?? 0 >= 3)

    let dup = try load(relations: "relations:\n  - id: r1\n    id: r2\n")
    #expect(dup.diagnostics.errors.contains { $0.code == "duplicate-key" })
  }

  @Test func lowerBoundsNameTheNumbersTheyQualify() throws {
    let r = try load(
      relations: """
        relations:
          - id: a1
            type: attack
            source: iran
            target: pmf
            attribution: claimed
            killed: 94
            injured: 284
            at_least: [killed]
            sources: [s1]
          - id: a2
            type: attack
            source: iran
            target: pmf
            attribution: claimed
            killed: 3
            at_least: [injured, dead]
            sources: [s1]
        """)
    let summary = RelationSummary(r.dataset, 0)
    #expect(summary.atLeast == ["killed"])
    #expect(summary.quantity(94, "killed") == "≥94" && summary.quantity(284, "injured") == "284")
    #expect(r.errorSites.contains("17:16 bad-value"), "injured is not given")
    #expect(r.errorSites.contains("17:25 bad-value"), "dead is not a number field")
  }

  @Test func hostileInputNeverCrashes() throws {
    for text in [
      "", "---\n", "[1, 2]", "relations: 5", "relations:\n  - 5\n  - [a]\n", "actors:\n  - id: {a: b}\n", "\u{0}\u{1}garbage: [",
      "relations:\n  - type: support\n    source: iran\n    target: iran\n    attribution: confirmed\n    sources: [s1]\n",
    ] {
      let r = try load(relations: text)
      #expect(r.dataset.actors.count == 4)
      _ = r.diagnostics
    }
  }

  @Test func uncitedSourceIsAWarning() throws {
    let r = try load(relations: "relations: []\n", sources: baseSources + "\n  - id: s9\n    outlet: Nobody\n")
    #expect(r.diagnostics.warnings.contains { $0.code == "uncited-source" && $0.message.contains("'s9'") })
    #expect(!r.hasErrors || !r.diagnostics.errors.contains { $0.code == "uncited-source" })
  }
}

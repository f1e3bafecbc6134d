import Foundation
import Testing

@testable import ActorGraph

/// An answer about an actor on a date it was not there says why, on what grounds, and marks the
/// data's silence as silence.
@Suite struct ActorExistenceTests {
  static let data = """
    sources:
      - {id: s1, outlet: Wire, published: "2026-03-05"}
      - {id: s2, outlet: Paper, published: "2019-06"}
    actors:
      - {id: group, name: Group, kind: armed-group, founded: "2014", sources: [s1]}
      - {id: old, name: Old Front, kind: armed-group, dissolved: "2010"}
      - {id: banner, name: Banner, kind: umbrella-group}
      - {id: quiet, name: Quiet, kind: armed-group}
      - {id: state, name: State, kind: state}
    relations:
      - {id: r1, type: support, source: state, target: group, since: "2016", attribution: confirmed, sources: [s1]}
      - {id: e1, type: attack, source: banner, target: state, date: "2015-05", attribution: claimed, sources: [s1]}
      - {id: r2, type: alignment, source: banner, target: state, attribution: confirmed, sources: [s2]}
      - {id: r3, type: support, source: state, target: old, since: "2005", until: "2010", attribution: confirmed, sources: [s1]}
    """

  func dataset() throws -> Dataset { try TempDataset.dataset(["data.yaml": Self.data]) }

  func d(_ s: String) -> FuzzyDate { FuzzyDate(parsing: s)! }

  @Test func beforeItsStatedFoundingAnActorDidNotExist() throws {
    let data = try dataset()
    let group = data.index(of: "group")!
    let e = try #require(ActorExistence.on(d("2010"), actor: group, in: data))
    #expect(e.standing == .notYetFounded && e.founded == d("2014") && e.sources == ["s1"])
    #expect(e.message == "The data has Group (group) founded in 2014 (its record cites s1): as of 2010 it did not exist yet.")
    #expect(e.brief == "Group not yet founded (2014 in the data)")
    #expect(ActorExistence.on(d("2014-03"), actor: group, in: data) == nil, "founded some time in 2014: it may have been there")
    #expect(ActorExistence.on(d("2013-12-31"), actor: group, in: data) != nil)
  }

  @Test func afterItsStatedDissolutionItNoLongerExisted() throws {
    let data = try dataset()
    let old = data.index(of: "old")!
    let e = try #require(ActorExistence.on(d("2011"), actor: old, in: data))
    #expect(e.standing == .dissolved && e.dissolved == d("2010") && e.brief == "Old Front dissolved (2010 in the data)")
    #expect(e.message.contains("dissolved in 2010 (its record cites no source): as of 2011 it no longer existed"))
    #expect(ActorExistence.on(d("2010"), actor: old, in: data) == nil)
  }

  @Test func withoutAFoundingTheDataIsSilentBeforeItsFirstRecordAndSaysSo() throws {
    let data = try dataset()
    let banner = data.index(of: "banner")!
    let e = try #require(ActorExistence.on(d("2012"), actor: banner, in: data))
    #expect(e.standing == .noRecordYet && e.founded == nil)
    #expect(e.firstRecord == d("2015-05-01") && e.firstRecordRelation == "e1" && e.firstRecordBasis == "stated")
    #expect(e.message.hasSuffix("which is not evidence that it did not exist."), "silence is not a finding")
    #expect(e.brief == "nothing of Banner in the data before 2015-05-01")
    #expect(ActorExistence.on(d("2015-05"), actor: banner, in: data) == nil, "its first record is in May 2015")
    // Without the attack, what is left is known from its source's publication (June 2019).
    var quieter = data
    quieter.relations.removeAll { $0.id == "e1" }
    let later = try #require(ActorExistence.on(d("2018"), actor: banner, in: quieter))
    #expect(later.firstRecord == d("2019-06-01") && later.firstRecordRelation == "r2" && later.firstRecordBasis == "sources")
    #expect(later.message.contains("(relation r2, known from its sources' publication)"))
  }

  @Test func anActorNothingDatesHasNothingToSay() throws {
    let data = try dataset()
    #expect(ActorExistence.on(d("1990"), actor: data.index(of: "quiet")!, in: data) == nil, "no relation at all: no record to compare")
    #expect(ActorExistence.on(d("2026"), actor: data.index(of: "group")!, in: data) == nil)
  }

  @Test func supportAndProfileAnswersCarryIt() throws {
    let data = try dataset()
    let group = data.index(of: "group")!
    var filter = RelationFilter()
    filter.asOf = d("2010")
    let support = SupportQuery(filter: filter).run(data, actor: group, direction: .supporters)
    #expect(support.chains.isEmpty && support.existence?.standing == .notYetFounded)
    filter.asOf = d("2017")
    let later = SupportQuery(filter: filter).run(data, actor: group, direction: .supporters)
    #expect(later.existence == nil && later.chains.map(\.supporter) == ["state"])
    let json = String(decoding: try JSONEncoder().encode(later), as: UTF8.self)
    #expect(!json.contains("existence"), "absent when there is nothing to say")
    filter.asOf = d("2010")
    let profile = ActorProfile(data, actor: group, filter: filter)
    #expect(profile.founded == d("2014") && profile.dissolved == nil && profile.existence?.standing == .notYetFounded)
  }
}

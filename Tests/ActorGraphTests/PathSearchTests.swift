import Foundation
import TestSupport
import Testing

@testable import ActorGraph

/// The answers `path`, `why --path`, `why --chain` and every command's checked load give, through
/// the library: a Swift user gets what the CLI prints.
@Suite struct PathSearchTests {
  func dataset(_ actors: [(id: String, kind: String)], _ relations: [String]) throws -> Dataset {
    let t = try TempDataset(["d.yaml": DatasetText.yaml(actors: actors, relations: relations)])
    defer { t.remove() }
    let r = t.load()
    #expect(!r.hasErrors, "\(r.diagnostics)")
    return r.dataset
  }

  let actors: [(id: String, kind: String)] = [("aa", "state"), ("bb", "armed-group"), ("cc", "armed-group"), ("dd", "state")]

  @Test func theStrongestRelationSpeaksForTheHop() throws {
    let d = try dataset(
      actors,
      [
        "id: weak, type: support, source: aa, target: bb, attribution: suspected",
        "id: sure, type: alignment, source: aa, target: bb",
        "id: next, type: support, source: bb, target: cc",
      ])
    let r = PathSearch().run(d, in: GraphSelection(d), from: 0, to: 2)
    let p = try #require(r.paths.first)
    #expect(r.paths.count == 1 && p.length == 2 && p.hops.map(\.from) == ["aa", "bb"])
    let first = p.hops[0]
    #expect(first.relations == ["weak", "sure"], "every relation is listed, in dataset order")
    #expect(first.relation == "sure" && first.type == .alignment && first.attribution == .confirmed, "the surer relation speaks")
    #expect(first.reversed == nil)
    // Equal confidence and attribution: the lower id speaks.
    let tie = try dataset(
      actors, ["id: r2, type: support, source: aa, target: bb", "id: r1, type: alignment, source: aa, target: bb"])
    let k = PathSearch.strongest(tie, [0, 1])
    #expect(k.map { tie.relationID($0) } == "r1")
    #expect(PathSearch.strongest(tie, []) == nil)
  }

  @Test func modesViaAvoidAndDirection() throws {
    // aa → bb → dd and aa → cc → dd: two shortest paths; cc ← dd only backwards.
    let d = try dataset(
      actors,
      [
        "id: r1, type: support, source: aa, target: bb", "id: r2, type: support, source: bb, target: dd",
        "id: r3, type: support, source: aa, target: cc", "id: r4, type: support, source: cc, target: dd",
      ])
    let sel = GraphSelection(d)
    #expect(PathSearch().actorPaths(in: sel, from: 0, to: 3) == [[0, 1, 3]], "the smallest of equally short paths")
    #expect(PathSearch(mode: .allShortest(limit: 10)).actorPaths(in: sel, from: 0, to: 3) == [[0, 1, 3], [0, 2, 3]])
    #expect(PathSearch(mode: .allShortest(limit: 1)).actorPaths(in: sel, from: 0, to: 3).count == 1)
    #expect(PathSearch(avoiding: [1]).actorPaths(in: sel, from: 0, to: 3) == [[0, 2, 3]])
    #expect(PathSearch(via: [2]).actorPaths(in: sel, from: 0, to: 3) == [[0, 2, 3]])
    #expect(PathSearch(maxLength: 1).actorPaths(in: sel, from: 0, to: 3).isEmpty)
    #expect(PathSearch().actorPaths(in: sel, from: 3, to: 0).isEmpty, "relations are followed in their direction")
    // Undirected: the hop dd → cc runs against r4, and says so.
    let back = PathSearch(avoiding: [1]).run(d, in: GraphSelection(d, undirected: true), from: 3, to: 0)
    #expect(back.paths.first?.hops.map(\.reversed) == [true, true])
    // An actor outside the selection (no selected relation, isolates dropped) has no path.
    var supportOnly = RelationFilter()
    supportOnly.types = [.alliance]
    #expect(PathSearch().actorPaths(in: GraphSelection(d, filter: supportOnly, includeIsolated: false), from: 0, to: 3).isEmpty)
  }

  @Test func aChainsEvidenceKeepsEachHopsOwnType() throws {
    let d = try dataset(
      [("pp", "state"), ("um", "umbrella-group"), ("mm", "armed-group")],
      [
        "id: s, type: support, source: pp, target: um", "id: h, type: hostility, source: pp, target: um",
        "id: m, type: membership, source: mm, target: um",
      ])
    let chain = try #require(SupportQuery().chain(d, from: 0, to: 2))
    #expect(chain.kind == .umbrella && chain.supported == "mm")
    #expect(SupportQuery().chain(d, from: 2, to: 0) == nil)
    let e = Evidence(d, chain: chain, filter: .all)
    #expect(e.hops.map { $0.items.map(\.relation.id) } == [["s"], ["m"]], "the hostility between pp and um is not evidence of support")
    #expect(Evidence.between(d, 0, 1).items.count == 2)
  }

  @Test func aCheckedLoadRefusesDataWithErrors() throws {
    let t = try TempDataset([
      "d.yaml": DatasetText.yaml(actors: [("aa", "state")], relations: ["id: r1, type: support, source: aa, target: nobody"])
    ])
    defer { t.remove() }
    let r = t.load()
    #expect(throws: DatasetRefused.self) { try r.checked() }
    do {
      _ = try r.checked(as: "my-data")
    } catch {
      #expect(error.location == "my-data" && error.errors == r.diagnostics.errors && !error.errors.isEmpty)
      #expect(error.description.hasPrefix("the dataset at my-data has 1 error; fix them first"), "\(error)")
    }
    let good = try TempDataset(["d.yaml": DatasetText.yaml(actors: [("aa", "state")], relations: [])])
    defer { good.remove() }
    #expect(try good.load().checked().actors.count == 1)
  }
}

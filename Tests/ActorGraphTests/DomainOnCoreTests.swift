import Foundation
import TestSupport
import Testing

@testable import ActorGraph

/// The domain's graph questions answered through GraphAnalytics: membership cycles (strongly
/// connected components and a shortest path), relay loops (components and a backward search),
/// attack footprints (one breadth-first search).
@Suite struct DomainOnCoreTests {
  func load(_ files: [String: String]) throws -> LoadResult {
    let t = try TempDataset(files)
    defer { t.remove() }
    return t.load()
  }

  @Test func aMembershipCycleIsNamedByAShortestCycleThroughItsFirstActor() throws {
    // a → b → c → d → a and a → e → a: one component; the shortest cycle through a is a → e → a.
    // p → q → p is a second, separate component; x → x is refused as a self-relation before.
    let actors = ["a", "b", "c", "d", "e", "x", "p", "q"].map { (id: $0, kind: "armed-group") }
    let links = [("a", "b"), ("b", "c"), ("c", "d"), ("d", "a"), ("a", "e"), ("e", "a"), ("x", "x"), ("p", "q"), ("q", "p")]
    let relations = links.enumerated().map { "id: m\($0.offset), type: membership, source: \($0.element.0), target: \($0.element.1)" }
    let r = try load(["d.yaml": DatasetText.yaml(actors: actors, relations: relations)])
    let messages = r.diagnostics.filter { $0.code == "membership-cycle" }.map(\.message).sorted()
    #expect(
      messages == [
        "membership cycle: a → e → a (one cycle among 5 mutually affiliated actors; also b, c, d)",
        "membership cycle: p → q → p",
      ], "\(messages)")
    #expect(r.diagnostics.contains { $0.code == "self-relation" })
    // Each is located at the earliest relation of its cycle in the file: a → e (line of m4), p → q (m7).
    let lines = r.diagnostics.filter { $0.code == "membership-cycle" }.compactMap { $0.location?.line }.sorted()
    let m4 = try #require(r.dataset.relations.indices.first { r.dataset.relationID($0) == "m4" })
    let m7 = try #require(r.dataset.relations.indices.first { r.dataset.relationID($0) == "m7" })
    #expect(lines == [m4, m7].compactMap { r.dataset.location(r.dataset.relationOrigins[$0])?.line }, "\(lines)")
  }

  @Test func everySourceWhoseRelaysRunIntoALoopIsAnError() throws {
    let sources = """
      sources:
        - {id: s1, outlet: Wire}
        - {id: a, outlet: A, relayed_by: b}
        - {id: b, outlet: B, relayed_by: c}
        - {id: c, outlet: C, relayed_by: b}
        - {id: d, outlet: D, relayed_by: e}
        - {id: e, outlet: E}
        - {id: f, outlet: F, relayed_by: f}
        - {id: g, outlet: G, relayed_by: f}
        - {id: h, outlet: H, relayed_by: nowhere}
        - {id: i, outlet: I, relayed_by: h}
      """
    let text = DatasetText.yaml(actors: [("aa", "state"), ("bb", "state")], relations: ["id: r1, type: alliance, source: aa, target: bb"])
      .replacingOccurrences(of: DatasetText.oneSource, with: sources)
    let r = try load(["d.yaml": text])
    func ids(_ code: String) -> [String] {
      r.diagnostics.filter { $0.code == code }.compactMap { d in d.message.split(separator: "'").dropFirst().first.map(String.init) }
        .sorted()
    }
    #expect(ids("relay-cycle") == ["a", "b", "c", "g"], "a runs into the b–c loop; g into f, which relays itself")
    #expect(ids("bad-relay") == ["f"])
    #expect(ids("unknown-source") == ["h"], "i ends at h, whose relay is unknown: no loop")
  }

  /// The footprint as it was computed before: rounds over every relation until nothing joins.
  func fixedPoint(_ d: Dataset, _ root: Int32, withSites: Bool) -> Set<Int32> {
    var set: Set<Int32> = [root]
    var changed = true
    while changed {
      changed = false
      for r in d.relations where !set.contains(r.source) && set.contains(r.target) {
        if r.type.category == .partOf || (withSites && r.type.category == .operatedBy && d.actor(r.source).kind.isA(.site)) {
          set.insert(r.source)
          changed = true
        }
      }
      for r in d.relations where withSites && r.type.category == .presence && set.contains(r.source) && !set.contains(r.target) {
        if d.actor(r.target).kind.isA(.site) {
          set.insert(r.target)
          changed = true
        }
      }
    }
    return set
  }

  @Test(arguments: [UInt64(1), 2, 3, 4, 5])
  func footprintsAgreeWithTheFixedPointOnRandomData(seed: UInt64) throws {
    var rng = SplitMix64(seed: seed)
    let kinds = ["state", "state-organ", "armed-group", "site"]
    let actors = (0..<24).map { (id: "v\($0)", kind: kinds[rng.next(below: kinds.count)]) }
    let types = ["part-of", "operated-by", "presence", "support"]
    var relations: [String] = []
    for k in 0..<60 {
      let s = rng.next(below: actors.count), t = rng.next(below: actors.count)
      guard s != t else { continue }
      relations.append("id: r\(k), type: \(types[rng.next(below: types.count)]), source: v\(s), target: v\(t)")
    }
    let r = try load(["d.yaml": DatasetText.yaml(actors: actors, relations: relations)])
    let d = r.dataset
    #expect(d.actors.count == actors.count, "\(r.diagnostics.errors)")
    var grew = 0
    for root in d.actors.indices.map(Int32.init) {
      for withSites in [false, true] {
        let fp = AttackReport.footprint(d, of: root, withSites: withSites)
        #expect(fp == fixedPoint(d, root, withSites: withSites), "root v\(root), sites \(withSites)")
        if fp.count > 1 { grew += 1 }
      }
    }
    #expect(grew > 0, "the random data gives some actor parts or sites")
  }
}

import ActorGraph
import DomainTestSupport
import Foundation
import TestSupport
import Testing

@testable import ActorGraphDiagrams
@testable import GraphvizKit

/// Blocs of structural balance placed side by side (dot's ranks, invisible dividers): measured on
/// the coordinates Graphviz lays out, not on the DOT text.
@Suite("Camp placement")
struct CampPlacementTests {
  /// Each actor's box as laid out: left and right edge in points.
  func boxes(_ data: Dataset, _ spec: DiagramSpec) throws -> [String: (left: Double, right: Double)] {
    let json = try DiagramRenderer.render(dataset: data, spec: spec, format: .json)
    let root = try #require(try JSONSerialization.jsonObject(with: Data(json)) as? [String: Any])
    var out: [String: (left: Double, right: Double)] = [:]
    for o in root["objects"] as? [[String: Any]] ?? [] {
      guard let name = o["name"] as? String, name.hasPrefix("actor:"), let pos = o["pos"] as? String,
        let x = pos.split(separator: ",").first.flatMap({ Double($0) }), let w = (o["width"] as? String).flatMap(Double.init)
      else { continue }
      out[String(name.dropFirst(6))] = (x - w * 36, x + w * 36)
    }
    return out
  }

  /// Whether every actor of `left` lies wholly left of every actor of `right`.
  func allLeft(_ box: [String: (left: Double, right: Double)], _ left: [String], _ right: [String]) -> Bool {
    let l = left.compactMap { box[$0]?.right }, r = right.compactMap { box[$0]?.left }
    return l.count == left.count && r.count == right.count && l.max()! < r.min()!
  }

  func plantedData() throws -> Dataset {
    let root = try TempProject.make(["data.yaml": BalanceDiagramTests.data])
    return DatasetLoader.load(root + "/data.yaml").dataset
  }

  @Test("blocs in letter order, or in camp_order; a frustrated tie's ends at the edges that face each other")
  func planted() throws {
    let data = try plantedData()
    var spec = DiagramSpec(try Selection.parsing([.types: ["alliance,hostility"]]))
    spec.balance = .camps
    let byLetter = try boxes(data, spec)
    #expect(allLeft(byLetter, ["a1", "a2", "a3"], ["b1", "b2"]), "camp A left of camp B: \(byLetter)")
    // x1 (a3–b1) is the frustrated tie: a3 at its camp's right edge, b1 at its camp's left edge.
    #expect(allLeft(byLetter, ["a1", "a2"], ["a3"]) && allLeft(byLetter, ["b1"], ["b2"]))

    spec.campOrder = ["Beta Two"]
    let reversed = try boxes(data, spec)
    #expect(allLeft(reversed, ["b1", "b2"], ["a1", "a2", "a3"]), "camp_order puts b2's camp first: \(reversed)")
    #expect(allLeft(reversed, ["b2"], ["b1"]) && allLeft(reversed, ["a3"], ["a1", "a2"]))
  }

  @Test("the seed's two camps in 2026: Iran's axis left, Iraq between, the United States and its partners right")
  func seed() throws {
    let data = DatasetLoader.load(repositoryRoot + "/graphs/iraq-2026").dataset
    var spec = DiagramSpec(try Selection.parsing([.types: ["alliance,hostility"], .asOf: ["2026"]]))
    spec.balance = .camps
    spec.campOrder = ["iran", "united-states"]
    let box = try boxes(data, spec)
    let camps = BalanceBlocs(data, filter: spec.filter(for: data), partition: .camps)
    let members = camps.groups.filter { $0.count > 1 }.map { $0.map { data.actor($0).id } }
    #expect(members.count == 2)
    let axis = try #require(members.first { $0.contains("iran") }), other = try #require(members.first { $0.contains("united-states") })
    #expect(other.contains("iraq"), "the domain puts Iraq with the United States in 2026")
    #expect(allLeft(box, axis, other), "every actor of Iran's camp left of every actor of the other: \(box)")
    #expect(allLeft(box, ["iran"], ["iraq"]) && allLeft(box, ["iraq"], ["united-states"]), "Iraq between")
  }

  @Test("camp_order naming an actor in no drawn camp is an error; other engines are not placed")
  func errors() throws {
    let data = try plantedData()
    var spec = DiagramSpec(try Selection.parsing([.types: ["alliance,hostility"]]))
    spec.balance = .camps
    spec.campOrder = ["lone"]
    #expect(throws: DiagramError.self) { try DiagramStyler(dataset: data, spec: spec).build() }
    spec.campOrder = []
    spec.layout.engine = .neato
    let g = try DiagramStyler(dataset: data, spec: spec).build()
    #expect(!g.nodes.contains { $0.id.hasPrefix("camp-divider") })
    spec.layout.engine = .dot
    let placed = try DiagramStyler(dataset: data, spec: spec).build()
    #expect(placed.nodes.filter { $0.id.hasPrefix("camp-divider") }.count >= 1)
  }
}

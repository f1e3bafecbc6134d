import ActorGraph
import DomainTestSupport
import Foundation
import Testing

@testable import ActorGraphDiagrams
@testable import GraphvizKit

/// `render --balance`: the domain's blocs and frustrated ties, drawn so colour is never the only carrier.
@Suite("Balance diagrams: blocs and frustrated ties")
struct BalanceDiagramTests {
  // Two planted blocs {a1, a2, a3} and {b1, b2}, hostile across; one alliance a3–b1 across them is
  // the single frustrated tie of both the two-camp and the any-number split. `lone` has only a
  // support tie, which the alliance/hostility selection does not sign.
  static let data = """
    dataset: {id: blocs}
    sources:
      - {id: s1, outlet: Wire}
      - {id: s2, outlet: Paper}
    actors:
      - {id: a1, name: Alpha One, kind: state}
      - {id: a2, name: Alpha Two, kind: state}
      - {id: a3, name: Alpha Three, kind: armed-group}
      - {id: b1, name: Beta One, kind: state}
      - {id: b2, name: Beta Two, kind: armed-group}
      - {id: lone, name: Lone, kind: armed-group}
    relations:
      - {id: p1, type: alliance, source: a1, target: a2, attribution: confirmed, sources: [s1]}
      - {id: p2, type: alliance, source: a2, target: a3, attribution: confirmed, sources: [s1]}
      - {id: p3, type: alliance, source: a1, target: a3, attribution: confirmed, sources: [s1]}
      - {id: p4, type: alliance, source: b1, target: b2, attribution: confirmed, sources: [s1]}
      - {id: n1, type: hostility, source: a1, target: b1, attribution: confirmed, sources: [s1]}
      - {id: n2, type: hostility, source: a2, target: b2, attribution: confirmed, sources: [s1]}
      - {id: n3, type: hostility, source: a1, target: b2, attribution: confirmed, sources: [s1]}
      - {id: n4, type: hostility, source: a2, target: b1, attribution: confirmed, sources: [s1]}
      - {id: x1, type: alliance, source: a3, target: b1, attribution: attributed, sources: [s2]}
      - {id: s9, type: support, source: b1, target: lone, attribution: confirmed, sources: [s1]}
    """

  func dataset() throws -> Dataset {
    let root = try TempProject.make(["data.yaml": Self.data])
    let loaded = DatasetLoader.load(root + "/data.yaml")
    #expect(!loaded.hasErrors, "\(loaded.diagnostics.errors)")
    return loaded.dataset
  }

  func ids(_ data: Dataset, _ actors: [Int32]) -> [String] { actors.map { data.actor($0).id } }

  @Test("the domain decides the blocs and the frustrated relations, by index", arguments: BalanceBlocs.Partition.allCases)
  func domain(partition: BalanceBlocs.Partition) throws {
    let data = try dataset()
    let b = BalanceBlocs(data, filter: RelationFilter(types: [.alliance, .hostility, .membership]), partition: partition)
    #expect(b.types == [.alliance, .hostility], "membership carries no sign and is left out, not refused")
    #expect(b.groups.map { ids(data, $0) } == [["a1", "a2", "a3"], ["b1", "b2"]])
    #expect(b.frustration == 1 && b.exact)
    #expect(b.frustratedRelations.map { data.relationID($0) } == ["x1"])
    #expect(b.groupOf[data.index(of: "lone")!] == nil, "no signed tie: in no bloc")
    // All types: support now signs b1–lone, so lone joins b1's bloc.
    let all = BalanceBlocs(data, filter: RelationFilter(), partition: partition)
    #expect(all.groupOf[data.index(of: "lone")!] == all.groupOf[data.index(of: "b1")!])
  }

  func allNodes(_ g: DOTGraph) -> [DOTNode] {
    func walk(_ nodes: [DOTNode], _ subs: [DOTSubgraph]) -> [DOTNode] { nodes + subs.flatMap { walk($0.nodes, $0.subgraphs) } }
    return walk(g.nodes, g.subgraphs)
  }

  func label(_ node: DOTNode?) -> String {
    if case .text(let t)? = node?.label { return t }
    return ""
  }

  @Test("blocs are named under each actor and bordered in the bloc's colour; frustrated ties are labelled double lines")
  func drawing() throws {
    let data = try dataset()
    var spec = DiagramSpec(try Selection.parsing([.types: ["alliance,hostility,support"]]))
    spec.selection.wholeRecord = true
    spec.balance = .blocs
    let g = try DiagramStyler(dataset: data, spec: spec).build()
    let nodes = allNodes(g)
    func node(_ id: String) -> DOTNode? { nodes.first { $0.id == "actor:" + id } }
    #expect(label(node("a1")) == "Alpha One\nbloc A")
    #expect(label(node("b2")) == "Beta Two\nbloc B")
    #expect(node("a1")?.attributes.color != node("b2")?.attributes.color)
    #expect(node("a1")?.attributes.color == node("a3")?.attributes.color)
    #expect(node("a1")?.attributes.tooltip?.contains("bloc A of the blocs of structural balance (3 actors)") == true)

    let frustrated = try #require(g.edges.first { $0.attributes.tooltip?.contains("x1:") == true })
    #expect(frustrated.attributes.color?.rawValue.contains(":invis:") == true, "a double line")
    #expect(frustrated.attributes.label == .text("frustrated"))
    #expect(frustrated.attributes.style == [.dashed], "its certainty pattern is kept (x1 is attributed)")
    #expect(frustrated.attributes.tooltip?.hasPrefix("Frustrated tie") == true)
    // The drawn lines besides x1 (the invisible ties that place the blocs side by side are not lines).
    let others = g.edges.filter { $0.attributes.tooltip?.contains("x1:") != true && $0.attributes.style != [.invis] }
    #expect(others.count == 9)
    #expect(!others.contains { $0.attributes.color?.rawValue.contains(":invis:") == true || $0.attributes.label == .text("frustrated") })

    guard case .html(let header)? = g.attributes.label else {
      Issue.record("no header")
      return
    }
    #expect(header.markup.contains("blocs of structural balance from alliance, support, hostility: 1 frustrated tie (optimal)"))
    #expect(header.markup.contains("bloc B (border, named under the actor; 3 actors)"), "support puts lone in b1's bloc")
    #expect(header.markup.contains("frustrated tie: double line, labelled; against the blocs"))
  }

  @Test("two camps say camp; no balance draws none of it; the SVG renders")
  func campsAndNone() throws {
    let data = try dataset()
    var spec = DiagramSpec(try Selection.parsing([.types: ["alliance,hostility"]]))
    spec.selection.wholeRecord = true
    spec.balance = .camps
    let svg = String(decoding: try DiagramRenderer.render(dataset: data, spec: spec, format: .svg), as: UTF8.self)
    #expect(svg.contains("camp A") && svg.contains("camp B") && svg.contains(">frustrated<"))
    #expect(svg.contains("two camps of structural balance"))
    spec.balance = nil
    let plain = try DiagramStyler(dataset: data, spec: spec).build()
    #expect(!allNodes(plain).contains { label($0).contains("bloc") || label($0).contains("camp") })
    #expect(!plain.edges.contains { $0.attributes.label == .text("frustrated") })
  }

  @Test("an overview that draws part of a camp says how many of its actors are drawn")
  func overviewCountsDrawnMembers() throws {
    let data = try dataset()
    var spec = DiagramSpec(try Selection.parsing([.types: ["alliance,hostility"]]))
    spec.balance = .camps
    spec.selection.top = 3
    spec.selection.rankBy = .degree
    let g = try DiagramStyler(dataset: data, spec: spec).build()
    guard case .html(let header)? = g.attributes.label else {
      Issue.record("no header")
      return
    }
    let drawn = g.nodes.filter { $0.id.hasPrefix("actor:") }.count
    #expect(drawn == 3)
    // Camps of 3 and 2 actors, 3 drawn in all: at least one camp is drawn in part, and says so.
    #expect(header.markup.contains(" drawn)"), "\(header.markup)")
    // A frustrated line's label puts the word on a line of its own above its types.
    let frustrated = g.edges.first { $0.attributes.tooltip?.hasPrefix("Frustrated") == true }
    if case .text(let t)? = frustrated?.attributes.label { #expect(t == "frustrated" || t.hasPrefix("frustrated\n")) }
  }
}

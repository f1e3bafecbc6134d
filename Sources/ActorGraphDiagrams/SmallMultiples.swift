import ActorGraph
import Foundation
import GraphvizKit

/// One diagram per date with every actor at the same place in each: the union of the dates is laid
/// out once, then each date is drawn with its actors pinned there (Graphviz's `nop` engine, which
/// is `neato -n`: node positions kept, lines routed), so change shows and nodes do not jump.
///
/// An actor absent on a date is drawn as a faded, dashed ghost (id `absent-actor-ID`), so every
/// picture has the same frame.
/// Umbrella clusters are not drawn (a pinned layout cannot keep a cluster around its members).
public enum SmallMultiples {
  /// The DOT source of each date's diagram, positions pinned, in the order of `dates`.
  ///
  /// - Throws: ``DiagramError`` for a date that does not parse or a selection that cannot be drawn,
  ///   and the renderer's error when the union cannot be laid out.
  /// - Complexity: one styling per date, one layout of the union.
  public static func sources(dataset: Dataset, spec: DiagramSpec, dates: [String]) throws -> [(date: String, source: String)] {
    guard !dates.isEmpty else { throw DiagramError("small multiples need at least one date") }
    var graphs: [(String, DOTGraph)] = []
    for date in dates {
      guard let day = FuzzyDate(parsing: date) else { throw DiagramError("'\(date)' is not a date") }
      var s = spec
      s.selection.asOf = day
      s.selection.wholeRecord = false
      s.selection.window = nil
      s.selection.diff = nil
      s.clusters = false
      graphs.append((date, try DiagramStyler(dataset: dataset, spec: s).build()))
    }
    // The union: every node and line of every date, laid out once.
    var union = graphs.last!.1
    var nodes: [String: DOTNode] = [:]
    var order: [String] = []
    var edges: [String: DOTEdge] = [:]
    var edgeOrder: [String] = []
    for (_, g) in graphs {
      for n in g.nodes where nodes[n.id] == nil {
        nodes[n.id] = n
        order.append(n.id)
      }
      for e in g.edges {
        let key = e.attributes.svgID ?? "\(e.from)->\(e.to)"
        if edges[key] == nil {
          edges[key] = e
          edgeOrder.append(key)
        }
      }
    }
    order.sort()
    union.nodes = order.map { nodes[$0]! }
    union.edges = edgeOrder.sorted().map { edges[$0]! }
    let layout = try DiagramRenderer.render(source: DOTEncoder().encode(union), engine: spec.engine, format: .json)
    let positions = try nodePositions(layout)
    let frame = (try? JSONSerialization.jsonObject(with: Data(layout)) as? [String: Any])?["bb"] as? String

    return try graphs.map { date, graph in
      var g = graph
      let present = Set(g.nodes.map(\.id))
      for id in order where !present.contains(id) {
        // Absent on this date: a faded ghost (an invisible node would not count in the frame), so
        // every picture has the same frame and the reader sees who is not there yet, or any more.
        var ghost = nodes[id]!
        ghost.attributes.color = DiagramStyle.hex(DiagramStyle.faded)
        ghost.attributes.fontcolor = DiagramStyle.hex((0xB0, 0xB0, 0xB0))
        ghost.attributes.fillcolor = .white
        ghost.attributes.style = [.filled, .dashed]
        ghost.attributes.penwidth = 1
        ghost.attributes.svgID = ghost.attributes.svgID.map { "absent-" + $0 }
        ghost.attributes.tooltip = "not in this snapshot"
        g.nodes.append(ghost)
      }
      g.nodes.sort { $0.id < $1.id }
      for i in g.nodes.indices {
        guard let p = positions[g.nodes[i].id] else { throw DiagramError("the union layout has no position for \(g.nodes[i].id)") }
        g.nodes[i].attributes[raw: "pos"] = .text(p + "!")
      }
      g.attributes[raw: "notranslate"] = .text("true")
      // The union's frame, held by two white points at its corners (nop sizes the picture from what
      // it draws): the same picture on every date.
      if let frame {
        let c = frame.split(separator: ",").map(String.init)
        if c.count == 4 {
          for (name, x, y) in [("frame:ll", c[0], c[1]), ("frame:ur", c[2], c[3])] {
            var corner = DOTNode(name, label: .text(""))
            corner.attributes.shape = .point
            corner.attributes.width = 0.01
            corner.attributes.color = .white
            corner.attributes[raw: "pos"] = .text("\(x),\(y)!")
            g.nodes.append(corner)
          }
        }
      }
      g.attributes.splines = .spline
      g.attributes[raw: "overlap"] = .text("true")
      return (date, DOTEncoder().encode(g))
    }
  }

  /// The engine that draws a pinned source.
  public static let engine = "nop"

  /// Each node's laid-out position `x,y` in points, by node name, from Graphviz's JSON.
  static func nodePositions(_ layout: [UInt8]) throws -> [String: String] {
    guard let root = (try? JSONSerialization.jsonObject(with: Data(layout))) as? [String: Any] else {
      throw DiagramError("the layout is not JSON")
    }
    var out: [String: String] = [:]
    for o in root["objects"] as? [[String: Any]] ?? [] {
      if let name = o["name"] as? String, let pos = o["pos"] as? String { out[name] = pos }
    }
    return out
  }
}

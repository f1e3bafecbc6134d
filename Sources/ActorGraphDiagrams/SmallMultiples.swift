import ActorGraph
import Foundation
import GraphvizKit

/// One diagram per date with every actor at the same place in each: the union of the dates is laid
/// out once, then each date is drawn with its actors pinned there and its lines on the union's
/// routes (Graphviz's `nop2` engine, `neato -n2`), so change shows and nothing jumps. Every date
/// lists the legend of the whole series, so with one title the pictures have the same frame.
///
/// An actor absent on a date is drawn as a faded, dashed ghost (id `absent-actor-ID`), so every
/// picture has the same frame.
/// Umbrella clusters are not drawn (a pinned layout cannot keep a cluster around its members).
public enum SmallMultiples {
  /// The DOT source of each date of the selection's small multiples (``Selection/multiples``),
  /// positions pinned, in their order.
  ///
  /// - Throws: ``DiagramError`` for a selection without dates or one that cannot be drawn, and the
  ///   renderer's error when the union cannot be laid out.
  /// - Complexity: one styling per date, one layout of the union.
  public static func sources(dataset: Dataset, spec: DiagramSpec) throws -> [(date: FuzzyDate, source: String)] {
    guard let dates = spec.selection.multiples, !dates.isEmpty else { throw DiagramError("small multiples need at least one date") }
    var stylers: [(FuzzyDate, DiagramStyler)] = []
    for day in dates {
      var s = spec
      s.selection.multiples = nil
      s.selection.asOf = day
      s.selection.wholeRecord = false
      s.selection.window = nil
      s.selection.diff = nil
      s.clusters = false
      stylers.append((day, DiagramStyler(dataset: dataset, spec: s)))
    }
    // Every date lists the series' legend: the same header, so the same frame, and a reader who
    // flips between the pictures keeps one key.
    var series = DiagramStyler.Legend()
    for (_, styler) in stylers { series.formUnion(try styler.buildWithLegend().legend) }
    var graphs: [(FuzzyDate, DOTGraph)] = []
    for (date, styler) in stylers {
      var listing = styler
      listing.legendAlso = series
      graphs.append((date, try listing.build()))
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
    // Laid out without a header: each date adds its own above the frame.
    union.attributes.label = nil
    union.nodes = order.map { nodes[$0]! }
    union.edges = edgeOrder.sorted().map { edges[$0]! }
    let layout = try DiagramRenderer.render(source: DOTEncoder().encode(union), engine: spec.layout.engine, format: .json)
    let positions = try nodePositions(layout)
    let routes = edgeRoutes(layout)
    var frame = (try? JSONSerialization.jsonObject(with: Data(layout)) as? [String: Any])?["bb"] as? String
    // A given route's control points may lie outside the drawn curve, and the pinned drawing's
    // box takes them in: the frame takes in every route's points, so each date has the same.
    if let bb = frame.map(numbers), bb.count == 4 {
      var (x0, y0, x1, y1) = (bb[0], bb[1], bb[2], bb[3])
      for route in routes.values {
        let v = numbers(route.pos)
        for (x, y) in zip(stride(from: 0, to: v.count - 1, by: 2).map { v[$0] }, stride(from: 1, to: v.count, by: 2).map { v[$0] }) {
          (x0, y0, x1, y1) = (min(x0, x), min(y0, y), max(x1, x), max(y1, y))
        }
      }
      // A header wider than the drawing would widen that date's picture and centre the drawing
      // under it: the frame is as wide as the widest header (each laid out alone, cheaply).
      for (_, g) in graphs {
        var header = g
        header.nodes = []
        header.edges = []
        header.subgraphs = []
        let alone = try DiagramRenderer.render(source: DOTEncoder().encode(header), engine: .dot, format: .json)
        if let hb = ((try? JSONSerialization.jsonObject(with: Data(alone)) as? [String: Any])?["bb"] as? String).map(numbers), hb.count == 4
        {
          x1 = max(x1, x0 + hb[2] - hb[0])
        }
      }
      frame = [x0, y0, x1, y1].map { String(format: "%.2f", $0) }.joined(separator: ",")
    }

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
      // Each line as the union routed it, its label where the union put it: a line present on
      // several dates is drawn the same on each, and labels do not land on other lines.
      for i in g.edges.indices {
        guard let id = g.edges[i].attributes.svgID, let route = routes[id] else { continue }
        g.edges[i].attributes[raw: "pos"] = .text(route.pos)
        if let lp = route.lp { g.edges[i].attributes[raw: "lp"] = .text(lp) }
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

  /// The engine that draws a pinned source: `nop2` (`neato -n2`), which keeps the given node
  /// positions and the given line routes and label positions, and routes only lines without one.
  public static let engine = LayoutEngine(rawValue: "nop2")

  /// The numbers in a Graphviz point list (`e,1,2 3,4 …`), the `e`/`s` markers left out.
  static func numbers(_ text: String) -> [Double] {
    text.split(whereSeparator: { $0 == "," || $0 == " " }).compactMap { Double($0) }
  }

  /// Each line's route (`pos`) and label position (`lp`) in the union's layout, by its SVG id.
  static func edgeRoutes(_ layout: [UInt8]) -> [String: (pos: String, lp: String?)] {
    guard let root = (try? JSONSerialization.jsonObject(with: Data(layout))) as? [String: Any] else { return [:] }
    var out: [String: (pos: String, lp: String?)] = [:]
    for e in root["edges"] as? [[String: Any]] ?? [] {
      if let id = e["id"] as? String, let pos = e["pos"] as? String { out[id] = (pos, e["lp"] as? String) }
    }
    return out
  }

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

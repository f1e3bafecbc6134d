import ActorGraph
import GraphAnalytics

/// Why a diagram cannot be drawn as asked.
public struct DiagramError: Error, CustomStringConvertible, Sendable {
  public var message: String
  public init(_ message: String) { self.message = message }
  public var description: String { message }
}

/// Turns a selection of the dataset into a Graphviz graph: shapes by actor kind, styles by relation
/// type and attribution, umbrella groups as clusters around their members, a legend of exactly what
/// is drawn, a title and caption, highlights, and tooltips and stable ids for SVG.
///
/// The output depends only on the dataset and the spec: nodes are sorted by id, edges by their
/// endpoints and type, and nothing carries a time stamp.
public struct DiagramBuilder {
  public var dataset: Dataset
  public var spec: DiagramSpec

  /// The most nodes each engine lays out in reasonable time (dot slows sharply past a few hundred).
  public static let engineLimits: [String: Int] = ["dot": 300, "circo": 300, "twopi": 1500, "neato": 1500, "fdp": 1500, "sfdp": 50_000]

  public init(dataset: Dataset, spec: DiagramSpec) {
    self.dataset = dataset
    self.spec = spec
  }

  struct EdgeKey: Hashable, Comparable {
    var source: Int32
    var target: Int32
    var type: RelationType
    var certainty: Int

    static func < (a: EdgeKey, b: EdgeKey) -> Bool {
      (a.source, a.target, a.type.rawValue, a.certainty) < (b.source, b.target, b.type.rawValue, b.certainty)
    }
  }

  func resolve(_ name: String) throws -> Int32 {
    do {
      return try ActorLookup(dataset).find(name, in: dataset)
    } catch {
      throw DiagramError(error.description)
    }
  }

  /// Builds the graph.
  ///
  /// - Throws: ``DiagramError`` for unknown actors, a path that does not exist, or a selection too
  ///   large for the engine.
  public func build() throws -> DOTGraph {
    let filter = spec.filter
    let selection = GraphSelection(dataset, filter: filter, undirected: spec.undirected)
    var relations: [Int] = []
    if let on = spec.attacksOn {
      // The attacks on the footprint, and the links that make each target part of it.
      let target = try resolve(on)
      var attackFilter = filter
      attackFilter.types = nil
      let report = AttackReport(dataset, query: .init(on: target, place: spec.attacksIn, filter: attackFilter))
      let ids = Set(report.pairs.flatMap { $0.relations.map(\.id) })
      let footprint = AttackReport.footprint(dataset, of: target, withSites: true)
      for (k, r) in dataset.relations.enumerated() {
        if r.type == .attack {
          if ids.contains(dataset.relationID(k)) { relations.append(k) }
        } else if [.partOf, .operatedBy, .presence].contains(r.type), footprint.contains(r.source), footprint.contains(r.target),
          attackFilter.accepts(r)
        {
          relations.append(k)
        }
      }
    } else {
      for (k, r) in dataset.relations.enumerated() where filter.accepts(r) { relations.append(k) }
    }

    // Which actors and relations are highlighted (focus, path, highlight) and which are drawn.
    var highlighted = Set<Int32>()  // in scope: drawn in full colour
    var accented = Set<Int32>()  // the focus, the path, explicit highlights: outlined
    var highlightedPairs = Set<[Int32]>()
    for name in spec.focus {
      let a = try resolve(name)
      accented.insert(a)
      guard let v = selection.vertex(ofActor: a) else {
        highlighted.insert(a)
        continue
      }
      for m in selection.graph.egoNetwork(of: v, depth: spec.depth, direction: .both) {
        highlighted.insert(selection.actorOfVertex[Int(m.vertex)])
      }
    }
    if let path = spec.path, path.count == 2 {
      let a = try resolve(path[0]), b = try resolve(path[1])
      guard let s = selection.vertex(ofActor: a), let t = selection.vertex(ofActor: b),
        let p = selection.graph.shortestPath(from: s, to: t, constraints: PathConstraints(direction: .outgoing))
      else {
        throw DiagramError(
          "no path from \(dataset.actor(a).id) to \(dataset.actor(b).id) in this selection\(spec.undirected ? "" : "; relations are followed in their direction (try undirected)")")
      }
      let actors = p.map { selection.actorOfVertex[Int($0)] }
      highlighted.formUnion(actors)
      accented.formUnion(actors)
      for (x, y) in zip(actors, actors.dropFirst()) {
        highlightedPairs.insert([x, y])
        highlightedPairs.insert([y, x])
      }
    }
    for name in spec.highlight {
      let a = try resolve(name)
      highlighted.insert(a)
      accented.insert(a)
    }
    let hasHighlight = !highlighted.isEmpty
    let focusOnlyPairs = spec.path != nil

    var drawn = Set<Int32>()
    var edges: [EdgeKey: [Int]] = [:]
    for k in relations {
      let r = dataset.relations[k]
      if spec.alone && hasHighlight {
        guard highlighted.contains(r.source) && highlighted.contains(r.target) else { continue }
        if focusOnlyPairs && spec.focus.isEmpty && !highlightedPairs.contains([r.source, r.target]) { continue }
      }
      drawn.insert(r.source)
      drawn.insert(r.target)
      let key = EdgeKey(source: r.source, target: r.target, type: r.type, certainty: DiagramStyle.Certainty(r.attribution).rawValue)
      edges[key, default: []].append(k)
    }
    if spec.alone && hasHighlight { drawn.formUnion(highlighted) }
    if drawn.isEmpty && !highlighted.isEmpty { drawn = highlighted }

    let limit = DiagramBuilder.engineLimits[spec.engine] ?? 1500
    if drawn.count > limit {
      throw DiagramError(
        "the selection has \(drawn.count) actors, more than \(spec.engine) lays out in reasonable time (about \(limit)); use --engine sfdp, or narrow it with --types, --as-of, --focus ACTOR --depth N")
    }

    // Sizes by centrality.
    var size: [Int32: Double] = [:]
    if let measure = spec.sizeBy {
      let g = selection.graph
      let values: [Double]
      switch measure {
      case "degree": values = g.degreeCentrality()
      case "in-degree": values = g.inDegreeCentrality()
      case "out-degree": values = g.outDegreeCentrality()
      case "betweenness": values = g.betweennessCentrality()
      case "closeness": values = g.closenessCentrality()
      case "harmonic": values = g.harmonicCentrality()
      case "eigenvector": values = (try? g.eigenvectorCentrality()) ?? []
      case "katz": values = (try? g.katzCentrality()) ?? []
      default: values = (try? g.pageRank()) ?? []
      }
      let top = values.max() ?? 0
      if top > 0 {
        for (v, x) in values.enumerated() { size[selection.actorOfVertex[v]] = x / top }
      }
    }

    // Clusters: each actor sits in at most one umbrella cluster; umbrellas nest inside their own umbrella.
    var parent: [Int32: Int32] = [:]
    if spec.clusters {
      var umbrellasOf: [Int32: [Int32]] = [:]
      for k in relations {
        let r = dataset.relations[k]
        guard r.type == .membership, drawn.contains(r.source), drawn.contains(r.target),
          dataset.actor(r.target).kind == .umbrellaGroup
        else { continue }
        umbrellasOf[r.source, default: []].append(r.target)
      }
      // Depth of an umbrella in the membership hierarchy: prefer the innermost (deepest) one.
      func depth(_ u: Int32, _ seen: Set<Int32> = []) -> Int {
        guard let ups = umbrellasOf[u], !seen.contains(u) else { return 0 }
        return 1 + (ups.map { depth($0, seen.union([u])) }.max() ?? 0)
      }
      for (member, ups) in umbrellasOf {
        let best = ups.sorted { (depth($0), dataset.actor($1).id) > (depth($1), dataset.actor($0).id) }.first!
        parent[member] = best
      }
      // Break any accidental nesting loop (validation forbids membership cycles, but be safe).
      for start in parent.keys.sorted() {
        var seen: Set<Int32> = [start]
        var cur = start
        while let p = parent[cur] {
          if seen.contains(p) {
            parent[cur] = nil
            break
          }
          seen.insert(p)
          cur = p
        }
      }
    }
    let clusterHeads = Set(parent.values)

    var graph = DOTGraph(name: "actorgraph", isDirected: true)
    graph.attributes.rankdir = .leftToRight
    graph.attributes.newrank = true
    graph.attributes.splines = .spline
    graph.attributes.nodesep = 0.35
    graph.attributes.ranksep = 0.6
    graph.attributes.pad = 0.3
    graph.attributes.fontname = DiagramStyle.font
    graph.attributes.labelloc = .top
    graph.attributes.labeljust = .left
    graph.attributes[raw: "outputorder"] = .text("edgesfirst")
    graph.attributes.label = .html(titleLabel(drawn: drawn.count, relations: edges.values.reduce(0) { $0 + $1.count }))
    graph.nodeDefaults.fontname = DiagramStyle.font
    graph.nodeDefaults.fontsize = 11
    graph.edgeDefaults.fontname = DiagramStyle.font
    graph.edgeDefaults.fontsize = 9

    // Nodes.
    var nodes: [Int32: DOTNode] = [:]
    for a in drawn {
      let actor = dataset.actor(a)
      let style = DiagramStyle.kind(actor.kind)
      var node = DOTNode("actor:" + actor.id, label: .text(nodeLabel(actor)))
      node.attributes.shape = style.shape
      node.attributes.style = style.styles
      node.attributes.fillcolor = style.fill
      node.attributes.svgID = "actor-" + actor.id
      node.attributes.tooltip = profile(a)
      if let s = size[a] {
        node.attributes.fontsize = 10 + 14 * s
        node.attributes.penwidth = 1 + 2 * s
      }
      if hasHighlight {
        if accented.contains(a) {
          node.attributes.color = DiagramStyle.hex(DiagramStyle.highlight)
          node.attributes.penwidth = max(node.attributes.penwidth ?? 1, 3)
        } else if !highlighted.contains(a) {
          node.attributes.color = DiagramStyle.hex(DiagramStyle.faded)
          node.attributes.fontcolor = DiagramStyle.hex((0x9E, 0x9E, 0x9E))
          node.attributes.fillcolor = DiagramStyle.hex((0xF7, 0xF7, 0xF7))
        }
      }
      nodes[a] = node
    }
    func byID(_ a: Int32, _ b: Int32) -> Bool { dataset.actor(a).id < dataset.actor(b).id }

    // Clusters, nested; top-level nodes are those with no parent.
    func cluster(_ u: Int32) -> DOTSubgraph {
      let actor = dataset.actor(u)
      var sub = DOTSubgraph("umbrella-" + actor.id, isCluster: true, label: .text(actor.name))
      sub.attributes.svgID = "umbrella-" + actor.id
      sub.attributes[raw: "style"] = .text("rounded,filled")
      sub.attributes.fillcolor = .rgba(0xF4, 0xE6, 0xCC, 0x40)
      sub.attributes.color = hasHighlight && !highlighted.contains(u) ? DiagramStyle.hex(DiagramStyle.faded) : .rgb(0xB0, 0x8D, 0x57)
      sub.attributes.fontname = DiagramStyle.font
      sub.attributes.fontsize = 12
      sub.attributes.tooltip = "Umbrella group: \(actor.name)"
      var members = parent.filter { $0.value == u }.map(\.key).sorted(by: byID)
      members.insert(u, at: 0)
      for m in members where m == u || !clusterHeads.contains(m) {
        if let n = nodes[m] { sub.nodes.append(n) }
      }
      for m in members where m != u && clusterHeads.contains(m) { sub.subgraphs.append(cluster(m)) }
      return sub
    }
    for a in drawn.sorted(by: byID) where parent[a] == nil {
      if clusterHeads.contains(a) {
        graph.subgraphs.append(cluster(a))
      } else if let n = nodes[a] {
        graph.nodes.append(n)
      }
    }

    // Edges: one per pair, type and certainty; membership shown by a cluster is not drawn again.
    var usedTypes = Set<RelationType>()
    var usedCertainty = Set<DiagramStyle.Certainty>()
    for key in edges.keys.sorted() {
      let ks = edges[key]!
      if key.type == .membership && parent[key.source] == key.target { continue }
      let st = DiagramStyle.relation(key.type)
      let certainty = DiagramStyle.Certainty(rawValue: key.certainty)!
      let s = dataset.actor(key.source).id, t = dataset.actor(key.target).id
      var e = DOTEdge(from: "actor:" + s, to: "actor:" + t)
      e.attributes.svgID = "rel-\(key.type.rawValue)-\(s)-\(t)-\(key.certainty)"
      let onPath = highlightedPairs.contains([key.source, key.target])
      let inScope = spec.path == nil ? highlighted.contains(key.source) && highlighted.contains(key.target) : onPath
      let isHighlighted = onPath
      let fade = hasHighlight && !inScope
      let alpha: UInt8? = certainty == .sure ? nil : (certainty == .attributed ? 0xD0 : 0xA0)
      e.attributes.color = fade ? DiagramStyle.hex(DiagramStyle.faded) : DiagramStyle.hex(st.color, alpha: alpha)
      e.attributes.penwidth = isHighlighted ? st.penwidth + 1.5 : st.penwidth
      e.attributes.arrowhead = st.arrowhead
      if !st.directed { e.attributes.dir = DOTEdgeDirection.none }
      e.attributes.style = [certainty.pattern]
      if key.type == .locatedIn || key.type == .partOf || key.type == .leadership { e.attributes.weight = 0.5 }
      if key.type == .attack {
        e.attributes.label = .text(attackLabel(ks))
        e.attributes.fontcolor = fade ? DiagramStyle.hex(DiagramStyle.faded) : DiagramStyle.hex(st.color)
      }
      e.attributes.tooltip = edgeTooltip(ks)
      graph.edges.append(e)
      usedTypes.insert(key.type)
      usedCertainty.insert(certainty)
    }

    if spec.legend {
      let kinds = Set(drawn.map { dataset.actor($0).kind })
      var legend = DOTSubgraph("legend", isCluster: true, label: .text("Legend"))
      legend.attributes.svgID = "legend"
      legend.attributes.fontname = DiagramStyle.font
      legend.attributes.color = .rgb(0xBD, 0xBD, 0xBD)
      legend.attributes.fontsize = 11
      var node = DOTNode("legend:key", label: .html(legendLabel(kinds: kinds, types: usedTypes, certainty: usedCertainty, clusters: !parent.isEmpty, highlight: hasHighlight, sized: spec.sizeBy)))
      node.attributes.shape = .plaintext
      node.attributes.svgID = "legend-key"
      legend.nodes.append(node)
      graph.subgraphs.append(legend)
    }
    return graph
  }

  // MARK: - Text

  func nodeLabel(_ a: Actor) -> String {
    a.kind == .unidentified ? "? \(a.name)" : a.name
  }

  func profile(_ index: Int32) -> String {
    let a = dataset.actor(index)
    var lines = ["\(a.name) (\(a.id))", "kind: \(a.kind.label)\(a.subkind.map { ", \($0)" } ?? "")"]
    if let c = a.country { lines.append("country: \(c)") }
    if !a.aliases.isEmpty { lines.append("also: \(a.aliases.joined(separator: "; "))") }
    if !a.memberOf.isEmpty { lines.append("member of: \(a.memberOf.sorted().joined(separator: ", "))") }
    if a.inferred { lines.append("(inferred actor)") }
    return lines.joined(separator: "\n")
  }

  func attackLabel(_ ks: [Int]) -> String {
    let rels = ks.map { dataset.relations[$0] }
    let dates = rels.compactMap(\.date)
    var span = ""
    if let first = dates.min(by: { $0.start < $1.start }), let last = dates.max(by: { $0.end < $1.end }) {
      span = first == last ? first.description : "\(FuzzyDate(start: first.start, end: first.end))–\(FuzzyDate(start: last.start, end: last.end))"
    }
    if rels.count == 1 { return span }
    return "\(rels.count) events" + (span.isEmpty ? "" : ", " + span)
  }

  func edgeTooltip(_ ks: [Int]) -> String {
    ks.sorted { dataset.relationID($0) < dataset.relationID($1) }.map { k in
      let s = RelationSummary(dataset, k)
      var line = "\(s.id): \(s.source) \(RelationType(rawValue: s.type)?.verb ?? s.type) \(s.target)"
      if let sub = s.subtypes { line += " [\(sub.joined(separator: ", "))]" }
      line += "; \(s.timeText); \(s.attribution)"
      if let by = s.attributedBy { line += " (\(by))" }
      if let k = s.killed { line += "; \(k) killed" }
      line += "; sources: \(s.sources.joined(separator: ", "))"
      return line
    }.joined(separator: "\n")
  }

  func titleLabel(drawn: Int, relations: Int) -> HTMLLabel {
    let title = spec.title ?? dataset.title ?? dataset.id
    var parts: [String] = ["dataset \(dataset.id)"]
    parts.append(spec.types.map { "types: " + $0.map(\.rawValue).joined(separator: ", ") } ?? "all relation types")
    if let asOf = spec.asOf { parts.append("as of \(asOf)") }
    if let w = spec.window { parts.append("window \(w)") }
    if let m = spec.minAttribution { parts.append("attribution ≥ \(m.rawValue)") }
    if !spec.focus.isEmpty { parts.append("focus: \(spec.focus.joined(separator: ", ")) (depth \(spec.depth))") }
    if let p = spec.path { parts.append("path: \(p.joined(separator: " → "))") }
    if let on = spec.attacksOn { parts.append("attacks on \(on)" + (spec.attacksIn.map { " in \($0)" } ?? "")) }
    if spec.undirected { parts.append("undirected") }
    parts.append("\(drawn) actors, \(relations) relations")
    return HTMLLabel(
      markup: "<b>\(HTMLLabel.escape(title))</b><br/><font point-size=\"10\" color=\"#555555\">\(HTMLLabel.escape(parts.joined(separator: " · ")))</font>")
  }

  func legendLabel(
    kinds: Set<ActorKind>, types: Set<RelationType>, certainty: Set<DiagramStyle.Certainty>, clusters: Bool, highlight: Bool,
    sized: String?
  ) -> HTMLLabel {
    var rows: [String] = []
    func row(_ left: String, _ right: String) {
      rows.append("<tr><td align=\"left\">\(left)</td><td align=\"left\">\(HTMLLabel.escape(right))</td></tr>")
    }
    let shapeGlyph: [DOTNodeShape: String] = [
      .box: "▭", .ellipse: "◯", .tab: "▤", .hexagon: "⬡", .octagon: "⬢", .egg: "◯", .invhouse: "⌂",
    ]
    for k in ActorKind.allCases where kinds.contains(k) {
      let st = DiagramStyle.kind(k)
      let glyph = shapeGlyph[st.shape] ?? "■"
      let pattern = st.styles.contains(.dashed) ? ", dashed" : st.styles.contains(.dotted) ? ", dotted" : st.styles.contains(.bold) ? ", bold" : ""
      row("<font color=\"#555555\">\(glyph)</font> \(st.shape.rawValue)\(pattern)", k.label)
    }
    if clusters { row("▢ box", "umbrella group around its members") }
    for t in RelationType.allCases where types.contains(t) {
      let st = DiagramStyle.relation(t)
      let color = String(format6: st.color)
      let arrow = st.directed ? "━━▶" : "━━━"
      row("<font color=\"\(color)\">\(arrow)</font>", t.rawValue + (t == .attack ? " (events merged: count, dates)" : ""))
    }
    for c in DiagramStyle.Certainty.allCases where certainty.contains(c) {
      row(c.legendLine, c.label)
    }
    if highlight { row("<font color=\"#FF8F00\">▢</font> outline", spec.alone ? "focus" : "focus; what lies outside the selection is faded") }
    if let sized { row("size", "node size by \(sized)") }
    return HTMLLabel(markup: "<table border=\"0\" cellborder=\"0\" cellspacing=\"2\">\(rows.joined())</table>")
  }
}

extension String {
  /// `#rrggbb` for an RGB triple.
  init(format6 c: (UInt8, UInt8, UInt8)) {
    let hex = Array("0123456789ABCDEF")
    var s = "#"
    for v in [c.0, c.1, c.2] {
      s.append(hex[Int(v >> 4)])
      s.append(hex[Int(v & 0xF)])
    }
    self = s
  }
}

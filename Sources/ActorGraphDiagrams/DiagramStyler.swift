import ActorGraph
import GraphAnalytics
import GraphvizKit

/// Why a diagram cannot be drawn as asked.
public struct DiagramError: Error, CustomStringConvertible, Sendable {
  /// What is wrong, in words for the reader.
  public var message: String
  /// An error saying `message`.
  public init(_ message: String) { self.message = message }
  public var description: String { message }
}

/// Turns a selection of the dataset into a Graphviz graph: shapes by actor kind, styles by relation
/// type and attribution, umbrella groups as clusters around their members, a legend of exactly what
/// is drawn, a title and caption, highlights, and tooltips and stable ids for SVG.
///
/// The output depends only on the dataset and the spec: nodes are sorted by id, edges by their
/// endpoints and type, and nothing carries a time stamp. What is shown is chosen in the domain
/// (``ViewSelection``); the styler draws it.
public struct DiagramStyler {
  /// The dataset as the spec's source filter leaves it.
  public var dataset: Dataset
  /// What to show and how.
  public var spec: DiagramSpec

  /// The most nodes each engine lays out in reasonable time (dot slows sharply past a few hundred).
  public static let engineLimits: [LayoutEngine: Int] = [.dot: 300, .circo: 300, .twopi: 1500, .neato: 1500, .fdp: 1500, .sfdp: 50_000]

  /// What a legend lists: the kinds, types and styles drawn.
  struct Legend: Equatable {
    var types = Set<RelationType>()
    var kinds = Set<ActorKind>()
    var certainty = Set<DiagramStyle.Certainty>()
    var clusters = false
    var highlight = false
    var changes = Set<Int>()
    var merged = false
    var confidence = Set<Confidence>()

    mutating func formUnion(_ o: Legend) {
      types.formUnion(o.types)
      kinds.formUnion(o.kinds)
      certainty.formUnion(o.certainty)
      clusters = clusters || o.clusters
      highlight = highlight || o.highlight
      changes.formUnion(o.changes)
      merged = merged || o.merged
      confidence.formUnion(o.confidence)
    }
  }

  /// What the legend lists besides what this diagram draws: small multiples give every date the
  /// legend of the whole series, so every picture's header, and so its frame, is the same.
  var legendAlso: Legend? = nil

  /// A styler of `spec` over `dataset`, restricted to the sources the spec keeps.
  ///
  /// - Complexity: that of ``Selection/selectingSources(_:)``.
  public init(dataset: Dataset, spec: DiagramSpec) {
    // What the spec's sources say, and nothing else: the filter applies before anything is chosen.
    self.dataset = spec.selectingSources(dataset)
    self.spec = spec
  }

  struct EdgeKey: Hashable, Comparable {
    var source: Int32
    var target: Int32
    var type: RelationType
    var certainty: Int
    /// In a diff diagram: 0 unchanged, 1 appeared, 2 ended.
    var change: Int = 0

    static func < (a: EdgeKey, b: EdgeKey) -> Bool {
      (a.source, a.target, a.type.rawValue, a.certainty, a.change) < (b.source, b.target, b.type.rawValue, b.certainty, b.change)
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
  public func build() throws -> DOTGraph { try buildTracingRelations().graph }

  /// The graph, and for each drawn line (by its SVG id) the dataset indices of the relations it
  /// carries: what lets a page show or hide a line by the relations behind it.
  ///
  /// - Throws: as ``build()``.
  public func buildTracingRelations() throws -> (graph: DOTGraph, relationsByLine: [String: [Int]]) {
    let built = try buildWithLegend()
    return (built.graph, built.relationsByLine)
  }

  /// The graph, the relations of each line, and what its legend lists as drawn.
  func buildWithLegend() throws -> (graph: DOTGraph, relationsByLine: [String: [Int]], legend: Legend) {
    var relationsByLine: [String: [Int]] = [:]
    // What the view shows (relations, actors in scope, the focus, the path) is chosen in the
    // domain; from here on it is only drawn.
    let view: ViewSelection
    do {
      view = try ViewSelection(dataset, selection: spec.selection)
    } catch {
      throw DiagramError(error.message)
    }
    let filter = view.filter
    let selection = view.graph
    let change = view.changes?.mapValues(\.rawValue)
    let relations = view.relations
    let highlighted = view.inScope  // in scope: drawn in full colour
    let accented = view.named  // the focus, the path, explicit highlights: outlined
    let highlightedPairs = view.pathPairs
    let hasHighlight = !highlighted.isEmpty
    let representative = view.representative  // in an overview, the umbrella each member is drawn as
    let memberCount = Overview.memberCounts(representative)
    let kept = view.kept  // with top: the actors drawn
    let focusOnlyPairs = spec.selection.path != nil
    // Structural balance: the domain decides the blocs and the frustrated relations; here they are only drawn.
    let balance = spec.balance.map { BalanceBlocs(dataset, filter: filter, partition: $0) }
    /// The bloc an actor is drawn in: only blocs of two or more are named (one actor alone is no bloc).
    func bloc(_ a: Int32) -> Int? {
      guard let balance, let g = balance.groupOf[a], balance.groups[g].count > 1 else { return nil }
      return g
    }
    let blocWord = spec.balance == .camps ? "camp" : "bloc"
    func blocName(_ g: Int) -> String { "\(blocWord) \(DiagramStyle.blocLetter(g))" }

    var drawn = Set<Int32>()
    var edges: [EdgeKey: [Int]] = [:]
    var symmetric: [[Int32]: [Int]] = [:]
    // Types by their place in the vocabulary (built-in, then declared), to key symmetric pairs.
    let typeOrder = Dictionary(uniqueKeysWithValues: dataset.vocabulary.relationTypes.enumerated().map { ($1, $0) })
    for k in relations {
      let r = dataset.relations[k]
      // In an overview, an umbrella stands for its members and only the top actors are drawn.
      let source = representative[r.source] ?? r.source, target = representative[r.target] ?? r.target
      if source == target { continue }
      if let kept, !(kept.contains(source) && kept.contains(target)) { continue }
      if spec.alone && hasHighlight {
        guard highlighted.contains(source) && highlighted.contains(target) else { continue }
        if focusOnlyPairs && spec.selection.focus.isEmpty && !highlightedPairs.contains([source, target]) { continue }
      }
      drawn.insert(source)
      drawn.insert(target)
      if r.type.isSymmetric {
        // One line per unordered pair, drawn as surely as its surest relation.
        let (a, b) = dataset.actor(source).id < dataset.actor(target).id ? (source, target) : (target, source)
        symmetric[[a, b, Int32(typeOrder[r.type]!), Int32(change?[k] ?? 0)], default: []].append(k)
      } else {
        let key = EdgeKey(
          source: source, target: target, type: r.type, certainty: DiagramStyle.Certainty(r.attribution).rawValue,
          change: change?[k] ?? 0)
        edges[key, default: []].append(k)
      }
    }
    let allTypes = dataset.vocabulary.relationTypes
    for (pair, ks) in symmetric {
      let surest = ks.map { DiagramStyle.Certainty(dataset.relations[$0].attribution) }.min()!
      let key = EdgeKey(
        source: pair[0], target: pair[1], type: allTypes[Int(pair[2])], certainty: surest.rawValue,
        change: Int(pair[3]))
      edges[key, default: []].append(contentsOf: ks)
    }
    if spec.alone && hasHighlight { drawn.formUnion(highlighted) }
    if drawn.isEmpty && !highlighted.isEmpty { drawn = highlighted }

    let limit = DiagramStyler.engineLimits[spec.layout.engine] ?? 1500
    if drawn.count > limit {
      throw DiagramError(
        "the selection has \(drawn.count) actors, more than \(spec.layout.engine) lays out in reasonable time (about \(limit)); use --engine sfdp, or narrow it with --types, --as-of, --focus ACTOR --depth N"
      )
    }

    // Sizes by centrality.
    var size: [Int32: Double] = [:]
    if let measure = spec.selection.sizeBy {
      let values = (try? selection.graph.centrality(measure)) ?? []
      // Scaled against the largest value among the actors drawn, not the whole selection.
      let top = values.indices.filter { drawn.contains(selection.actorOfVertex[$0]) }.map { values[$0] }.max() ?? 0
      if top > 0 {
        for (v, x) in values.enumerated() { size[selection.actorOfVertex[v]] = min(1, x / top) }
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
    func clusterName(_ u: Int32) -> String { "cluster_umbrella-" + dataset.actor(u).id }
    /// Whether `a` sits (at any depth) inside the cluster of umbrella `u`.
    func inside(_ a: Int32, _ u: Int32) -> Bool {
      var cur = a
      while let p = parent[cur] {
        if p == u { return true }
        cur = p
      }
      return false
    }

    var graph = DOTGraph(name: "actorgraph", isDirected: true)
    graph.attributes.rankdir = .leftToRight
    graph.attributes.newrank = true
    graph.attributes.compound = true
    graph.attributes.splines = .spline
    graph.attributes.nodesep = 0.35
    graph.attributes.ranksep = 0.6
    graph.attributes.pad = 0.3
    graph.attributes.fontname = DiagramStyle.font
    graph.attributes.labelloc = .top
    graph.attributes.labeljust = .left
    graph.attributes[raw: "outputorder"] = .text("edgesfirst")
    // The medium: a size in pixels at the dpi (Graphviz sizes in inches), an aspect the layout is
    // stretched to, and the PNG resolution.
    let dpi = Double(spec.layout.dpi ?? 96)
    if let dpi = spec.layout.dpi { graph.attributes[raw: "dpi"] = .text(String(dpi)) }
    if let size = spec.layout.size {
      graph.attributes[raw: "size"] = .text("\(Self.inches(size.width / dpi)),\(Self.inches(size.height / dpi))!")
    }
    if let aspect = spec.layout.aspect { graph.attributes[raw: "ratio"] = .text(Self.inches(aspect.heightPerWidth)) }
    graph.nodeDefaults.fontname = DiagramStyle.font
    // The header's cells without a size of their own take the graph's (Graphviz's 14).
    if spec.fontScale != 1 { graph.attributes[raw: "fontsize"] = .text(Self.inches(14 * spec.fontScale)) }
    graph.nodeDefaults.fontsize = 11 * spec.fontScale
    graph.edgeDefaults.fontname = DiagramStyle.font
    graph.edgeDefaults.fontsize = 9 * spec.fontScale

    // How many actors of each bloc are drawn (an overview may draw fewer than the bloc has).
    var blocsDrawn: [Int: Int] = [:]
    // Nodes. An umbrella drawn as a cluster is represented by the cluster itself; its node is an
    // invisible anchor that edges clip to the cluster's border (compound edges).
    var nodes: [Int32: DOTNode] = [:]
    for a in drawn {
      let actor = dataset.actor(a)
      if clusterHeads.contains(a) {
        var anchor = DOTNode("actor:" + actor.id, label: .text(""))
        anchor.attributes.shape = .point
        anchor.attributes.style = [.invis]
        anchor.attributes.width = 0.01
        anchor.attributes.svgID = "actor-" + actor.id
        nodes[a] = anchor
        continue
      }
      let style = DiagramStyle.kind(actor.kind)
      var label = nodeLabel(actor)
      if let n = memberCount[a] { label += "\n\(n) member\(n == 1 ? "" : "s")" }
      let actorBloc = bloc(a)
      if let g = actorBloc { label += "\n" + blocName(g) }
      var node = DOTNode("actor:" + actor.id, label: .text(label))
      node.attributes.shape = style.shape
      node.attributes.style = style.styles
      node.attributes.fillcolor = style.fill
      if style.peripheries > 1 { node.attributes.peripheries = style.peripheries }
      node.attributes.svgID = "actor-" + actor.id
      node.attributes.tooltip = profile(a) + (balance.map { blocTooltip(a, $0, blocName) } ?? "")
      if let s = size[a] {
        node.attributes.fontsize = (11 + 9 * s) * spec.fontScale
        node.attributes.penwidth = 1 + 2 * s
      }
      if let g = actorBloc {
        // The bloc's colour on a thick border: the fill stays the actor kind's.
        node.attributes.color = DiagramStyle.hex(DiagramStyle.blocColor(g))
        node.attributes.penwidth = max(node.attributes.penwidth ?? 1, 3.5)
        blocsDrawn[g, default: 0] += 1
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
      var sub = DOTSubgraph(
        "umbrella-" + actor.id, isCluster: true, label: .text(actor.name + (bloc(u).map { " · " + blocName($0) } ?? "")))
      sub.attributes.svgID = "umbrella-" + actor.id
      sub.attributes[raw: "style"] = .text("rounded,filled")
      sub.attributes.fillcolor = .rgba(0xF4, 0xE6, 0xCC, 0x40)
      if hasHighlight && accented.contains(u) {
        sub.attributes.color = DiagramStyle.hex(DiagramStyle.highlight)
        sub.attributes.penwidth = 3
      } else {
        sub.attributes.color = hasHighlight && !highlighted.contains(u) ? DiagramStyle.hex(DiagramStyle.faded) : .rgb(0xB0, 0x8D, 0x57)
      }
      sub.attributes.fontname = DiagramStyle.font
      sub.attributes.fontsize = 12 * spec.fontScale
      sub.attributes.tooltip = "Umbrella group. " + profile(u) + (balance.map { blocTooltip(u, $0, blocName) } ?? "")
      if let g = bloc(u), !(hasHighlight && accented.contains(u)) {
        sub.attributes.color = DiagramStyle.hex(DiagramStyle.blocColor(g))
        sub.attributes.penwidth = 3
        blocsDrawn[g, default: 0] += 1
      }
      if let n = nodes[u] { sub.nodes.append(n) }
      let members = parent.filter { $0.value == u }.map(\.key).sorted(by: byID)
      for m in members where !clusterHeads.contains(m) {
        if let n = nodes[m] { sub.nodes.append(n) }
      }
      for m in members where clusterHeads.contains(m) { sub.subgraphs.append(cluster(m)) }
      return sub
    }
    for a in drawn.sorted(by: byID) where parent[a] == nil {
      if clusterHeads.contains(a) {
        graph.subgraphs.append(cluster(a))
      } else if let n = nodes[a] {
        graph.nodes.append(n)
      }
    }

    // Edges: one per pair, type and certainty (one per unordered pair for symmetric types);
    // membership shown by a cluster is not drawn again.
    var usedTypes = Set<RelationType>()
    var usedCertainty = Set<DiagramStyle.Certainty>()
    var usedChanges = Set<Int>()
    var mergedLines = false
    var frustratedLines = 0
    var usedConfidence = Set<Confidence>()
    // Membership a cluster already shows is not drawn again.
    for key in edges.keys where key.type == .membership && parent[key.source] == key.target { edges[key] = nil }
    // One line per pair and direction: the relations between two actors (symmetric ones on the
    // pair in id order) merge into one line that names its types, styled by its most telling type
    // and drawn as surely as its surest relation; the tooltip keeps every relation.
    var typesOf: [EdgeKey: [RelationType]] = [:]
    if !spec.separate {
      var merged: [EdgeKey: [Int]] = [:]
      var groups: [[Int32]: [EdgeKey]] = [:]
      for key in edges.keys { groups[[key.source, key.target, Int32(key.change)], default: []].append(key) }
      for (_, keys) in groups {
        let types = dataset.vocabulary.relationTypes.filter { t in keys.contains { $0.type == t } }
        let lead = DiagramStyle.mergePriority.first { types.contains($0) } ?? types[0]
        let key = EdgeKey(
          source: keys[0].source, target: keys[0].target, type: lead, certainty: keys.map(\.certainty).min()!, change: keys[0].change)
        merged[key] = keys.flatMap { edges[$0]! }
        typesOf[key] = types
      }
      edges = merged
    }
    let accounts = accountsByEvent
    let band = try campBands(balance, drawn: drawn, bloc: bloc)
    for key in edges.keys.sorted() {
      let ks = edges[key]!
      let types = typesOf[key] ?? [key.type]
      let st = DiagramStyle.relation(key.type)
      let certainty = DiagramStyle.Certainty(rawValue: key.certainty)!
      let s = dataset.actor(key.source).id, t = dataset.actor(key.target).id
      var e = DOTEdge(from: "actor:" + s, to: "actor:" + t)
      e.attributes.svgID =
        "rel-\(types.map(\.rawValue).joined(separator: "+"))-\(s)-\(t)-\(key.certainty)" + ["", "-new", "-ended"][key.change]
      if clusterHeads.contains(key.target) && !inside(key.source, key.target) { e.attributes.lhead = clusterName(key.target) }
      if clusterHeads.contains(key.source) && !inside(key.target, key.source) { e.attributes.ltail = clusterName(key.source) }
      let onPath = highlightedPairs.contains([key.source, key.target])
      let inScope = spec.selection.path == nil ? highlighted.contains(key.source) && highlighted.contains(key.target) : onPath
      let fade = hasHighlight && !inScope
      let alpha: UInt8? = certainty == .sure ? nil : (certainty == .attributed ? 0xD0 : 0xA0)
      e.attributes.color = fade ? DiagramStyle.hex(DiagramStyle.faded) : DiagramStyle.hex(st.color, alpha: alpha)
      e.attributes.penwidth = onPath ? st.penwidth + 1.5 : st.penwidth
      e.attributes.arrowhead = st.arrowhead
      if !st.directed { e.attributes.dir = DOTEdgeDirection.none }
      e.attributes.style = [certainty.pattern]
      if key.type == .locatedIn || key.type == .partOf || key.type == .leadership { e.attributes.weight = 0.5 }
      // A line drawn from a bloc placed further right back to one further left does not rank:
      // the placement below decides left and right.
      if let a = band[key.source], let b = band[key.target], a > b { e.attributes.constraint = false }
      if types.count > 1 {
        // A row of the types, the attacks with their count and dates.
        var words = types.filter { $0 != .attack }.map { t in
          t.rawValue + (stateSpan(ks.filter { dataset.relations[$0].type == t }).map { " " + $0 } ?? "")
        }
        if types.contains(.attack) { words.append("attack " + attackLabel(ks.filter { dataset.relations[$0].type == .attack })) }
        e.attributes.label = .text(words.joined(separator: "\n").trimmingCharacters(in: .whitespaces))
        e.attributes.fontcolor = fade ? DiagramStyle.hex(DiagramStyle.faded) : DiagramStyle.hex(st.color)
        mergedLines = true
      } else if key.type == .attack {
        let text = attackLabel(ks)
        if !text.isEmpty {
          e.attributes.label = .text(text)
          e.attributes.fontcolor = fade ? DiagramStyle.hex(DiagramStyle.faded) : DiagramStyle.hex(st.color)
        }
      }
      // In a diff, what appeared is said by a heavy solid line (and the legend), not by a word
      // on every line: a word per line widened dot's ranks until the text could not be read.
      // What ended is rarer and dashed grey; it keeps its word. The tooltip says both.
      var changeNote = ""
      if key.change == 1, let d = spec.selection.diff {
        e.attributes.penwidth = (e.attributes.penwidth ?? 1) + 2
        if e.attributes.label != nil { e.attributes.fontcolor = .rgb(0x1B, 0x5E, 0x20) }
        changeNote = "New: appeared after \(d.from), held by \(d.to).\n"
      } else if key.change == 2, let d = spec.selection.diff {
        e.attributes.color = DiagramStyle.hex(DiagramStyle.faded)
        e.attributes.style = [.dashed]
        e.attributes.label = .text("ended")
        e.attributes.fontcolor = .rgb(0x75, 0x75, 0x75)
        changeNote = "Ended: held in \(d.from), ended by \(d.to).\n"
      }
      e.attributes.tooltip = changeNote + edgeTooltip(ks, accounts: accounts)
      if spec.drawConfidence {
        // The weight of the surest relation on the line, as its line style is the surest's.
        let surest = ks.map { dataset.relations[$0].confidence }.max()!
        e.attributes.penwidth = max(0.4, (e.attributes.penwidth ?? st.penwidth) * DiagramStyle.confidenceWeight(surest))
        usedConfidence.insert(surest)
      }
      if let balance, key.change == 0, ks.contains(where: balance.frustratedRelations.contains) {
        // Against the blocs: a positive tie across two of them, a negative one inside one.
        e.attributes.color = DiagramStyle.doubleLine(e.attributes.color ?? DiagramStyle.hex(st.color))
        e.attributes.penwidth = max(e.attributes.penwidth ?? 1, 2)
        let text = e.attributes.label.flatMap { if case .text(let t) = $0 { return t } else { return nil } }
        e.attributes.label = .text("frustrated" + (text.map { "\n" + $0 } ?? ""))
        if e.attributes.fontcolor == nil { e.attributes.fontcolor = DiagramStyle.hex(st.color) }
        e.attributes.tooltip =
          "Frustrated tie: against the \(blocWord)s (a positive tie across them, or a negative one within).\n"
          + edgeTooltip(ks, accounts: accounts)
        frustratedLines += 1
      }
      if let id = e.attributes.svgID { relationsByLine[id] = ks.sorted() }
      graph.edges.append(e)
      if key.change > 0 { usedChanges.insert(key.change) }
      usedTypes.formUnion(types)
      usedCertainty.insert(certainty)
    }

    placeBands(band, in: &graph)

    let kinds = Set(drawn.filter { !clusterHeads.contains($0) }.map { dataset.actor($0).kind })
    let legend = Legend(
      types: usedTypes, kinds: kinds, certainty: usedCertainty, clusters: !parent.isEmpty, highlight: hasHighlight, changes: usedChanges,
      merged: mergedLines, confidence: usedConfidence)
    var listed = legend
    if let legendAlso { listed.formUnion(legendAlso) }
    // An actor the view names (focus, path end, highlight) that was not there on the snapshot
    // date: the caption says so, with its grounds, instead of drawing it as if it were.
    let absent = view.named.sorted().compactMap { ActorExistence.on(filter, actor: $0, in: dataset)?.brief }
    graph.attributes.label = .html(
      headerLabel(
        drawn: drawn.count, relations: edges.values.reduce(0) { $0 + $1.count }, types: usedTypes, kinds: kinds, absent: absent,
        certainty: usedCertainty, clusters: !parent.isEmpty, highlight: hasHighlight, changes: usedChanges,
        merged: mergedLines, balance: balance.map { ($0, blocsDrawn, frustratedLines) }, confidence: usedConfidence,
        listed: listed))
    return (graph, relationsByLine, legend)
  }

  // MARK: - Placement

  /// Where each actor of a bloc is placed, left to right: a band number, for dot's ranks. Blocs
  /// come in ``DiagramSpec/campOrder`` and then letter order; inside a bloc, the actors with a
  /// frustrated tie across to the bloc on their left come first, those with one to the bloc on
  /// their right last, the rest between. So the tension is drawn where two blocs meet (Iran's
  /// alliance with Iraq: Iran at its camp's right edge, Iraq at its camp's left edge, between
  /// Iran's axis and the United States). The domain decides the blocs and what is frustrated;
  /// this only places them. Empty unless the balance is drawn by dot.
  func campBands(_ balance: BalanceBlocs?, drawn: Set<Int32>, bloc: (Int32) -> Int?) throws -> [Int32: Int] {
    guard let balance, spec.layout.engine == .dot else { return [:] }
    var order: [Int] = []
    for name in spec.campOrder {
      let a = try resolve(name)
      guard let g = bloc(a), drawn.contains(a) else {
        throw DiagramError(
          "camp_order: \(dataset.actor(a).id) is in no drawn \(balance.partition == .camps ? "camp" : "bloc") of two or more actors")
      }
      if !order.contains(g) { order.append(g) }
    }
    let blocs = Set(drawn.compactMap(bloc))
    order += blocs.subtracting(order).sorted()
    let place = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
    // Across which side each actor has a frustrated tie: -1 left, +1 right.
    var sides: [Int32: Set<Int>] = [:]
    for k in balance.frustratedRelations {
      let r = dataset.relations[k]
      guard let ga = bloc(r.source), let gb = bloc(r.target), ga != gb, let pa = place[ga], let pb = place[gb] else { continue }
      sides[r.source, default: []].insert(pb < pa ? -1 : 1)
      sides[r.target, default: []].insert(pa < pb ? -1 : 1)
    }
    var band: [Int32: Int] = [:]
    for a in drawn {
      guard let g = bloc(a), let p = place[g] else { continue }
      let s = sides[a] ?? []
      band[a] = 3 * p + (s == [-1] ? 0 : s == [1] ? 2 : 1)
    }
    return band
  }

  /// Holds the bands apart in dot's ranks: an invisible point between each band and the next,
  /// every actor of a band tied before it and every actor of the next after it.
  func placeBands(_ band: [Int32: Int], in graph: inout DOTGraph) {
    let bands = Set(band.values).sorted()
    guard bands.count > 1 else { return }
    for (left, right) in zip(bands, bands.dropFirst()) {
      var divider = DOTNode("camp-divider-\(left)", label: .text(""))
      divider.attributes.shape = .point
      divider.attributes.style = [.invis]
      divider.attributes.width = 0.01
      graph.nodes.append(divider)
      func tie(_ from: String, _ to: String) {
        var e = DOTEdge(from: from, to: to)
        e.attributes.style = [.invis]
        graph.edges.append(e)
      }
      for a in band.filter({ $0.value == left }).map(\.key).sorted(by: { dataset.actor($0).id < dataset.actor($1).id }) {
        tie("actor:" + dataset.actor(a).id, divider.id)
      }
      for a in band.filter({ $0.value == right }).map(\.key).sorted(by: { dataset.actor($0).id < dataset.actor($1).id }) {
        tie(divider.id, "actor:" + dataset.actor(a).id)
      }
    }
  }

  // MARK: - Text

  /// A number as Graphviz reads it, with at most four decimals and no trailing zeros.
  static func inches(_ x: Double) -> String {
    var s = String(format: "%.4f", x)
    while s.hasSuffix("0") { s.removeLast() }
    if s.hasSuffix(".") { s.removeLast() }
    return s
  }

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

  /// The actor's bloc in words, for its tooltip.
  func blocTooltip(_ a: Int32, _ balance: BalanceBlocs, _ name: (Int) -> String) -> String {
    let what = balance.partition == .camps ? "two camps" : "blocs"
    guard let g = balance.groupOf[a] else { return "\nno signed tie: in no \(balance.partition == .camps ? "camp" : "bloc")" }
    if balance.groups[g].count == 1 { return "\nalone: a \(balance.partition == .camps ? "camp" : "bloc") of its own" }
    return "\n\(name(g)) of the \(what) of structural balance (\(balance.groups[g].count) actors)"
  }

  func attackLabel(_ ks: [Int]) -> String {
    let rels = ks.map { dataset.relations[$0] }
    let dates = rels.compactMap(\.date)
    var span = ""
    if let first = dates.min(by: { $0.start < $1.start }), let last = dates.max(by: { $0.end < $1.end }) {
      span = DateText.period(first, last)
    }
    // Records that tell one event (`event:`) count once: two accounts of one strike are one strike.
    let events = Set(ks.map { AttackReport.eventKey(dataset, $0) }).count
    if events == 1 { return span }
    // Undated events are said to be there, so a span never looks like it covers them.
    if !span.isEmpty && dates.count < rels.count { span += " and undated" }
    return "\(events) events" + (span.isEmpty ? "" : ", " + span)
  }

  /// The records of each event, by event name: what a tooltip lists beside a record so that
  /// competing attributions of one strike are read side by side.
  /// - Complexity: O(m) in the relations.
  var accountsByEvent: [String: [Int]] {
    var out: [String: [Int]] = [:]
    for (k, r) in dataset.relations.enumerated() where r.details?.event != nil { out[r.details!.event!, default: []].append(k) }
    return out
  }

  /// When the relations of one type on a line held, as people write it (`since 2003`, `1980–88`):
  /// from the earliest start to the latest end, open when any of them is.
  func stateSpan(_ ks: [Int]) -> String? {
    let rels = ks.map { dataset.relations[$0] }
    let since = rels.allSatisfy { $0.since != nil } ? rels.compactMap(\.since).min(by: { $0.start < $1.start }) : nil
    let until = rels.allSatisfy { $0.until != nil } ? rels.compactMap(\.until).max(by: { $0.end < $1.end }) : nil
    return DateText.span(since: since, until: until)
  }

  func edgeTooltip(_ ks: [Int], accounts: [String: [Int]]) -> String {
    ks.sorted { dataset.relationID($0) < dataset.relationID($1) }.map { k in
      let s = RelationSummary(dataset, k)
      var line = "\(s.id): \(s.source) \(dataset.vocabulary.verb(s.type)) \(s.target)"
      if let sub = s.subtypes { line += " [\(sub.joined(separator: ", "))]" }
      line += "; \(s.timeText); \(s.attribution)"
      if let by = s.attributedBy { line += " (\(by))" }
      line += ", \(s.confidence) confidence"
      if let k = s.killed { line += "; \(s.quantity(k, "killed")) killed" }
      line += "; sources: \(s.sources.joined(separator: ", "))"
      // The event's other accounts, drawn on this line or elsewhere: one strike, several attributions.
      if let event = s.event {
        for o in (accounts[event] ?? []).filter({ $0 != k }).sorted(by: { dataset.relationID($0) < dataset.relationID($1) }) {
          let other = RelationSummary(dataset, o)
          line +=
            "\n  same event \(event): \(other.id), \(other.source) \(dataset.vocabulary.verb(other.type)) \(other.target); \(other.attribution)"
          if let by = other.attributedBy { line += " (\(by))" }
          line += ", \(other.confidence) confidence"
        }
      }
      return line
    }.joined(separator: "\n")
  }

  func name(_ text: String) -> String {
    (try? resolve(text)).map { dataset.actor($0).name } ?? text
  }

  /// The title of the picture: the spec's, else ``defaultTitle``. The one title rule: `render`,
  /// `build` and the briefing page all take it.
  public var title: String { spec.title ?? defaultTitle }

  /// The default title: what the diagram is about, in actors' names (the attacks, the path, the
  /// focus, the diff), else the dataset's title, else its id.
  ///
  /// - Complexity: O(k · n) for the k actors named, each looked up among the n actors' ids, names and aliases.
  public var defaultTitle: String {
    if let on = spec.selection.attacksOn {
      return "Attacks on \(name(on))" + (spec.selection.attacksIn.map { " in \(name($0))" } ?? "") + ", by attribution"
    }
    if let p = spec.selection.path { return "From \(name(p.from)) to \(name(p.to))" }
    if !spec.selection.focus.isEmpty { return "Around " + spec.selection.focus.map(name).joined(separator: " and ") }
    if let d = spec.selection.diff { return "What changed from \(d.from) to \(d.to)" }
    return dataset.title ?? dataset.id
  }

  /// Title, caption (dataset, selection, date) and legend, as the graph's label: it never overlaps the drawing.
  func headerLabel(
    drawn: Int, relations: Int, types: Set<RelationType>, kinds: Set<ActorKind>, absent: [String] = [],
    certainty: Set<DiagramStyle.Certainty>,
    clusters: Bool, highlight: Bool, changes: Set<Int> = [], merged: Bool = false,
    balance: (blocs: BalanceBlocs, drawn: [Int: Int], frustrated: Int)? = nil, confidence: Set<Confidence> = [], listed: Legend? = nil
  ) -> HTMLLabel {
    var parts: [String] = ["dataset \(dataset.id)"]
    let drawnTypes = dataset.vocabulary.relationTypes.filter(types.contains).map(\.rawValue)
    if !drawnTypes.isEmpty { parts.append(drawnTypes.joined(separator: ", ")) }
    let scope = spec.filter(for: dataset).time
    if let asOf = scope.asOf {
      let recent = scope.recent == .default ? "" : ", events: \(scope.recent)"
      parts.append(
        spec.selection.asOf == nil
          ? "as of \(asOf) (latest source\(recent))" : "as of \(asOf)\(recent.isEmpty ? "" : " (\(recent.dropFirst(2)))")")
    } else if spec.selection.wholeRecord {
      parts.append("whole record")
    }
    let sel = spec.selection
    if let w = sel.window { parts.append("window \(w)") }
    if let m = sel.minAttribution { parts.append("attribution ≥ \(m.rawValue)") }
    if let m = sel.minConfidence { parts.append("confidence ≥ \(m.rawValue)") }
    if let keep = sel.sources { parts.append("only sources \(keep.joined(separator: ", "))") }
    if let drop = sel.excludeSources { parts.append("without sources \(drop.joined(separator: ", "))") }
    if !sel.focus.isEmpty {
      let dir = sel.direction == .both ? "" : ", \(sel.direction.rawValue)ward"
      parts.append("around \(sel.focus.map(name).joined(separator: ", ")) (\(sel.depth) hop\(sel.depth == 1 ? "" : "s")\(dir))")
    }
    if let p = sel.path { parts.append("path \(name(p.from)) → \(name(p.to))") }
    if let on = sel.attacksOn { parts.append("attacks on \(name(on))" + (sel.attacksIn.map { " in \(name($0))" } ?? "")) }
    if sel.undirected { parts.append("undirected") }
    if let d = sel.diff { parts.append("changes from \(d.from) to \(d.to)") }
    if sel.collapseUmbrellas { parts.append("umbrella groups drawn for their members") }
    if let top = sel.top { parts.append("the \(top) most central by \(sel.rankBy.rawValue)") }
    if let b = balance?.blocs {
      let what = b.partition == .camps ? "two camps" : "blocs"
      let signs = b.types.isEmpty ? "no signed type" : b.types.map(\.rawValue).joined(separator: ", ")
      parts.append(
        "\(what) of structural balance from \(signs): \(b.frustration) frustrated tie\(b.frustration == 1 ? "" : "s")"
          + (b.exact ? " (optimal)" : " (\(b.status))"))
    }
    parts += absent
    parts.append("\(drawn) actors, \(relations) relations")
    var rows = [
      "<tr><td align=\"left\" colspan=\"3\"><font point-size=\"16\"><b>\(HTMLLabel.escape(title))</b></font></td></tr>",
      "<tr><td align=\"left\" colspan=\"3\"><font point-size=\"10\" color=\"#555555\">\(HTMLLabel.escape(parts.joined(separator: " · ")))</font></td></tr>",
    ]
    if spec.legend {
      rows.append(
        // The caption says what this diagram draws; the legend may list more (``legendAlso``).
        legendRows(
          kinds: listed?.kinds ?? kinds, types: listed?.types ?? types, certainty: listed?.certainty ?? certainty,
          clusters: listed?.clusters ?? clusters, highlight: listed?.highlight ?? highlight, changes: listed?.changes ?? changes,
          merged: listed?.merged ?? merged, balance: balance, confidence: listed?.confidence ?? confidence))
    }
    return HTMLLabel(
      markup: scaled("<table border=\"0\" cellborder=\"0\" cellspacing=\"1\" cellpadding=\"2\">\(rows.joined())</table>"))
  }

  /// The header's markup with its text sizes and fixed sample sizes multiplied by the spec's font
  /// scale, so the legend grows with the drawing's text.
  func scaled(_ markup: String) -> String {
    guard spec.fontScale != 1 else { return markup }
    var out = ""
    var rest = Substring(markup)
    while let r = rest.firstMatch(of: /(point-size|width|height)="([0-9.]+)"/) {
      out += rest[..<r.range.lowerBound]
      let value = (Double(r.output.2) ?? 0) * spec.fontScale
      // HTML widths and heights are whole points; text sizes may be fractional.
      out += "\(r.output.1)=\"\(r.output.1 == "point-size" ? Self.inches(value) : String(Int(value.rounded())))\""
      rest = rest[r.range.upperBound...]
    }
    return out + rest
  }

  /// Legend rows: swatches for the actor kinds, line samples for the relation types and certainty.
  /// Laid out in three columns of (sample, meaning) pairs to stay short.
  func legendRows(
    kinds: Set<ActorKind>, types: Set<RelationType>, certainty: Set<DiagramStyle.Certainty>, clusters: Bool, highlight: Bool,
    changes: Set<Int> = [], merged: Bool = false, balance: (blocs: BalanceBlocs, drawn: [Int: Int], frustrated: Int)? = nil,
    confidence: Set<Confidence> = []
  ) -> String {
    var cells: [String] = []
    func cell(_ sample: String, _ meaning: String, bg: String? = nil) {
      let swatch =
        bg.map { "<td bgcolor=\"\($0)\" border=\"1\" width=\"22\" fixedsize=\"true\" height=\"12\"></td>" }
        ?? "<td align=\"left\" width=\"30\" fixedsize=\"true\">\(sample)</td>"
      cells.append("\(swatch)<td align=\"left\"><font point-size=\"9\">\(HTMLLabel.escape(meaning))</font></td>")
    }
    for k in dataset.vocabulary.actorKinds where kinds.contains(k) {
      let st = DiagramStyle.kind(k)
      cell("", "\(k.label) (\(st.shapeName))", bg: st.fill.rawValue)
    }
    if clusters { cell("", "umbrella group, around its members", bg: "#F4E6CC") }
    for t in dataset.vocabulary.relationTypes where types.contains(t) {
      let st = DiagramStyle.relation(t)
      let line = "<font color=\"\(String(format6: st.color))\">\(st.directed ? "━━" + DiagramStyle.arrowGlyph(st.arrowhead) : "━━━")</font>"
      cell(line, t == .attack ? "attack (count, dates)" : t.rawValue)
    }
    if merged { cell("━ <font point-size=\"9\">a, b</font>", "one line per pair: its types written on it") }
    for c in DiagramStyle.Certainty.allCases where certainty.contains(c) { cell(c.legendLine, c.label) }
    if highlight { cell("<font color=\"#FF8F00\">▢</font>", spec.alone ? "focus" : "focus; the rest is faded") }
    if let sized = spec.selection.sizeBy { cell("A→<font point-size=\"14\">A</font>", "size by \(sized.rawValue)") }
    if let d = spec.selection.diff {
      if changes.contains(1) { cell("<b>━━━</b>", "heavy: new, appeared after \(d.from), held by \(d.to)") }
      if changes.contains(2) { cell("<font color=\"#9E9E9E\">╌╌ ended</font>", "held in \(d.from), ended by \(d.to)") }
    }
    for c in Confidence.allCases.reversed() where confidence.contains(c) {
      cell(DiagramStyle.confidenceSample(c), "line weight: \(c.rawValue) confidence (its surest relation)")
    }
    if let balance {
      let word = balance.blocs.partition == .camps ? "camp" : "bloc"
      for (g, shown) in balance.drawn.sorted(by: { $0.key < $1.key }) {
        let members = balance.blocs.groups[g].count
        cell(
          "<font color=\"\(String(format6: DiagramStyle.blocColor(g)))\"><b>▢</b></font>",
          "\(word) \(DiagramStyle.blocLetter(g)) (border, named under the actor; \(members) actors\(shown < members ? ", \(shown) drawn" : ""))"
        )
      }
      if balance.frustrated > 0 { cell("<font point-size=\"9\">══</font>", "frustrated tie: double line, labelled; against the \(word)s") }
    }
    // Three pairs per row.
    var rows =
      "<tr><td colspan=\"3\" align=\"left\"><table id=\"legend\" tooltip=\"Legend\" href=\"#legend\" border=\"0\" cellborder=\"0\" cellspacing=\"2\" cellpadding=\"1\">"
    for start in stride(from: 0, to: cells.count, by: 3) {
      rows += "<tr>" + cells[start..<min(start + 3, cells.count)].joined() + "</tr>"
    }
    return rows + "</table></td></tr>"
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

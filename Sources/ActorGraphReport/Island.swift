import ActorGraph
import ActorGraphDiagrams
import GraphvizKit

extension BriefingPage {
  /// The page's data: what the script shows, and the domain's answers it looks up.
  public struct Island: Codable, Sendable, Equatable {
    /// One position of the date slider: a snapshot date as the CLI spells it (`1985` is the end
    /// of 1985, as `--as-of 1985`), and its last day (`yyyymmdd`).
    public struct SliderDate: Codable, Sendable, Equatable {
      /// The date as the CLI spells it, e.g. `2026` or `2026-03`.
      public var label: String
      /// The last day the label covers, as `yyyymmdd`: the snapshot is taken there.
      public var day: Int32
    }

    /// A citation with what the reader needs to find it.
    public struct Citation: Codable, Sendable, Equatable {
      /// The cited source's id in the dataset.
      public var source: String
      /// Who published it, e.g. "Al Jazeera".
      public var outlet: String?
      /// The article's or document's title.
      public var title: String?
      /// When it was published, as a fuzzy date (`2026-03-04..2026-03-15`).
      public var published: String?
      /// Where in the source the statement stands (`L17`, a page or paragraph).
      public var locator: String?
      /// The cited statement's credibility (Admiralty 1–6), in words.
      public var credibility: String?
      /// The source's reliability grade (A–F) and its meaning.
      public var reliability: String?
      /// The source's address, when the dataset has one.
      public var url: String?
    }

    /// An actor on the page: what its side panel shows.
    public struct ActorEntry: Codable, Sendable, Equatable {
      /// The actor's id, as the CLI takes it.
      public var id: String
      /// The display name.
      public var name: String
      /// Every other spelling the data knows.
      public var aliases: [String]
      /// The actor kind's name (`state`, `armed-group`, a declared kind).
      public var kind: String
      /// The finer kind, if any (`militia`, `air-base`).
      public var subkind: String?
      /// The country the data places it in, as written there.
      public var country: String?
      /// The data's free notes.
      public var notes: String?
      /// Ids of the umbrella groups it belongs to.
      public var memberOf: [String]
      /// When it came into being, if a source says (a fuzzy date).
      public var founded: String?
      /// When it ceased to exist, if a source says (a fuzzy date).
      public var dissolved: String?
      /// An actor the data infers rather than a source names.
      public var inferred: Bool
      /// The sources for its existence and description.
      public var citations: [Citation]
      /// The SVG element that draws it: its node, or its cluster for an umbrella drawn around its members.
      public var node: String
    }

    /// A relation on the page: what its side panel and tooltip show, and when the slider keeps it.
    public struct RelationEntry: Codable, Sendable, Equatable {
      /// The relation's id in the data.
      public var id: String
      /// The relation type's name (`support`, `attack`, a declared type).
      public var type: String
      /// How the relation reads: "supports", "is a member of".
      public var verb: String
      /// Finer kinds of the type (`funding`, `training`).
      public var subtypes: [String]
      /// The id of the actor the relation goes from.
      public var from: String
      /// The id of the actor it goes to.
      public var to: String
      /// When a state began, as the data writes it (a fuzzy date).
      public var since: String?
      /// When a state ended, as the data writes it.
      public var until: String?
      /// When an event happened, as the data writes it.
      public var date: String?
      /// When it held or happened, in words, with how that was derived.
      public var time: String
      /// Who says so, in the data's words: `confirmed`, `claimed`, `alleged`…
      public var attribution: String
      /// The party a claim or accusation comes from, if named.
      public var attributedBy: String?
      /// How far to trust it (high, moderate, low, very low), from attribution and source grades.
      public var confidence: String
      /// `potential` or `unconfirmed` when the event is not known to have happened; nil when it did.
      public var status: String?
      /// The data's note on the relation; inference is marked there.
      public var note: String?
      /// The sources that say so.
      public var citations: [Citation]
      /// The SVG line that draws it; `nil` when a cluster shows it (membership of an umbrella drawn around its members).
      public var line: String?
      /// The slider positions at which the snapshot rule keeps it, as inclusive index ranges `[first, last]`.
      public var at: [[Int]]
    }

    /// A source cited on the page, with its grade and why.
    public struct SourceEntry: Codable, Sendable, Equatable {
      /// The source's id in the dataset.
      public var id: String
      /// Who published it.
      public var outlet: String?
      /// Its title.
      public var title: String?
      /// When it was published (a fuzzy date).
      public var published: String?
      /// Its address, when known.
      public var url: String?
      /// The source's reliability grade (A–F) and its meaning.
      public var reliability: String?
      /// Why it has that grade.
      public var reason: String?
      /// The source it is known through (a wire quoted by an explainer), which caps its grade.
      public var relayedBy: String?
      /// How many relations on the page cite it.
      public var cited: Int
    }

    /// The page's title: the view's, or the diagram's default title rule.
    public var title: String
    /// Dataset, selection and tool version in one line, as the header and the print show them.
    public var caption: String
    /// The dataset's id.
    public var dataset: String
    /// The selection in words (types, filters, focus), as the caption states it.
    public var selection: String
    /// The tool and version that made the page.
    public var tool: String
    /// The slider's positions, oldest first.
    public var dates: [SliderDate]
    /// The slider position the page opens at; `-1` opens on the whole record.
    public var start: Int
    /// How far back from a snapshot date events count (`1y`, `all`…), as `--recent` says it.
    public var recent: String
    /// The relation types present, for the type filter.
    public var types: [String]
    /// The attributions present, for the attribution filter.
    public var attributions: [String]
    /// The confidence levels present, for the confidence filter.
    public var confidences: [String]
    /// Every actor drawn, in id order.
    public var actors: [ActorEntry]
    /// Every relation in the selection, in id order.
    public var relations: [RelationEntry]
    /// Every source cited on the page, in id order.
    public var sources: [SourceEntry]

    init(
      dataset: Dataset, spec: DiagramSpec, relationsByLine: [String: [Int]], drawnActors: [String: String], toolVersion: String,
      notes: [String]
    ) {
      var layout = spec
      layout.selection.asOf = nil
      layout.selection.wholeRecord = true
      let filter = layout.filter(for: dataset)

      // Which relations the page holds: those on a line, and memberships a cluster shows.
      var lineOf: [Int: String] = [:]
      for (line, ks) in relationsByLine {
        for k in ks { lineOf[k] = line }
      }
      var drawn = Set(drawnActors.keys.compactMap { dataset.index(of: $0) })
      for k in lineOf.keys {
        drawn.insert(dataset.relations[k].source)
        drawn.insert(dataset.relations[k].target)
      }
      var onPage = Set(lineOf.keys)
      for (k, r) in dataset.relations.enumerated()
      where r.type == .membership && lineOf[k] == nil && filter.accepts(r) && dataset.actor(r.target).kind == .umbrellaGroup
        && drawn.contains(r.source) && drawn.contains(r.target)
      {
        onPage.insert(k)
      }
      let pageRelations = onPage.sorted { dataset.relationID($0) < dataset.relationID($1) }

      // The slider: every year from the first to the last the page's dates reach (as `--as-of
      // YYYY`, its last day), and every day something starts, so each dated relation is seen at
      // some position.
      var days = Set<Int32>()
      var years = Set<Int32>()
      for k in pageRelations {
        let v = dataset.relations[k].validity
        if v.from != FuzzyDate.firstDay {
          days.insert(v.from)
          years.insert(v.from / 10000)
        }
        if v.to != FuzzyDate.lastDay { years.insert(v.to / 10000) }
      }
      if let present = dataset.present?.end, !years.isEmpty { years.insert(present / 10000) }
      var positions: [Int32: String] = [:]
      if let first = years.min(), let last = years.max() {
        for y in first...last { positions[y * 10000 + 1231] = String(y) }
      }
      for d in days where positions[d] == nil { positions[d] = FuzzyDate(start: d, end: d).description }
      var startDay: Int32?
      if !spec.selection.wholeRecord, spec.selection.diff == nil {
        if let asOf = spec.selection.asOf {
          startDay = asOf.end
        } else if spec.selection.window == nil {
          startDay = dataset.present?.end
        }
      }
      if let startDay, !positions.isEmpty, positions[startDay] == nil {
        positions[startDay] = FuzzyDate(start: startDay, end: startDay).description
      }
      let order = positions.keys.sorted()
      dates = order.map { SliderDate(label: positions[$0]!, day: $0) }
      start = startDay.flatMap { order.firstIndex(of: $0) } ?? -1

      // For each position, what the one time rule keeps (the same scope as `--as-of DATE`).
      let scopes = order.map { TimeScope(asOf: FuzzyDate(start: $0, end: $0), recent: filter.recent, window: filter.window) }
      func runs(_ r: Relation) -> [[Int]] {
        var out: [[Int]] = []
        for (i, scope) in scopes.enumerated() where scope.admits(r) {
          if let last = out.last, last[1] == i - 1 { out[out.count - 1][1] = i } else { out.append([i, i]) }
        }
        return out
      }

      let sourceByID = Dictionary(dataset.sources.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
      func citation(_ ref: SourceRef) -> Citation {
        let s = sourceByID[ref.id]
        return Citation(
          source: ref.id, outlet: s?.outlet, title: s?.title, published: s?.published?.description, locator: ref.locator,
          credibility: ref.credibility.map { "\($0.rawValue) — \($0.meaning)" },
          reliability: s?.reliability.map { "\($0.rawValue) — \($0.meaning)" }, url: s?.url)
      }

      var cited: [String: Int] = [:]
      relations = pageRelations.map { k in
        let r = dataset.relations[k]
        let s = RelationSummary(dataset, k)
        for id in Set(r.sources.map(\.id)) { cited[id, default: 0] += 1 }
        return RelationEntry(
          id: s.id, type: s.type.rawValue, verb: r.type.verb, subtypes: r.subtypes, from: s.source, to: s.target,
          since: s.since?.description, until: s.until?.description, date: s.date?.description, time: s.timeText,
          attribution: s.attribution.rawValue, attributedBy: s.attributedBy, confidence: s.confidence.rawValue,
          status: s.status?.rawValue, note: s.note, citations: r.sources.map(citation), line: lineOf[k], at: runs(r))
      }
      for k in pageRelations {
        drawn.insert(dataset.relations[k].source)
        drawn.insert(dataset.relations[k].target)
      }
      actors = drawn.map { dataset.actor($0) }.sorted { $0.id < $1.id }.map { a in
        ActorEntry(
          id: a.id, name: a.name, aliases: a.aliases, kind: a.kind.label, subkind: a.subkind, country: a.country, notes: a.notes,
          memberOf: a.memberOf.sorted(), founded: a.founded?.description, dissolved: a.dissolved?.description, inferred: a.inferred,
          citations: a.sources.map(citation), node: drawnActors[a.id] ?? "actor-" + a.id)
      }
      sources = dataset.sources.filter { cited[$0.id] != nil }.sorted { $0.id < $1.id }.map { s in
        SourceEntry(
          id: s.id, outlet: s.outlet, title: s.title, published: s.published?.description, url: s.url,
          reliability: s.reliability.map { "\($0.rawValue) — \($0.meaning)" }, reason: s.reliabilityReason, relayedBy: s.relayedBy,
          cited: cited[s.id]!)
      }
      let usedTypes = Set(relations.map(\.type))
      types = dataset.vocabulary.relationTypeNames.filter(usedTypes.contains)
      let usedAttributions = Set(relations.map(\.attribution))
      attributions = Attribution.allCases.sorted { $0.rank > $1.rank }.map(\.rawValue).filter(usedAttributions.contains)
      confidences = Confidence.allCases.sorted(by: >).map(\.rawValue)
      recent = filter.recent.description

      self.dataset = dataset.id
      // The one title rule, the diagram's: a page about a focus is titled by it, as its picture is.
      title = DiagramStyler(dataset: dataset, spec: spec).title
      tool = "actorgraph \(toolVersion) (\(BriefingPage.version), \(DiagramRenderer.version))"
      var words: [String] = []
      let sel = spec.selection
      words.append(sel.types.map { "types " + $0.map(\.rawValue).joined(separator: ", ") } ?? "every relation type")
      if let w = sel.window { words.append("window \(w)") }
      if let m = sel.minAttribution { words.append("attribution ≥ \(m.rawValue)") }
      if let a = sel.attributions { words.append("attribution " + a.map(\.rawValue).joined(separator: ", ")) }
      if let m = sel.minConfidence { words.append("confidence ≥ \(m.rawValue)") }
      if sel.onlyActual { words.append("actual relations only") }
      if !sel.focus.isEmpty {
        words.append(
          "around \(sel.focus.joined(separator: ", ")) (\(sel.depth) hop\(sel.depth == 1 ? "" : "s"), \(sel.direction.rawValue))"
            + (spec.alone ? " alone" : ""))
      }
      if let p = sel.path { words.append("path \(p.from) → \(p.to)") }
      if sel.undirected { words.append("undirected") }
      words += notes
      words.append("events count for \(recent) before a snapshot date")
      selection = words.joined(separator: "; ")
      caption =
        "Dataset \(dataset.id)\(dataset.title.map { " (\($0))" } ?? "") · selection: \(selection) · \(actors.count) actors, \(relations.count) relations · made by \(tool)"
    }
  }
}

import GraphAnalytics

/// Collects the parts of a dataset from its files, then resolves and checks them as a whole:
/// duplicate ids, colliding aliases, unknown actors and sources, membership cycles.
struct DatasetBuilder {
  struct PendingRelation {
    var relation: Relation
    var sourceID: String
    var targetID: String
    var origin: Dataset.Origin
    var idLocation: SourceLocation
    var sourceLocation: SourceLocation
    var targetLocation: SourceLocation
    var citationLocations: [SourceLocation]
    var relativeDates: [(DateField, RelativeDate, SourceLocation)] = []
  }

  /// A date as written: a date, or a rule relative to other records.
  enum DateSpec {
    case fixed(FuzzyDate)
    case relative(RelativeDate, SourceLocation)
  }

  /// Which date of a relation a relative rule sets.
  enum DateField: String { case date, since, until }

  /// Sources whose `published` is relative: (source id, rule, where it is written).
  var relativeSourceDates: [(String, RelativeDate, SourceLocation)] = []

  var dataset: Dataset
  var datasetDeclared = false
  var vocabularyDeclared = false
  var diagnostics: [Diagnostic] = []
  var pending: [PendingRelation] = []
  private var actorIDLocations: [SourceLocation] = []
  private var aliasLocations: [[SourceLocation]] = []
  private var sourceIDLocations: [String: SourceLocation] = [:]
  private var actorSourceLocations: [[SourceLocation]] = []
  private var nameOwners: [String: Int]?
  private var actorSuggestions: SuggestionIndex?
  /// Unknown actor ids met so far: only the first ones get a "did you mean" (see `resolve`).
  private var unknownActors = 0
  private var sourceSuggestions: SuggestionIndex?

  init(id: String) { dataset = Dataset(id: id) }

  mutating func addFile(_ path: String) -> Int32 {
    dataset.files.append(path)
    return Int32(dataset.files.count - 1)
  }

  private var relayLocations: [String: SourceLocation] = [:]

  mutating func addSource(_ source: Source, origin: Dataset.Origin, at location: SourceLocation, relayAt: SourceLocation? = nil) {
    if let first = sourceIDLocations[source.id] {
      diagnostics.append(
        Diagnostic(
          .error, "duplicate-id", "source id '\(source.id)' is already defined at \(first)", at: location,
          hint: "give each source its own id"))
      return
    }
    sourceIDLocations[source.id] = location
    if let relayAt { relayLocations[source.id] = relayAt }
    dataset.sources.append(source)
    dataset.sourceOrigins.append(origin)
  }

  mutating func addActor(
    _ actor: Actor, origin: Dataset.Origin, idLocation: SourceLocation, aliasLocations: [SourceLocation],
    memberOf: [(String, SourceLocation)], sourceLocations: [SourceLocation]
  ) {
    guard let index = dataset.addActor(actor, origin: origin) else {
      let first = dataset.index(of: actor.id).map { actorIDLocation(Int($0)) }
      diagnostics.append(
        Diagnostic(
          .error, "duplicate-id", "actor id '\(actor.id)' is already defined\(first.map { " at \($0)" } ?? "")",
          at: idLocation, hint: "merge the two entries, or give one a different id"))
      return
    }
    actorIDLocations.append(idLocation)
    self.aliasLocations.append(aliasLocations)
    actorSourceLocations.append(sourceLocations)
    for (umbrella, location) in memberOf {
      if actor.sources.isEmpty {
        diagnostics.append(
          Diagnostic(
            .error, "no-source", "member_of '\(umbrella)' on actor '\(actor.id)' cites no source", at: location,
            hint: "give the actor `sources:`, or write an explicit membership relation with its own sources"))
      }
      pending.append(
        PendingRelation(
          relation: Relation(
            id: "", type: .membership, source: index, target: -1, attribution: .confirmed, sources: actor.sources),
          sourceID: actor.id, targetID: umbrella,
          origin: Dataset.Origin(file: origin.file, line: Int32(location.line), column: Int32(location.column)),
          idLocation: location, sourceLocation: idLocation,
          targetLocation: location, citationLocations: sourceLocations))
    }
  }

  /// Resolves names, checks the dataset as a whole, and returns it with every diagnostic.
  mutating func finish(uncitedSourceIsWarning: Bool = true) -> (Dataset, [Diagnostic]) {
    checkAliases()
    let sourceIDs = Set(dataset.sources.map(\.id))
    var cited = Set<String>()
    var relationIDs: [String: SourceLocation] = [:]
    for i in dataset.actors.indices {
      let refsAt = actorSourceLocations.indices.contains(i) ? actorSourceLocations[i] : []
      for (j, ref) in dataset.actors[i].sources.enumerated() {
        cited.insert(ref.id)
        if !sourceIDs.contains(ref.id) {
          unknownSource(ref, at: refsAt.indices.contains(j) ? refsAt[j] : actorIDLocation(i))
        }
      }
    }
    // Relations read from CSV are already resolved; check their ids and citations here.
    var unknownBulk = 0
    for (k, r) in dataset.relations.enumerated() where !r.id.isEmpty {
      let at = dataset.location(dataset.relationOrigins[k]) ?? SourceLocation(file: "", line: 0, column: 0)
      if let first = relationIDs[r.id] {
        diagnostics.append(
          Diagnostic(
            .error, "duplicate-id", "relation id '\(r.id)' is already used at \(first)", at: at,
            hint: "relation ids must be unique in the dataset"))
      } else {
        relationIDs[r.id] = at
      }
    }
    for (k, r) in dataset.relations.enumerated() {
      for ref in r.sources {
        cited.insert(ref.id)
        if !sourceIDs.contains(ref.id) {
          unknownBulk += 1
          if unknownBulk <= 20, let at = dataset.location(dataset.relationOrigins[k]) { unknownSource(ref, at: at) }
        }
      }
    }
    if unknownBulk > 20 {
      diagnostics.append(
        Diagnostic(
          .error, "unknown-source", "\(unknownBulk - 20) more citations of unknown sources", at: nil,
          hint: "define the sources in a YAML file beside the CSV files"))
    }
    var relativeRelationDates: [(Int, DateField, RelativeDate, SourceLocation)] = []
    for p in pending {
      var r = p.relation
      for (j, ref) in r.sources.enumerated() {
        cited.insert(ref.id)
        if !sourceIDs.contains(ref.id) {
          unknownSource(ref, at: p.citationLocations.indices.contains(j) ? p.citationLocations[j] : p.idLocation)
        }
      }
      let s = resolve(p.sourceID, at: p.sourceLocation)
      let t = resolve(p.targetID, at: p.targetLocation)
      guard let s, let t else { continue }
      r.source = s
      r.target = t
      if s == t {
        diagnostics.append(
          Diagnostic(
            .error, "self-relation", "\(r.type.rawValue) from '\(p.sourceID)' to itself", at: p.targetLocation,
            hint: "a relation links two different actors"))
        continue
      }
      if !r.id.isEmpty {
        if let first = relationIDs[r.id] {
          diagnostics.append(
            Diagnostic(
              .error, "duplicate-id", "relation id '\(r.id)' is already used at \(first)", at: p.idLocation,
              hint: "relation ids must be unique in the dataset; use a suffix such as '\(r.id)-b'"))
        } else {
          relationIDs[r.id] = p.idLocation
        }
      }
      for (field, rel, at) in p.relativeDates { relativeRelationDates.append((dataset.relations.count, field, rel, at)) }
      dataset.addRelation(r, origin: p.origin)
    }
    pending = []
    var resolver = DateResolver(dataset: dataset, relations: relativeRelationDates, sources: relativeSourceDates)
    resolver.resolve()
    dataset = resolver.dataset
    diagnostics += resolver.diagnostics
    dataset.deriveValidity()
    checkLifespans()
    checkEvents()
    checkPlaces()
    for r in dataset.relations where r.type.category == .membership {
      let umbrella = dataset.actors[Int(r.target)].id
      if !dataset.actors[Int(r.source)].memberOf.contains(umbrella) {
        dataset.updateActor(at: r.source) { $0.memberOf.append(umbrella) }
      }
    }
    for (i, source) in dataset.sources.enumerated() where !cited.contains(source.id) {
      diagnostics.append(
        Diagnostic(
          uncitedSourceIsWarning ? .warning : .error, "uncited-source", "source '\(source.id)' is cited by nothing",
          at: dataset.location(dataset.sourceOrigins[i]),
          hint: "cite it from the relations it supports, or remove it"))
    }
    checkMembershipCycles()
    checkRelays()
    dataset.assessConfidence()
    return (dataset, diagnostics)
  }

  /// `relayed_by` must name another known source, and relays must not loop.
  ///
  /// A source whose chain of relays runs into a loop is an error at its own `relayed_by`: the
  /// loops are the strongly connected components of the source → relay graph (and sources that
  /// relay themselves), and the sources that run into one are those that reach it, found by one
  /// breadth-first search backwards from every looping source (GraphAnalytics' `egoNetwork`).
  /// - Complexity: O(s) for s sources.
  private mutating func checkRelays() {
    let byID = Dictionary(dataset.sources.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    let indexOf = Dictionary(dataset.sources.enumerated().map { ($1.id, Int32($0)) }, uniquingKeysWith: { a, _ in a })
    var tails: [Int32] = [], heads: [Int32] = []
    var looping: [Int32] = []
    // A chain goes on through the source an id names: the first of that id (a later source with
    // the same id is a duplicate-id error of its own).
    for (i, s) in dataset.sources.enumerated() where indexOf[s.id] == Int32(i) {
      guard let relay = s.relayedBy, let j = indexOf[relay] else { continue }
      if j == Int32(i) {
        looping.append(j)
      } else {
        tails.append(Int32(i))
        heads.append(j)
      }
    }
    let relays = CompactGraph(vertexCount: dataset.sources.count, sources: tails, targets: heads, directed: true)
    looping += relays.stronglyConnectedComponents().filter { $0.count > 1 }.flatMap { $0 }
    let runsIntoLoop = Set(relays.egoNetwork(of: looping, depth: dataset.sources.count, direction: .incoming).map(\.vertex))
    for (i, s) in dataset.sources.enumerated() {
      guard let relay = s.relayedBy else { continue }
      let at = relayLocations[s.id] ?? dataset.location(dataset.sourceOrigins[i])
      if relay == s.id {
        diagnostics.append(
          Diagnostic(
            .error, "bad-relay", "source '\(s.id)' is relayed by itself", at: at,
            hint: "`relayed_by` names the source that quotes this one, e.g. the explainer that cites a wire report"))
        continue
      }
      guard byID[relay] != nil else {
        diagnostics.append(
          Diagnostic(
            .error, "unknown-source", "source '\(s.id)' is relayed by unknown source '\(relay)'", at: at,
            hint: Suggest.closest(to: relay, among: Array(byID.keys).sorted()).map { "did you mean '\($0)'?" }
              ?? "define the relaying source under `sources:`"))
        continue
      }
      // A duplicate record's own relay starts its chain; it loops when that relay runs into a loop
      // or names the id's first record.
      let own = indexOf[s.id]!
      let first = own == Int32(i) ? own : indexOf[relay]!
      if runsIntoLoop.contains(first) || (own != Int32(i) && first == own) {
        diagnostics.append(
          Diagnostic(
            .error, "relay-cycle", "sources relay each other in a loop starting at '\(s.id)'", at: at,
            hint: "a relay chain must end at a source that is not relayed; remove one `relayed_by`"))
      }
    }
  }

  /// Checks the records that name one event: the name is not another record's id, the records can
  /// have happened at the same time, and an event named once is flagged (likely a mistyped name).
  private mutating func checkEvents() {
    var records: [String: [Int]] = [:]
    for (k, r) in dataset.relations.enumerated() {
      if let e = r.details?.event { records[e, default: []].append(k) }
    }
    guard !records.isEmpty else { return }
    let ids = Dictionary(dataset.relations.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
    for (event, ks) in records.sorted(by: { $0.key < $1.key }) {
      let at = dataset.location(dataset.relationOrigins[ks[0]])
      let names = ks.map { dataset.relationID($0) }
      if let other = ids[event], !ks.contains(other) {
        diagnostics.append(
          Diagnostic(
            .error, "event-id", "event '\(event)' is also the id of relation '\(event)', which does not describe it", at: at,
            hint: "name the event differently, or add `event: \(event)` to relation '\(event)'"))
      }
      if ks.count == 1 {
        let suggestion = Suggest.closest(to: event, among: records.keys.filter { $0 != event }.sorted())
        diagnostics.append(
          Diagnostic(
            .warning, "event-alone", "event '\(event)' is named by one record only ('\(names[0])')", at: at,
            hint: suggestion.map { "did you mean '\($0)'?" } ?? "name it on every record that describes the same happening"))
      }
      let dated = ks.compactMap { k in dataset.relations[k].date.map { (k, $0) } }
      for (a, b) in zip(dated, dated.dropFirst()) where !a.1.overlaps(b.1) {
        diagnostics.append(
          Diagnostic(
            .warning, "event-dates",
            "records of event '\(event)' cannot have happened together: '\(dataset.relationID(a.0))' is \(a.1), '\(dataset.relationID(b.0))' is \(b.1)",
            at: dataset.location(dataset.relationOrigins[b.0]), hint: "check the dates, or whether they describe one event"))
      }
    }
  }

  /// Warns about place text that names no place: `--in` could not find the event by its place.
  /// Warns where `located-in` does not make a tree: a place in two containers, or in itself.
  private mutating func checkPlaces() {
    guard dataset.relations.contains(where: { $0.details?.place != nil || $0.type == .locatedIn }) else { return }
    let places = Places(dataset)
    var containers: [Int32: [Int]] = [:]
    for (k, r) in dataset.relations.enumerated() where r.type == .locatedIn { containers[r.source, default: []].append(k) }
    // When it held, as stated: a site that moved (one link until 2011, the next since 2012) is fine.
    func held(_ k: Int) -> FuzzyDate {
      let r = dataset.relations[k]
      return FuzzyDate(start: r.since?.start ?? FuzzyDate.firstDay, end: r.until?.end ?? FuzzyDate.lastDay)
    }
    for (place, links) in containers.sorted(by: { $0.key < $1.key }) {
      // Pairs are compared, so hostile input with thousands of links on one place is cut short.
      let all = Array(links.prefix(64))
      let clash = all.indices.flatMap { i in
        all[(i + 1)...].filter { dataset.relations[$0].target != dataset.relations[all[i]].target && held($0).overlaps(held(all[i])) }
          .map { [all[i], $0] }
      }
      guard let ks = clash.first else { continue }
      let names = ks.map { "'\(dataset.actor(dataset.relations[$0].target).id)' (\(dataset.relationID($0)))" }
      diagnostics.append(
        Diagnostic(
          .warning, "place-tree", "'\(dataset.actor(place).id)' is located in \(names.joined(separator: " and "))",
          at: dataset.location(dataset.relationOrigins[ks[1]]),
          hint: "a place lies in one container: link the smaller container to the larger (city located-in region) instead"))
    }
    for cycle in places.cycles() {
      let k = dataset.relations.indices.first { dataset.relations[$0].type == .locatedIn && cycle.contains(dataset.relations[$0].source) }
      diagnostics.append(
        Diagnostic(
          .warning, "place-tree", "places located in each other: \(cycle.map { dataset.actor($0).id }.joined(separator: ", "))",
          at: k.flatMap { dataset.location(dataset.relationOrigins[$0]) }, hint: "remove the located-in that points back up the tree"))
    }
    guard dataset.relations.contains(where: { $0.details?.place != nil }) else { return }
    var index: SuggestionIndex?
    var warned = 0
    for (k, r) in dataset.relations.enumerated() {
      guard let text = r.details?.place, !text.isEmpty, places.resolve(text).isEmpty else { continue }
      warned += 1
      // Suggestions for the first ones only: the rest are counted by the diagnostic cap.
      var hint = "name a place by its id, name or alias, or add it (an actor of kind place or site, or an alias) so that `--in` finds it"
      if warned <= DiagnosticCap.defaultPerKind {
        if index == nil { index = SuggestionIndex(places.spellings) }
        if let s = places.suggestion(for: text, using: &index!) { hint = "did you mean '\(s)'?" }
      }
      diagnostics.append(
        Diagnostic(
          .warning, "unknown-place", "place '\(text)' of relation '\(dataset.relationID(k))' names no known place",
          at: dataset.location(dataset.relationOrigins[k]), hint: hint))
    }
  }

  /// Warns when the data says a relation held, or an event happened, while an end did not exist.
  private mutating func checkLifespans() {
    guard dataset.actors.contains(where: { $0.founded != nil || $0.dissolved != nil }) else { return }
    for (k, r) in dataset.relations.enumerated() {
      let from = r.type.isEvent ? r.date : r.since
      let to = r.type.isEvent ? r.date : r.until
      for end in [r.source, r.target] {
        let a = dataset.actors[Int(end)]
        var problem: String?
        if let founded = a.founded, let to, to.isCertainlyBefore(founded) {
          problem = "before '\(a.id)' was founded (\(founded))"
        } else if let founded = a.founded, let from, from.isCertainlyBefore(founded), !r.type.isEvent {
          problem = "from \(from), before '\(a.id)' was founded (\(founded))"
        } else if let dissolved = a.dissolved, let from, from.isCertainlyAfter(dissolved) {
          problem = "after '\(a.id)' was dissolved (\(dissolved))"
        } else if let dissolved = a.dissolved, let to, to.isCertainlyAfter(dissolved), to.end != FuzzyDate.lastDay {
          problem = "until \(to), after '\(a.id)' was dissolved (\(dissolved))"
        }
        guard let problem else { continue }
        diagnostics.append(
          Diagnostic(
            .warning, "outside-lifespan",
            "\(r.type.rawValue) '\(dataset.relationID(k))' is dated \(problem)", at: dataset.location(dataset.relationOrigins[k]),
            hint: "check the dates, or the actor's founded/dissolved; queries clip the relation to the lifespan"))
        break
      }
    }
  }

  private mutating func unknownSource(_ ref: SourceRef, at location: SourceLocation) {
    if sourceSuggestions == nil { sourceSuggestions = SuggestionIndex(dataset.sources.map(\.id)) }
    diagnostics.append(
      Diagnostic(
        .error, "unknown-source", "unknown source '\(ref.id)'", at: location,
        hint: sourceSuggestions!.closest(to: ref.id).map { "did you mean '\($0)'?" }
          ?? "define it under `sources:` (id, outlet, title, date)"))
  }

  private mutating func resolve(_ id: String, at location: SourceLocation) -> Int32? {
    if let i = dataset.index(of: id) { return i }
    // Relations name actors by id; say so if the text is a known name or alias. The folded names
    // and the suggestion index are built once, on the first unknown id, not scanned per id.
    let key = Identifier.fold(id)
    if nameOwners == nil {
      var owners: [String: Int] = [:]
      for (i, a) in dataset.actors.enumerated() {
        for n in [a.name] + a.aliases where owners[Identifier.fold(n)] == nil { owners[Identifier.fold(n)] = i }
      }
      nameOwners = owners
    }
    if let ownerIndex = nameOwners?[key] {
      let owner = dataset.actors[ownerIndex]
      diagnostics.append(
        Diagnostic(
          .error, "unknown-actor", "unknown actor '\(id)': relations name actors by id", at: location,
          hint: "'\(id)' is a name of actor '\(owner.id)'; write `\(owner.id)`"))
      return nil
    }
    // Suggestions for the first ones only, as for unknown places: validate lists
    // DiagnosticCap.defaultPerKind of a kind and counts the rest, so a suggestion for the 4,000th
    // unknown name was work nobody saw (it was most of the cost of 4,000 unknown names).
    unknownActors += 1
    var hint = "define the actor under `actors:` first"
    if unknownActors <= DiagnosticCap.defaultPerKind {
      if actorSuggestions == nil { actorSuggestions = SuggestionIndex(dataset.actors.map(\.id)) }
      if let s = actorSuggestions!.closest(to: id) { hint = "did you mean '\(s)'?" }
    }
    diagnostics.append(Diagnostic(.error, "unknown-actor", "unknown actor '\(id)'", at: location, hint: hint))
    return nil
  }

  /// Where actor `i` was defined; actors created from CSV endpoints have no entry of their own.
  private func actorIDLocation(_ i: Int) -> SourceLocation {
    if actorIDLocations.indices.contains(i) && i < actorIDLocations.count { return actorIDLocations[i] }
    return dataset.location(dataset.actorOrigins[i]) ?? SourceLocation(file: "", line: 0, column: 0)
  }

  /// Every id, name and alias must point at one actor once folded, or lookups become ambiguous.
  private mutating func checkAliases() {
    // The owner of each folded name, as an index only: at a million actors the name's text beside
    // it cost about 40 MB, and it is needed only for a collision, where it is found again.
    var owner: [String: Int32] = [:]
    owner.reserveCapacity(dataset.actors.count * 2)
    for (i, a) in dataset.actors.enumerated() {
      let at = actorIDLocation(i)
      var names: [(String, SourceLocation)] = [(a.id, at)]
      if a.name != a.id { names.append((a.name, at)) }
      let aliasAt = aliasLocations.indices.contains(i) ? aliasLocations[i] : []
      for (j, alias) in a.aliases.enumerated() {
        names.append((alias, aliasAt.indices.contains(j) ? aliasAt[j] : at))
      }
      // An actor has a handful of names: a list is cheaper than a set per actor.
      var seenHere: [String] = []
      for (text, location) in names {
        let key = Identifier.fold(text)
        guard !key.isEmpty, !seenHere.contains(key) else { continue }
        seenHere.append(key)
        if let other = owner[key].map(Int.init), other != i {
          let o = dataset.actors[other]
          let otherText = ([o.id, o.name] + o.aliases).first { Identifier.fold($0) == key } ?? o.id
          diagnostics.append(
            Diagnostic(
              .error, "alias-collision",
              "'\(text)' of actor '\(a.id)' collides with '\(otherText)' of actor '\(o.id)'", at: location,
              hint: "a name must identify one actor; drop the alias from one of them or make it more specific"))
        } else {
          owner[key] = Int32(i)
        }
      }
    }
  }

  /// Membership must be a hierarchy: a group cannot (indirectly) be a member of itself.
  ///
  /// One diagnostic per group of mutually reachable actors (a strongly connected component of the
  /// member → umbrella graph, from GraphAnalytics' Tarjan), naming a shortest cycle through its
  /// first actor and, when the group is larger, how many actors it holds. Enumerating cycles
  /// instead is exponential in the worst case, and even one cycle per back edge made a 1M-row CSV
  /// with random memberships build gigabytes of diagnostics before any cap applied.
  ///
  /// The shortest cycle is searched in the component's own subgraph: every path between two
  /// actors of a component stays inside it, and a search over the whole graph per component would
  /// make many small cycles quadratic. Among equally short cycles the core returns the
  /// lexicographically smallest actor sequence.
  /// - Complexity: O(n + m) for n actors and m membership relations.
  private mutating func checkMembershipCycles() {
    let n = dataset.actors.count
    var tails: [Int32] = [], heads: [Int32] = []
    // The first relation (in file order) behind each arc. No relation links an actor to itself
    // (a self-relation is refused before this check), so every cycle has two actors or more.
    var relationOf: [UInt64: Int] = [:]
    func key(_ u: Int32, _ v: Int32) -> UInt64 { UInt64(UInt32(bitPattern: u)) << 32 | UInt64(UInt32(bitPattern: v)) }
    for (k, r) in dataset.relations.enumerated() where r.type.category == .membership {
      tails.append(r.source)
      heads.append(r.target)
      if relationOf[key(r.source, r.target)] == nil { relationOf[key(r.source, r.target)] = k }
    }
    guard !tails.isEmpty else { return }
    let graph = CompactGraph(vertexCount: n, sources: tails, targets: heads, directed: true)
    for component in graph.stronglyConnectedComponents() {
      guard component.count > 1 else { continue }
      let start = component[0]  // components come sorted ascending
      // The component alone, its actors renumbered in the same (ascending) order.
      var local: [Int32: Int32] = [:]
      for (i, v) in component.enumerated() { local[v] = Int32(i) }
      var subTails: [Int32] = [], subHeads: [Int32] = []
      for v in component {
        for w in graph.outNeighbors(of: v) {
          if let lw = local[w] {
            subTails.append(local[v]!)
            subHeads.append(lw)
          }
        }
      }
      let sub = CompactGraph(vertexCount: component.count, sources: subTails, targets: subHeads, directed: true)
      // A shortest cycle through `start` (local 0): the nearest actor with an arc back to it.
      let distance = sub.distances(from: 0)
      guard let last = sub.inNeighbors(of: 0).min(by: { (distance[Int($0)], $0) < (distance[Int($1)], $1) }),
        let path = sub.shortestPath(from: 0, to: last)
      else { continue }
      let cycle = path.map { component[Int($0)] }
      let relationsInCycle = zip(cycle, cycle.dropFirst() + [start]).map { relationOf[key($0, $1)]! }
      var names = (cycle + [start]).map { dataset.actors[Int($0)].id }.joined(separator: " → ")
      if component.count > cycle.count {
        let others = component.filter { !cycle.contains($0) }.map { dataset.actors[Int($0)].id }.sorted()
        names +=
          " (one cycle among \(component.count) mutually affiliated actors; also \(others.prefix(10).joined(separator: ", "))"
          + (others.count > 10 ? " and \(others.count - 10) more)" : ")")
      }
      let locations = relationsInCycle.map { dataset.relationOrigins[$0] }.compactMap { dataset.location($0) }
      // Curated YAML must be a hierarchy; bulk and imported data (CSV) record what a source
      // says, and real datasets hold mutual affiliations, so there a cycle is reported, not refused.
      let bulk = !locations.isEmpty && locations.allSatisfy { $0.file.hasSuffix(".csv") }
      diagnostics.append(
        Diagnostic(
          bulk ? .warning : .error, "membership-cycle", "membership cycle: \(names)", at: locations.min(),
          hint: bulk
            ? "kept: bulk and imported data record what their source says (real datasets hold mutual affiliations)"
            : "membership runs from a member to its umbrella; remove or reverse one of these relations"))
    }
  }

}

import ActorGraph
import Foundation
import FuzzSupport

/// The selection parsers on arbitrary text: `Selection.parse`, the one parser of the CLI's flags and
/// of view files, and each parser it hands user text to
/// (`--as-of`, `--window`, `--recent`, `--types`, `--min-attribution`, `--attribution`,
/// `--min-confidence`), fed the input's lines in that order, and the filter they make applied to a
/// small fixed dataset. Oracles: no crash; what parses prints back as text that parses to the same
/// value; the combined filter keeps exactly the relations every single criterion keeps (the filter
/// is a conjunction); a window keeps only relations whose dates overlap it.
let dataset: Dataset = {
  let folder = scratch + "/selection/data"
  try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
  put(
    Array(
      """
      sources: [{id: s1, outlet: Wire, published: "2026-03-05", reliability: B}, {id: s2, outlet: Blog, reliability: E}]
      actors:
        - {id: iran, name: Iran, kind: state}
        - {id: pmf, name: "Popular Mobilization Forces", kind: umbrella-group}
        - {id: kh, name: "Kata'ib Hezbollah", kind: armed-group, member_of: [pmf], sources: [s1]}
        - {id: us, name: "United States", kind: state}
        - {id: base, name: "Al-Asad base", kind: site}
      relations:
        - {id: r1, type: support, form: arms, source: iran, target: kh, since: "2014", attribution: confirmed, sources: [s1]}
        - {id: r2, type: hostility, source: kh, target: us, since: "2019-12", until: "2024-02", attribution: attributed, sources: [s1, s2]}
        - {id: r3, type: attack, source: kh, target: base, date: "2026-03-04", attribution: claimed, killed: 2, sources: [s1]}
        - {id: r4, type: attack, source: pmf, target: us, date: "2020-01", attribution: suspected, sources: [s2]}
        - {id: r5, type: alliance, source: iran, target: pmf, attribution: inferred, sources: [s2]}
        - {id: r6, type: attack, source: kh, target: us, date: "2025", attribution: unattributed, status: planned, sources: [s2]}
      """.utf8), folder + "/data.yaml")
  let r = DatasetLoader.load(folder)
  if r.hasErrors { oracleFailed("the fixed dataset has errors: \(r.diagnostics.errors)") }
  return r.dataset
}()

/// Which relations of the fixed dataset `f` keeps, as a bit set.
func kept(_ f: RelationFilter) -> [Bool] { dataset.relations.map { f.accepts($0) } }

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSelection(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let text = String(decoding: bytes(data, size), as: UTF8.self)
  var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).makeIterator()
  func next() -> String? {
    guard let l = lines.next(), !l.isEmpty else { return nil }
    return l
  }
  let asOfText = next(), windowText = next(), recentText = next(), typesText = next()
  let minAttributionText = next(), attributionText = next(), minConfidenceText = next()

  // Each criterion alone, parsed as FilterOptions parses it, with its round trip.
  var singles: [RelationFilter] = []
  var combined = RelationFilter()
  combined.includeUnrealised = lines.next() != nil  // a ninth line turns --only-actual off
  if let t = asOfText, let d = FuzzyDate(parsing: t) {
    guard FuzzyDate(parsing: d.description) == d else { oracleFailed("--as-of '\(t)' → \(d) does not parse back") }
    guard d.start <= d.end else { oracleFailed("--as-of '\(t)' → \(d) ends before it starts") }
    var f = RelationFilter()
    f.asOf = d
    combined.asOf = d
    if let r = recentText.flatMap(TimeScope.Recent.init(parsing:)) {
      guard TimeScope.Recent(parsing: r.description) == r else { oracleFailed("--recent '\(recentText!)' → \(r) does not parse back") }
      f.recent = r
      combined.recent = r
    }
    singles.append(f)
  }
  if let t = windowText, let w = FuzzyDate(parsing: t) {
    guard FuzzyDate(parsing: w.description) == w else { oracleFailed("--window '\(t)' → \(w) does not parse back") }
    guard w.start <= w.end else { oracleFailed("--window '\(t)' → \(w) ends before it starts") }
    var f = RelationFilter()
    f.window = w
    combined.window = w
    // A window keeps only relations whose validity overlaps it, and never an undated event.
    for (i, r) in dataset.relations.enumerated() where f.accepts(r) {
      let v = r.validity
      guard v.to >= w.start, v.from <= w.end, !(r.type.isEvent && v.basis == .undated) else {
        oracleFailed("--window \(w) keeps relation \(i), valid \(v.from)...\(v.to) (\(v.basis))")
      }
    }
    singles.append(f)
  }
  if let t = typesText {
    do {
      let types = try RelationFilter.parseTypes(t)
      // Every parsed type prints as a name that parses back to itself.
      for type in types where (try? RelationFilter.parseTypes(type.rawValue)) != [type] {
        oracleFailed("--types '\(t)': \(type.rawValue) does not parse back")
      }
      var f = RelationFilter()
      f.types = types
      combined.types = types
      singles.append(f)
    } catch {
      guard !error.message.isEmpty, error.message.utf8.count <= 300 + 4 * t.utf8.count else {
        oracleFailed("--types '\(t)': an empty or unbounded message (\(error.message.utf8.count) bytes)")
      }
    }
  }
  if let t = minAttributionText, let a = Attribution(parsing: t), a != .denied {
    guard Attribution(parsing: a.rawValue) == a else { oracleFailed("--min-attribution '\(t)' → \(a) does not parse back") }
    var f = RelationFilter()
    f.minAttribution = a
    combined.minAttribution = a
    singles.append(f)
  }
  if let t = attributionText {
    var set = Set<Attribution>()
    var ok = true
    for part in t.split(separator: ",").map(String.init) {
      guard let a = Attribution(parsing: part) else {
        ok = false
        break
      }
      set.insert(a)
    }
    if ok {
      var f = RelationFilter()
      f.attributions = set
      combined.attributions = set
      singles.append(f)
    }
  }
  if let t = minConfidenceText, let c = Confidence(parsing: t) {
    guard Confidence(parsing: c.rawValue) == c else { oracleFailed("--min-confidence '\(t)' → \(c) does not parse back") }
    var f = RelationFilter()
    f.minConfidence = c
    combined.minConfidence = c
    singles.append(f)
  }
  var status = RelationFilter()
  status.includeUnrealised = combined.includeUnrealised
  singles.append(status)

  // The combined filter is the conjunction of its criteria. As-of and window share one time scope,
  // so they are checked together against the combined one rather than one by one.
  let all = kept(combined)
  var expected = [Bool](repeating: true, count: all.count)
  var timeBoth = RelationFilter()
  timeBoth.time = combined.time
  for f in singles where f.asOf == nil && f.window == nil {
    for (i, k) in kept(f).enumerated() where !k { expected[i] = false }
  }
  for (i, k) in kept(timeBoth).enumerated() where !k { expected[i] = false }
  guard all == expected else {
    oracleFailed("the combined filter keeps \(all), the criteria one by one \(expected): \(combined)")
  }

  // The same lines through the one parser every surface uses (`Selection.parse`): each problem
  // names a field that was given, in a bounded message; a selection it accepts whole keeps what
  // the criteria parsed one by one keep, when they accepted every line too.
  var fields: [Selection.Field: [String]] = [:]
  let given: [(Selection.Field, String?)] = [
    (.asOf, asOfText), (.window, windowText), (.recent, recentText), (.types, typesText),
    (.minAttribution, minAttributionText), (.attribution, attributionText), (.minConfidence, minConfidenceText),
  ]
  for case (let field, let value?) in given { fields[field] = [value] }
  if !combined.includeUnrealised { fields[.onlyActual] = ["true"] }
  let parsed = Selection.parse(fields, vocabulary: Vocabulary())
  for p in parsed.problems {
    let message = p.description
    guard fields[p.field] != nil, !message.isEmpty, message.utf8.count <= 400 + 4 * (fields[p.field]?.first?.utf8.count ?? 0) else {
      oracleFailed("a problem for \(p.field.flag), given \(fields[p.field] ?? []): '\(message)'")
    }
  }
  // The date text as small multiples (`--multiples`, a view's `as_of` list): what the parser
  // accepts is dates the date parser reads, each once, and each problem is bounded.
  if let asOfText {
    let multiples = Selection.parse([.multiples: [asOfText]], vocabulary: nil)
    let dates = multiples.selection.multiples ?? []
    guard Set(dates).count == dates.count, dates.allSatisfy({ FuzzyDate(parsing: $0.description) == $0 }) else {
      oracleFailed("small multiples of '\(asOfText)' repeat a date or lose one: \(dates)")
    }
    for p in multiples.problems where p.field != .multiples || p.description.utf8.count > 400 + 4 * asOfText.utf8.count {
      oracleFailed("a small-multiples problem for '\(asOfText)': \(p)")
    }
  }
  let oneByOneAcceptedAll =
    (asOfText == nil || combined.asOf != nil) && (windowText == nil || combined.window != nil)
    && (typesText == nil || combined.types != nil) && (minAttributionText == nil || combined.minAttribution != nil)
    && (attributionText == nil || combined.attributions != nil) && (minConfidenceText == nil || combined.minConfidence != nil)
  if parsed.problems.isEmpty && oneByOneAcceptedAll {
    guard kept(parsed.selection.filter) == all else {
      oracleFailed("the parsed selection keeps \(kept(parsed.selection.filter)), the criteria \(all): \(parsed.selection)")
    }
  }
  return 0
}

@_cdecl("FuzzSelection_main")
public func fuzzSelectionMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
  runFuzzer(argc, argv, fuzzSelection)
}

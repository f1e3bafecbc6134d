import Foundation

/// The conflict datasets `actorgraph import` knows, each read with its own semantics.
public enum ConflictDataset: String, Sendable, CaseIterable {
  /// UCDP Georeferenced Event Dataset (CSV): one row per event between side_a and side_b.
  case ucdpGED = "ucdp-ged"
  /// ACLED export (CSV): one row per event, actor1/actor2 without direction.
  case acled
  /// Stanford Mapping Militants Project relationships (CSV): allies, rivals, affiliates, splits, mergers.
  case mappingMilitants = "mmp"
}

/// Turns a conflict dataset's rows into a ``ForeignGraph`` whose edges already carry our fields
/// (type, dates, attribution, who attributes it, casualties, the record id as the citation), and
/// the mapping that names the dataset as the source.
///
/// What each dataset claims is kept, and no more:
/// - **UCDP GED**: one-sided violence (type_of_violence 3) is an `attack` by side_a on side_b;
///   state-based and non-state fighting (1, 2) is `hostility` (war) between the sides for the
///   event's dates, because UCDP records fighting, not who attacked whom. date_start..date_end is
///   widened to the month or year when date_prec says the day is not known. Deaths: `killed` is
///   `best`; the split by side is in the note.
/// - **ACLED**: actor1/actor2 carry no direction (ACLED says so). Only "Violence against civilians"
///   and "Explosions/Remote violence" imply one: those are `attack`s by actor1 on actor2. "Battles"
///   are `hostility` (war) on the event's date, noted as undirected. Protests, riots and strategic
///   developments are not relations between two actors in our vocabulary and are skipped (counted).
///   time_precision 2 or 3 widens the date to its month.
/// - **Mapping Militants**: each row is a relationship the project observed at its date:
///   allies → alliance, rivals → hostility (rivalry), affiliates → membership (affiliated), each
///   holding on that date (since = until = the date). Splits and mergers are not in our built-in
///   vocabulary: the imported dataset declares `split` and `merger` as undirected, unsigned types
///   (``split``, ``merger``), since the project does not say which group split from or absorbed
///   which. It does not say which group is the umbrella of an affiliation either: the file's
///   group1 → group2 order is kept and the note says so.
public enum ConflictDatasetReader {
  /// - Parameter mapping: a user mapping; its `source` overrides the dataset's default citation.
  /// - Throws: ``ImportError`` at the row that cannot be read.
  public static func read(
    data: Data, name: String, as dataset: ConflictDataset, mapping: ImportMapping? = nil
  ) throws(ImportError) -> (ForeignGraph, ImportMapping) {
    var repaired = 0
    let (header, rows) = try EdgeListReader.table(data, name, repairedC1: &repaired)
    let columns = Dictionary(header.enumerated().map { ($1.lowercased().trimmingWhitespace(), $0) }, uniquingKeysWith: { a, _ in a })
    var m = mapping ?? ImportMapping()
    var g = ForeignGraph()
    var kinds: [String: String] = [:]
    func need(_ names: [String]) throws(ImportError) {
      let missing = names.filter { columns[$0] == nil }
      if !missing.isEmpty {
        throw ImportError(
          "missing column\(missing.count > 1 ? "s" : "") \(missing.joined(separator: ", ")) for \(dataset.rawValue)",
          at: SourceLocation(file: name, line: 1, column: 1),
          hint: "is this a \(dataset.rawValue) file? header: \(header.prefix(12).joined(separator: ","))")
      }
    }
    switch dataset {
    case .ucdpGED:
      try need(["id", "side_a", "side_b", "type_of_violence", "date_start", "date_end"])
      if mapping == nil {
        m.source = Source(
          id: "ucdp-ged", outlet: "Uppsala Conflict Data Program", title: "UCDP Georeferenced Event Dataset (GED)",
          url: "https://ucdp.uu.se/downloads/",
          note: "Sundberg & Melander (2013), Journal of Peace Research 50(4); cite the GED version used")
      }
    case .acled:
      try need(["event_id_cnty", "event_date", "event_type", "actor1", "actor2"])
      if mapping == nil {
        m.source = Source(
          id: "acled", outlet: "ACLED", title: "Armed Conflict Location & Event Data (ACLED) export", url: "https://acleddata.com",
          note: "Raleigh et al. (2010), Journal of Peace Research 47(5); ACLED's terms of use apply to the data")
      }
    case .mappingMilitants:
      try need(["type", "date", "group1_name", "group2_name"])
      // Splits and mergers are not ours: the result declares them (see ``split``, ``merger``).
      m.vocabulary.declare(ConflictDatasetReader.split)
      m.vocabulary.declare(ConflictDatasetReader.merger)
      if mapping == nil {
        m.source = Source(
          id: "mmp", outlet: "Stanford University, Center for International Security and Cooperation",
          title: "Mapping Militant Organizations: relationships", url: "https://cisac.fsi.stanford.edu/mappingmilitants",
          note: "Martha Crenshaw, Mapping Militant Organizations, Stanford University")
      }
    }
    var skipped = 0
    var names: [String: String] = [:]
    for (line, f) in rows {
      func v(_ c: String) -> String? {
        guard let i = columns[c], i < f.count else { return nil }
        let s = f[i].trimmingWhitespace()
        return s.isEmpty ? nil : s
      }
      let at = SourceLocation(file: name, line: line, column: 1)
      var attrs: [String: String] = [:]
      var (a, b) = ("", "")
      switch dataset {
      case .ucdpGED:
        guard let sa = v("side_a"), let sb = v("side_b"), let id = v("id") else {
          skipped += 1
          continue
        }
        (a, b) = (sa, sb)
        let violence = v("type_of_violence") ?? ""
        guard let period = ucdpPeriod(v("date_start"), v("date_end"), precision: v("date_prec")) else {
          throw ImportError(
            "cannot read date_start/date_end '\(v("date_start") ?? "")'..'\(v("date_end") ?? "")'", at: at,
            hint: "UCDP dates are YYYY-MM-DD (optionally with a time)")
        }
        attrs["relation"] = "ucdp-\(id)"
        attrs["sources"] = "\(m.source.id):\(id)"
        attrs["attributed_by"] = "UCDP GED coders"
        if let best = v("best") { attrs["killed"] = best }
        let place = [v("where_coordinates"), v("adm_1"), v("country")].compactMap { $0 }
        if !place.isEmpty { attrs["place"] = place.joined(separator: ", ") }
        let deaths = ["deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown"].compactMap { c in v(c).map { "\(c)=\($0)" } }
        if violence == "3" {
          attrs["type"] = "attack"
          attrs["date"] = period.description
          attrs["note"] = "UCDP one-sided violence. " + deaths.joined(separator: ", ")
          kinds[sb] = kinds[sb] ?? "population"
        } else {
          attrs["type"] = "hostility"
          attrs["subtype"] = "war"
          attrs["since"] = period.description
          attrs["until"] = period.description
          attrs["note"] =
            "UCDP \(violence == "1" ? "state-based" : "non-state") conflict event; UCDP records fighting between the sides, not who attacked whom. "
            + deaths.joined(separator: ", ")
        }
        if sa.hasPrefix("Government of") { kinds[sa] = "state" }
        if sb.hasPrefix("Government of") { kinds[sb] = "state" }
      case .acled:
        guard let a1 = v("actor1"), let id = v("event_id_cnty"), let type = v("event_type") else {
          skipped += 1
          continue
        }
        guard let a2 = v("actor2") else {
          skipped += 1
          continue
        }
        (a, b) = (a1, a2)
        guard var day = acledDate(v("event_date") ?? "") else {
          throw ImportError(
            "cannot read event_date '\(v("event_date") ?? "")'", at: at, hint: "ACLED dates are YYYY-MM-DD or '04 March 2026'")
        }
        if let p = v("time_precision"), p == "2" || p == "3" {
          let month = day.start / 100
          day = FuzzyDate(start: month * 100 + 1, end: month * 100 + FuzzyDate.daysIn(month: month % 100, year: month / 100))
        }
        attrs["relation"] = "acled-\(id)"
        attrs["sources"] = "\(m.source.id):\(id)"
        attrs["attributed_by"] = "ACLED" + (v("source").map { ", from \($0)" } ?? "")
        if let n = v("fatalities") { attrs["killed"] = n }
        let place = [v("location"), v("admin1"), v("country")].compactMap { $0 }
        if !place.isEmpty { attrs["place"] = place.joined(separator: ", ") }
        switch type {
        case "Violence against civilians", "Explosions/Remote violence":
          attrs["type"] = "attack"
          attrs["date"] = day.description
          attrs["note"] =
            "ACLED \(type)\(v("sub_event_type").map { " (\($0))" } ?? ""): the event type names actor1 as the one acting. "
            + (v("notes") ?? "")
        case "Battles":
          attrs["type"] = "hostility"
          attrs["subtype"] = "war"
          attrs["since"] = day.description
          attrs["until"] = day.description
          attrs["note"] = "ACLED battle: actor1/actor2 order carries no direction. " + (v("notes") ?? "")
        default:
          skipped += 1
          continue
        }
        for (actor, inter) in [(a1, v("inter1")), (a2, v("inter2"))] {
          if let k = acledKind(inter) { kinds[actor] = kinds[actor] ?? k }
        }
      case .mappingMilitants:
        guard let g1 = v("group1_name"), let g2 = v("group2_name"), let t = v("type") else {
          skipped += 1
          continue
        }
        (a, b) = (g1, g2)
        guard let day = mmpDate(v("date") ?? "") else {
          throw ImportError(
            "cannot read date '\(v("date") ?? "")'", at: at,
            hint: "Mapping Militants dates are M/D/YY or YYYY-MM-DD with 00 for unknown parts")
        }
        let id = v("unique_id")
        if let id { attrs["relation"] = "mmp-\(id)" }
        attrs["sources"] = "\(m.source.id):\(id ?? "L\(line)")"
        attrs["attributed_by"] = "Mapping Militant Organizations (Stanford)"
        attrs["since"] = day.description
        attrs["until"] = day.description
        let order = "the project does not say which group is which side; the file's group1 → group2 order is kept"
        switch t.lowercased().prefix(3) {
        case "all":
          attrs["type"] = "alliance"
          attrs["subtype"] = "alliance"
        case "riv":
          attrs["type"] = "hostility"
          attrs["subtype"] = "rivalry"
        case "aff":
          attrs["type"] = "membership"
          attrs["subtype"] = "affiliated"
          attrs["note"] = "MMP affiliation; \(order). "
        case "mer":
          attrs["type"] = ConflictDatasetReader.merger.name
        case "spl":
          attrs["type"] = ConflictDatasetReader.split.name
        default:
          throw ImportError("unknown Mapping Militants relationship type '\(t)'", at: at, hint: "expected all, riv, aff, mer or spl")
        }
        attrs["note"] = (attrs["note"] ?? "") + (v("description") ?? "")
        kinds[g1] = "armed-group"
        kinds[g2] = "armed-group"
      }
      g.edges.append(ForeignGraph.Edge(source: slug(a), target: slug(b), attributes: attrs, location: at))
      names[slug(a)] = a
      names[slug(b)] = b
    }
    // Nodes: one per distinct name, id slugged, name as the dataset spells it.
    var seen = Set<String>()
    for e in g.edges {
      for id in [e.source, e.target] where seen.insert(id).inserted {
        let n = names[id] ?? id
        var attrs = ["name": n]
        if let k = kinds[n] { attrs["kind"] = k }
        g.nodes.append(ForeignGraph.Node(id: id, attributes: attrs, location: e.location))
      }
    }
    g.attributes["skipped"] = String(skipped)
    if repaired > 0 { g.attributes["repaired-c1"] = String(repaired) }
    return (g, m)
  }

  /// Mapping Militants splits, declared in the imported dataset's vocabulary: undirected, because
  /// the project does not say which group split from which; unsigned, because a split is not by
  /// itself enmity (the project records rivalries apart).
  public static let split = CustomRelationType(
    name: "split", isDirected: false, sign: nil, verb: "split (one group from the other) with")

  /// Mapping Militants mergers: undirected (the project does not say which absorbed which), unsigned.
  public static let merger = CustomRelationType(name: "merger", isDirected: false, sign: nil, verb: "merged with")

  /// A kebab-case id from a dataset's name: "Government of Iraq" → `government-of-iraq`.
  static func slug(_ name: String) -> String {
    var out = ""
    var dash = false
    for ch in Identifier.fold(name).unicodeScalars {
      if CharacterSet.alphanumerics.contains(ch) {
        if dash && !out.isEmpty { out += "-" }
        out.unicodeScalars.append(ch)
        dash = false
      } else {
        dash = true
      }
    }
    return out.isEmpty ? "unnamed" : out
  }

  /// UCDP's date_start..date_end, widened when date_prec says the day is unknown (4: month, 5: year).
  static func ucdpPeriod(_ start: String?, _ end: String?, precision: String?) -> FuzzyDate? {
    guard let s = start.flatMap({ FuzzyDate(parsing: String($0.prefix(10))) }) else { return nil }
    let e = end.flatMap { FuzzyDate(parsing: String($0.prefix(10))) } ?? s
    guard s.start <= e.end else { return nil }
    switch precision {
    case "4":
      let (sm, em) = (s.start / 100, e.end / 100)
      return FuzzyDate(start: sm * 100 + 1, end: em * 100 + FuzzyDate.daysIn(month: em % 100, year: em / 100))
    case "5": return FuzzyDate(start: (s.start / 10000) * 10000 + 101, end: (e.end / 10000) * 10000 + 1231)
    default: return FuzzyDate(start: s.start, end: e.end)
    }
  }

  /// ACLED's event_date: `YYYY-MM-DD` or `04 March 2026`.
  static func acledDate(_ text: String) -> FuzzyDate? {
    if let d = FuzzyDate(parsing: String(text.prefix(10))), d.precision == .day { return d }
    let parts = text.split(separator: " ")
    let months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
    guard parts.count == 3, let day = Int(parts[0]), let m = months.firstIndex(of: parts[1].lowercased()), parts[2].count == 4 else {
      return nil
    }
    let pad = day < 10 ? "0\(day)" : "\(day)"
    let mm = m + 1 < 10 ? "0\(m + 1)" : "\(m + 1)"
    return FuzzyDate(parsing: "\(parts[2])-\(mm)-\(pad)")
  }

  /// ACLED's interaction codes (numbers in older exports, words in newer ones) as our kinds.
  static func acledKind(_ inter: String?) -> String? {
    switch inter?.lowercased() {
    case "1", "state forces": return "state-organ"
    case "2", "3", "4", "rebel group", "political militia", "identity militia": return "armed-group"
    case "5", "6", "7", "rioters", "protesters", "civilians": return "population"
    case "8", "external/other forces": return "foreign-force"
    default: return nil
    }
  }

  /// Mapping Militants dates: `M/D/YY`, or `YYYY-MM-DD` with `00` for an unknown month or day.
  static func mmpDate(_ text: String) -> FuzzyDate? {
    if text.contains("/") {
      let p = text.split(separator: "/").compactMap { Int($0) }
      guard p.count == 3 else { return nil }
      let year = p[2] >= 100 ? p[2] : p[2] <= 30 ? 2000 + p[2] : 1900 + p[2]
      let mm = p[0] < 10 ? "0\(p[0])" : "\(p[0])", dd = p[1] < 10 ? "0\(p[1])" : "\(p[1])"
      return FuzzyDate(parsing: "\(year)-\(mm)-\(dd)")
    }
    var t = text
    if t.hasSuffix("-00") { t = String(t.dropLast(3)) }
    if t.hasSuffix("-00") { t = String(t.dropLast(3)) }
    return FuzzyDate(parsing: t)
  }
}

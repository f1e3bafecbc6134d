import ActorGraph

/// The `attacks` answer for people: one heading per attacker–target pair, then a table of its
/// events. Each row carries the short facts (date, attribution and confidence, count, killed,
/// injured), which fit 80 columns whole; under it, lines give the subtype and weapon, who
/// attributes it, the source's own words for the time, the place, the outcome and the sources, so
/// nothing the data holds is left to JSON.
/// Attacks that were not carried out, and attacks no date places in the period, come after, apart.
struct AttacksTable {
  var report: AttackReport
  /// The columns to fit into; `nil` prints every cell and line whole.
  var width: Int?

  static let headers = ["event", "when", "attribution", "count", "killed", "injured"]
  /// Columns shown even when every row leaves them empty.
  static let always: Set<String> = ["event", "when", "attribution"]

  func render() -> String {
    var lines: [String] = []
    for p in report.pairs {
      if !lines.isEmpty { lines.append("") }
      lines += TextFitting.wrap(heading(p), width: width)
      lines += table(p.relations)
    }
    if !report.pairs.isEmpty { lines += ["", totalsLine()] }
    if let gone = report.unrealised, !gone.isEmpty {
      lines += ["", "Not carried out (planned or potential: the attribution is of an intention, not of an attack):"]
      lines += table(gone, withPair: true)
    }
    if let undated = report.undated, !undated.isEmpty {
      lines += ["", "Undated attacks that match otherwise (no date places them in the period asked for):"]
      lines += table(undated, withPair: true)
    }
    return lines.map { TextFitting.wrap($0, width: width) }.flatMap { $0 }.joined(separator: "\n")
  }

  /// "In all: 12 events (14 records; 2 events told by several records), ≥99 killed, 296 injured"
  func totalsLine() -> String {
    let t = report.totals
    var line = "In all: \(t.events) event\(t.events == 1 ? "" : "s")"
    let shared = report.events.filter { $0.records.count > 1 }.count
    if t.records != t.events {
      line += " (\(t.records) records; \(shared) event\(shared == 1 ? "" : "s") told by several records, counted once)"
    }
    func ge(_ field: String) -> String { t.atLeast?.contains(field) == true ? "≥" : "" }
    if let k = t.killed { line += ", \(ge("killed"))\(k) killed" }
    if let i = t.injured { line += ", \(ge("injured"))\(i) injured" }
    return line
  }

  /// "iran → erbil: 2 events, 2026-03-03 to 2026-03-10, count ≥180, ≥4 killed, 12 injured"
  func heading(_ p: AttackReport.Pair) -> String {
    var head = "\(p.attacker) → \(p.target): \(p.events) event\(p.events == 1 ? "" : "s")"
    if let f = p.first { head += ", \(f)" + (p.last.map { $0 == f ? "" : " to \($0)" } ?? "") }
    func ge(_ field: String) -> String { p.atLeast?.contains(field) == true ? "≥" : "" }
    if let c = p.count { head += ", count \(ge("count"))\(c)" }
    if let k = p.killed { head += ", \(ge("killed"))\(k) killed" }
    if let i = p.injured { head += ", \(ge("injured"))\(i) injured" }
    return head
  }

  /// The rows of `relations`, each followed by its detail lines, indented under the pair's heading.
  func table(_ relations: [RelationSummary], withPair: Bool = false) -> [String] {
    let rows = relations.map { r -> [String] in
      [
        r.id, r.date?.description ?? (r.since.map { "\($0)–" } ?? "undated"),
        (r.status.map { "\($0): " } ?? "") + "\(r.attribution), \(r.confidence)", r.count.map { r.quantity($0, "count") } ?? "",
        r.killed.map { r.quantity($0, "killed") } ?? "", r.injured.map { r.quantity($0, "injured") } ?? "",
      ]
    }
    let keep = AttacksTable.headers.indices.filter { c in
      AttacksTable.always.contains(AttacksTable.headers[c]) || rows.contains { !$0[c].isEmpty }
    }
    var t = TextTable(keep.map { AttacksTable.headers[$0] })
    // Every cell is a value that must read whole (ids, dates, levels, numbers).
    t.keepWhole = Set(keep.indices)
    for r in rows { t.add(keep.map { r[$0] }) }
    let rendered = t.render(width: width.map { $0 - 2 }).split(separator: "\n").map { "  " + $0 }
    var lines = Array(rendered.prefix(2))
    for (r, row) in zip(relations, rendered.dropFirst(2)) {
      lines.append(row)
      lines += details(r, withPair: withPair).map { "      " + $0 }
    }
    return lines
  }

  /// What a row cannot hold: the pair (for the lists apart), subtype and weapon, who attributes it, the source's words
  /// for the time, the place, the outcome and the sources.
  func details(_ r: RelationSummary, withPair: Bool) -> [String] {
    var out: [String] = []
    if withPair { out.append("\(r.source) → \(r.target)") }
    let what = [r.subtypes?.joined(separator: ", "), r.weapon.map { "weapon: \($0)" }].compactMap { $0 }
    if !what.isEmpty { out.append(what.joined(separator: "; ")) }
    var by = r.attributedBy.map { "attributed by \($0)" } ?? ""
    if let resp = r.response, resp != .noneReported { by += (by.isEmpty ? "" : "; ") + "the accused: \(resp)" }
    if !by.isEmpty { out.append(by) }
    if let w = r.derivedFrom ?? r.when { out.append("when: \(w)") }
    if let e = r.event, let event = report.events.first(where: { $0.id == e }) {
      // The other accounts of the same event, side by side with this one.
      for a in event.attributions where a.record != r.id {
        var account = "same event \(e) as \(a.record): \(a.attacker) → \(a.target)"
        if a.type != .attack { account += " (\(a.type.rawValue))" }
        account += ", \(a.attribution.rawValue), \(a.confidence.rawValue)" + (a.attributedBy.map { ", attributed by \($0)" } ?? "")
        if !a.inAnswer { account += " (not in this selection)" }
        out.append(account)
      }
    }
    if let p = r.place { out.append("place: \(p)") }
    if let o = r.outcome { out.append("outcome: \(o)") }
    out.append("sources: \(r.sources.isEmpty ? "none" : r.sources.joined(separator: ", "))")
    return out.map(DisplayText.terminalSafe)
  }
}

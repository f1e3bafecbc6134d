import ActorGraph
import ArgumentParser

/// Resolves a name typed by the user, turning a miss into an error with suggestions.
func resolveActor(_ name: String, in dataset: Dataset) throws -> Int32 {
  do {
    return try ActorLookup(dataset).find(name, in: dataset)
  } catch {
    throw CLIError(error.description, status: .usageError)
  }
}

/// One relation on one line: "→ pmf [arms, training] 2014– confirmed; sources d4:L28 (r50s)".
func describe(_ r: RelationSummary, from: String? = nil, to: String? = nil) -> String {
  var s = ""
  if let to { s += "→ \(to)" }
  if let from { s += "← \(from)" }
  if let sub = r.subtypes { s += " [\(sub.joined(separator: ", "))]" }
  s += "  \(r.timeText)  \(r.attribution)"
  if let by = r.attributedBy { s += " by \(by)" }
  s += ", \(r.confidence) confidence"
  if let resp = r.response, resp != .noneReported { s += "; accused: \(resp)" }
  if let st = r.status { s += " (\(st))" }
  var facts: [String] = []
  if let p = r.place { facts.append(p) }
  if let w = r.weapon { facts.append(w) }
  if let c = r.count { facts.append("count \(r.quantity(c, "count"))") }
  if let k = r.killed { facts.append("\(r.quantity(k, "killed")) killed") }
  if let i = r.injured { facts.append("\(r.quantity(i, "injured")) injured") }
  if !facts.isEmpty { s += "; " + facts.joined(separator: ", ") }
  s += "; sources \(r.sources.isEmpty ? "none" : r.sources.joined(separator: ", ")) (\(r.id))"
  return s
}

/// What the data says about a relation beyond its facts: the outcome of an event and the note,
/// each on its own line so that a table never hides them.
func commentary(_ r: RelationSummary) -> [String] {
  var out: [String] = []
  if let o = r.outcome { out.append("outcome: \(o)") }
  if let n = r.note { out.append("note: \(n)") }
  return out
}

func relationsCSV(_ rs: [RelationSummary]) -> String {
  CSVWriter.render(
    [
      "id", "type", "subtypes", "source", "target", "since", "until", "date", "attribution", "confidence", "attributed_by", "response",
      "sources",
    ],
    rs.map {
      [
        $0.id, $0.type.rawValue, ($0.subtypes ?? []).joined(separator: ";"), $0.source, $0.target, $0.since?.description ?? "",
        $0.until?.description ?? "", $0.date?.description ?? "", $0.attribution.rawValue, $0.confidence.rawValue,
        $0.attributedBy ?? "", $0.response?.rawValue ?? "", $0.sources.joined(separator: ";"),
      ]
    })
}

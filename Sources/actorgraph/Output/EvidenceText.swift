import ActorGraph
import ArgumentParser
import GraphAnalytics

/// Evidence as JSON, CSV or a table of hops; in a table each hop's relations come in date order,
/// each with its outcome, note and citations, wrapped to `width`.
func printEvidence(_ evidence: Evidence, format: OutputFormat, width: Int? = nil, vocabulary: Vocabulary = Vocabulary()) throws {
  switch format {
  case .json: print(try encodeJSON(evidence))
  case .csv:
    var rows: [[String]] = []
    for h in evidence.hops {
      for item in h.items {
        for c in item.citations {
          rows.append([
            h.from, h.to, item.relation.id, item.relation.type.rawValue, item.relation.attribution.rawValue,
            item.relation.confidence.rawValue, c.id, c.locator ?? "",
            c.outlet ?? "", c.title ?? "", c.date ?? "",
          ])
        }
      }
    }
    print(
      CSVWriter.render(
        ["from", "to", "relation", "type", "attribution", "confidence", "source", "locator", "outlet", "title", "date"], rows))
  case .table:
    var lines: [String] = []
    for h in evidence.hops {
      lines.append("\(h.from) – \(h.to):")
      if h.items.isEmpty { lines.append("  no relation in the data") }
      for item in h.items {
        let r = item.relation
        lines.append(
          "  \(r.source) \(vocabulary.verb(r.type)) \(r.target)  \(r.timeText)  \(r.attribution)\(r.attributedBy.map { " by \($0)" } ?? ""), \(r.confidence) confidence  (\(r.id))"
        )
        for c in item.citations {
          let what = [c.reliability.map { "grade \($0)" }, c.outlet, c.title.map { "“\($0)”" }, c.date].compactMap { $0 }.joined(
            separator: ", ")
          lines.append("      \(c.id)\(c.locator.map { ":\($0)" } ?? ""): \(what)")
        }
        lines += commentary(r).map { "      " + $0 }
      }
    }
    print(TextFitting.wrapAll(lines.joined(separator: "\n"), width: width))
  }
}

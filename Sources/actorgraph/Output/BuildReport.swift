import ActorGraph
import ActorGraphDiagrams
import ActorGraphViews
import ArgumentParser
import Foundation

func printBuildReport(_ report: ViewBuild.Report, check: Bool, format: Validate.DiagnosticFormat) throws {
  if format == .json {
    print(try encodeJSON(report))
    return
  }
  let capped = DiagnosticCap(report.diagnostics)
  for d in capped.kept { print(d) }
  for line in capped.summaryLines { print(line) }
  for path in report.swept { print("removed a temporary file left by an interrupted run: \(path)") }
  for item in report.items where item.state != .upToDate {
    let verb: String
    switch item.state {
    case .missing: verb = check ? "missing" : "built"
    case .stale: verb = check ? "stale" : "rebuilt"
    case .orphaned: verb = report.removed.contains(item.output) ? "removed" : "orphaned"
    case .failed: verb = "failed"
    case .upToDate: verb = "up to date"
    }
    print("\(verb): \(item.output)\(item.view.map { " (view \($0))" } ?? "") — \(item.reasons.joined(separator: "; "))")
  }
  for r in report.readability ?? [] {
    guard let m = r.readability else {
      print("readability: \(r.view): not measured — \(r.error ?? "unknown error")")
      continue
    }
    print(
      "readability: \(r.view) fit into \(m.target): text median \(String(format: "%.1f", m.medianText)) px, smallest \(String(format: "%.1f", m.smallestText)) px; "
        + "\(m.nodes) actors, \(m.edges) lines, at most \(m.edgesPerOrderedPair) per pair and direction (\(m.edgesPerPair) either way); "
        + "\(m.crossings) crossings; \(m.overlaps) overlaps")
    for w in m.warnings { print("  warning: \(w)") }
  }
  let current = report.items.filter { $0.state == .upToDate }.count
  printError(
    "\(report.items.count) outputs: \(current) up to date, \(report.written.count) written\(check ? " (check mode: nothing written)" : "")")
}

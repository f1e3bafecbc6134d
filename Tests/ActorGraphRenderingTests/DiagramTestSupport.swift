import ActorGraph
import ActorGraphRendering
import Foundation
import TestSupport

/// Temporary project folders for diagram and build tests.
enum TempProject {
  static func make(_ files: [String: String]) throws -> String {
    try TemporaryFolder(files, prefix: "actorgraph-render").path
  }

  /// A dataset whose names try to break DOT and SVG: quotes, backslashes, braces, angle brackets,
  /// character references, a title over two lines, Arabic and Persian script. (A name cannot hold a
  /// line break: the validator refuses it.)
  static let hostileDataset = """
    dataset:
      id: hostile
      title: "Hostile \\"names\\" <test> & {braces}\\nsecond line &#1;"
    sources:
      - id: s1
        outlet: "Wire \\\\ Service"
    actors:
      - id: state-a
        name: "State \\"A\\" \\\\ {x}"
        kind: state
      - id: umbrella
        name: "Umbrella <b>bold</b> & co"
        kind: umbrella-group
      - id: militia-1
        name: "كتائب حزب الله"
        kind: armed-group
      - id: militia-2
        name: "Line one \\\\n line two; -> edge &amp; AT&T &#1;"
        kind: armed-group
      - id: site-x
        name: "سپاه پاسداران base\\\\"
        kind: site
      - id: nobody
        name: Unidentified attacker
        kind: unidentified
    relations:
      - {id: r1, type: support, form: arms, source: state-a, target: umbrella, since: "2014", attribution: confirmed, sources: [s1]}
      - {id: r2, type: membership, source: militia-1, target: umbrella, attribution: confirmed, sources: [s1]}
      - {id: r3, type: membership, source: militia-2, target: umbrella, attribution: confirmed, sources: [s1]}
      - {id: r4, type: attack, source: militia-1, target: site-x, date: "2026-03-04", attribution: claimed, killed: 2, sources: [s1]}
      - {id: r5, type: attack, source: militia-2, target: site-x, date: "2026-03", attribution: suspected, sources: [s1]}
      - {id: r6, type: attack, source: nobody, target: site-x, date: "2026-02", attribution: unattributed, sources: [s1]}
      - {id: r7, type: hostility, source: state-a, target: militia-2, attribution: attributed, sources: [s1]}
    """

  static func hostile() throws -> Dataset {
    let root = try make(["data.yaml": hostileDataset])
    let r = DatasetLoader.load(root + "/data.yaml")
    guard !r.hasErrors else { throw DiagramError("fixture has errors: \(r.diagnostics.errors)") }
    return r.dataset
  }
}

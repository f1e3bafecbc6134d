/// Builds the YAML text of a small dataset from one-line actors and relations.
///
/// Tests state only what they vary: every relation gets `attribution: confirmed` and cites `s1`
/// unless it says otherwise.
public enum DatasetText {
  /// One source, `s1`, from an outlet called "Wire".
  public static let oneSource = "sources: [{id: s1, outlet: Wire}]"

  /// A dataset of the given actors (`id: kind`, named after their ids in upper case) and
  /// relations (the inside of a YAML flow mapping, e.g. `id: r1, type: support, source: a, target: b`).
  public static func yaml(actors: [(id: String, kind: String)], relations: [String]) -> String {
    let actorLines = actors.map { "  - {id: \($0.id), name: \($0.id.uppercased()), kind: \($0.kind)}" }
    let relationLines = relations.map { r in
      let attribution = r.contains("attribution") ? "" : ", attribution: confirmed"
      let sources = r.contains("sources") ? "" : ", sources: [s1]"
      return "  - {\(r)\(attribution)\(sources)}"
    }
    return ([oneSource, "actors:"] + actorLines + ["relations:"] + relationLines).joined(separator: "\n") + "\n"
  }

  /// A patron (`p`) supporting `clients` armed groups (`c0`, `c1`…, "Client number N"): a star
  /// whose long column of names sets how small the text of a fitted picture gets.
  public static func star(clients: Int) -> String {
    var actors = "sources:\n  - {id: s1, outlet: Wire}\nactors:\n  - {id: p, name: Patron, kind: state}\n"
    var relations = "relations:\n"
    for i in 0..<clients {
      actors += "  - {id: c\(i), name: Client number \(i), kind: armed-group}\n"
      relations += "  - {id: r\(i), type: support, source: p, target: c\(i), attribution: confirmed, sources: [s1]}\n"
    }
    return actors + relations
  }

  /// A dataset whose names try to break DOT and SVG: quotes, backslashes, braces, angle brackets,
  /// character references, a title over two lines, Arabic and Persian script. (A name cannot hold a
  /// line break: the validator refuses it.)
  public static let hostile = """
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
}

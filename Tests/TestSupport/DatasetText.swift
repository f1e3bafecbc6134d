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
}

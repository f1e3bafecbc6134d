import ActorGraph

/// An empty answer's message, then, for each actor it asks about that may not have been there on
/// the snapshot date, why (the domain's ``ActorExistence``): an empty answer before a group was
/// founded is explained, not left to read as a finding.
func reportEmpty(_ message: String, about actors: [Int32], filter: RelationFilter, in dataset: Dataset) {
  var seen = Set<Int32>()
  let notes = actors.filter { seen.insert($0).inserted }.compactMap { ActorExistence.on(filter, actor: $0, in: dataset)?.message }
  reportEmpty(([message] + notes.map { "note: " + $0 }).joined(separator: "\n"))
}

/// The value type of an exported attribute, as the typed formats (GraphML, GEXF, Neo4j) declare it.
public enum ExchangeValueType: String, Sendable {
  /// A string, an integer, a floating-point number, or a boolean.
  case string, int, double, boolean
  /// A list of strings: joined with `;` where the format has no list type (GraphML, GEXF, CSV).
  case stringList
}

/// One exported attribute of an actor or a relation: its name in every format, its type, and how
/// to read it off the record. Every field of ``Actor`` and ``Relation`` has one, so an export into a
/// format that carries typed attributes loses nothing.
public struct ExchangeField<Record>: Sendable {
  /// The attribute's name in every format.
  public let name: String
  /// The attribute's value type.
  public let type: ExchangeValueType
  let value: @Sendable (Record, Dataset) -> ExchangeValue?

  init(_ name: String, _ type: ExchangeValueType, _ value: @escaping @Sendable (Record, Dataset) -> ExchangeValue?) {
    self.name = name
    self.type = type
    self.value = value
  }

  /// The field's value on `record`, or `nil` when the record does not give it.
  public func value(of record: Record, in dataset: Dataset) -> ExchangeValue? { value(record, dataset) }
}

/// A typed attribute value.
public enum ExchangeValue: Sendable, Hashable {
  /// A string.
  case string(String)
  /// An integer.
  case int(Int)
  /// A floating-point number.
  case double(Double)
  /// A boolean.
  case boolean(Bool)
  /// A list of strings.
  case list([String])

  /// The value as text: lists joined with `;`, numbers in their shortest exact spelling.
  public var text: String {
    switch self {
    case .string(let s): return s
    case .int(let i): return String(i)
    case .double(let d): return ExchangeValue.format(d)
    case .boolean(let b): return b ? "true" : "false"
    case .list(let l): return l.joined(separator: ";")
    }
  }

  /// Integral doubles print without a fraction (`1`, not `1.0`) so that text round-trips stay short;
  /// others use Swift's shortest representation that reads back to the same double.
  static func format(_ d: Double) -> String {
    if d == d.rounded(), abs(d) < 1e15 { return String(Int(d)) }
    return "\(d)"
  }
}

/// The attribute tables shared by every exporter.
public enum ExchangeFields {
  /// Every field of an actor except its id (the node id in every format).
  public static let actor: [ExchangeField<Actor>] = [
    .init("name", .string) { a, _ in .string(a.name) },
    .init("kind", .string) { a, _ in .string(a.kind.rawValue) },
    .init("subkind", .string) { a, _ in a.subkind.map { .string($0) } },
    .init("aliases", .stringList) { a, _ in a.aliases.isEmpty ? nil : .list(a.aliases) },
    .init("country", .string) { a, _ in a.country.map { .string($0) } },
    .init("notes", .string) { a, _ in a.notes.map { .string($0) } },
    .init("sources", .stringList) { a, _ in a.sources.isEmpty ? nil : .list(a.sources.map(\.description)) },
    .init("inferred", .boolean) { a, _ in a.inferred ? .boolean(true) : nil },
    .init("founded", .string) { a, _ in a.founded.map { .string($0.description) } },
    .init("dissolved", .string) { a, _ in a.dissolved.map { .string($0.description) } },
  ]

  /// Every field of a relation except its endpoints. The relation's own id is `relation`, because
  /// `id` means the element id in GEXF, igraph's GraphML reader and Graphviz (our CSV calls it `id`).
  public static let relation: [ExchangeField<Relation>] = [
    .init("relation", .string) { r, _ in r.id.isEmpty ? nil : .string(r.id) },
    .init("type", .string) { r, _ in .string(r.type.rawValue) },
    .init("subtype", .stringList) { r, _ in r.subtypes.isEmpty ? nil : .list(r.subtypes) },
    .init("since", .string) { r, _ in r.since.map { .string($0.description) } },
    .init("until", .string) { r, _ in r.until.map { .string($0.description) } },
    .init("date", .string) { r, _ in r.date.map { .string($0.description) } },
    .init("attribution", .string) { r, _ in .string(r.attribution.rawValue) },
    .init("sign", .int) { r, _ in .int(Int(r.sign)) },
    .init("weight", .double) { r, _ in .double(r.weight) },
    .init("symmetric", .boolean) { r, _ in .boolean(r.type.isSymmetric) },
    .init("sources", .stringList) { r, _ in r.sources.isEmpty ? nil : .list(r.sources.map(\.description)) },
    .init("when", .string) { r, _ in r.details?.when.map { .string($0) } },
    .init("attributed_by", .string) { r, _ in r.details?.attributedBy.map { .string($0) } },
    .init("response", .string) { r, _ in r.details?.response.map { .string($0.rawValue) } },
    .init("status", .string) { r, _ in r.status == .actual ? nil : .string(r.status.rawValue) },
    .init("place", .string) { r, _ in r.details?.place.map { .string($0) } },
    .init("weapon", .string) { r, _ in r.details?.weapon.map { .string($0) } },
    .init("count", .int) { r, _ in r.details?.count.map { .int($0) } },
    .init("killed", .int) { r, _ in r.details?.killed.map { .int($0) } },
    .init("injured", .int) { r, _ in r.details?.injured.map { .int($0) } },
    .init("at_least", .stringList) { r, _ in (r.details?.atLeast ?? []).isEmpty ? nil : .list(r.details!.atLeast) },
    .init("outcome", .string) { r, _ in r.details?.outcome.map { .string($0) } },
    .init("note", .string) { r, _ in r.details?.note.map { .string($0) } },
    // The happening a record tells: records sharing it are one event with several accounts.
    .init("event", .string) { r, _ in r.details?.event.map { .string($0) } },
  ]
}

/// A loaded, checked dataset: actors, the relations between them, and the sources they cite.
///
/// Actors are addressed by index (`Int32`) in relations; ``index(of:)`` maps ids to indices.
public struct Dataset: Sendable {
  /// Where a record came from, for diagnostics: an index into ``files``, a line and a column.
  public struct Origin: Sendable, Hashable {
    /// The index of the file in ``Dataset/files``; -1 for a record made in code.
    public var file: Int32
    /// The line, counted from 1.
    public var line: Int32
    /// The column, counted from 1.
    public var column: Int32
    /// An origin in file `file` at `line`, `column`.
    public init(file: Int32, line: Int32, column: Int32) {
      self.file = file
      self.line = line
      self.column = column
    }
  }

  /// The dataset's id (`dataset: {id: ...}`), or its folder's name.
  public var id: String
  /// The dataset's title, for captions and pages; diagrams fall back to its id.
  public var title: String?
  /// What the dataset covers, in its authors' words.
  public var description: String?
  /// The relation types and actor kinds the data may use: the built-in ones, plus those the
  /// dataset declares (`vocabulary:` in `dataset.yaml`).
  public var vocabulary = Vocabulary()
  /// The files the dataset was read from, relative to where it was loaded.
  public var files: [String]
  /// The actors, in file order; an actor's index is stable for the dataset's life.
  public private(set) var actors: [Actor]
  /// The relations, in file order; indices are stable for the dataset's life.
  public var relations: [Relation]
  /// The sources the relations cite.
  public var sources: [Source]
  /// Where each actor was written, by actor index.
  public var actorOrigins: [Origin]
  /// Where each relation was written, by relation index.
  public var relationOrigins: [Origin]
  /// Where each source was written, by source index.
  public var sourceOrigins: [Origin]
  private var indexByID: [String: Int32]
  /// The latest day any source was published: the "now" of the data, which snapshot commands use
  /// when no date is given (set by ``deriveValidity()``).
  public internal(set) var present: FuzzyDate?

  /// An empty dataset; the loader fills it from files.
  public init(id: String, title: String? = nil, description: String? = nil, files: [String] = []) {
    self.id = id
    self.title = title
    self.description = description
    self.files = files
    self.actors = []
    self.relations = []
    self.sources = []
    self.actorOrigins = []
    self.relationOrigins = []
    self.sourceOrigins = []
    self.indexByID = [:]
  }

  /// Adds an actor; returns its index, or `nil` if the id is taken.
  @discardableResult
  public mutating func addActor(_ actor: Actor, origin: Origin = Origin(file: -1, line: 0, column: 0)) -> Int32? {
    guard indexByID[actor.id] == nil else { return nil }
    let i = Int32(actors.count)
    actors.append(actor)
    actorOrigins.append(origin)
    indexByID[actor.id] = i
    return i
  }

  /// Makes room for `count` more actors, so a bulk loader does not rehash the id index as it grows.
  /// - Complexity: O(n) for n actors held.
  mutating func reserveActors(_ count: Int) {
    actors.reserveCapacity(actors.count + count)
    actorOrigins.reserveCapacity(actorOrigins.count + count)
    indexByID.reserveCapacity(indexByID.count + count)
  }

  /// Changes actor `index` in place, keeping the id index current.
  public mutating func updateActor(at index: Int32, _ body: (inout Actor) -> Void) {
    body(&actors[Int(index)])
  }

  /// Appends a relation written at `origin`.
  public mutating func addRelation(_ relation: Relation, origin: Origin = Origin(file: -1, line: 0, column: 0)) {
    relations.append(relation)
    relationOrigins.append(origin)
  }

  /// Appends many relations at once (bulk loading).
  mutating func appendRelations(_ rs: consuming [Relation], origins: consuming [Origin]) {
    if relations.isEmpty {
      relations = rs
      relationOrigins = origins
    } else {
      relations.append(contentsOf: rs)
      relationOrigins.append(contentsOf: origins)
    }
  }

  /// The id → index table, for loaders that resolve many names in a tight loop.
  var actorIndexTable: [String: Int32] { indexByID }

  /// The index of the actor with this exact id.
  ///
  /// - Complexity: O(1) on average.
  public func index(of id: String) -> Int32? { indexByID[id] }

  /// The actor at `index`.
  ///
  /// - Complexity: O(1).
  public func actor(_ index: Int32) -> Actor { actors[Int(index)] }

  /// The actor with this id, if any.
  ///
  /// - Complexity: O(1): a dictionary look-up.
  public func actor(id: String) -> Actor? { indexByID[id].map { actors[Int($0)] } }

  /// The source with this id, if any.
  ///
  /// - Complexity: O(s) for s sources.
  public func source(id: String) -> Source? { sources.first { $0.id == id } }

  /// A citable id for relation `index`: its own id, or `file#Lline` for CSV rows without one.
  public func relationID(_ index: Int) -> String {
    let r = relations[index]
    if !r.id.isEmpty { return r.id }
    let o = relationOrigins[index]
    let file = o.file >= 0 && Int(o.file) < files.count ? files[Int(o.file)] : "relation"
    return "\(file.split(separator: "/").last.map(String.init) ?? file)#L\(o.line)"
  }

  /// The location of an origin as a `SourceLocation`, if it came from a file.
  public func location(_ origin: Origin) -> SourceLocation? {
    guard origin.file >= 0, Int(origin.file) < files.count else { return nil }
    return SourceLocation(file: files[Int(origin.file)], line: Int(origin.line), column: Int(origin.column))
  }
}

/// When a relation holds (a state of affairs) or may have happened (an event), as the data
/// supports it, and on what grounds.
///
/// A state's own `since`/`until` come first. A state with neither is not true "since the
/// beginning of time": it is known from the earliest `published` date of its sources (the first
/// day of each one's range, or its last day when only that is known), or failing
/// that from the later `founded` of its two ends. Either way it is clipped to the lifespans of
/// both ends. An event's validity is its date; an undated event has none and is never placed in
/// a snapshot or a window.
public struct Validity: Sendable, Hashable {
  /// First day (`yyyymmdd`); ``FuzzyDate/firstDay`` when nothing bounds it.
  public var from: Int32
  /// Last day (`yyyymmdd`); ``FuzzyDate/lastDay`` when it still holds or nothing bounds it.
  public var to: Int32
  /// What the period rests on: the relation's own dates, its sources, its ends' lifespans, or nothing.
  public var basis: Basis
  /// Whether an end's `founded`/`dissolved` narrowed what the relation's own dates say.
  public var clipped: Bool

  /// Where the first day comes from.
  public enum Basis: UInt8, Sendable, Hashable {
    /// The relation's own dates (`since`, `until`, `date`).
    case stated
    /// No date of its own: known from its sources' publication.
    case sources
    /// No date of its own and no dated source: known from the ends' founding.
    case lifespan
    /// Nothing dates it.
    case undated

    /// The basis as exports and answers name it: `stated`, `sources`, `lifespan` or `undated`.
    public var name: String {
      switch self {
      case .stated: return "stated"
      case .sources: return "sources"
      case .lifespan: return "lifespan"
      case .undated: return "undated"
      }
    }
  }

  /// A validity from `from` to `to` (`yyyymmdd`), resting on `basis`.
  public init(from: Int32, to: Int32, basis: Basis, clipped: Bool = false) {
    self.from = from
    self.to = to
    self.basis = basis
    self.clipped = clipped
  }

  /// The validity a relation's own dates give, before sources and lifespans are considered.
  public init(stated r: Relation) {
    if r.type.isEvent {
      if let d = r.date {
        self.init(from: d.start, to: d.end, basis: .stated)
      } else {
        self.init(from: FuzzyDate.firstDay, to: FuzzyDate.lastDay, basis: .undated)
      }
    } else if r.since == nil && r.until == nil {
      self.init(from: FuzzyDate.firstDay, to: FuzzyDate.lastDay, basis: .undated)
    } else {
      self.init(from: r.since?.start ?? FuzzyDate.firstDay, to: r.until?.end ?? FuzzyDate.lastDay, basis: .stated)
    }
  }

  /// The period as a date (`2023-10-07..`), or `nil` when nothing bounds it.
  public var period: FuzzyDate? {
    from == FuzzyDate.firstDay && to == FuzzyDate.lastDay ? nil : FuzzyDate(start: from, end: to)
  }
}

extension Dataset {
  /// Derives every relation's ``Relation/validity`` from its dates, its sources' `published`
  /// dates and its ends' lifespans, and sets ``present``. The loader calls it; call it again after
  /// changing relations, sources or actors by hand.
  ///
  /// - Complexity: O(r·c) for r relations citing c sources each.
  public mutating func deriveValidity() {
    var published: [String: Int32] = [:]
    var latest: Int32? = nil
    for s in sources {
      guard let d = s.published else { continue }
      // A source known only to precede some day ("..2026-03-15") dates what it says by that day.
      if d.start != FuzzyDate.firstDay { published[s.id] = d.start } else if d.end != FuzzyDate.lastDay { published[s.id] = d.end }
      if d.end != FuzzyDate.lastDay { latest = max(latest ?? d.end, d.end) }
    }
    present = latest.map { FuzzyDate(start: $0, end: $0) }
    let born = actors.map { $0.founded?.start ?? FuzzyDate.firstDay }
    let gone = actors.map { $0.dissolved?.end ?? FuzzyDate.lastDay }
    let anyLifespan = actors.contains { $0.founded != nil || $0.dissolved != nil }
    for k in relations.indices {
      let r = relations[k]
      var v = Validity(stated: r)
      if !r.type.isEvent {
        if v.basis == .undated {
          let known = r.sources.compactMap { published[$0.id] }.min()
          if let known {
            v.from = known
            v.basis = .sources
          }
        }
        if anyLifespan {
          let start = max(born[Int(r.source)], born[Int(r.target)])
          let end = min(gone[Int(r.source)], gone[Int(r.target)])
          if start > v.from {
            if v.basis == .undated { v.basis = .lifespan } else { v.clipped = true }
            v.from = start
          }
          if end < v.to {
            if v.basis == .undated { v.basis = .lifespan } else { v.clipped = true }
            v.to = end
          }
        }
      }
      relations[k].validity = v
    }
  }
}

import ActorGraph
import ActorGraphDiagrams
import ArgumentParser
import Foundation
import GraphAnalytics

/// The table form of a balance answer.
enum BalanceText {
  static func lines(_ b: StructuralBalance) -> [String] {
    let t = b.triads
    var lines = [
      "Signs: " + b.signs.map { "\($0.type.rawValue) \($0.sign > 0 ? "+" : "−")" }.joined(separator: ", "),
      "\(b.signedActors) actors with a signed tie: \(b.positivePairs) allied pairs, \(b.negativePairs) hostile pairs, "
        + "\(b.ambivalent.count) both",
      "\(t.total) triads: \(t.balanced) balanced, \(t.unbalanced) unbalanced (\(t.allNegative) all-hostile), "
        + "\(t.ambivalent) with an ambivalent side; balance index \(formatScore(b.balanceIndex)) (balanced of signed triads)",
    ]
    if let c = b.camps {
      lines.append("Frustration index (two camps): \(summary(c))")
    }
    if let k = b.blocs {
      lines.append("Frustration with any number of blocs: \(summary(k, limit: "size or time limit")), \(k.groups.count) blocs")
    }
    let strict = b.unbalanced.filter { !$0.allNegative }
    let weak = b.unbalanced.filter(\.allNegative)
    section(&lines, "Unbalanced triads (signs of a–b, b–c, a–c) and the relations behind each side:", strict, triad)
    section(&lines, "All-hostile triads (unbalanced for Heider, allowed under weak balance):", weak, triad)
    section(&lines, "Triads with an ambivalent side (± = ally and enemy at once):", b.ambivalentTriads, triad)
    section(&lines, "Ally and enemy at once (frustrated under any split):", b.ambivalent) { [tie($0)] }
    if let c = b.camps {
      section(&lines, "Two camps (\(c.exact ? "an optimal split" : "best split found, not proven optimal")):", Array(c.groups.enumerated()))
      {
        ["  \($0.offset + 1). \($0.element.joined(separator: ", "))"]
      }
      section(&lines, "Ties frustrated by the two camps:", c.frustrated) { [tie($0)] }
    }
    if let k = b.blocs {
      section(
        &lines, "Blocs (\(k.exact ? "an optimal partition" : "best partition found, not proven optimal")):", Array(k.groups.enumerated())
      ) {
        ["  \($0.offset + 1). \($0.element.joined(separator: ", "))"]
      }
      section(&lines, "Ties frustrated by the blocs:", k.frustrated) { [tie($0)] }
    }
    return lines
  }

  static func summary(_ p: StructuralBalance.Partition, limit: String = "time limit") -> String {
    p.exact
      ? "\(p.frustration) (optimal)"
      : "\(p.frustration) best found, ≥ \(p.lowerBound) proven (\(limit) reached; not proven optimal)"
  }

  static func section<T>(_ lines: inout [String], _ title: String, _ items: [T], _ render: (T) -> [String]) {
    guard !items.isEmpty else { return }
    lines.append("")
    lines.append(title)
    for item in items { lines += render(item) }
  }

  static func triad(_ t: StructuralBalance.Triad) -> [String] {
    ["  \(t.actors.joined(separator: ", "))  \(t.signs.joined(separator: " "))"] + t.sides.map { "  " + tie($0) }
  }

  static func tie(_ p: StructuralBalance.Tie) -> String {
    let rels = p.relations.map { r in
      "\(r.id) \(r.type.rawValue) \(r.sign)" + (r.sources.isEmpty ? "" : " [\(r.sources.joined(separator: ", "))]")
    }
    return "  \(p.actors.joined(separator: " – ")) \(p.sign)  \(rels.joined(separator: "; "))"
  }
}

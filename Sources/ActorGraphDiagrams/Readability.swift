import Foundation

/// How readable a laid-out diagram is when fit into a target picture (a 1920×1080 slide by
/// default): text heights in pixels there, lines drawn per pair of actors, edge crossings and
/// node overlaps, all measured from Graphviz's own layout (its `json` output), not estimated.
///
/// Text height is the font size scaled by the factor that fits the whole drawing (its bounding
/// box plus the page padding, as the SVG's viewBox) into the target, as a slide or a web page
/// shows an SVG. Crossings are counted between the drawn Bézier splines, flattened to short
/// segments, between lines that share no actor (two lines of one actor leave it side by side);
/// a meeting inside an actor's box is where lines end, not a crossing.
public struct Readability: Codable, Sendable, Equatable {
  /// The picture the diagram is fit into, in pixels.
  public struct Target: Codable, Sendable, Hashable, CustomStringConvertible {
    /// Width in pixels.
    public var width: Double
    /// Height in pixels.
    public var height: Double
    /// A picture of `width` × `height` pixels.
    public init(width: Double, height: Double) {
      self.width = width
      self.height = height
    }
    /// A 16:9 full-HD slide.
    public static let slide = Target(width: 1920, height: 1080)

    /// Parses `WIDTHxHEIGHT` in pixels, e.g. `1920x1080`.
    public init?(parsing text: String) {
      let parts = text.lowercased().split(separator: "x")
      guard parts.count == 2, let w = Double(parts[0]), let h = Double(parts[1]), w >= 1, h >= 1, w <= 100_000, h <= 100_000
      else { return nil }
      self.init(width: w, height: h)
    }
    public var description: String { "\(Int(width))×\(Int(height))" }
  }

  /// The thresholds a view should meet at its target size.
  public struct Targets: Codable, Sendable, Equatable {
    /// The median text height, in pixels, a view should reach.
    public var medianText: Double = 12
    /// The smallest text height, in pixels, a view should reach.
    public var smallestText: Double = 10
    /// The most lines a view should draw between two actors.
    public var edgesPerPair: Int = 2
    /// The house thresholds: median 12 px, smallest 10 px, two lines a pair.
    public init() {}
  }

  /// The picture the drawing was fit into.
  public var target: Target
  /// The drawing's width in points (bounding box plus padding).
  public var drawingWidth: Double
  /// The drawing's height in points (bounding box plus padding).
  public var drawingHeight: Double
  /// Pixels per point when the drawing is fit into the target (never enlarged past the target).
  public var scale: Double
  /// The smallest text height in pixels at the target size (0 when there is no text).
  public var smallestText: Double
  /// The median text height in pixels at the target size (0 when there is no text).
  public var medianText: Double
  /// Text items measured.
  public var texts: Int
  /// Visible nodes.
  public var nodes: Int
  /// Drawn edges.
  public var edges: Int
  /// The most lines drawn from one actor to another, in one direction.
  public var edgesPerOrderedPair: Int
  /// The most lines drawn between two actors, in either direction.
  public var edgesPerPair: Int
  /// The pair with the most lines, as `source → target` node names.
  public var busiestPair: String?
  /// Points where two drawn lines cross outside any actor's box.
  public var crossings: Int
  /// Pairs of visible actor boxes that overlap.
  public var overlaps: Int
  /// What falls below the targets, each with the change that fixes it.
  public var warnings: [String]

  /// Measures a layout.
  ///
  /// - Parameters:
  ///   - layout: Graphviz `json` output for the diagram.
  ///   - target: The picture to fit into.
  ///   - targets: The thresholds behind the warnings.
  /// - Throws: ``DiagramError`` when the bytes are not a Graphviz JSON layout.
  /// - Complexity: O(s²) in the number of flattened spline segments s (pairs pruned by bounding box).
  ///   - textEnlarged: The text was already enlarged as far as it helps (`min_text` fell
  ///     short): the advice is then a larger picture or fewer actors, not larger text.
  public static func measure(
    layout: [UInt8], target: Target = .slide, targets: Targets = Targets(), textEnlarged: Bool = false
  ) throws -> Readability {
    guard let root = (try? JSONSerialization.jsonObject(with: Data(layout))) as? [String: Any],
      let bb = (root["bb"] as? String).map(numbers), bb.count == 4
    else { throw DiagramError("not a Graphviz JSON layout (no bounding box)") }
    let pad = (root["pad"] as? String).flatMap { numbers($0).first }.map { $0 * 72 } ?? 4
    let width = bb[2] - bb[0] + 2 * pad, height = bb[3] - bb[1] + 2 * pad
    let scale = min(target.width / max(width, 1), target.height / max(height, 1))

    var sizes: [Double] = []
    func collectText(_ object: [String: Any]) {
      for key in ["_ldraw_", "_hldraw_", "_tldraw_", "_hdraw_", "_tdraw_", "_draw_"] {
        guard let ops = object[key] as? [[String: Any]] else { continue }
        var size = 14.0
        for op in ops {
          switch op["op"] as? String {
          case "F": size = (op["size"] as? Double) ?? size
          case "T":
            if let t = op["text"] as? String, !t.trimmingCharacters(in: .whitespaces).isEmpty { sizes.append(size * scale) }
          default: break
          }
        }
      }
    }
    collectText(root)
    let objects = root["objects"] as? [[String: Any]] ?? []
    let rawEdges = root["edges"] as? [[String: Any]] ?? []
    objects.forEach(collectText)
    rawEdges.forEach(collectText)

    // Visible node boxes by gvid.
    var names: [Int: String] = [:]
    var boxes: [Int: Box] = [:]
    for o in objects where o["nodes"] == nil && o["edges"] == nil && o["subgraphs"] == nil {
      guard let id = o["_gvid"] as? Int, let name = o["name"] as? String else { continue }
      names[id] = name
      let style = (o["style"] as? String) ?? ""
      guard !style.contains("invis"), let p = (o["pos"] as? String).map(numbers), p.count >= 2,
        let w = (o["width"] as? String).flatMap(Double.init), let h = (o["height"] as? String).flatMap(Double.init),
        w > 0.05, h > 0.05
      else { continue }
      boxes[id] = Box(x0: p[0] - w * 36, y0: p[1] - h * 36, x1: p[0] + w * 36, y1: p[1] + h * 36)
    }

    // Lines per pair, and the splines.
    var ordered: [[Int]: Int] = [:]
    var unordered: [[Int]: Int] = [:]
    var lines: [(ends: [Int], segments: [Segment], box: Box)] = []
    for e in rawEdges {
      guard let t = e["tail"] as? Int, let h = e["head"] as? Int else { continue }
      if ((e["style"] as? String) ?? "").contains("invis") { continue }
      ordered[[t, h], default: 0] += 1
      unordered[[min(t, h), max(t, h)], default: 0] += 1
      var segments: [Segment] = []
      for op in e["_draw_"] as? [[String: Any]] ?? [] where (op["op"] as? String) == "b" || (op["op"] as? String) == "B" {
        let pts = (op["points"] as? [[Double]] ?? []).compactMap { $0.count == 2 ? ($0[0], $0[1]) : nil }
        segments += flatten(pts)
      }
      guard !segments.isEmpty else { continue }
      let xs = segments.flatMap { [$0.a.0, $0.b.0] }, ys = segments.flatMap { [$0.a.1, $0.b.1] }
      lines.append(([t, h], segments, Box(x0: xs.min()!, y0: ys.min()!, x1: xs.max()!, y1: ys.max()!)))
    }
    let pairs = ordered.keys.sorted { $0.lexicographicallyPrecedes($1) }
    let busiest = pairs.reduce(nil as (key: [Int], value: Int)?) { best, k in
      ordered[k]! > (best?.value ?? 0) ? (k, ordered[k]!) : best
    }
    let busiestUnordered = unordered.values.max() ?? 0

    var crossings = 0
    let nodeBoxes = Array(boxes.values)
    for i in lines.indices {
      for j in lines.indices where j > i && lines[i].box.intersects(lines[j].box) {
        // Two lines of one actor are not a crossing: they leave it from nearly one point and may
        // run side by side for a while, meeting again and again in flattened segments (a star of
        // 40 lines, which has no crossing, counted 60). Crossings are between lines with no
        // actor in common, as graph drawing counts them.
        if !Set(lines[i].ends).isDisjoint(with: lines[j].ends) { continue }
        var found: [(Double, Double)] = []
        for s in lines[i].segments {
          for u in lines[j].segments {
            guard let p = s.intersection(u) else { continue }
            if nodeBoxes.contains(where: { $0.contains(p, margin: 2) }) { continue }
            if found.contains(where: { abs($0.0 - p.0) < 3 && abs($0.1 - p.1) < 3 }) { continue }
            found.append(p)
          }
        }
        crossings += found.count
      }
    }

    var overlaps = 0
    let sortedBoxes = boxes.keys.sorted().map { boxes[$0]! }
    for i in sortedBoxes.indices {
      for j in sortedBoxes.indices where j > i && sortedBoxes[i].overlaps(sortedBoxes[j], by: 0.5) { overlaps += 1 }
    }

    let sorted = sizes.sorted()
    let smallest = sorted.first ?? 0
    let median =
      sorted.isEmpty
      ? 0 : (sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2)
    var r = Readability(
      target: target, drawingWidth: round2(width), drawingHeight: round2(height), scale: round2(scale * 1000) / 1000,
      smallestText: round2(smallest), medianText: round2(median), texts: sizes.count, nodes: boxes.count,
      edges: ordered.values.reduce(0, +),
      edgesPerOrderedPair: busiest?.value ?? 0, edgesPerPair: busiestUnordered,
      busiestPair: busiest.map { "\(names[$0.key[0]] ?? "?") → \(names[$0.key[1]] ?? "?")" }, crossings: crossings, overlaps: overlaps,
      warnings: [])
    r.warnings = r.advice(targets, textEnlarged: textEnlarged)
    return r
  }

  /// What falls below the targets, each with the change that fixes it.
  func advice(_ t: Targets, textEnlarged: Bool = false) -> [String] {
    var out: [String] = []
    let fit = "fit into \(target)"
    if medianText < t.medianText || smallestText < t.smallestText {
      let factor = max(t.medianText / max(medianText, 0.01), t.smallestText / max(smallestText, 0.01))
      var fix = "the drawing is \(Int(drawingWidth))×\(Int(drawingHeight)) pt for \(nodes) actors"
      if factor > 1.6 {
        fix +=
          "; it must shrink about \(String(format: "%.1f", factor))× — make it an overview (collapse: umbrellas, top: N, by: camp), narrow it (types:, as_of:, focus:), or give it a large-format output (size:)"
      } else if textEnlarged {
        fix +=
          "; min_text enlarged its text as far as that helps (larger text grows the drawing too): give it a larger picture (fit:), keep fewer actors (top: N, types:, as_of:), or split it (split: [A, B], one part drawn around each)"
      } else {
        fix += "; raise the text size (min_text:) or narrow the selection (types:, as_of:)"
      }
      if medianText < t.medianText { out.append("median text \(fmt2(medianText)) px \(fit), below \(fmt(t.medianText)) px: \(fix)") }
      if smallestText < t.smallestText {
        out.append("smallest text \(fmt2(smallestText)) px \(fit), below \(fmt(t.smallestText)) px: \(fix)")
      }
    }
    if edgesPerOrderedPair > t.edgesPerPair {
      out.append(
        "\(edgesPerOrderedPair) lines from one actor to another (\(busiestPair ?? "?")), more than \(t.edgesPerPair): draw parallel relations as one line (remove separate: true), or narrow types:"
      )
    }
    if overlaps > 0 { out.append("\(overlaps) pairs of actors overlap: use engine dot, or set overlap handling for neato/fdp") }
    return out
  }

  // MARK: - Geometry

  struct Box {
    var x0, y0, x1, y1: Double
    func intersects(_ o: Box) -> Bool { x0 <= o.x1 && o.x0 <= x1 && y0 <= o.y1 && o.y0 <= y1 }
    func overlaps(_ o: Box, by d: Double) -> Bool { x0 + d < o.x1 && o.x0 + d < x1 && y0 + d < o.y1 && o.y0 + d < y1 }
    func contains(_ p: (Double, Double), margin m: Double) -> Bool { p.0 >= x0 - m && p.0 <= x1 + m && p.1 >= y0 - m && p.1 <= y1 + m }
  }

  struct Segment {
    var a: (Double, Double)
    var b: (Double, Double)
    /// Where two segments cross properly (touching ends do not count: consecutive pieces of one curve).
    func intersection(_ o: Segment) -> (Double, Double)? {
      let r = (b.0 - a.0, b.1 - a.1), s = (o.b.0 - o.a.0, o.b.1 - o.a.1)
      let den = r.0 * s.1 - r.1 * s.0
      guard abs(den) > 1e-9 else { return nil }
      let q = (o.a.0 - a.0, o.a.1 - a.1)
      let t = (q.0 * s.1 - q.1 * s.0) / den, u = (q.0 * r.1 - q.1 * r.0) / den
      guard t > 1e-6, t < 1 - 1e-6, u > 1e-6, u < 1 - 1e-6 else { return nil }
      return (a.0 + t * r.0, a.1 + t * r.1)
    }
  }

  /// Cubic Bézier pieces (3n+1 control points) as 12 straight segments each.
  static func flatten(_ p: [(Double, Double)]) -> [Segment] {
    guard p.count >= 4 else { return zip(p, p.dropFirst()).map { Segment(a: $0, b: $1) } }
    var out: [Segment] = []
    var i = 0
    while i + 3 < p.count {
      let (p0, p1, p2, p3) = (p[i], p[i + 1], p[i + 2], p[i + 3])
      var prev = p0
      for k in 1...12 {
        let t = Double(k) / 12, m = 1 - t
        let x = m * m * m * p0.0 + 3 * m * m * t * p1.0 + 3 * m * t * t * p2.0 + t * t * t * p3.0
        let y = m * m * m * p0.1 + 3 * m * m * t * p1.1 + 3 * m * t * t * p2.1 + t * t * t * p3.1
        out.append(Segment(a: prev, b: (x, y)))
        prev = (x, y)
      }
      i += 3
    }
    return out
  }

  static func numbers(_ text: String) -> [Double] {
    text.split(whereSeparator: { $0 == "," || $0 == " " }).compactMap { Double($0) }
  }
}

private func round2(_ x: Double) -> Double { (x * 100).rounded() / 100 }
private func fmt(_ x: Double) -> String { String(format: "%.1f", x) }
private func fmt2(_ x: Double) -> String { String(format: "%.2f", x) }

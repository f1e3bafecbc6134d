import ActorGraph
import Foundation

/// A small SVG line chart of a ``BalanceSeries``: the balance index (balanced over signed triads)
/// and the frustration per tie (the frustration index over signed ties), both on 0–1.
///
/// Written by hand rather than through Graphviz: a line chart has no layout to compute. The
/// output is deterministic (fixed number formatting, no timestamps).
public enum BalanceChart {
  /// The chart as SVG text.
  ///
  /// - Complexity: O(*d*) for *d* dates.
  public static func svg(_ series: BalanceSeries, title: String = "Structural balance over time") -> String {
    let width = 640.0
    let height = 260.0
    let left = 48.0
    let right = 16.0
    let top = 36.0
    let bottom = 48.0
    let plotW = width - left - right
    let plotH = height - top - bottom
    let points = series.points
    func x(_ i: Int) -> Double { points.count <= 1 ? left + plotW / 2 : left + plotW * Double(i) / Double(points.count - 1) }
    func y(_ v: Double) -> Double { top + plotH * (1 - min(1, max(0, v))) }
    func f(_ v: Double) -> String {
      let r = (v * 10).rounded() / 10
      return r == r.rounded() ? String(Int(r)) : String(r)
    }
    func esc(_ s: String) -> String {
      s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
        .replacingOccurrences(of: ">", with: "&gt;")
    }
    var s = """
      <?xml version="1.0" encoding="UTF-8"?>
      <svg xmlns="http://www.w3.org/2000/svg" width="\(f(width))" height="\(f(height))" viewBox="0 0 \(f(width)) \(f(height))" font-family="Helvetica, Arial, sans-serif" font-size="11">
      <title>\(esc(title))</title>
      <rect width="100%" height="100%" fill="white"/>
      <text x="\(f(left))" y="18" font-size="13" font-weight="bold">\(esc(title))</text>

      """
    for v in [0.0, 0.25, 0.5, 0.75, 1.0] {
      s += "<line x1=\"\(f(left))\" y1=\"\(f(y(v)))\" x2=\"\(f(width - right))\" y2=\"\(f(y(v)))\" stroke=\"#dddddd\"/>\n"
      s += "<text x=\"\(f(left - 6))\" y=\"\(f(y(v) + 4))\" text-anchor=\"end\">\(v == 0 ? "0" : v == 1 ? "1" : String(v))</text>\n"
    }
    let every = max(1, (points.count + 11) / 12)
    for (i, p) in points.enumerated() where i % every == 0 || i == points.count - 1 {
      s += "<text x=\"\(f(x(i)))\" y=\"\(f(height - bottom + 16))\" text-anchor=\"middle\">\(esc(p.date))</text>\n"
    }
    func line(_ values: [Double], _ colour: String, _ dash: String?) {
      let pts = values.enumerated().map { "\(f(x($0.offset))),\(f(y($0.element)))" }.joined(separator: " ")
      s +=
        "<polyline fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2\"\(dash.map { " stroke-dasharray=\"\($0)\"" } ?? "") points=\"\(pts)\"/>\n"
      for (i, v) in values.enumerated() {
        s += "<circle cx=\"\(f(x(i)))\" cy=\"\(f(y(v)))\" r=\"2.5\" fill=\"\(colour)\"/>\n"
      }
    }
    line(points.map(\.balanceIndex), "#1f77b4", nil)
    line(points.map(\.frustrationPerTie), "#d62728", "5,3")
    let ly = height - 12
    s += "<line x1=\"\(f(left))\" y1=\"\(f(ly - 4))\" x2=\"\(f(left + 24))\" y2=\"\(f(ly - 4))\" stroke=\"#1f77b4\" stroke-width=\"2\"/>\n"
    s += "<text x=\"\(f(left + 30))\" y=\"\(f(ly))\">balance index (balanced / signed triads)</text>\n"
    s +=
      "<line x1=\"\(f(left + 290))\" y1=\"\(f(ly - 4))\" x2=\"\(f(left + 314))\" y2=\"\(f(ly - 4))\" stroke=\"#d62728\" stroke-width=\"2\" stroke-dasharray=\"5,3\"/>\n"
    s += "<text x=\"\(f(left + 320))\" y=\"\(f(ly))\">frustration index / signed ties</text>\n"
    s += "</svg>\n"
    return s
  }
}

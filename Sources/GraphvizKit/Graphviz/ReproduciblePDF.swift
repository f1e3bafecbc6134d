import Foundation

/// Makes PDF output the same bytes for the same input.
///
/// cairo 1.16 (what Graphviz 2.42 renders PDF with) writes the time of rendering as the document's
/// `/CreationDate`, and Graphviz offers no way to set it. The date is rewritten to
/// `SOURCE_DATE_EPOCH` (the reproducible-builds convention) when that is set, else to
/// 1970-01-01T00:00:00Z. The new date is never longer than cairo's, and is padded with spaces
/// after the closing parenthesis, so every byte offset in the cross-reference table stays valid.
public enum ReproduciblePDF {
  /// `pdf` with its creation date fixed; other bytes unchanged.
  ///
  /// - Parameter epoch: Seconds since 1970 (default: `SOURCE_DATE_EPOCH`, else 0).
  /// - Complexity: O(n) in the PDF's size.
  public static func fixingCreationDate(_ pdf: [UInt8], epoch: Int? = nil) -> [UInt8] {
    let key = Array("/CreationDate (".utf8)
    guard let start = firstIndex(of: key, in: pdf), let close = pdf[(start + key.count)...].firstIndex(of: UInt8(ascii: ")"))
    else { return pdf }
    let seconds = epoch ?? ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap { Int($0) }.flatMap { $0 >= 0 ? $0 : nil } ?? 0
    let date = Array("D:\(stamp(seconds))Z)".utf8)
    let oldLength = close + 1 - (start + key.count)
    guard date.count <= oldLength else { return pdf }
    var out = pdf
    out.replaceSubrange((start + key.count)...close, with: date + [UInt8](repeating: UInt8(ascii: " "), count: oldLength - date.count))
    return out
  }

  /// `YYYYMMDDHHMMSS` in UTC.
  static func stamp(_ seconds: Int) -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    let c = calendar.dateComponents(
      [.year, .month, .day, .hour, .minute, .second], from: Date(timeIntervalSince1970: TimeInterval(seconds)))
    func two(_ v: Int?) -> String {
      let s = String(v ?? 0)
      return s.count < 2 ? "0" + s : s
    }
    let year = String(c.year ?? 1970)
    return String(repeating: "0", count: max(0, 4 - year.count)) + year + two(c.month) + two(c.day) + two(c.hour) + two(c.minute)
      + two(c.second)
  }

  static func firstIndex(of needle: [UInt8], in hay: [UInt8]) -> Int? {
    guard !needle.isEmpty, hay.count >= needle.count else { return nil }
    var i = 0
    while i <= hay.count - needle.count {
      if hay[i] == needle[0] && hay[i..<(i + needle.count)].elementsEqual(needle) { return i }
      i += 1
    }
    return nil
  }
}

/// Output formats a diagram can be written in, named by file extension.
public enum DiagramFormat: String, Sendable, CaseIterable {
  case svg, png, pdf, dot, gv, json

  /// The format a file name asks for by its extension, or `nil` when it has none or an unknown one.
  public init?(path: String) {
    guard let ext = path.split(separator: ".").last.map({ String($0).lowercased() }), path.contains(".") else { return nil }
    self.init(rawValue: ext)
  }
}

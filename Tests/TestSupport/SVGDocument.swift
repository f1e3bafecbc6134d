import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// An SVG parsed with Foundation's `XMLParser`; parsing fails on malformed XML.
public struct SVGDocument {
  public struct Element {
    public var name: String
    public var attributes: [String: String]
    public var text = ""
  }

  public struct MalformedXML: Error, CustomStringConvertible {
    public var description: String
  }

  public private(set) var elements: [Element] = []

  public init(_ bytes: [UInt8]) throws {
    let parser = XMLParser(data: Data(bytes))
    let delegate = Collector()
    parser.delegate = delegate
    parser.shouldResolveExternalEntities = false
    guard parser.parse() else {
      throw MalformedXML(
        description: "line \(parser.lineNumber): \(String(describing: parser.parserError))")
    }
    elements = delegate.elements
  }

  /// Each drawn actor's shape coordinates in an SVG from libgvc, by actor id: the `points` of
  /// its polygon or the centre of its ellipse. Small-multiples tests compare them across dates.
  public static func actorShapes(_ svg: String) -> [String: String] {
    var out: [String: String] = [:]
    for part in svg.components(separatedBy: "<g id=\"actor&#45;").dropFirst() {
      let id = String(part.prefix { $0 != "\"" }).replacingOccurrences(of: "&#45;", with: "-")
      guard let r = part.range(of: #"(points="[^"]*"|cx="[^"]*" cy="[^"]*")"#, options: .regularExpression) else { continue }
      out[id] = String(part[r])
    }
    return out
  }

  /// `g` elements with this `class`.
  public func elements(withClass name: String) -> [Element] {
    elements.filter { $0.name == "g" && $0.attributes["class"] == name }
  }

  /// All `id` attributes.
  public var ids: Set<String> {
    Set(elements.compactMap { $0.attributes["id"] })
  }

  private final class Collector: NSObject, XMLParserDelegate {
    var elements: [Element] = []
    private var open: [Int] = []

    func parser(
      _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
      qualifiedName: String?, attributes: [String: String] = [:]
    ) {
      open.append(elements.count)
      elements.append(Element(name: elementName, attributes: attributes))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
      if let last = open.last { elements[last].text += string }
    }

    func parser(
      _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
      qualifiedName: String?
    ) {
      _ = open.popLast()
    }
  }
}

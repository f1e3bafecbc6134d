import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// An SVG parsed with Foundation's `XMLParser`; parsing fails on malformed XML.
struct SVGDocument {
  struct Element {
    var name: String
    var attributes: [String: String]
    var text = ""
  }

  struct MalformedXML: Error, CustomStringConvertible {
    var description: String
  }

  private(set) var elements: [Element] = []

  init(_ bytes: [UInt8]) throws {
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

  /// `g` elements with this `class`.
  func elements(withClass name: String) -> [Element] {
    elements.filter { $0.name == "g" && $0.attributes["class"] == name }
  }

  /// All `id` attributes.
  var ids: Set<String> {
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

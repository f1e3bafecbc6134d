import ActorGraph
import GraphvizKit

/// How actors and relations look: one place for the visual vocabulary the legend explains.
enum DiagramStyle {
  /// Noto for Latin, and Noto Sans Arabic for Arabic and Persian names (Debian's fonts-noto-core,
  /// installed by scripts/setup.sh), then DejaVu: the list is the SVG's font-family, so a viewer
  /// without Noto falls back to a named font instead of whatever it has.
  static let font = "Noto Sans,Noto Sans Arabic,DejaVu Sans"

  struct KindStyle {
    var shape: DOTNodeShape
    var fill: DOTColor
    var styles: [DOTStyle]
    var peripheries: Int = 1

    /// The shape in words, for the legend.
    var shapeName: String {
      switch shape {
      case .box: return styles.contains(.rounded) ? "rounded box" : styles.contains(.bold) ? "bold box" : "box"
      case .invhouse: return "pointed box"
      case .tab: return "tab"
      default: return peripheries > 1 ? "double \(shape.rawValue)" : styles.contains(.dashed) ? "dashed \(shape.rawValue)" : shape.rawValue
      }
    }
  }

  static func kind(_ k: ActorKind) -> KindStyle {
    switch k {
    case .state: return KindStyle(shape: .box, fill: .rgb(0xD6, 0xE4, 0xF5), styles: [.filled, .bold])
    case .stateOrgan: return KindStyle(shape: .box, fill: .rgb(0xE8, 0xEF, 0xF9), styles: [.filled, .rounded])
    case .regionalGovernment: return KindStyle(shape: .hexagon, fill: .rgb(0xDC, 0xE9, 0xF5), styles: [.filled])
    case .armedGroup: return KindStyle(shape: .ellipse, fill: .rgb(0xF9, 0xDC, 0xB8), styles: [.filled])
    case .umbrellaGroup: return KindStyle(shape: .tab, fill: .rgb(0xF4, 0xE6, 0xCC), styles: [.filled])
    case .party: return KindStyle(shape: .ellipse, fill: .rgb(0xE6, 0xDA, 0xF2), styles: [.filled])
    case .foreignForce: return KindStyle(shape: .octagon, fill: .rgb(0xD3, 0xE8, 0xD6), styles: [.filled])
    case .person: return KindStyle(shape: .ellipse, fill: .rgb(0xFF, 0xFF, 0xFF), styles: [.filled], peripheries: 2)
    case .population: return KindStyle(shape: .egg, fill: .rgb(0xEE, 0xEE, 0xEE), styles: [.filled])
    case .site: return KindStyle(shape: .invhouse, fill: .rgb(0xF7, 0xD4, 0xD4), styles: [.filled])
    case .place: return KindStyle(shape: .ellipse, fill: .rgb(0xEF, 0xF5, 0xEA), styles: [.filled])
    case .unidentified: return KindStyle(shape: .octagon, fill: .rgb(0xF2, 0xF2, 0xF2), styles: [.filled, .dashed])
    case .unspecified: return KindStyle(shape: .ellipse, fill: .rgb(0xFF, 0xFF, 0xFF), styles: [.filled])
    // A declared kind looks like its nearest built-in parent: the legend names the declared kind.
    case .custom: return kind(k.builtIn ?? .unspecified)
    }
  }

  struct RelationStyle {
    var color: (UInt8, UInt8, UInt8)
    var arrowhead: DOTArrowType
    var directed: Bool
    var penwidth: Double
    /// Drawn dashed even when certain (hostility, membership…): the type's own pattern.
    var basePattern: DOTStyle?
  }

  /// Which type styles a line that carries several: violence first, then patronage and
  /// alliances, then the structural ties and statements a briefing reads last.
  static let mergePriority: [RelationType] = [
    .attack, .hostility, .support, .alliance, .defense, .alignment, .influence, .threat, .presence, .leadership, .membership,
    .operatedBy, .partOf, .locatedIn, .condemnation, .accusation, .protest, .denial,
  ]

  static func relation(_ t: RelationType) -> RelationStyle {
    switch t {
    case .alliance: return RelationStyle(color: (0x2E, 0x7D, 0x32), arrowhead: .none, directed: false, penwidth: 2.2, basePattern: nil)
    case .alignment: return RelationStyle(color: (0x66, 0xBB, 0x6A), arrowhead: .onormal, directed: true, penwidth: 1.4, basePattern: nil)
    case .support: return RelationStyle(color: (0x15, 0x65, 0xC0), arrowhead: .normal, directed: true, penwidth: 1.8, basePattern: nil)
    case .influence: return RelationStyle(color: (0x64, 0x9F, 0xD9), arrowhead: .vee, directed: true, penwidth: 1.2, basePattern: nil)
    case .attack: return RelationStyle(color: (0xC6, 0x28, 0x28), arrowhead: .normal, directed: true, penwidth: 2.6, basePattern: nil)
    case .defense: return RelationStyle(color: (0x6A, 0x1B, 0x9A), arrowhead: .tee, directed: true, penwidth: 1.6, basePattern: nil)
    case .membership: return RelationStyle(color: (0x8D, 0x6E, 0x63), arrowhead: .odiamond, directed: true, penwidth: 1.0, basePattern: nil)
    case .partOf: return RelationStyle(color: (0x60, 0x7D, 0x8B), arrowhead: .diamond, directed: true, penwidth: 1.0, basePattern: nil)
    case .leadership: return RelationStyle(color: (0x42, 0x42, 0x42), arrowhead: .dot, directed: true, penwidth: 1.0, basePattern: nil)
    case .hostility: return RelationStyle(color: (0xE5, 0x73, 0x73), arrowhead: .none, directed: false, penwidth: 1.6, basePattern: nil)
    case .presence: return RelationStyle(color: (0x79, 0x55, 0x48), arrowhead: .box, directed: true, penwidth: 1.2, basePattern: nil)
    case .locatedIn: return RelationStyle(color: (0xB0, 0xB0, 0xB0), arrowhead: .empty, directed: true, penwidth: 0.8, basePattern: nil)
    case .operatedBy: return RelationStyle(color: (0x00, 0x89, 0x7B), arrowhead: .obox, directed: true, penwidth: 1.0, basePattern: nil)
    // Statements: thin, directed, in warm greys and ambers so they never read as the red of enmity.
    case .protest: return RelationStyle(color: (0xF9, 0xA8, 0x25), arrowhead: .vee, directed: true, penwidth: 1.0, basePattern: nil)
    case .condemnation: return RelationStyle(color: (0xEF, 0x6C, 0x00), arrowhead: .vee, directed: true, penwidth: 1.0, basePattern: nil)
    case .accusation: return RelationStyle(color: (0xA1, 0x88, 0x7F), arrowhead: .vee, directed: true, penwidth: 1.0, basePattern: nil)
    case .denial: return RelationStyle(color: (0x9E, 0x9E, 0x9E), arrowhead: .tee, directed: true, penwidth: 1.0, basePattern: nil)
    case .threat: return RelationStyle(color: (0xBF, 0x36, 0x0C), arrowhead: .vee, directed: true, penwidth: 1.2, basePattern: nil)
    case .custom(let c):
      // A declared type: the style of the type it behaves like, else a neutral line coloured by
      // its sign; its own direction either way.
      var style =
        c.behavesLike.map(relation)
        ?? RelationStyle(
          color: c.sign == 1 ? (0x7C, 0xB3, 0x42) : c.sign == -1 ? (0xAD, 0x14, 0x57) : (0x5C, 0x6B, 0xC0),
          arrowhead: .normal, directed: true, penwidth: 1.2, basePattern: .dashed)
      style.directed = c.isDirected
      if !c.isDirected { style.arrowhead = .none }
      return style
    }
  }

  /// How certain a relation looks: solid when stated or claimed, dashed when attributed or blamed,
  /// dotted when only suspected, inferred or unattributed.
  enum Certainty: Int, Comparable, CaseIterable {
    case sure = 0, attributed = 1, uncertain = 2

    init(_ a: Attribution) {
      switch a {
      case .confirmed, .claimed: self = .sure
      case .attributed, .blamed: self = .attributed
      case .suspected, .inferred, .unattributed, .denied: self = .uncertain
      }
    }

    var pattern: DOTStyle {
      switch self {
      case .sure: return .solid
      case .attributed: return .dashed
      case .uncertain: return .dotted
      }
    }

    var label: String {
      switch self {
      case .sure: return "confirmed or claimed"
      case .attributed: return "attributed, or blamed by the victim"
      case .uncertain: return "suspected, inferred or unattributed"
      }
    }

    var legendLine: String {
      switch self {
      case .sure: return "━━━━"
      case .attributed: return "‒ ‒ ‒"
      case .uncertain: return "· · · · ·"
      }
    }

    static func < (a: Certainty, b: Certainty) -> Bool { a.rawValue < b.rawValue }
  }

  /// A text glyph that looks like the arrowhead, for legend samples.
  static func arrowGlyph(_ a: DOTArrowType) -> String {
    switch a {
    case .normal: return "▶"
    case .onormal, .empty: return "▷"
    case .vee: return "&gt;"
    case .tee: return "┤"
    case .odiamond: return "◇"
    case .diamond: return "◆"
    case .dot: return "●"
    case .box: return "■"
    case .obox: return "□"
    default: return "━"
    }
  }

  static func hex(_ c: (UInt8, UInt8, UInt8), alpha: UInt8? = nil) -> DOTColor {
    alpha.map { .rgba(c.0, c.1, c.2, $0) } ?? .rgb(c.0, c.1, c.2)
  }

  /// Bloc colours, Okabe and Ito's palette for colour-blind readers (yellow left out: too pale for
  /// a border). Colour never carries a bloc alone: the node's label names its bloc.
  static let blocColors: [(UInt8, UInt8, UInt8)] = [
    (0x00, 0x72, 0xB2), (0xD5, 0x5E, 0x00), (0x00, 0x9E, 0x73), (0xCC, 0x79, 0xA7), (0xE6, 0x9F, 0x00), (0x56, 0xB4, 0xE9),
    (0x00, 0x00, 0x00),
  ]

  static func blocColor(_ group: Int) -> (UInt8, UInt8, UInt8) { blocColors[group % blocColors.count] }

  /// A bloc's letter: A…Z, then AA, AB…
  static func blocLetter(_ group: Int) -> String {
    let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    return group < 26 ? String(letters[group]) : blocLetter(group / 26 - 1) + String(letters[group % 26])
  }

  /// A frustrated tie is drawn as a double line (its colour, a gap, its colour again) and labelled:
  /// a pattern no other line uses, so it does not depend on colour.
  static func doubleLine(_ c: DOTColor) -> DOTColor { DOTColor(rawValue: "\(c.rawValue):invis:\(c.rawValue)") }

  /// Line weight by confidence, as a factor of the type's own weight: the surer, the heavier.
  static func confidenceWeight(_ c: Confidence) -> Double {
    switch c {
    case .high: return 1.8
    case .moderate: return 1.0
    case .low: return 0.6
    case .veryLow: return 0.35
    }
  }

  /// A legend sample for a confidence weight: heavy or light rules, larger for the surer.
  static func confidenceSample(_ c: Confidence) -> String {
    switch c {
    case .high: return "<font point-size=\"14\">━━</font>"
    case .moderate: return "<font point-size=\"9\">━━</font>"
    case .low: return "<font point-size=\"9\">──</font>"
    case .veryLow: return "<font point-size=\"6\">──</font>"
    }
  }

  static let faded: (UInt8, UInt8, UInt8) = (0xC8, 0xC8, 0xC8)
  static let highlight: (UInt8, UInt8, UInt8) = (0xFF, 0x8F, 0x00)
}

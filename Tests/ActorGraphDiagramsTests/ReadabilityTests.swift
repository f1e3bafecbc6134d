import ActorGraphDiagrams
import GraphvizKit
import Testing

@Suite("Readability")
struct ReadabilityTests {
  func layout(_ dot: String, engine: LayoutEngine = .dot) throws -> [UInt8] {
    try GraphvizRenderer().render(dot: dot, engine: engine, format: OutputFormat(rawValue: "json")).bytes
  }

  @Test("two pinned diagonals cross once; a line meeting another at a shared actor is not a crossing")
  func crossings() throws {
    let crossed = """
      graph G { node [shape=box width=0.3 height=0.3 fixedsize=true label=""];
        a [pos="0,0!"]; b [pos="200,200!"]; c [pos="0,200!"]; d [pos="200,0!"];
        a -- b; c -- d; }
      """
    #expect(try Readability.measure(layout: layout(crossed, engine: .neato)).crossings == 1)
    let star = """
      graph G { node [shape=box width=0.3 height=0.3 fixedsize=true label=""];
        a [pos="0,0!"]; b [pos="200,200!"]; c [pos="0,200!"]; d [pos="200,0!"];
        a -- b; a -- c; a -- d; }
      """
    #expect(try Readability.measure(layout: layout(star, engine: .neato)).crossings == 0)
    // A star of 40 in dot: its lines leave the hub side by side for a long way, meeting again and
    // again in flattened segments; it has no crossing (the count was 60 before lines of one actor
    // were left out).
    let fan = "digraph G { rankdir=LR; " + (0..<40).map { "hub -> c\($0); " }.joined() + "}"
    #expect(try Readability.measure(layout: layout(fan)).crossings == 0)
    // Lines of different actors still cross: two crossed pairs around a shared hub.
    let crossedPairs = """
      graph G { node [shape=box width=0.3 height=0.3 fixedsize=true label=""];
        a [pos="0,0!"]; b [pos="200,200!"]; c [pos="0,200!"]; d [pos="200,0!"]; h [pos="100,300!"];
        a -- b; c -- d; h -- a; }
      """
    #expect(try Readability.measure(layout: layout(crossedPairs, engine: .neato)).crossings >= 1)
  }

  @Test("text height is the font size times the fit scale, and the target changes it")
  func textHeight() throws {
    let dot = "digraph G { pad=0; node [fontsize=20]; a -> b; }"
    let slide = try Readability.measure(layout: layout(dot))
    // A two-node drawing is small: fit into the slide, it is enlarged by the height ratio.
    #expect(abs(slide.scale - min(1920 / slide.drawingWidth, 1080 / slide.drawingHeight)) < 0.001)
    #expect(abs(slide.medianText - 20 * slide.scale) < 0.05)
    let small = try Readability.measure(layout: layout(dot), target: Readability.Target(width: 48, height: 27))
    #expect(small.medianText < slide.medianText / 5)
    #expect(small.warnings.contains { $0.hasPrefix("median text") })
    #expect(slide.warnings.isEmpty)
  }

  @Test("parallel lines per pair are counted per direction and either way, with a warning and its fix")
  func parallelLines() throws {
    let r = try Readability.measure(layout: layout("digraph G { a -> b; a -> b; a -> b; b -> a; c -> a; }"))
    #expect(r.edgesPerOrderedPair == 3)
    #expect(r.edgesPerPair == 4)
    #expect(r.busiestPair == "a → b")
    #expect(r.edges == 5)
    #expect(r.warnings.contains { $0.contains("3 lines from one actor to another") && $0.contains("one line") })
  }

  @Test("overlapping actor boxes are counted")
  func overlaps() throws {
    let dot = """
      graph G { inputscale=72; node [shape=box width=1 height=0.5 fixedsize=true];
        a [pos="0,0!"]; b [pos="30,10!"]; c [pos="300,300!"]; }
      """
    let r = try Readability.measure(layout: layout(dot, engine: .neato))
    #expect(r.overlaps == 1)
    #expect(r.nodes == 3)
  }

  @Test("targets parse as WIDTHxHEIGHT; nonsense is refused")
  func targets() {
    #expect(Readability.Target(parsing: "1280x720") == Readability.Target(width: 1280, height: 720))
    #expect(Readability.Target(parsing: "1280") == nil)
    #expect(Readability.Target(parsing: "0x720") == nil)
    #expect(throws: DiagramError.self) { try Readability.measure(layout: Array("{}".utf8)) }
  }
}

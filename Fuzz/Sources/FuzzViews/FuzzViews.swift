import ActorGraph
import ActorGraphDiagrams
import ActorGraphViews
import Foundation
import FuzzSupport
import GraphvizKit

/// View files on arbitrary bytes, over a small fixed dataset: parse, then make each view's diagram
/// source. Oracles: no crash, every diagnostic located inside the view file, and every diagram
/// source parses back through libcgraph (the DOT we write is always DOT).
let dataset: Dataset = {
  let folder = scratch + "/views/data"
  try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
  put(
    Array(
      """
      sources: [{id: s1, outlet: Wire}]
      actors:
        - {id: iran, name: Iran, kind: state}
        - {id: pmf, name: "Popular Mobilization Forces", aliases: [PMF], kind: umbrella-group}
        - {id: kh, name: "Kata'ib Hezbollah", kind: armed-group, member_of: [pmf], sources: [s1]}
        - {id: us, name: "United States", kind: state}
        - {id: base, name: "Al-Asad base", kind: site}
      relations:
        - {id: r1, type: support, form: arms, source: iran, target: kh, since: "2014", attribution: confirmed, sources: [s1]}
        - {id: r2, type: hostility, source: kh, target: us, attribution: attributed, sources: [s1]}
        - {id: r3, type: attack, source: kh, target: base, date: "2026-03-04", attribution: claimed, killed: 2, sources: [s1]}
      """.utf8), folder + "/data.yaml")
  let r = DatasetLoader.load(folder)
  if r.hasErrors { oracleFailed("the fixed dataset has errors: \(r.diagnostics.errors)") }
  return r.dataset
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzViews(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let input = bytes(data, size)
  let path = scratch + "/views/views.yaml"
  _ = dataset
  put(input, path)
  let (views, diagnostics) = ViewFileReader.read(path)
  checkLocations(diagnostics, file: path, bytes: input)
  for view in views.prefix(4) {
    guard let source = try? DiagramRenderer.source(dataset: dataset, spec: view.spec) else { continue }
    do {
      _ = try GraphvizRenderer().parse(dot: source)
    } catch {
      oracleFailed("view \(view.id): the diagram source does not parse: \(error)\n\(source.prefix(2000))")
    }
  }
  return 0
}

@_cdecl("FuzzViews_main")
public func fuzzViewsMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
  runFuzzer(argc, argv, fuzzViews)
}

import ActorGraph
import ActorGraphDiagrams
import ActorGraphReport
import Foundation
import GraphvizKit
import Synchronization

/// The committed record of what each output was built from, so staleness is decided by content,
/// never by file times (a git checkout resets those).
public struct BuildManifest: Codable, Sendable, Equatable {
  /// What one output was built from: the hashes that decide whether it is stale.
  public struct Entry: Codable, Sendable, Equatable {
    /// The id of the view that declares the output.
    public var view: String
    /// Hash of everything that shapes the output: tool rendering version, engine, format, diagram source.
    public var key: String
    /// Hash of the view's definition.
    public var definition: String
    /// Hash of each data file the view read.
    public var data: [String: String]
    /// The renderer's version (``ViewBuild/Pipeline/toolVersion``) that wrote it.
    public var tool: String
    /// Hash of the output bytes as written.
    public var output: String
  }

  /// The manifest's format version.
  public var version: Int = 1
  /// Each output's entry, by its path relative to the build root.
  public var outputs: [String: Entry] = [:]

  /// An empty manifest: nothing built yet.
  public init() {}

  /// The manifest at `path`, or nil if there is none yet.
  ///
  /// - Throws: ``ManifestError`` when it exists but cannot be read or is not a build manifest.
  public static func read(_ path: String) throws(ManifestError) -> BuildManifest? {
    var info = stat()
    if lstat(path, &info) != 0 && errno == ENOENT { return nil }
    switch InputFile.read(path) {
    case .failure(let d): throw ManifestError(reason: d.message.replacingOccurrences(of: "cannot read this file: ", with: ""))
    case .success(let bytes):
      do {
        return try JSONDecoder().decode(BuildManifest.self, from: Data(bytes))
      } catch {
        throw ManifestError(reason: "it is not a build manifest (not JSON of the expected shape)")
      }
    }
  }

  /// Why the manifest cannot be used, in one line.
  public struct ManifestError: Error, CustomStringConvertible {
    /// What is wrong with it.
    public var reason: String
    public var description: String { reason }
  }

  /// The manifest as committed: pretty-printed JSON with sorted keys, so the same manifest is the
  /// same bytes and a change reads as a small diff.
  ///
  /// - Complexity: O(n) in the number of outputs.
  public func encoded() throws -> String {
    let e = JSONEncoder()
    e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try e.encode(self), as: UTF8.self) + "\n"
  }
}

/// Builds the declared views: renders what is missing or stale, skips the rest, finds orphans.
public struct ViewBuild {
  /// How the build makes a diagram: its source (cheap, decides staleness) and its rendering.
  public struct Pipeline: Sendable {
    /// The diagram's DOT source for a view over a dataset.
    public var source: @Sendable (ViewDefinition, Dataset) throws -> String
    /// Lays out and renders a DOT source into an output format.
    public var render: @Sendable (String, LayoutEngine, DiagramFormat) throws -> [UInt8]
    /// The renderer's version: a change makes every output stale.
    public var toolVersion: String
    /// How the build makes a briefing page (an output ending in `.html`); `nil`: this build
    /// writes no pages, and a view that declares one fails.
    public var page: (@Sendable (ViewDefinition, Dataset) throws -> BriefingPage.Prepared)?
    /// The sources of a small-multiples view (``ViewDefinition/multiples``), one per date in its
    /// order, positions pinned; `nil`: this build draws no small multiples, and such a view fails.
    public var multiples: (@Sendable (ViewDefinition, Dataset) throws -> [(date: FuzzyDate, source: String)])?

    /// A pipeline of these steps; without `page` or `multiples`, views that need them fail.
    public init(
      source: @escaping @Sendable (ViewDefinition, Dataset) throws -> String,
      render: @escaping @Sendable (String, LayoutEngine, DiagramFormat) throws -> [UInt8], toolVersion: String,
      page: (@Sendable (ViewDefinition, Dataset) throws -> BriefingPage.Prepared)? = nil,
      multiples: (@Sendable (ViewDefinition, Dataset) throws -> [(date: FuzzyDate, source: String)])? = nil
    ) {
      self.source = source
      self.render = render
      self.toolVersion = toolVersion
      self.page = page
      self.multiples = multiples
    }
  }

  /// What the build found for one output.
  public struct Item: Sendable, Codable {
    /// Where the output stands.
    public enum State: String, Sendable, Codable {
      /// Built from exactly the current inputs.
      case upToDate = "up-to-date"
      /// Built from inputs that have changed since.
      case stale
      /// Declared and never built (or deleted).
      case missing
      /// In the manifest, but no view declares it any more.
      case orphaned
      /// Its view could not be drawn or written.
      case failed
    }
    /// The output's path, relative to the build root.
    public var output: String
    /// The view that declares it (`nil` for an orphan).
    public var view: String?
    /// Where it stands.
    public var state: State
    /// Why it is not up to date: which input changed.
    public var reasons: [String]
  }

  /// What a build found and did.
  public struct Report: Sendable, Codable {
    /// Every output, declared or orphaned, with where it stands.
    public var items: [Item]
    /// Problems in the view files, the data and the drawing, located.
    public var diagnostics: [Diagnostic]
    /// Outputs written (or, in check mode, that would be written).
    public var written: [String]
    /// Orphaned outputs deleted (with `clean`).
    public var removed: [String]
    /// Temporary files left by a killed run, removed before writing.
    public var swept: [String] = []
    /// With `measure`: each view's readability at the target size, in view order.
    public var readability: [ViewReadability]? = nil
    /// Whether the build failed: an error diagnostic or an output that could not be made.
    public var hasProblems: Bool { !diagnostics.errors.isEmpty || items.contains { $0.state == .failed } }
  }

  /// One view's readability, or why it could not be measured.
  public struct ViewReadability: Sendable, Codable {
    /// The view's id (`ID@DATE` or `ID@PART` for one picture of several).
    public var view: String
    /// The measure, when the view could be laid out.
    public var readability: Readability?
    /// Why it could not be measured.
    public var error: String?
  }

  /// The folder output paths are relative to, and which the build may not write outside of.
  public var root: String
  /// The view files to build, in order.
  public var viewFiles: [String]
  /// Where the manifest is read from and written to.
  public var manifestPath: String
  /// How diagrams and pages are made.
  public var pipeline: Pipeline

  /// A build of `viewFiles` under `root`, recorded in the manifest at `manifestPath`.
  public init(root: String, viewFiles: [String], manifestPath: String, pipeline: Pipeline) {
    self.root = root
    self.viewFiles = viewFiles
    self.manifestPath = manifestPath
    self.pipeline = pipeline
  }

  func absolute(_ p: String) -> String { p.hasPrefix("/") ? p : (root as NSString).appendingPathComponent(p) }

  /// The files a dataset reads, with their content hashes.
  static func dataFiles(_ dataset: Dataset) -> [String: String] {
    var out: [String: String] = [:]
    for f in dataset.files {
      if let d = FileManager.default.contents(atPath: f) { out[f] = SHA256.hex(d) }
    }
    return out
  }

  /// Plans and (unless `check`) carries out the build.
  ///
  /// - Parameters:
  ///   - check: Write nothing; report what would change.
  ///   - only: Limit the build to these view ids.
  ///   - clean: Delete orphaned outputs (ignored in check mode).
  ///   - jobs: Views whose diagram sources are prepared in parallel. Layout and rendering stay
  ///     serial (libgvc is not thread-safe); preparing sources and hashing is what scales.
  ///   - measure: Also lay out each view once more and measure its readability fit into this
  ///     target (``Readability``); the outputs are unaffected.
  ///   - progress: Called with (done, total, view id) as views are processed.
  public func run(
    check: Bool, only: Set<String>? = nil, clean: Bool = false, jobs: Int = 1, measure: Readability.Target? = nil,
    progress: ((Int, Int, String) -> Void)? = nil
  ) -> Report {
    var diagnostics: [Diagnostic] = []
    var views: [ViewDefinition] = []
    for f in viewFiles {
      let (v, d) = ViewFileReader.read(f)
      views += v
      diagnostics += d
    }
    var seen: [String: SourceLocation] = [:]
    for v in views {
      if let first = seen[v.id] {
        diagnostics.append(Diagnostic(.error, "duplicate-id", "view id '\(v.id)' is also declared at \(first)", at: v.location))
      }
      seen[v.id] = v.location
    }
    // Two views writing one file would overwrite each other on every build.
    var writer: [String: String] = [:]
    for v in views {
      for o in v.outputs {
        if let other = writer[o], other != v.id {
          diagnostics.append(
            Diagnostic(
              .error, "duplicate-output", "output '\(o)' is written by views '\(other)' and '\(v.id)'", at: v.location,
              hint: "give each view its own output paths"))
        }
        writer[o] = v.id
      }
    }
    // Outputs are confined to the root, judged after `..` and links: a view file cannot make the
    // build write anywhere else.
    for v in views {
      for (o, at) in zip(v.outputs, v.outputLocations) where !ConfinedPath.isInside(o, root: root) {
        diagnostics.append(
          Diagnostic(
            .error, "output-outside-root", "output '\(o)' of view '\(v.id)' leads outside the build root", at: at,
            hint: "output paths are relative to the build root (--root) and must stay inside it, links included"))
      }
    }
    if let only {
      for id in only.sorted() where seen[id] == nil {
        diagnostics.append(
          Diagnostic(
            .error, "unknown-view", "no view named '\(id)'", at: nil,
            hint: "views: \(views.map(\.id).sorted().joined(separator: ", "))"))
      }
    }
    let old: BuildManifest
    do {
      old = try BuildManifest.read(manifestPath) ?? BuildManifest()
    } catch {
      diagnostics.append(
        Diagnostic(
          .error, "bad-manifest", "cannot read the build manifest: \(error)",
          at: SourceLocation(file: manifestPath, line: 1, column: 1), hint: "delete it and run `actorgraph build` to rebuild every view"))
      return Report(items: [], diagnostics: diagnostics, written: [], removed: [])
    }
    // An edited manifest must not steer `--clean` (or anything else) outside the root.
    for output in old.outputs.keys.sorted() where !ConfinedPath.isInside(output, root: root) {
      diagnostics.append(
        Diagnostic(
          .error, "manifest-outside-root", "the build manifest lists '\(output)', which leads outside the build root",
          at: manifestLocation(of: output), hint: "remove this entry from the manifest; the build never writes or deletes there"))
    }
    if !diagnostics.errors.isEmpty { return Report(items: [], diagnostics: diagnostics, written: [], removed: []) }
    var swept: [String] = []
    if !check {
      // Temporary files a killed run left beside the outputs it was writing.
      let folders = Set(
        views.flatMap(\.outputs).compactMap { ConfinedPath.resolve($0, relativeTo: root) }.map {
          ($0 as NSString).deletingLastPathComponent
        })
      swept = OutputFile.sweepTemporaries(in: Array(folders) + [(manifestPath as NSString).deletingLastPathComponent])
    }

    var manifest = old
    var items: [Item] = []
    var written: [String] = []
    var readability: [ViewReadability] = []
    var datasets: [String: LoadResult] = [:]
    var hashes: [String: [String: String]] = [:]
    // Views whose names the dataset does not know are not drawn.
    var refused = Set<String>()
    var selected = views.filter { only?.contains($0.id) ?? true }
    for view in selected where datasets[view.dataset] == nil {
      let located = (try? DatasetLoader.locate(view.dataset)) ?? view.dataset
      let r = DatasetLoader.load(located)
      datasets[view.dataset] = r
      hashes[view.dataset] = ViewBuild.dataFiles(r.dataset)
      for d in r.diagnostics.errors { diagnostics.append(d) }
    }
    // Type names that are not built in are the dataset's declared types, or errors where written.
    for (i, view) in selected.enumerated() {
      guard let loaded = datasets[view.dataset], !loaded.hasErrors else { continue }
      let (resolved, unknown) = view.resolvingTypes(in: loaded.dataset)
      selected[i] = resolved
      for name in unknown {
        diagnostics.append(
          Diagnostic(
            .error, "unknown-type", "view '\(view.id)': unknown relation type '\(name)'", at: view.typeLocations[name] ?? view.location,
            hint: Suggest.hint(name, loaded.dataset.vocabulary.relationTypes.map(\.rawValue))))
        refused.insert(view.id)
      }
    }
    // Source ids are checked against the dataset the view draws: a typo must not silently keep
    // (or drop) nothing.
    for view in selected {
      guard let loaded = datasets[view.dataset], !loaded.hasErrors else { continue }
      let known = loaded.dataset.sources.map(\.id)
      for id in view.spec.unknownSources(in: loaded.dataset) {
        diagnostics.append(
          Diagnostic(
            .error, "unknown-source", "view '\(view.id)': unknown source '\(id)'", at: view.sourceLocations[id] ?? view.location,
            hint: Suggest.hint(id, known)))
        refused.insert(view.id)
      }
    }
    // Diagram sources are pure functions of (view, dataset): prepare them in parallel. Keyed by
    // date for small multiples, by "" for one picture.
    let sources = Mutex([Result<[String: String], any Error>?](repeating: nil, count: selected.count))
    let loadedSets = datasets
    let chosen = selected
    let pipeline = self.pipeline
    DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, selected.count))) { worker in
      for i in stride(from: worker, to: chosen.count, by: max(1, min(jobs, chosen.count))) {
        let view = chosen[i]
        guard let loaded = loadedSets[view.dataset], !loaded.hasErrors else { continue }
        let result = Result { () throws -> [String: String] in
          if let parts = view.parts {
            return Dictionary(try parts.map { ($0, try pipeline.source(view.part($0), loaded.dataset)) }, uniquingKeysWith: { a, _ in a })
          }
          guard view.multiples != nil else { return ["": try pipeline.source(view, loaded.dataset)] }
          guard let multiples = pipeline.multiples else { throw DiagramError("this build does not draw small multiples") }
          return Dictionary(try multiples(view, loaded.dataset).map { ($0.date.description, $0.source) }, uniquingKeysWith: { a, _ in a })
        }
        sources.withLock { $0[i] = result }
      }
    }
    let prepared = sources.withLock { $0 }
    for (i, view) in selected.enumerated() {
      progress?(i, selected.count, view.id)
      let loaded = datasets[view.dataset]!
      let dataHashes = hashes[view.dataset]!
      func fail(_ message: String) {
        for o in view.outputs { items.append(Item(output: o, view: view.id, state: .failed, reasons: [message])) }
      }
      if loaded.hasErrors {
        fail("its dataset has errors (actorgraph validate \(view.dataset))")
        continue
      }
      if refused.contains(view.id) {
        fail("it names a source or a relation type its dataset does not have")
        continue
      }
      var sourceByDate: [String: String]
      var shortOfMinimum = false
      do {
        guard let result = prepared[i] else { throw DiagramError("no diagram source was prepared") }
        sourceByDate = try result.get()
        if let minText = view.spec.layout.minText, view.multiples == nil {
          for key in sourceByDate.keys.sorted() {
            let variant = key.isEmpty ? view : view.part(key)
            let honoured = try honourMinimumText(minText, view: variant, dataset: loaded.dataset, source: sourceByDate[key]!)
            sourceByDate[key] = honoured.source
            if let shortfall = honoured.shortfall {
              shortOfMinimum = true
              let name = key.isEmpty ? view.id : view.id + "@" + key
              diagnostics.append(Diagnostic(.warning, "min-text-not-reached", "view '\(name)': \(shortfall)", at: view.location))
            }
          }
        }
        if let parts = view.parts, let left = try splitLeavesOut(view, parts: parts, dataset: loaded.dataset) {
          diagnostics.append(Diagnostic(.warning, "split-leaves-out", "view '\(view.id)': \(left)", at: view.location))
        }
      } catch {
        diagnostics.append(Diagnostic(.error, "view-failed", "view '\(view.id)': \(error)", at: view.location))
        fail("\(error)")
        continue
      }
      let definition = SHA256.hex(view.canonical.utf8)
      if let measure {
        // Small multiples and split views are measured date by date, part by part, as `ID@DATE`.
        for date in view.multiples?.map(\.description) ?? view.parts ?? [""] {
          let name = date.isEmpty ? view.id : view.id + "@" + date
          do {
            let layout = try pipeline.render(sourceByDate[date] ?? "", view.renderEngine, .json)
            readability.append(
              ViewReadability(
                view: name,
                readability: try Readability.measure(layout: layout, target: view.fit ?? measure, textEnlarged: shortOfMinimum)))
          } catch {
            readability.append(ViewReadability(view: name, readability: nil, error: "\(error)"))
          }
        }
      }
      var page: BriefingPage.Prepared?
      for output in view.outputs {
        let isPage = BriefingPage.isPageOutput(output)
        guard isPage || DiagramFormat(path: output) != nil else { continue }
        let source = sourceByDate[view.dateOfOutput[output]?.description ?? view.partOfOutput[output] ?? ""] ?? ""
        var h = SHA256()
        if isPage {
          // A page is stale when its layout source or its data island changed.
          do {
            guard let makePage = pipeline.page else { throw DiagramError("this build does not write briefing pages") }
            if page == nil { page = try makePage(view, loaded.dataset) }
          } catch {
            diagnostics.append(Diagnostic(.error, "view-failed", "view '\(view.id)', \(output): \(error)", at: view.location))
            items.append(Item(output: output, view: view.id, state: .failed, reasons: ["\(error)"]))
            continue
          }
          h.update("\(pipeline.toolVersion)\nhtml\n")
          h.update(page!.fingerprint)
        } else {
          h.update("\(pipeline.toolVersion)\n\(view.renderEngine)\n\(DiagramFormat(path: output)!.rawValue)\n")
          h.update(source)
        }
        let key = h.hexDigest()
        let path = absolute(output)
        let existing = FileManager.default.contents(atPath: path)
        var reasons: [String] = []
        var state = Item.State.upToDate
        if existing == nil {
          state = .missing
          reasons.append("the output does not exist")
        } else if let entry = old.outputs[output] {
          if entry.key != key {
            state = .stale
            if entry.tool != pipeline.toolVersion { reasons.append("the renderer changed (\(entry.tool) → \(pipeline.toolVersion))") }
            if entry.definition != definition { reasons.append("the view's definition changed") }
            for f in Set(entry.data.keys).union(dataHashes.keys).sorted() where entry.data[f] != dataHashes[f] {
              reasons.append(
                entry.data[f] == nil ? "new data file \(f)" : dataHashes[f] == nil ? "data file \(f) was removed" : "data file \(f) changed"
              )
            }
            if reasons.isEmpty { reasons.append("the diagram's content changed") }
          } else if entry.output != SHA256.hex(existing!) {
            state = .stale
            reasons.append("the output was changed by hand or damaged")
          }
        } else {
          state = .stale
          reasons.append("the output is not in the build manifest")
        }
        if state != .upToDate && !check {
          do {
            let bytes: [UInt8]
            let format = DiagramFormat(path: output)
            if isPage, let page {
              bytes = try BriefingPage.assemble(page)
            } else if format == .dot || format == .gv {
              bytes = Array(source.utf8)
            } else {
              bytes = try pipeline.render(source, view.renderEngine, format!)
            }
            try OutputFile.write(bytes, to: path)
            manifest.outputs[output] = BuildManifest.Entry(
              view: view.id, key: key, definition: definition, data: dataHashes, tool: pipeline.toolVersion,
              output: SHA256.hex(bytes))
            written.append(output)
          } catch {
            diagnostics.append(Diagnostic(.error, "render-failed", "view '\(view.id)', \(output): \(error)", at: view.location))
            items.append(Item(output: output, view: view.id, state: .failed, reasons: ["\(error)"]))
            continue
          }
        } else if state == .upToDate, let entry = manifest.outputs[output], entry.data != dataHashes || entry.definition != definition {
          // Same diagram from edited inputs: record the new input hashes so the reasons stay precise.
          manifest.outputs[output]?.data = dataHashes
          manifest.outputs[output]?.definition = definition
        }
        items.append(Item(output: output, view: view.id, state: state, reasons: reasons))
      }
    }
    progress?(selected.count, selected.count, "")
    // Orphans: outputs the manifest knows that no view declares any more.
    var removed: [String] = []
    let declared = Set(views.flatMap(\.outputs))
    if only == nil {
      for output in old.outputs.keys.sorted() where !declared.contains(output) {
        items.append(Item(output: output, view: old.outputs[output]?.view, state: .orphaned, reasons: ["no view declares it any more"]))
        if clean && !check {
          // Only a regular file holding exactly what the build wrote is deleted: never a folder,
          // a link or a file edited since.
          let path = absolute(output)
          var info = stat()
          if lstat(path, &info) != 0 {
            manifest.outputs[output] = nil
          } else if info.st_mode & S_IFMT == S_IFREG, let bytes = FileManager.default.contents(atPath: path),
            SHA256.hex(bytes) == old.outputs[output]?.output
          {
            if unlink(path) == 0 {
              manifest.outputs[output] = nil
              removed.append(output)
            } else {
              diagnostics.append(
                Diagnostic(.error, "clean-failed", "cannot delete \(output): \(OutputFile.systemReason(errno))", at: nil))
            }
          } else {
            manifest.outputs[output] = nil
            diagnostics.append(
              Diagnostic(
                .warning, "clean-kept", "kept \(output): it is not the file the build wrote (changed since, or not a regular file)",
                at: manifestLocation(of: output), hint: "delete it yourself if it is no longer wanted; the manifest no longer lists it"))
          }
        }
      }
    }
    if !check && manifest != old {
      do {
        try OutputFile.write(try manifest.encoded(), to: manifestPath)
      } catch {
        diagnostics.append(Diagnostic(.error, "manifest-write", "cannot write the build manifest: \(error)", at: nil))
      }
    }
    return Report(
      items: items, diagnostics: diagnostics, written: written, removed: removed, swept: swept,
      readability: measure == nil ? nil : readability)
  }

  /// The source of `view` with its text enlarged until the smallest text reaches `minText` pixels
  /// at the view's picture (its `fit` or `size`, else a 1920×1080 slide): laid out, measured, and
  /// scaled by the shortfall, a few rounds at most, since larger text also enlarges the drawing.
  /// What it reaches is what the readability report then states. The build's `--target` plays no
  /// part, so the outputs do not depend on how the build was asked to report.
  ///
  /// When no round reaches `minText`, `shortfall` says how far it got and what would reach it,
  /// in figures: the picture the view needs, or how many actors fit the one it has.
  ///
  /// - Complexity: up to six layouts of the view.
  func honourMinimumText(
    _ minText: Double, view: ViewDefinition, dataset: Dataset, source: String
  ) throws -> (source: String, shortfall: String?) {
    let target = view.fit ?? .slide
    var spec = view.spec
    var source = source
    // Larger text can enlarge the drawing more than the text (edge labels widen dot's ranks): the
    // best round is kept, and the original when no round helps.
    var best: (source: String, measured: Readability)?
    for _ in 0..<6 {
      let measured = try Readability.measure(layout: try pipeline.render(source, spec.layout.engine, .json), target: target)
      if best == nil || measured.smallestText > best!.measured.smallestText { best = (source, measured) }
      guard measured.texts > 0, measured.smallestText < minText, spec.fontScale < Self.maximumFontScale else { break }
      // Rounded so the scale is a short, stable number in the source.
      let factor = ((minText / measured.smallestText) * 1.03 * 100).rounded(.up) / 100
      spec.fontScale = min(Self.maximumFontScale, ((spec.fontScale * factor) * 100).rounded() / 100)
      var scaled = view
      scaled.spec = spec
      source = try pipeline.source(scaled, dataset)
    }
    guard let best else { return (source, nil) }
    return (best.source, Self.shortfall(minText, best.measured, target: target))
  }

  /// What the parts of a split view leave out of the whole, in words, or nil when they draw
  /// every relation it draws: a part is drawn around its actor, so what lies beyond the view's
  /// depth from every part is not on any of them, and the build says so rather than hide it.
  ///
  /// - Complexity: one styling of the view and one per part (no layout).
  func splitLeavesOut(_ view: ViewDefinition, parts: [String], dataset: Dataset) throws -> String? {
    func relations(_ v: ViewDefinition) throws -> Set<Int> {
      Set(try DiagramStyler(dataset: dataset, spec: v.spec).buildTracingRelations().relationsByLine.values.joined())
    }
    let whole = try relations(view)
    var drawn = Set<Int>()
    for p in parts { drawn.formUnion(try relations(view.part(p))) }
    let missing = whole.subtracting(drawn).map { dataset.relationID($0) }.sorted()
    guard !missing.isEmpty else { return nil }
    let shown = missing.prefix(12).joined(separator: ", ") + (missing.count > 12 ? ", …" : "")
    return
      "its \(parts.count) parts leave out \(missing.count) of the \(whole.count) relations the whole view draws (\(shown)): "
      + "they lie beyond depth \(view.spec.selection.depth) of every part's actor; raise depth:, add a part, or draw the whole view too"
  }

  /// The most `min_text` enlarges text: four times its plain size (44 pt actor names). Past it
  /// the drawing only grows with the text, and Graphviz 2.42 stops on an assertion
  /// (`pos_html_tbl`) laying out a legend scaled some hundred times.
  static let maximumFontScale = 4.0

  /// What a view that enlarging could not bring to `minText` needs, in figures, or nil when it
  /// reached it: larger text grows the drawing as fast (edge labels widen dot's ranks), so what
  /// helps is a larger picture or fewer actors on this one. The picture grows by the shortfall;
  /// the actors shrink by its square (the drawing's area per actor stays about the same).
  static func shortfall(_ minText: Double, _ m: Readability, target: Readability.Target) -> String? {
    guard m.texts > 0, m.smallestText < minText else { return nil }
    let f = minText / max(m.smallestText, 0.01)
    let width = Int((target.width * f / 10).rounded(.up)) * 10, height = Int((target.height * f / 10).rounded(.up)) * 10
    let keep = max(1, Int((Double(m.nodes) / (f * f)).rounded(.down)))
    return "min_text \(String(format: "%.1f", minText)) px not reached: the smallest text is "
      + "\(String(format: "%.1f", m.smallestText)) px at \(target) after enlarging, since larger text grows the drawing too "
      + "(\(Int(m.drawingWidth))×\(Int(m.drawingHeight)) pt, \(m.nodes) actors). To reach it: draw it for a picture of "
      + "\(width)×\(height) px (fit: \(width)x\(height), a poster or large screen), or keep about \(keep) of its \(m.nodes) "
      + "actors on this one (top: \(keep), or narrow types:, as_of:, focus:), or split it (split: [A, B], one part drawn around each)"
  }

  /// Where the manifest lists `output`, so an error about the entry points at its line.
  func manifestLocation(of output: String) -> SourceLocation {
    let fallback = SourceLocation(file: manifestPath, line: 1, column: 1)
    guard let text = try? String(contentsOfFile: manifestPath, encoding: .utf8) else { return fallback }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.withoutEscapingSlashes]
    guard let key = (try? encoder.encode(output)).map({ String(decoding: $0, as: UTF8.self) }),
      let range = text.range(of: key + ":") ?? text.range(of: key + " :")
    else { return fallback }
    let before = text[..<range.lowerBound]
    let line = before.reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
    let lineStart = before.lastIndex(of: "\n").map { text.index(after: $0) } ?? text.startIndex
    return SourceLocation(file: manifestPath, line: line, column: text[lineStart..<range.lowerBound].unicodeScalars.count + 1)
  }
}

extension ViewBuild.Pipeline {
  /// The pipeline `actorgraph build` uses: diagrams styled by ``ActorGraphDiagrams`` and rendered
  /// through libgvc; its version is ``DiagramRenderer/version``.
  public static var diagrams: ViewBuild.Pipeline {
    ViewBuild.Pipeline(
      source: { view, dataset in try DiagramRenderer.source(dataset: dataset, spec: view.spec) },
      render: { source, engine, format in try DiagramRenderer.render(source: source, engine: engine, format: format) },
      toolVersion: DiagramRenderer.version,
      multiples: { view, dataset in try SmallMultiples.sources(dataset: dataset, spec: view.spec) })
  }

  /// The diagrams pipeline that also writes briefing pages (``BriefingPage``), stating
  /// `toolVersion` on them.
  public static func diagramsAndPages(toolVersion: String) -> ViewBuild.Pipeline {
    var pipeline = ViewBuild.Pipeline.diagrams
    pipeline.page = { view, dataset in
      try BriefingPage(dataset: view.spec.selectingSources(dataset), spec: view.spec, toolVersion: toolVersion).prepare()
    }
    return pipeline
  }
}

import ActorGraph
import ActorGraphDiagrams
import ActorGraphReport
import Foundation
import GraphvizKit
import Yams

/// One declared diagram: which dataset, which selection and style, which output files.
public struct ViewDefinition: Sendable, Hashable {
  /// The view's id, unique across the view files of a build.
  public var id: String
  /// The dataset folder or file, resolved against the view file's folder.
  public var dataset: String
  /// What the view draws (its ``Selection``, parsed by the domain's one parser) and how.
  public var spec: DiagramSpec
  /// Output paths relative to the build root; the format follows the extension.
  public var outputs: [String]
  /// Where each output path was written, parallel to ``outputs``.
  public var outputLocations: [SourceLocation]
  /// Where the view was declared, for diagnostics.
  public var location: SourceLocation
  /// The view's definition as canonical text: what its hash covers.
  public var canonical: String
  /// The picture the view is made for (`fit: WIDTHxHEIGHT`), when not a slide: the readability
  /// report measures it against this instead of the build's target.
  public var fit: Readability.Target? = nil
  /// Where each source id of `sources:` and `exclude_sources:` was written: the build checks them
  /// against the dataset it loads and reports an unknown one there.
  public var sourceLocations: [String: SourceLocation] = [:]
  /// Where each type name that is not built in was written: the build resolves it against the
  /// dataset's declared vocabulary and reports an unknown one there.
  public var typeLocations: [String: SourceLocation] = [:]

  /// Small multiples (`as_of: [2003, 2014, 2026]`): the dates drawn, laid out once
  /// (``SmallMultiples``); `nil` for one picture. They are the selection's
  /// (``Selection/multiples``), parsed by the domain's one parser. Each declared output is written
  /// once per date, its name given the date's canonical spelling before the extension (``outputs``
  /// holds the expanded names).
  public var multiples: [FuzzyDate]? { spec.selection.multiples }
  /// For small multiples: the date each expanded output draws.
  public var dateOfOutput: [String: FuzzyDate] = [:]

  /// A split view (`split: [iran, united-states]`): one part per actor, each the view drawn
  /// around it (its focus, at the view's depth, alone); `nil` for one picture. Each declared output
  /// is written once per part, its name given the part's name before the extension.
  public var parts: [String]? = nil
  /// For a split view: the part (actor as written) each expanded output draws.
  public var partOfOutput: [String: String] = [:]

  /// The view one part of a split draws: focused on `part`, alone.
  public func part(_ part: String) -> ViewDefinition {
    var v = self
    v.spec.selection.focus = [part]
    v.spec.alone = true
    v.parts = nil
    v.partOfOutput = [:]
    return v
  }

  /// A part's name as a file name: lower case, anything but letters and digits a hyphen.
  public static func fileName(_ part: String) -> String {
    var out = ""
    for c in part.lowercased() {
      if c.isLetter || c.isNumber {
        out.append(c)
      } else if !out.hasSuffix("-") {
        out.append("-")
      }
    }
    while out.hasSuffix("-") { out.removeLast() }
    return out.isEmpty ? "part" : out
  }

  /// The engine that renders the view's sources: `nop2` for small multiples (their positions are
  /// already laid out), else the view's.
  public var renderEngine: LayoutEngine { multiples == nil ? spec.layout.engine : SmallMultiples.engine }

  /// `path` with `date` (or a part's file name) before its extension: `diagrams/iraq.svg` →
  /// `diagrams/iraq-2003.svg`.
  public static func datedOutput(_ path: String, _ date: String) -> String {
    let ext = (path as NSString).pathExtension
    return ext.isEmpty ? path + "-" + date : String(path.dropLast(ext.count + 1)) + "-" + date + "." + ext
  }

  /// The view with its declared type names resolved against `dataset`'s vocabulary, and the names
  /// that the dataset does not declare either.
  ///
  /// - Complexity: O(t), t the view's types.
  public func resolvingTypes(in dataset: Dataset) -> (view: ViewDefinition, unknown: [String]) {
    guard let types = spec.selection.types else { return (self, []) }
    var resolved = self
    var unknown: [String] = []
    resolved.spec.selection.types = types.compactMap { t in
      guard case .custom(let c) = t else { return t }
      if let declared = dataset.vocabulary.relationType(named: c.name) { return declared }
      unknown.append(c.name)
      return nil
    }
    return (resolved, unknown)
  }
}

/// Reads view files (`views:` and optional `defaults:`), reporting problems like data errors.
public enum ViewFileReader {
  static let viewKeys = [
    "id", "title", "dataset", "types", "as_of", "window", "recent", "whole_record", "min_attribution", "min_confidence", "attribution",
    "only_actual", "focus",
    "depth", "direction", "path", "undirected",
    "alone", "attacks_on", "attacks_in", "diff", "highlight", "size_by", "engine", "legend", "clusters", "separate", "collapse", "top",
    "rank_by", "balance", "camp_order", "split", "draw_confidence", "sources", "exclude_sources", "size", "aspect", "dpi", "min_text",
    "fit",
    "outputs",
  ]

  /// Whether a file is a view file: YAML that is not data (see `DatasetLoader.isDatasetFile(_:)`).
  ///
  /// Every YAML file beside the data is checked as one or the other, so none is silently skipped.
  public static func isViewFile(_ path: String) -> Bool {
    (path.hasSuffix(".yaml") || path.hasSuffix(".yml")) && !DatasetLoader.isDatasetFile(path)
  }

  /// The view files at `path`: the file itself if it is one, or the view files below a folder, sorted.
  ///
  /// - Complexity: O(*n*) in the size of the YAML files below `path`.
  public static func viewFiles(at path: String) -> [String] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return [] }
    guard isDirectory.boolValue else { return isViewFile(path) ? [path] : [] }
    return DatasetLoader.filesBelow(path).filter(isViewFile).sorted()
  }

  /// A path given as a view file or folder that does not exist.
  public struct MissingPath: Error, Sendable, Hashable, CustomStringConvertible {
    /// The path as given.
    public var path: String
    /// The problem for `path`.
    public init(path: String) { self.path = path }
    public var description: String { "no such file or folder: \(path)" }
  }

  /// The view files of paths someone named as views (`build --views`, `watch`): a file named is
  /// read as a view file whatever its name, a folder is searched (``viewFiles(at:)``), in the order
  /// given. `validate`, whose paths name data, searches each with ``viewFiles(at:)`` alone, so a
  /// dataset file it is given is not taken for a view file.
  ///
  /// - Throws: ``MissingPath`` for the first path that does not exist.
  /// - Complexity: that of ``viewFiles(at:)`` for each folder.
  public static func viewFiles(named paths: [String]) throws(MissingPath) -> [String] {
    var out: [String] = []
    for p in paths {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: p, isDirectory: &isDirectory) else { throw MissingPath(path: p) }
      out += isDirectory.boolValue ? viewFiles(at: p) : [p]
    }
    return out
  }

  /// Parses one view file.
  public static func read(_ path: String) -> (views: [ViewDefinition], diagnostics: [Diagnostic]) {
    var diags: [Diagnostic] = []
    func at(_ node: Node?) -> SourceLocation {
      SourceLocation(file: path, line: node?.mark?.line ?? 1, column: node?.mark?.column ?? 1)
    }
    func error(_ code: String, _ message: String, _ node: Node?, hint: String? = nil) {
      diags.append(Diagnostic(.error, code, message, at: at(node), hint: hint))
    }
    let text: String
    switch InputFile.text(path, encodingCode: "yaml-encoding") {
    case .success(let t): text = t
    case .failure(let d): return ([], [d])
    }
    let root: Node?
    do {
      root = try YAMLGuard.compose(text, path: path)
    } catch let d as Diagnostic {
      return ([], [d])
    } catch let e as YamlError {
      return ([], [YAMLDiagnostics.diagnostic(for: e, path: path)])
    } catch {
      return ([], [Diagnostic(.error, "yaml-syntax", "cannot parse YAML: \(error)", at: at(nil))])
    }
    guard case .mapping(let top)? = root else {
      error("yaml-shape", "a view file is a mapping with `views:` (and optional `defaults:`)", root)
      return ([], diags)
    }
    let folder = (path as NSString).deletingLastPathComponent
    var defaults: Node.Mapping?
    var viewNodes: [Node] = []
    for (k, v) in top {
      switch k.string {
      case "defaults":
        if case .mapping(let m) = v { defaults = m } else { error("yaml-shape", "`defaults` must be a mapping", v) }
      case "views":
        if case .sequence(let s) = v { viewNodes = Array(s) } else { error("yaml-shape", "`views` must be a list", v) }
      default:
        error("unknown-key", "unknown key '\(k.string ?? "?")' in a view file", k, hint: "a view file holds `views:` and `defaults:`")
      }
    }
    var views: [ViewDefinition] = []
    var seenIDs: [String: SourceLocation] = [:]
    for node in viewNodes {
      guard case .mapping(let m) = node else {
        error("yaml-shape", "each view must be a mapping", node)
        continue
      }
      var fields: [String: (key: Node, value: Node)] = [:]
      for source in [defaults, m].compactMap({ $0 }) {
        for (k, v) in source {
          guard let name = k.string else { continue }
          if !viewKeys.contains(name) {
            error("unknown-key", "unknown view key '\(name)'", k, hint: Suggest.hint(name, viewKeys))
            continue
          }
          fields[name] = (k, v)
        }
      }
      func scalar(_ key: String) -> String? {
        guard let v = fields[key]?.value else { return nil }
        guard case .scalar(let s) = v else {
          error("bad-value", "'\(key)' must be a single value", v)
          return nil
        }
        return s.string
      }
      func list(_ key: String) -> [(String, Node)] {
        guard let v = fields[key]?.value else { return [] }
        switch v {
        case .scalar(let s): return [(s.string, v)]
        case .sequence(let seq): return seq.compactMap { n in n.string.map { ($0, n) } }
        default:
          error("bad-value", "'\(key)' must be a value or a list", v)
          return []
        }
      }
      func bool(_ key: String, _ fallback: Bool) -> Bool {
        guard let s = scalar(key) else { return fallback }
        switch s.lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default:
          error("bad-value", "'\(key)' must be true or false", fields[key]?.value)
          return fallback
        }
      }
      guard let id = scalar("id") else {
        error("missing-id", "view has no 'id'", node, hint: "add `id:` naming the diagram, e.g. `iran-proxies`")
        continue
      }
      if let first = seenIDs[id] {
        error("duplicate-id", "view id '\(id)' is already used at \(first)", fields["id"]?.value)
      }
      seenIDs[id] = at(fields["id"]?.value)
      var spec = DiagramSpec()
      spec.title = scalar("title")
      if let title = spec.title, let problem = DisplayText.titleProblem(title) {
        error("bad-title", "'title' \(problem)", fields["title"]?.value, hint: "give a title people can read, or leave the key out")
        spec.title = nil
      }
      // The selection: every key of `Selection.Field`, through the one parser; each problem is
      // reported where its value was written.
      var selectionText: [Selection.Field: [String]] = [:]
      var selectionNodes: [Selection.Field: [Node]] = [:]
      // `as_of` as a list is small multiples (`Selection.Field.multiples`), one picture per date.
      var unwritten = Selection.Field.multiples
      if case .sequence? = fields[Selection.Field.asOf.rawValue]?.value { unwritten = .asOf }
      for field in Selection.Field.allCases where field != unwritten && fields[field.viewKey] != nil {
        if field.isList {
          let values = list(field.viewKey)
          selectionText[field] = values.map(\.0)
          selectionNodes[field] = values.map(\.1)
        } else if let v = scalar(field.viewKey) {
          selectionText[field] = [v]
        }
      }
      func nodeOf(_ field: Selection.Field, _ index: Int?) -> Node? {
        if let index, let nodes = selectionNodes[field], index < nodes.count { return nodes[index] }
        return fields[field.viewKey]?.value
      }
      // The view file is read before any dataset: type names that are not built in are resolved
      // by the build against the dataset's vocabulary, and reported there if unknown.
      let parsed = Selection.parse(selectionText, vocabulary: nil)
      for p in parsed.problems {
        error(p.code, p.message(naming: \.viewKey), nodeOf(p.field, p.index), hint: p.hint)
      }
      var typeLocations: [String: SourceLocation] = [:]
      for t in parsed.pendingTypes where typeLocations[t.name] == nil { typeLocations[t.name] = at(nodeOf(.types, t.index)) }
      spec.selection = parsed.selection
      spec.alone = bool("alone", false)
      spec.legend = bool("legend", true)
      spec.clusters = bool("clusters", true)
      spec.separate = bool("separate", false)
      if let b = scalar("balance") {
        switch b.lowercased() {
        case "true", "yes", "blocs": spec.balance = .blocs
        case "camps": spec.balance = .camps
        case "false", "no": spec.balance = nil
        default:
          error(
            "bad-value", "'balance' takes true (or blocs: any number of blocs), camps (two opposed camps) or false",
            fields["balance"]?.value)
        }
      }
      if fields["camp_order"] != nil {
        let names = list("camp_order").map(\.0)
        if names.isEmpty || names.contains(where: \.isEmpty) {
          error(
            "bad-value", "'camp_order' takes actors whose camps are placed left to right, e.g. [iran, united-states]",
            fields["camp_order"]?.value)
        } else if spec.balance == nil {
          error("bad-value", "'camp_order' places the camps of 'balance': add balance: camps (or blocs)", fields["camp_order"]?.key)
        } else {
          spec.campOrder = names
        }
      }
      spec.drawConfidence = bool("draw_confidence", false)
      var sourceLocations: [String: SourceLocation] = [:]
      for field in [Selection.Field.sources, .excludeSources] {
        for (s, n) in zip(selectionText[field] ?? [], selectionNodes[field] ?? []) where sourceLocations[s] == nil {
          sourceLocations[s] = at(n)
        }
      }
      var fit: Readability.Target?
      if let f = scalar("fit") {
        fit = Readability.Target(parsing: f)
        if fit == nil {
          error(
            "bad-value", "fit '\(f)' is not a size in pixels", fields["fit"]?.value,
            hint: "use WIDTHxHEIGHT, e.g. 4967x3508 (A1 landscape at 150 dpi)")
        }
      }
      // The layout: engine, size, aspect, dpi and min_text, through the diagrams' one parser.
      var layoutText: [DiagramLayout.Field: String] = [:]
      for field in DiagramLayout.Field.allCases { layoutText[field] = scalar(field.rawValue) }
      let layout = DiagramLayout.parse(layoutText)
      for p in layout.problems {
        error(p.code, p.message(naming: \.rawValue), fields[p.field.rawValue]?.value, hint: p.hint)
      }
      spec.layout = layout.layout
      // A view drawn for a size is measured against it, unless `fit` says otherwise.
      if fit == nil { fit = spec.layout.size }
      guard let dataset = scalar("dataset") else {
        error(
          "missing-dataset", "view '\(id)' names no dataset", node,
          hint: "add `dataset:` (a folder relative to this file), or set it under `defaults:`")
        continue
      }
      var outputs = list("outputs")
      if outputs.isEmpty {
        error("missing-outputs", "view '\(id)' has no outputs", node, hint: "add `outputs: [diagrams/\(id).svg]`")
      }
      for (o, n) in outputs where DiagramFormat(path: o) == nil && !BriefingPage.isPageOutput(o) {
        error(
          "bad-output", "cannot tell the format of '\(o)'", n,
          hint: "end the path with .svg, .png, .pdf, .dot, .gv or .json, or .html for a briefing page")
      }
      let datasetPath = dataset.hasPrefix("/") ? dataset : (folder.isEmpty ? dataset : folder + "/" + dataset)
      if !FileManager.default.fileExists(atPath: datasetPath) {
        error("unknown-dataset", "dataset '\(dataset)' not found (looked for \(datasetPath))", fields["dataset"]?.value)
      }
      var dateOfOutput: [String: FuzzyDate] = [:]
      let multiples = spec.selection.multiples
      var partOfOutput: [String: String] = [:]
      var parts: [String]?
      if fields["split"] != nil {
        let names = list("split")
        let files = names.map { ViewDefinition.fileName($0.0) }
        if names.count < 2 || names.contains(where: { $0.0.trimmingCharacters(in: .whitespaces).isEmpty }) {
          error(
            "bad-value", "'split' takes two or more actors, one part drawn around each, e.g. [iran, united-states]", fields["split"]?.value)
        } else if Set(files).count < files.count {
          error(
            "bad-value", "'split' names two parts whose file names are the same (\(files.joined(separator: ", ")))", fields["split"]?.value)
        } else {
          parts = names.map(\.0)
        }
        for key in ["focus", "path", "attacks_on"] where fields[key] != nil {
          error("bad-value", "'split' draws each part around its own actor: drop '\(key)'", fields[key]?.key)
        }
        if multiples != nil { error("bad-value", "'split' and small multiples (as_of as a list) do not combine", fields["split"]?.key) }
        if outputs.contains(where: { BriefingPage.isPageOutput($0.0) }) {
          error("bad-output", "a briefing page (.html) cannot be split", fields["outputs"]?.value)
        }
      }
      if let parts, multiples == nil {
        outputs = outputs.flatMap { o, n in
          parts.map { p in
            let named = ViewDefinition.datedOutput(o, ViewDefinition.fileName(p))
            partOfOutput[named] = p
            return (named, n)
          }
        }
      }
      if let multiples {
        if spec.layout.minText != nil {
          error("bad-value", "'min_text' is not available with small multiples (as_of as a list)", fields["min_text"]?.key)
        }
        if outputs.contains(where: { BriefingPage.isPageOutput($0.0) }) {
          error("bad-output", "a briefing page (.html) cannot be drawn as small multiples", fields["outputs"]?.value)
        }
        outputs = outputs.flatMap { o, n in
          multiples.map { d in
            let dated = ViewDefinition.datedOutput(o, d.description)
            dateOfOutput[dated] = d
            return (dated, n)
          }
        }
      }
      // The canonical text covers everything that shapes the output, in a fixed order.
      var canon = "id=\(id)\ndataset=\(dataset)\n"
      for key in viewKeys where key != "id" && key != "dataset" {
        if let f = fields[key] { canon += "\(key)=\(canonicalText(f.value))\n" }
      }
      views.append(
        ViewDefinition(
          id: id, dataset: datasetPath, spec: spec, outputs: outputs.map(\.0), outputLocations: outputs.map { at($0.1) },
          location: at(node), canonical: canon, fit: fit, sourceLocations: sourceLocations,
          typeLocations: typeLocations, dateOfOutput: dateOfOutput, parts: parts,
          partOfOutput: partOfOutput))
    }
    return (views, diags)
  }

  static func canonicalText(_ node: Node) -> String {
    switch node {
    case .scalar(let s): return s.string
    case .sequence(let seq): return "[" + seq.map(canonicalText).joined(separator: ",") + "]"
    case .mapping(let m): return "{" + m.map { "\(canonicalText($0.key)):\(canonicalText($0.value))" }.joined(separator: ",") + "}"
    case .alias: return "*"
    }
  }
}

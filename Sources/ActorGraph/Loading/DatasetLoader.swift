import Foundation
import Yams

/// The outcome of reading a dataset: the data and everything found wrong with it.
public struct LoadResult: Sendable {
  /// The data as read: complete when there are no errors, else what could be read.
  public var dataset: Dataset
  /// Everything found wrong, errors and warnings, in report order.
  public var diagnostics: [Diagnostic]
  /// The path the dataset was read from (a file or a folder).
  public var path: String

  /// Whether the data must not answer questions: any error refuses it, because answers from broken
  /// data mislead (warnings do not). The one rule for queries (``checked(as:)``) and for builds.
  ///
  /// - Complexity: O(d) for d diagnostics.
  public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

  /// The dataset, when it may answer questions (``hasErrors`` is false).
  ///
  /// - Parameter location: How to name the dataset in the refusal; ``path`` when `nil`.
  /// - Throws: ``DatasetRefused`` with the errors, when there are any.
  /// - Complexity: O(d) for d diagnostics.
  public func checked(as location: String? = nil) throws(DatasetRefused) -> Dataset {
    guard hasErrors else { return dataset }
    throw DatasetRefused(location: location ?? path, errors: diagnostics.errors)
  }
}

/// A dataset refused because it has errors (``LoadResult/hasErrors``).
public struct DatasetRefused: Error, Sendable, CustomStringConvertible {
  /// The dataset's location, as the user named it.
  public var location: String
  /// Its errors, in report order.
  public var errors: [Diagnostic]

  /// "the dataset at graphs/x has 2 errors; fix them first (actorgraph validate graphs/x)".
  public var description: String {
    "the dataset at \(location) has \(errors.count) error\(errors.count == 1 ? "" : "s"); fix them first (actorgraph validate \(location))"
  }
}

/// Finds and reads datasets: a YAML file, a folder of YAML files, or a folder with `nodes.csv`/`edges.csv`.
public enum DatasetLoader {
  /// Errors that stop a command before any data is read.
  public enum LookupError: Error, CustomStringConvertible {
    /// Nothing exists at the path.
    case notFound(String)
    /// The path holds no dataset.
    case noDataset(String)
    /// The folder holds several datasets (listed); name one.
    case ambiguous(String, [String])

    public var description: String {
      switch self {
      case .notFound(let p): return "no such file or folder: \(p)"
      case .noDataset(let p):
        return "no dataset in \(p): expected YAML data files or nodes.csv/edges.csv (see docs/data-format.md)"
      case .ambiguous(let p, let found):
        return "\(p) holds \(found.count) datasets (\(found.joined(separator: ", "))); pick one with --data PATH"
      }
    }
  }

  static func isYAML(_ name: String) -> Bool { name.hasSuffix(".yaml") || name.hasSuffix(".yml") }

  static func listing(_ folder: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
  }

  static func isDirectory(_ path: String) -> Bool {
    var dir: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &dir) && dir.boolValue
  }

  /// Regular files below a folder, sorted, following symbolic links (a checkout may link its data
  /// in) and skipping hidden entries.
  ///
  /// Each real folder is entered once (tracked by its resolved path), so symbolic-link loops and
  /// links back up the tree end the walk instead of hanging it.
  public static func filesBelow(_ folder: String) -> [String] {
    var visited: Set<String> = []
    return filesBelow(folder, visited: &visited)
  }

  static func filesBelow(_ folder: String, visited: inout Set<String>) -> [String] {
    guard visited.insert(realPath(folder)).inserted else { return [] }
    var out: [String] = []
    for name in listing(folder) {
      let full = join(folder, name)
      if isDirectory(full) {
        out += filesBelow(full, visited: &visited)
      } else if FileManager.default.fileExists(atPath: full) {
        out.append(full)
      }
    }
    return out
  }

  /// The path with every link and `..` resolved; the path itself if it cannot be resolved.
  static func realPath(_ path: String) -> String {
    guard let r = realpath(path, nil) else { return path }
    defer { free(r) }
    return String(cString: r)
  }

  static func join(_ a: String, _ b: String) -> String { a.hasSuffix("/") ? a + b : a + "/" + b }

  /// Whether a YAML file holds data: a mapping with at least one dataset key (`dataset`, `sources`,
  /// `actors`, `relations`) or a near miss of one, so a misspelt key is still reported.
  ///
  /// A file that cannot be read or parsed, or is not a mapping, counts as data, so its errors are
  /// reported rather than the file skipped. Other YAML beside the data (such as view files) is not
  /// data; the loader does not need to know what it is.
  ///
  /// - Complexity: O(*n*) in the file's size.
  public static func isDatasetFile(_ path: String) -> Bool {
    guard case .success(let text) = InputFile.text(path, encodingCode: "yaml-encoding") else { return true }
    // A file the guard refuses (an alias) is not parsed here: it is data unless it declares views,
    // and whichever reader gets it reports the refusal.
    if YAMLGuard.problem(in: text, path: path) != nil {
      return !text.split(separator: "\n").contains { $0.hasPrefix("views:") }
    }
    guard let node = try? Yams.compose(yaml: text), case .mapping(let top) = node, !top.isEmpty else { return true }
    return top.contains { entry in
      guard let key = entry.key.string else { return true }
      return YAMLReader.topKeys.contains(key) || Suggest.closest(to: key, among: YAMLReader.topKeys) != nil
    }
  }

  /// The datasets under `path`: the path itself if it is a dataset, else its subfolders, recursively.
  ///
  /// - Throws: ``LookupError/notFound(_:)`` when the path does not exist.
  ///   Each real folder is searched once, so symbolic-link loops cannot multiply the datasets found.
  public static func discover(_ path: String) throws -> [String] {
    guard FileManager.default.fileExists(atPath: path) else { throw LookupError.notFound(path) }
    var visited: Set<String> = []
    return discover(path, visited: &visited)
  }

  static func discover(_ path: String, visited: inout Set<String>) -> [String] {
    if !isDirectory(path) { return [path] }
    guard visited.insert(realPath(path)).inserted else { return [] }
    let entries = listing(path)
    let dataFiles = entries.filter { isYAML($0) && isDatasetFile(join(path, $0)) }
    if !dataFiles.isEmpty || entries.contains("nodes.csv") || entries.contains("edges.csv") { return [path] }
    var out: [String] = []
    for e in entries where isDirectory(join(path, e)) { out += discover(join(path, e), visited: &visited) }
    return out
  }

  /// Finds the single dataset under `path`.
  public static func locate(_ path: String) throws -> String {
    let found = try discover(path)
    guard !found.isEmpty else { throw LookupError.noDataset(path) }
    guard found.count == 1 else { throw LookupError.ambiguous(path, found) }
    return found[0]
  }

  /// Reads one dataset (a YAML file or a dataset folder) and checks it.
  public static func load(_ path: String) -> LoadResult {
    let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    var builder = DatasetBuilder(id: name)
    var files: [String] = []
    var csvNodes: String?
    var csvEdges: String?
    if isDirectory(path) {
      for e in listing(path) {
        let full = join(path, e)
        if isYAML(e) && isDatasetFile(full) { files.append(full) }
        if e == "nodes.csv" { csvNodes = full }
        if e == "edges.csv" { csvEdges = full }
      }
    } else {
      files = [path]
    }
    // Two passes: every file's vocabulary first, so a type declared in dataset.yaml resolves in
    // files that sort before it. Files are composed once and kept for the second pass.
    var roots: [(Int32, String, Node)] = []
    for file in files {
      let fileIndex = builder.addFile(file)
      let text: String
      switch InputFile.text(file, encodingCode: "yaml-encoding") {
      case .success(let t): text = t
      case .failure(let d):
        builder.diagnostics.append(d)
        continue
      }
      var reader = YAMLReader(fileIndex: fileIndex, path: file, builder: builder)
      if let root = reader.compose(text: text) {
        reader.readVocabulary(root)
        roots.append((fileIndex, file, root))
      }
      builder = reader.builder
    }
    for (fileIndex, file, root) in roots {
      var reader = YAMLReader(fileIndex: fileIndex, path: file, builder: builder)
      reader.read(root: root)
      builder = reader.builder
    }
    if csvNodes != nil || csvEdges != nil {
      var csv = CSVDatasetReader(builder: builder)
      // Unreadable CSV is an error, never a skip: the relations in it would be lost without a word.
      // The text must be UTF-8: a bad byte would otherwise turn silently into U+FFFD in an id.
      func bytes(_ file: String) -> [UInt8]? {
        switch InputFile.read(file) {
        case .failure(let d):
          csv.builder.diagnostics.append(d)
          return nil
        case .success(let b):
          if let d = InputFile.encodingProblem(b, path: file, code: "csv-encoding") {
            csv.builder.diagnostics.append(d)
            return nil
          }
          return b
        }
      }
      if let nodes = csvNodes, let data = bytes(nodes) {
        csv.readNodes(bytes: data, file: nodes)
      }
      if let edges = csvEdges {
        if let data = bytes(edges) { csv.readEdges(bytes: data, file: edges, createActors: csvNodes == nil) }
      } else if let nodes = csvNodes {
        csv.builder.diagnostics.append(
          Diagnostic(.warning, "no-edges", "nodes.csv has no edges.csv beside it", at: SourceLocation(file: nodes, line: 1, column: 1)))
      }
      builder = csv.builder
    }
    let (dataset, diagnostics) = builder.finish()
    return LoadResult(dataset: dataset, diagnostics: diagnostics.sortedForReport(), path: path)
  }
}

import Foundation
import TestSupport
import Testing

/// Runs the built `actorgraph` binary, as a user would.
struct CLI {
  struct Output {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// The binary next to the test bundle (SwiftPM puts both in the same products folder).
  static let binary: URL = {
    if let override = ProcessInfo.processInfo.environment["ACTORGRAPH_BIN"] { return URL(fileURLWithPath: override) }
    var candidates: [URL] = []
    candidates.append(Bundle.main.bundleURL.appendingPathComponent("actorgraph"))
    candidates.append(URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("actorgraph"))
    for bundle in Bundle.allBundles { candidates.append(bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("actorgraph")) }
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
  }()

  static var root: String { repositoryRoot }

  /// Runs `actorgraph args…` in `directory` (default: the repository root). `COLUMNS` is taken out
  /// of the environment so that tables have their documented default width (80) whoever runs the
  /// tests; `environment` adds variables on top.
  @discardableResult
  static func run(_ args: [String], in directory: String? = nil, environment: [String: String] = [:]) throws -> Output {
    let p = Process()
    p.executableURL = binary
    p.arguments = args
    var env = ProcessInfo.processInfo.environment
    env["COLUMNS"] = nil
    env.merge(environment) { $1 }
    p.environment = env
    p.currentDirectoryURL = URL(fileURLWithPath: directory ?? root)
    let out = Pipe(), err = Pipe()
    p.standardOutput = out
    p.standardError = err
    try p.run()
    // Read both pipes before waiting so a large output cannot block the child.
    let o = out.fileHandleForReading.readDataToEndOfFile()
    let e = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return Output(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
  }

  /// Runs and decodes JSON from stdout.
  static func json(_ args: [String], in directory: String? = nil) throws -> Any {
    let o = try run(args, in: directory)
    #expect(o.status == 0, "\(args): \(o.stderr)")
    return try JSONSerialization.jsonObject(with: Data(o.stdout.utf8))
  }

  static func temp(_ files: [String: String]) throws -> String {
    try TemporaryFolder(files, prefix: "actorgraph-cli").path
  }
}

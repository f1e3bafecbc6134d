import Foundation
import Testing

/// Unix conventions: `--data -` reads a dataset from stdin; a format and an extension that disagree
/// are an error.
@Suite struct StandardStreamsTests {
  /// Runs the binary with `input` on stdin.
  static func run(_ args: [String], stdin input: String) throws -> CLI.Output {
    let p = Process()
    p.executableURL = CLI.binary
    p.arguments = args
    p.currentDirectoryURL = URL(fileURLWithPath: CLI.root)
    let inPipe = Pipe(), out = Pipe(), err = Pipe()
    p.standardInput = inPipe
    p.standardOutput = out
    p.standardError = err
    try p.run()
    inPipe.fileHandleForWriting.write(Data(input.utf8))
    try inPipe.fileHandleForWriting.close()
    let o = out.fileHandleForReading.readDataToEndOfFile()
    let e = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return CLI.Output(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
  }

  @Test func aYAMLDatasetOnStdinAnswersLikeAFile() throws {
    let yaml = """
      sources:
        - {id: s1, outlet: Wire, title: Report}
      actors:
        - {id: a, name: Alpha, kind: state}
        - {id: b, name: Beta, kind: armed-group}
      relations:
        - {id: r1, type: support, source: a, target: b, attribution: confirmed, sources: [s1]}
      """
    let o = try Self.run(["actors", "--data", "-", "--data-format", "yaml", "--format", "csv"], stdin: yaml)
    #expect(o.status == 0, "\(o.stderr)")
    #expect(o.stdout.contains("Alpha") && o.stdout.contains("Beta"))
  }

  @Test func stdinErrorsNameStdinAndItsLine() throws {
    let o = try Self.run(["actors", "--data", "-", "--data-format", "csv"], stdin: "source,target,type\na,b,frob\n")
    #expect(o.status == 1)
    #expect(o.stderr.contains("<stdin>:2:5: error: unknown relation type 'frob'"), "\(o.stderr)")
  }

  @Test func stdinNeedsItsFormat() throws {
    let o = try Self.run(["actors", "--data", "-"], stdin: "")
    #expect(o.status == 2 && o.stderr.contains("--data-format"), "\(o.stderr)")
  }

  @Test func renderFormatAndExtensionMustAgree() throws {
    let o = try CLI.run(["render", "-o", NSTemporaryDirectory() + "x.svg", "--format", "png"])
    #expect(o.status == 2 && o.stderr.contains("does not match the extension"), "\(o.stderr)")
  }
}

import ActorGraph
import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// libFuzzer's entry point for a driver that owns `main` (SwiftPM links executables with
/// `--defsym main=<Target>_main`, so libFuzzer's own `main` is never used).
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
  _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
  _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// Runs libFuzzer with `callback` as the target; returns its exit status.
public func runFuzzer(
  _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?,
  _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt {
  var argc = argc
  var argv = argv
  return LLVMFuzzerRunDriver(&argc, &argv, callback)
}

/// The input as bytes.
public func bytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
  guard let data, size > 0 else { return [] }
  return Array(UnsafeBufferPointer(start: data, count: size))
}

/// An oracle failed: print what and abort, so libFuzzer saves the input as a reproducer.
public func oracleFailed(_ what: String) -> Never {
  FileHandle.standardError.write(Data("ORACLE FAILED: \(what)\n".utf8))
  abort()
}

/// A private scratch folder for this process (inputs are written to files: the loaders read paths).
public let scratch: String = {
  let folder = NSTemporaryDirectory() + "actorgraph-fuzz-\(getpid())"
  try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
  return folder
}()

/// Writes `bytes` to `path`, replacing it (plain write: the scratch folder is ours alone).
public func put(_ bytes: [UInt8], _ path: String) {
  guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else { oracleFailed("cannot write \(path)") }
}

/// Oracle: every diagnostic about `file` points at a line and column that exist in `bytes`
/// (the line after the last one and one column past a line's end allowed: "at the end").
public func checkLocations(_ diagnostics: [Diagnostic], file: String, bytes: [UInt8]) {
  let text = String(decoding: bytes, as: UTF8.self)
  // Line lengths in Unicode scalars, split at LF (what SourceLocation counts).
  var lengths: [Int] = [0]
  for s in text.unicodeScalars {
    if s == "\n" { lengths.append(0) } else { lengths[lengths.count - 1] += 1 }
  }
  for d in diagnostics {
    guard let at = d.location, at.file == file else { continue }
    guard at.line >= 1, at.line <= lengths.count + 1 else {
      oracleFailed("\(d.code) at line \(at.line) of a \(lengths.count)-line file: \(d.message)")
    }
    let width = at.line <= lengths.count ? lengths[at.line - 1] : 0
    guard at.column >= 1, at.column <= width + 2 else {
      oracleFailed("\(d.code) at \(at.line):\(at.column), the line has \(width) characters: \(d.message)")
    }
  }
}

/// Oracle: `bytes` is a well-formed XML document.
public func checkWellFormedXML(_ bytes: [UInt8], context: String) {
  let parser = XMLParser(data: Data(bytes))
  parser.shouldResolveExternalEntities = false
  if !parser.parse() {
    oracleFailed("\(context): not well-formed XML at line \(parser.lineNumber): \(String(describing: parser.parserError))")
  }
}

import Foundation
import Testing

@testable import ActorGraph

#if canImport(Glibc)
  import Glibc
#endif

/// Writes that never destroy: links written through, FIFOs and devices written directly, folders refused.
/// These run as whatever user runs the tests; CI runs them as root, where a rename over `/dev/null` would succeed.
@Suite struct OutputFileTests {
  func folder() throws -> String {
    let f = NSTemporaryDirectory() + "actorgraph-out-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: f, withIntermediateDirectories: true)
    return f
  }

  func text(_ path: String) -> String? { (try? String(contentsOfFile: path, encoding: .utf8)) }

  func fileType(_ path: String) -> mode_t {
    var info = stat()
    return lstat(path, &info) == 0 ? info.st_mode & S_IFMT : 0
  }

  @Test func aNewFileAndItsFoldersAreCreated() throws {
    let f = try folder()
    try OutputFile.write("hello", to: f + "/a/b/out.svg")
    #expect(text(f + "/a/b/out.svg") == "hello")
    #expect(try FileManager.default.contentsOfDirectory(atPath: f + "/a/b") == ["out.svg"])
  }

  @Test func aReplacedFileKeepsItsPermissions() throws {
    let f = try folder()
    try "old".write(toFile: f + "/x", atomically: false, encoding: .utf8)
    chmod(f + "/x", 0o600)
    try OutputFile.write("new", to: f + "/x")
    var info = stat()
    stat(f + "/x", &info)
    #expect(info.st_mode & 0o777 == 0o600)
    #expect(text(f + "/x") == "new")
  }

  @Test func aSymlinkIsWrittenThroughAndStaysALink() throws {
    let f = try folder()
    try FileManager.default.createDirectory(atPath: f + "/real", withIntermediateDirectories: true)
    try "old".write(toFile: f + "/real/target.svg", atomically: false, encoding: .utf8)
    // A relative link, reached through a second link: both stay links.
    symlink("real/target.svg", f + "/link1")
    symlink("link1", f + "/link2")
    try OutputFile.write("new", to: f + "/link2")
    #expect(fileType(f + "/link1") == S_IFLNK)
    #expect(fileType(f + "/link2") == S_IFLNK)
    #expect(fileType(f + "/real/target.svg") == S_IFREG)
    #expect(text(f + "/real/target.svg") == "new")
    // The temporary file was made beside the target, and is gone.
    #expect(try FileManager.default.contentsOfDirectory(atPath: f + "/real") == ["target.svg"])
    #expect(try FileManager.default.contentsOfDirectory(atPath: f).sorted() == ["link1", "link2", "real"])
  }

  @Test func aDanglingLinkCreatesItsTarget() throws {
    let f = try folder()
    symlink(f + "/made/here.dot", f + "/dangling")
    try OutputFile.write("digraph {}", to: f + "/dangling")
    #expect(fileType(f + "/dangling") == S_IFLNK)
    #expect(text(f + "/made/here.dot") == "digraph {}")
  }

  @Test func aLinkLoopIsAnErrorNotAHang() throws {
    let f = try folder()
    symlink("b", f + "/a")
    symlink("a", f + "/b")
    #expect(throws: OutputFileError.self) { try OutputFile.write("x", to: f + "/a") }
    #expect(fileType(f + "/a") == S_IFLNK)
  }

  @Test func aFolderIsAnErrorAndNothingIsWritten() throws {
    let f = try folder()
    try FileManager.default.createDirectory(atPath: f + "/busy", withIntermediateDirectories: true)
    let error = try #require(throws: OutputFileError.self) { try OutputFile.write("x", to: f + "/busy") }
    #expect(error.description == "cannot write \(f)/busy: it is a folder (give a file name inside it)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: f) == ["busy"])
    #expect(try FileManager.default.contentsOfDirectory(atPath: f + "/busy").isEmpty)
  }

  @Test func aFIFOIsWrittenDirectlyAndStaysAFIFO() throws {
    let f = try folder()
    #expect(mkfifo(f + "/pipe", 0o600) == 0)
    // A reader must be open first, or opening the FIFO for writing waits for one.
    let reader = open(f + "/pipe", O_RDONLY | O_NONBLOCK)
    #expect(reader >= 0)
    defer { close(reader) }
    try OutputFile.write("through the pipe", to: f + "/pipe")
    var buffer = [UInt8](repeating: 0, count: 64)
    let n = read(reader, &buffer, buffer.count)
    #expect(n == 16)
    #expect(String(decoding: buffer.prefix(max(0, n)), as: UTF8.self) == "through the pipe")
    #expect(fileType(f + "/pipe") == S_IFIFO)
    #expect(try FileManager.default.contentsOfDirectory(atPath: f) == ["pipe"])
  }

  @Test func aCharacterDeviceIsWrittenDirectlyAndStaysADevice() throws {
    try OutputFile.write("discarded", to: "/dev/null")
    #expect(fileType("/dev/null") == S_IFCHR)
    #expect(try !FileManager.default.contentsOfDirectory(atPath: "/dev").contains { $0.hasPrefix(OutputFile.temporaryPrefix) })
  }

  /// README "Safety": a disk (block device) is an error and nothing is written. The node is made
  /// here with a loop-device number nothing uses, so a wrong write could not reach a real disk;
  /// making one needs root (CAP_MKNOD), which CI has.
  @Test(.enabled(if: getuid() == 0, "mknod needs root")) func aBlockDeviceIsAnErrorAndStaysADevice() throws {
    let f = try folder()
    defer { try? FileManager.default.removeItem(atPath: f) }
    let disk = f + "/disk"
    #expect(mknod(disk, S_IFBLK | 0o600, dev_t((7 << 8) | 251)) == 0, "mknod: errno \(errno)")
    #expect(throws: OutputFileError.self) { try OutputFile.write("never", to: disk) }
    do { try OutputFile.write("never", to: disk) } catch { #expect(error.reason.contains("block device")) }
    #expect(fileType(disk) == S_IFBLK)
    #expect(try FileManager.default.contentsOfDirectory(atPath: f) == ["disk"])
  }

  /// README "Safety": a socket is an error and nothing is written; it stays a socket.
  @Test func aSocketIsAnErrorAndStaysASocket() throws {
    let f = try folder()
    defer { try? FileManager.default.removeItem(atPath: f) }
    let path = f + "/s"
    let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
    #expect(fd >= 0)
    defer { close(fd) }
    var address = sockaddr_un()
    address.sun_family = sa_family_t(AF_UNIX)
    withUnsafeMutableBytes(of: &address.sun_path) { raw in
      for (i, b) in path.utf8.prefix(raw.count - 1).enumerated() { raw[i] = b }
    }
    let bound = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
    }
    #expect(bound == 0, "bind: errno \(errno)")
    #expect(fileType(path) == S_IFSOCK)
    #expect(throws: OutputFileError.self) { try OutputFile.write("never", to: path) }
    #expect(fileType(path) == S_IFSOCK)
    #expect(try FileManager.default.contentsOfDirectory(atPath: f) == ["s"])
  }

  @Test func standardStreamsAreDescriptorsNotFiles() {
    #expect(OutputFile.standardDescriptor("-") == 1)
    #expect(OutputFile.standardDescriptor("/dev/stdout") == 1)
    #expect(OutputFile.standardDescriptor("/dev/stderr") == 2)
    #expect(OutputFile.standardDescriptor("/dev/fd/7") == 7)
    #expect(OutputFile.standardDescriptor("./-x") == nil)
    #expect(OutputFile.standardDescriptor("out.svg") == nil)
  }

  @Test func aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws {
    let f = try folder()
    try "old".write(toFile: f + "/x", atomically: false, encoding: .utf8)
    // A read-only folder: as root this does not stop the write, so use a path under a file instead.
    try "a file".write(toFile: f + "/file", atomically: false, encoding: .utf8)
    #expect(throws: OutputFileError.self) { try OutputFile.write("y", to: f + "/file/x") }
    #expect(text(f + "/x") == "old")
    #expect(try FileManager.default.contentsOfDirectory(atPath: f).sorted() == ["file", "x"])
  }

  @Test func leftoverTemporaryFilesAreSweptUnlessTheirWriterLives() throws {
    let f = try folder()
    // A pid far above any real one (pid_max is at most 2^22): its writer is gone.
    let dead = f + "/\(OutputFile.temporaryPrefix)a.svg-99999999-12"
    let live = f + "/\(OutputFile.temporaryPrefix)b.svg-\(getppid())-34"
    for p in [dead, live, f + "/keep.svg"] { try "x".write(toFile: p, atomically: false, encoding: .utf8) }
    #expect(OutputFile.sweepTemporaries(in: [f]) == [dead])
    #expect(try FileManager.default.contentsOfDirectory(atPath: f).sorted() == [(live as NSString).lastPathComponent, "keep.svg"].sorted())
  }

  @Test func theTemporaryNameIsCoveredByGitignore() throws {
    var url = URL(fileURLWithPath: #filePath)
    while url.path != "/" && !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
      url.deleteLastPathComponent()
    }
    let ignore = try String(contentsOfFile: url.appendingPathComponent(".gitignore").path, encoding: .utf8)
    #expect(ignore.split(separator: "\n").contains { $0 == "\(OutputFile.temporaryPrefix)*" })
  }
}

/// Paths are judged where they really lead, after `..` and links.
@Suite struct ConfinedPathTests {
  @Test func pathsInsideAndOutside() throws {
    let root = NSTemporaryDirectory() + "actorgraph-root-" + UUID().uuidString
    let outside = NSTemporaryDirectory() + "actorgraph-outside-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: root + "/diagrams", withIntermediateDirectories: true)
    try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
    symlink(outside, root + "/escape")
    symlink(outside + "/x.svg", root + "/diagrams/leak.svg")
    symlink("../diagrams", root + "/diagrams/self")
    #expect(ConfinedPath.isInside("diagrams/a.svg", root: root))
    #expect(ConfinedPath.isInside("new/folder/a.svg", root: root))
    #expect(ConfinedPath.isInside("diagrams/../diagrams/a.svg", root: root))
    #expect(ConfinedPath.isInside("diagrams/self/self/a.svg", root: root))
    #expect(ConfinedPath.isInside(root + "/diagrams/a.svg", root: root))
    #expect(!ConfinedPath.isInside("../x.svg", root: root))
    #expect(!ConfinedPath.isInside("diagrams/../../x.svg", root: root))
    #expect(!ConfinedPath.isInside("/tmp/x.svg", root: root))
    #expect(!ConfinedPath.isInside("escape/x.svg", root: root))
    #expect(!ConfinedPath.isInside("diagrams/leak.svg", root: root))
    #expect(!ConfinedPath.isInside("diagrams/..", root: root), "the root itself is a folder, not an output")
    #expect(!ConfinedPath.isInside("missing/../../x.svg", root: root))
  }
}

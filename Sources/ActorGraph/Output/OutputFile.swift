import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file could not be written: which path, what went wrong, and what to do about it, in one line.
public struct OutputFileError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The path as the caller gave it.
  public var path: String
  /// What went wrong, in words (never a system error dump).
  public var reason: String
  /// What to do about it.
  public var hint: String?

  /// An error writing `path`, with the reason and what to do.
  public init(path: String, reason: String, hint: String? = nil) {
    self.path = path
    self.reason = reason
    self.hint = hint
  }

  public var description: String { "cannot write \(path): \(reason)" + (hint.map { " (\($0))" } ?? "") }
}

/// The one way actorgraph writes an output file, so that writing never destroys anything it should not.
///
/// - A regular file is replaced atomically: the bytes go to a temporary file in the same folder,
///   which is then renamed over the target, so a reader (or a killed run) never sees half a file.
///   The replaced file keeps its permissions.
/// - A symbolic link is written *through*: the link stays, and its final target is replaced
///   atomically (the temporary file sits next to the target, not the link).
/// - `-`, `/dev/stdout`, `/dev/stderr` and `/dev/fd/N` write to that descriptor directly.
/// - A FIFO or a character device (`/dev/null`, a terminal) is opened and written directly:
///   renaming over it would replace the device node with a regular file.
/// - A folder, a block device (a disk) or a socket is an error, and nothing is written.
///
/// Temporary files are named `.actorgraph-tmp-…` (the repository's `.gitignore` covers the
/// pattern); ``sweepTemporaries(in:)`` removes any that a killed run left behind.
public enum OutputFile {
  /// The prefix of every temporary file name: `.actorgraph-tmp-<name>-<pid>-<random>`.
  public static let temporaryPrefix = ".actorgraph-tmp-"

  /// Writes `bytes` to `path` (see the type's rules), creating missing parent folders of a new file.
  ///
  /// - Throws: ``OutputFileError``; on failure an existing file is untouched and no temporary file is left.
  public static func write(_ bytes: [UInt8], to path: String) throws(OutputFileError) {
    if path.isEmpty { throw OutputFileError(path: path, reason: "the path is empty") }
    if let fd = standardDescriptor(path) {
      try writeAll(bytes, to: fd, path: path)
      return
    }
    let target = try resolveLinks(path)
    var info = stat()
    if stat(target, &info) == 0 {
      switch info.st_mode & S_IFMT {
      case S_IFREG: break
      case S_IFDIR:
        throw OutputFileError(path: path, reason: "it is a folder", hint: "give a file name inside it")
      case S_IFIFO, S_IFCHR:
        try writeDirectly(bytes, to: target, path: path)
        return
      case S_IFBLK:
        throw OutputFileError(path: path, reason: "it is a block device (a disk); actorgraph never writes to one")
      default:
        throw OutputFileError(path: path, reason: "it is not a regular file, FIFO or character device")
      }
    }
    try replaceAtomically(bytes, at: target, path: path, mode: stat(target, &info) == 0 ? info.st_mode & 0o7777 : nil)
  }

  /// Writes UTF-8 text; see ``write(_:to:)-(([UInt8],String))``.
  public static func write(_ text: String, to path: String) throws(OutputFileError) { try write(Array(text.utf8), to: path) }

  /// Removes temporary files that a killed run left in `folders` (not recursively).
  ///
  /// A file whose writer process is still running is left alone: another build may be writing it.
  /// - Returns: The paths removed.
  public static func sweepTemporaries(in folders: [String]) -> [String] {
    var removed: [String] = []
    for folder in Set(folders).sorted() {
      guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { continue }
      for name in names.sorted() where name.hasPrefix(temporaryPrefix) {
        let parts = name.split(separator: "-")
        // …-<pid>-<random>: the pid is the second-to-last part.
        if parts.count >= 2, let pid = pid_t(parts[parts.count - 2]), pid != getpid(), kill(pid, 0) == 0 { continue }
        let full = folder.hasSuffix("/") ? folder + name : folder + "/" + name
        var info = stat()
        guard lstat(full, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { continue }
        if unlink(full) == 0 { removed.append(full) }
      }
    }
    return removed
  }

  /// The descriptor a path names directly: `-` and `/dev/stdout` are 1, `/dev/stderr` is 2, `/dev/fd/N` is N.
  static func standardDescriptor(_ path: String) -> Int32? {
    switch path {
    case "-", "/dev/stdout", "/proc/self/fd/1": return 1
    case "/dev/stderr", "/proc/self/fd/2": return 2
    default:
      for prefix in ["/dev/fd/", "/proc/self/fd/"] where path.hasPrefix(prefix) {
        if let n = Int32(path.dropFirst(prefix.count)), n >= 0 { return n }
      }
      return nil
    }
  }

  /// Follows `path` through symbolic links to the file a write should replace (which may not exist yet).
  static func resolveLinks(_ path: String) throws(OutputFileError) -> String {
    var current = path
    for _ in 0..<40 {
      var info = stat()
      guard lstat(current, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { return current }
      var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
      let n = readlink(current, &buffer, buffer.count - 1)
      guard n >= 0 else { throw OutputFileError(path: path, reason: "cannot read the link: \(systemReason(errno))") }
      let destination = String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
      current =
        destination.hasPrefix("/")
        ? destination : ((current as NSString).deletingLastPathComponent as NSString).appendingPathComponent(destination)
    }
    throw OutputFileError(path: path, reason: "too many levels of symbolic links", hint: "the link may point to itself")
  }

  static func writeDirectly(_ bytes: [UInt8], to target: String, path: String) throws(OutputFileError) {
    let fd = open(target, O_WRONLY | O_CLOEXEC)
    guard fd >= 0 else { throw OutputFileError(path: path, reason: systemReason(errno)) }
    defer { close(fd) }
    try writeAll(bytes, to: fd, path: path)
  }

  static func replaceAtomically(_ bytes: [UInt8], at target: String, path: String, mode: mode_t?) throws(OutputFileError) {
    let folder = (target as NSString).deletingLastPathComponent
    if !folder.isEmpty {
      do {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      } catch {
        throw OutputFileError(
          path: path, reason: "cannot create the folder \(folder)", hint: "check that no file is in the way and that it is writable")
      }
    }
    let name = (target as NSString).lastPathComponent
    // Long names are cut so the temporary name stays under the 255-byte limit.
    let stem = String(decoding: Array(name.utf8.prefix(180)), as: UTF8.self)
    let tempName = "\(temporaryPrefix)\(stem)-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    let temp = folder.isEmpty ? tempName : (folder as NSString).appendingPathComponent(tempName)
    let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode ?? 0o644)
    guard fd >= 0 else { throw OutputFileError(path: path, reason: systemReason(errno), hint: "check that the folder is writable") }
    do throws(OutputFileError) {
      defer { close(fd) }
      // open() applies the umask; an existing file keeps exactly the mode it had.
      if let mode { fchmod(fd, mode) }
      try writeAll(bytes, to: fd, path: path)
      if fsync(fd) != 0 { throw OutputFileError(path: path, reason: systemReason(errno)) }
    } catch {
      unlink(temp)
      throw error
    }
    if rename(temp, target) != 0 {
      let reason = systemReason(errno)
      unlink(temp)
      throw OutputFileError(path: path, reason: reason)
    }
  }

  static func writeAll(_ bytes: [UInt8], to fd: Int32, path: String) throws(OutputFileError) {
    var offset = 0
    while offset < bytes.count {
      let n = bytes.withUnsafeBytes { raw in
        #if canImport(Glibc)
          Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
        #else
          Darwin.write(fd, raw.baseAddress! + offset, raw.count - offset)
        #endif
      }
      if n < 0 {
        if errno == EINTR { continue }
        throw OutputFileError(path: path, reason: systemReason(errno), hint: errno == ENOSPC ? "free some disk space" : nil)
      }
      offset += n
    }
  }

  /// The system's words for an error number, e.g. "Permission denied".
  public static func systemReason(_ code: Int32) -> String {
    String(cString: strerror(code)).lowercased()
  }
}

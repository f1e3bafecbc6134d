import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where a path really leads, so that a build never writes or deletes outside its repository.
///
/// A path is judged after `..` and every symbolic link along it (including the last one) are
/// resolved, the way the kernel would follow them when writing; parts that do not exist yet are
/// taken as written.
public enum ConfinedPath {
  /// The real path `path` leads to, resolved against `root` when relative.
  ///
  /// - Returns: nil when the links along it loop (more than 40 hops).
  /// - Complexity: O(components + link hops), one `lstat` each.
  public static func resolve(_ path: String, relativeTo root: String) -> String? {
    let rootReal = realRoot(root)
    var pending = components(path)
    var resolved = path.hasPrefix("/") ? "" : rootReal
    var hops = 0
    while !pending.isEmpty {
      let part = pending.removeFirst()
      if part == "." || part.isEmpty { continue }
      if part == ".." {
        resolved = (resolved as NSString).deletingLastPathComponent
        if resolved == "/" { resolved = "" }
        continue
      }
      let candidate = resolved + "/" + part
      var info = stat()
      if lstat(candidate, &info) == 0, info.st_mode & S_IFMT == S_IFLNK {
        hops += 1
        if hops > 40 { return nil }
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let n = readlink(candidate, &buffer, buffer.count - 1)
        guard n >= 0 else { return nil }
        let destination = String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        if destination.hasPrefix("/") { resolved = "" }
        pending = components(destination) + pending
      } else {
        resolved = candidate
      }
    }
    return resolved.isEmpty ? "/" : resolved
  }

  /// Whether `path` leads to a place inside `root` (the root itself does not count: it is a folder).
  public static func isInside(_ path: String, root: String) -> Bool {
    guard let real = resolve(path, relativeTo: root) else { return false }
    let base = realRoot(root)
    return real.hasPrefix(base == "/" ? "/" : base + "/") && real != base
  }

  /// The root's real path; a root that does not exist yet is taken as written, made absolute.
  static func realRoot(_ root: String) -> String {
    if let r = realpath(root, nil) {
      defer { free(r) }
      return String(cString: r)
    }
    let absolute = root.hasPrefix("/") ? root : FileManager.default.currentDirectoryPath + "/" + root
    return (absolute as NSString).standardizingPath
  }

  static func components(_ path: String) -> [String] { path.split(separator: "/", omittingEmptySubsequences: true).map(String.init) }
}

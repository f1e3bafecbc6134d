@_exported import struct GraphAnalytics.SplitMix64

// The one seeded generator of the package is the analytics core's `SplitMix64` (it picks the
// betweenness pivots); tests use it too rather than keeping copies.
extension SplitMix64 {
  /// A value in `0..<bound`, for picking indices in fuzz loops.
  public mutating func next(below bound: Int) -> Int { Int(next() % UInt64(max(1, bound))) }
}

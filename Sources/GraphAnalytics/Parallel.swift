import Dispatch
import Foundation

/// A callback that reports how many of `total` work items are done.
///
/// Parallel measures call it from worker threads at coarse intervals (after
/// each block of sources, at most ``ParallelOptions/blockLimit`` times per
/// run), so it must be cheap and thread-safe.
public typealias ProgressHandler = @Sendable (_ done: Int, _ total: Int) -> Void

/// How a parallel measure spreads its sources over threads.
///
/// Sources are split into at most ``blockLimit`` strided blocks (block `b`
/// holds sources `b`, `b + B`, `b + 2B`, …). The number of blocks depends only
/// on the number of sources, never on `threads`, and per-block partial sums
/// are folded in block order, so every thread count gives bit-identical
/// results.
public struct ParallelOptions: Sendable, Hashable {
  /// The most blocks a run is split into.
  public static let blockLimit = 64

  /// The number of worker threads; `1` runs serially on the calling thread.
  public var threads: Int

  /// Creates options for `threads` workers (default: every active core).
  ///
  /// - Parameter threads: Worker count, at least 1.
  public init(threads: Int = ProcessInfo.processInfo.activeProcessorCount) {
    self.threads = max(1, threads)
  }

  /// One worker on the calling thread.
  public static let serial = ParallelOptions(threads: 1)
}

/// Hands out block indices in increasing order and folds per-block partial
/// sums into a result in block order, whatever order blocks finish in.
final class OrderedBlockRunner {
  let itemCount: Int
  let blockCount: Int
  private let lock = NSLock()
  private var nextBlock = 0
  private var nextFold = 0
  private var pending: [Int: [Double]] = [:]
  private var done = 0
  private let progress: ProgressHandler?
  /// The folded result (only when partial sums are used).
  var result: [Double]

  init(itemCount: Int, resultCount: Int, progress: ProgressHandler?) {
    self.itemCount = itemCount
    self.blockCount = min(itemCount, ParallelOptions.blockLimit)
    self.result = [Double](repeating: 0, count: resultCount)
    self.progress = progress
  }

  /// The next block to work on, or `nil` when none is left.
  func claim() -> Int? {
    lock.lock()
    defer { lock.unlock() }
    guard nextBlock < blockCount else { return nil }
    nextBlock += 1
    return nextBlock - 1
  }

  /// Records that `block` is done and folds its partial sums, if any.
  func finish(block: Int, partial: UnsafeMutableBufferPointer<Double>?) {
    let items = (itemCount - block + blockCount - 1) / blockCount
    lock.lock()
    if let partial {
      if block == nextFold {
        fold(partial)
        nextFold += 1
        while let p = pending.removeValue(forKey: nextFold) {
          p.withUnsafeBufferPointer { fold($0) }
          nextFold += 1
        }
      } else {
        pending[block] = Array(partial)
      }
    }
    done += items
    let d = done
    lock.unlock()
    progress?(d, itemCount)
  }

  private func fold(_ p: UnsafeBufferPointer<Double>) {
    result.withUnsafeMutableBufferPointer { r in
      for i in 0..<r.count { r[i] += p[i] }
    }
  }

  private func fold(_ p: UnsafeMutableBufferPointer<Double>) {
    fold(UnsafeBufferPointer(p))
  }

  /// Runs `worker` on `threads` threads (or inline when one suffices).
  ///
  /// Each call of `worker` receives its worker index; it should allocate its
  /// scratch once, then loop on ``claim()`` and ``finish(block:partial:)``.
  ///
  /// Workers share only read-only graph buffers, disjoint output slots and
  /// this runner's lock-protected state, which is why handing the
  /// non-`Sendable` closure to Dispatch is sound.
  func run(threads: Int, _ worker: (Int) -> Void) {
    let workers = max(1, min(threads, blockCount))
    if workers == 1 {
      worker(0)
      return
    }
    withoutActuallyEscaping(worker) { w in
      let box = UncheckedSendableBox(w)
      DispatchQueue.concurrentPerform(iterations: workers) { box.value($0) }
    }
  }
}

/// Carries a value into a `@Sendable` closure; see ``OrderedBlockRunner/run(threads:_:)``.
struct UncheckedSendableBox<T>: @unchecked Sendable {
  let value: T
  init(_ value: T) { self.value = value }
}

/// Scratch buffers for one breadth-first search worker, allocated once.
final class BFSScratch {
  let dist: UnsafeMutableBufferPointer<Int32>
  let queue: UnsafeMutableBufferPointer<Int32>

  init(count: Int) {
    dist = .allocate(capacity: max(count, 1))
    dist.initialize(repeating: -1)
    queue = .allocate(capacity: max(count, 1))
    queue.initialize(repeating: 0)
  }

  deinit {
    dist.deallocate()
    queue.deallocate()
  }
}

/// A small deterministic pseudo-random generator (SplitMix64).
///
/// Used for pivot sampling so that a seed always picks the same vertices on
/// every platform.
public struct SplitMix64: RandomNumberGenerator, Sendable {
  private var state: UInt64

  /// Creates a generator from a seed.
  ///
  /// - Parameter seed: Any 64-bit value.
  public init(seed: UInt64) { state = seed }

  /// The next 64 random bits.
  ///
  /// - Complexity: O(1).
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// Fixed vertex chunks for the iterative (pull-style) measures.
///
/// The chunking depends only on the vertex count, and per-chunk partial sums
/// are added in chunk order, so results are bit-identical for any thread
/// count.
struct VertexChunks {
  /// Vertices per chunk below which a graph is one chunk.
  static let minimumChunk = 8192
  let n: Int
  let count: Int
  let threads: Int

  init(n: Int, threads: Int) {
    self.n = n
    self.count = max(1, min(ParallelOptions.blockLimit, n / Self.minimumChunk))
    self.threads = threads
  }

  func range(_ c: Int) -> Range<Int> {
    (n * c / count)..<(n * (c + 1) / count)
  }

  /// Runs `body` on every chunk (in parallel when allowed) and returns the
  /// sum of its results, added in chunk order.
  func sum(_ body: (Range<Int>) -> Double) -> Double {
    if count == 1 { return body(0..<n) }
    var partial = [Double](repeating: 0, count: count)
    partial.withUnsafeMutableBufferPointer { p in
      let out = p.baseAddress.unsafelyUnwrapped
      if threads <= 1 {
        for c in 0..<count { out[c] = body(range(c)) }
      } else {
        withoutActuallyEscaping(body) { b in
          let box = UncheckedSendableBox((b, out))
          DispatchQueue.concurrentPerform(iterations: count) { c in
            box.value.1[c] = box.value.0(range(c))
          }
        }
      }
    }
    var total = 0.0
    for v in partial { total += v }
    return total
  }
}

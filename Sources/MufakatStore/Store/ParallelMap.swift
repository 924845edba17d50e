import Dispatch
import Foundation
import MufakatDomain
import Synchronization

/// Pekerjaan paralel: runs independent pieces of work (one per cooperation in `check-store`) on
/// several threads and gives their results back in the order of the input, so that what is built
/// from them is the same as a serial run's, byte for byte (issue 19).
///
/// Each worker takes the next piece as it finishes one (a slow item does not hold up a whole
/// half), and runs in the interface language of the caller (a task's `DisplayLanguage.override`
/// does not follow work onto Dispatch's threads by itself).
enum ParallelMap {
    /// The threads `check-store` uses: the cores, at most 4 (reading files gains nothing beyond).
    static var defaultThreads: Int { max(1, min(ProcessInfo.processInfo.activeProcessorCount, 4)) }

    /// `items.map(transform)`, on up to `threads` threads.
    static func map<T, R>(_ items: [T], threads: Int = defaultThreads, _ transform: (T) -> R) -> [R] {
        let count = items.count
        let workers = min(threads, count)
        guard workers > 1 else { return items.map(transform) }
        let language = DisplayLanguage.current
        let results = UnsafeMutableBufferPointer<R?>.allocate(capacity: count)
        results.initialize(repeating: nil)
        defer {
            results.deinitialize()
            results.deallocate()
        }
        let next = Atomic<Int>(0)
        withoutActuallyEscaping(transform) { transform in
            let shared = Shared(transform: transform, items: items, results: results)
            DispatchQueue.concurrentPerform(iterations: workers) { _ in
                DisplayLanguage.$override.withValue(language) {
                    while true {
                        let i = next.wrappingAdd(1, ordering: .relaxed).oldValue
                        if i >= count { break }
                        // Each slot is written by one worker only, and read after all have joined.
                        shared.results[i] = shared.transform(shared.items[i])
                    }
                }
            }
        }
        return results.map { $0! }
    }

    /// What the workers share: the input (read only) and the result slots (one writer each).
    private struct Shared<T, R>: @unchecked Sendable {
        let transform: (T) -> R
        let items: [T]
        let results: UnsafeMutableBufferPointer<R?>
    }
}

import Dispatch
import Foundation
import MufakatDomain

/// Kerja paralel untuk rapat pemetaan: `map` over every core, in order, for the meeting's
/// independent pieces of work (reading 546 bundles, encoding 546 revisions; issue 19). Each
/// worker runs in the caller's interface language (a task-local override does not reach
/// Dispatch's threads by itself).
public enum MappingParallel {
    public static func map<T, R>(_ items: [T], _ body: (T) -> R) -> [R] {
        guard items.count > 1, ProcessInfo.processInfo.activeProcessorCount > 1 else { return items.map(body) }
        let language = DisplayLanguage.current
        let results = Slots<R>(count: items.count)
        let workers = min(ProcessInfo.processInfo.activeProcessorCount, 8)
        let chunks = min(items.count, workers * 4)
        withoutActuallyEscaping(body) { body in
            let work = Unchecked((items, body))
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                let (items, body) = work.value
                let lower = items.count * chunk / chunks, upper = items.count * (chunk + 1) / chunks
                DisplayLanguage.$override.withValue(language) {
                    for i in lower..<upper { results.set(i, body(items[i])) }
                }
            }
        }
        return results.take()
    }

    private struct Unchecked<V>: @unchecked Sendable {
        let value: V
        init(_ value: V) { self.value = value }
    }

    /// One slot per item, each written by one worker only.
    private final class Slots<R>: @unchecked Sendable {
        private var values: [R?]
        private let lock = NSLock()
        init(count: Int) { values = Array(repeating: nil, count: count) }
        func set(_ i: Int, _ v: R) { lock.lock(); values[i] = v; lock.unlock() }
        func take() -> [R] { values.map { $0! } }
    }
}

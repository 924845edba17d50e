#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A small benchmark harness: runs a case repeatedly, reports median and p99 wall time, and the
/// process's peak resident memory. Kept in-house so a release build stays quick (no extra package).
struct Harness {
    struct Result: Codable {
        var group: String
        var name: String
        var size: String
        var samples: [Double]   // seconds
        var note: String
        /// Peak resident memory of the process that ran the case (MiB), when it was measured alone.
        var peakMiB: Double?
        var median: Double { percentile(0.5) }
        var p99: Double { percentile(0.99) }
        func percentile(_ p: Double) -> Double {
            guard !samples.isEmpty else { return 0 }
            let sorted = samples.sorted()
            let index = min(sorted.count - 1, Int((Double(sorted.count - 1) * p).rounded(.up)))
            return sorted[index]
        }
    }

    private(set) var results: [Result] = []
    let quick: Bool
    /// The group the next cases belong to (a heading in the table).
    var group = ""

    init(quick: Bool) { self.quick = quick }

    /// Measures `body` `iterations` times after one warm-up run. `note` describes a side figure
    /// (bytes written, entries) shown beside the times. Stops early once `budget` seconds are spent
    /// (at least 3 samples), so slow cases at large sizes keep the whole run short.
    mutating func measure(_ name: String, size: String = "", iterations: Int = 50, budget: Double = 20,
                          note: String = "", _ body: () throws -> Void) rethrows {
        let n = quick ? max(3, iterations / 10) : iterations
        let warm = Harness.now()
        try body()
        let first = Harness.now() - warm
        var samples: [Double] = []
        if first > budget / 2 {
            // Too slow to repeat within the budget: the one run is the figure (shown as "once").
            add(Result(group: group, name: name, size: size, samples: [first], note: note, peakMiB: nil))
            return
        }
        samples.reserveCapacity(n)
        let began = Harness.now()
        for _ in 0..<n {
            let start = Harness.now()
            try body()
            samples.append(Harness.now() - start)
            if samples.count >= 3, Harness.now() - began > budget { break }
        }
        add(Result(group: group, name: name, size: size, samples: samples, note: note, peakMiB: nil))
    }

    /// Like `measure`, but the body returns a note computed while it ran (bytes of the last run).
    mutating func measureNoting(_ name: String, size: String = "", iterations: Int = 50, budget: Double = 20,
                                _ body: () throws -> String) rethrows {
        var note = ""
        try measure(name, size: size, iterations: iterations, budget: budget) { note = try body() }
        results[results.count - 1].note = note
    }

    /// Records a single timed run (for whole-process or one-shot operations).
    mutating func once(_ name: String, size: String = "", note: String = "", _ body: () throws -> Void) rethrows {
        let start = Harness.now()
        try body()
        add(Result(group: group, name: name, size: size, samples: [Harness.now() - start], note: note, peakMiB: nil))
    }

    /// Adds a result measured elsewhere (a child process, a timed command).
    mutating func add(_ r: Result) {
        results.append(r)
        Harness.printLine(r)
    }

    /// Adds a result already printed (by a child process).
    mutating func addQuietly(_ r: Result) { results.append(r) }

    /// Adds a figure found after the case ran (a count of results) to its note.
    mutating func appendNote(_ text: String) {
        guard !results.isEmpty else { return }
        let r = results.count - 1
        results[r].note = results[r].note.isEmpty ? text : results[r].note + "; " + text
        print("    \(text)")
    }

    /// Sets the peak memory of the most recent result.
    mutating func notePeak(_ mib: Double) {
        guard !results.isEmpty else { return }
        results[results.count - 1].peakMiB = mib
    }

    static func printLine(_ r: Result) {
        let times = r.samples.count > 1
            ? "median \(pad(format(r.median), 10))  p99 \(pad(format(r.p99), 10))"
            : "sekali \(pad(format(r.median), 10))  \(pad("", 14))"
        let peak = r.peakMiB.map { String(format: "  puncak %.0f MiB", $0) } ?? ""
        print("  \(pad(r.name, 54)) \(pad(r.size, 8)) \(times)  \(r.note)\(peak)")
        fflush(nil)
    }

    static func pad(_ s: String, _ n: Int) -> String {
        s.count >= n ? s : s + String(repeating: " ", count: n - s.count)
    }

    static func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

    static func format(_ seconds: Double) -> String {
        if seconds < 1e-3 { return String(format: "%.1f µs", seconds * 1e6) }
        if seconds < 1 { return String(format: "%.2f ms", seconds * 1e3) }
        return String(format: "%.2f s", seconds)
    }

    /// Peak resident set size of this process so far, in MiB.
    static func peakMemoryMiB() -> Double {
        var usage = rusage()
        #if os(Linux)
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        #else
        getrusage(RUSAGE_SELF, &usage)
        #endif
        return Double(usage.ru_maxrss) / 1024
    }

    /// The results as Markdown tables for README.md, one per group.
    func markdown() -> String {
        var out: [String] = []
        var current: String?
        for r in results {
            if r.group != current {
                current = r.group
                if !out.isEmpty { out.append("") }
                out.append("**\(r.group)**")
                out.append("")
                out.append("| case | size | median | p99 | peak memory | note |")
                out.append("| --- | ---: | ---: | ---: | ---: | --- |")
            }
            let p99 = r.samples.count > 1 ? Harness.format(r.p99) : "(once)"
            let peak = r.peakMiB.map { String(format: "%.0f MiB", $0) } ?? ""
            out.append("| \(r.name) | \(r.size) | \(Harness.format(r.median)) | \(p99) | \(peak) | \(r.note) |")
        }
        return out.joined(separator: "\n")
    }
}

/// "1,000" / "10,000" for table cells.
func grouped(_ n: Int) -> String {
    let s = String(n)
    var out = ""
    for (i, ch) in s.enumerated() {
        if i > 0, (s.count - i) % 3 == 0 { out.append(",") }
        out.append(ch)
    }
    return out
}

import Foundation

/// A small benchmark harness: runs a case repeatedly, reports median and p99 wall time, and the
/// process's peak resident memory. Kept in-house so a release build stays quick (no extra package).
struct Harness {
    struct Result {
        let name: String
        let size: String
        let samples: [Double]   // seconds
        let extra: String
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

    /// Measures `body` `iterations` times after one warm-up run. `extra` describes a side figure
    /// (bytes written, entries) shown beside the times.
    mutating func measure(_ name: String, size: String = "", iterations: Int = 50, extra: String = "", _ body: () throws -> Void) rethrows {
        let n = quick ? max(3, iterations / 10) : iterations
        try body()
        var samples: [Double] = []
        samples.reserveCapacity(n)
        for _ in 0..<n {
            let start = DispatchTime.now().uptimeNanoseconds
            try body()
            samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        let r = Result(name: name, size: size, samples: samples, extra: extra)
        results.append(r)
        print(String(format: "  %-52@ %-10@ median %10@  p99 %10@  %@", name as NSString, size as NSString,
                     Harness.format(r.median) as NSString, Harness.format(r.p99) as NSString, extra as NSString))
        fflush(nil)
    }

    /// Records a single timed run (for whole-process or one-shot operations).
    mutating func once(_ name: String, size: String = "", extra: String = "", _ body: () throws -> Void) rethrows {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        let t = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let r = Result(name: name, size: size, samples: [t], extra: extra)
        results.append(r)
        print(String(format: "  %-52@ %-10@ once   %10@  %@", name as NSString, size as NSString,
                     Harness.format(t) as NSString, extra as NSString))
        fflush(nil)
    }

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

    /// The results as a Markdown table for README.md.
    func markdown() -> String {
        var lines = ["| case | size | median | p99 | note |", "| --- | --- | ---: | ---: | --- |"]
        for r in results {
            let p99 = r.samples.count > 1 ? Harness.format(r.p99) : "–"
            lines.append("| \(r.name) | \(r.size) | \(Harness.format(r.median)) | \(p99) | \(r.extra) |")
        }
        return lines.joined(separator: "\n")
    }
}

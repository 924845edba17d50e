import Foundation

/// Whole processes as a person starts them: wall time and peak memory of `mufakat list` and
/// `mufakat check-store`, beside the cost of simply reading the same files with `cat`.
enum ProcessCases {
    /// The `mufakat` binary built next to this benchmark (same configuration).
    static func binary() -> String? {
        let me = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        let candidate = me.deletingLastPathComponent().appendingPathComponent("mufakat").path
        return FileManager.default.isExecutableFile(atPath: candidate) ? candidate : nil
    }

    static func run(_ h: inout Harness, stores: [(size: Int, url: URL)], quick: Bool) throws {
        h.group = "Whole processes (wall time; peak memory of the process)"
        guard let mufakat = binary() else {
            print("  (dilewati: program mufakat tidak ada di sebelah mufakat-bench; bangun dengan `swift build -c release`)")
            return
        }
        let repeats = quick ? 3 : 10
        try timed(&h, "mufakat --version (process floor)", size: "", repeats: repeats, [mufakat, "--version"])
        for (size, url) in stores {
            let n = grouped(size)
            let store = url.path
            let index = url.appendingPathComponent("index.json").path
            try timed(&h, "mufakat list", size: n, repeats: repeats, [mufakat, "list", "--store", store])
            try timed(&h, "  cat index.json (what list must read)", size: n, repeats: repeats, ["cat", index])
            // The floors of issue 19, in the same run: reading every cooperation file, and grep.
            try timed(&h, "  cat of every cooperation file (issue 19 floor for list)", size: n, repeats: repeats,
                      ["sh", "-c", "find \"$0/cooperations\" -type f -exec cat {} + > /dev/null", store])
            try timed(&h, "mufakat list --search bogor", size: n, repeats: repeats, [mufakat, "list", "--store", store, "--search", "bogor"])
            try timed(&h, "  grep -rli bogor cooperations/ (floor for --search)", size: n, repeats: repeats,
                      ["grep", "-rli", "bogor", url.appendingPathComponent("cooperations").path])
            // check-store reads and verifies every file by design (about 2 ms each): beyond 10,000
            // one run takes minutes and says nothing new, so larger stores are listed only.
            guard size <= 10_000 else { continue }
            let all = StoreFixtures.footprint(url)
            let checkRepeats = quick ? 2 : 3
            try timed(&h, "mufakat check-store", size: n, repeats: checkRepeats, [mufakat, "check-store", "--store", store])
            try timed(&h, "  cat of every file in the store", size: n, repeats: checkRepeats,
                      ["sh", "-c", "find \"$0\" -type f -exec cat {} + > /dev/null", store],
                      note: "\(grouped(all.files)) files, \(all.bytes / 1_048_576) MiB")
        }
    }

    static func timed(_ h: inout Harness, _ name: String, size: String, repeats: Int, _ arguments: [String], note: String = "") throws {
        var samples: [Double] = []
        var peak = 0.0
        var status: Int32 = 0
        var bytes = 0
        // The store goes in the environment too, so a command that lost its --store still cannot
        // touch the user's own store.
        var environment = ProcessInfo.processInfo.environment
        if let i = arguments.firstIndex(of: "--store"), i + 1 < arguments.count { environment["MUFAKAT_STORE"] = arguments[i + 1] }
        // The first run warms the page cache, as a second run by a person would find it; a
        // command slower than 5 s is not repeated (its one run is the figure).
        let first = try Shell.run(arguments, environment: environment)
        if first.seconds > 5 {
            samples.append(first.seconds); peak = first.peakMiB; status = first.status; bytes = first.stdout.count
        }
        for _ in 0..<(first.seconds > 5 ? 0 : repeats) {
            let r = try Shell.run(arguments, environment: environment)
            samples.append(r.seconds)
            peak = max(peak, r.peakMiB)
            status = r.status
            bytes = r.stdout.count
        }
        var text = note
        if arguments.first != "cat" && arguments.first != "sh" {
            text = (text.isEmpty ? "" : text + "; ") + "exit \(status), \(grouped(bytes)) B output"
        }
        h.add(Harness.Result(group: h.group, name: name, size: size, samples: samples, note: text, peakMiB: peak))
    }
}

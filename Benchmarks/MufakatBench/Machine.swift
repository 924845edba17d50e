import Foundation

/// The machine the numbers came from: printed above the table so that figures are never quoted
/// without it.
enum Machine {
    static func describe() -> [String] {
        var lines: [String] = []
        let cpus = ProcessInfo.processInfo.activeProcessorCount
        let model = firstValue(in: "/proc/cpuinfo", key: "model name") ?? "(tidak diketahui)"
        lines.append("- CPU: \(model), \(cpus) core (nproc)")
        let memory = Double(ProcessInfo.processInfo.physicalMemory) / 1_073_741_824
        lines.append(String(format: "- Memory: %.1f GiB", memory))
        if let os = firstValue(in: "/etc/os-release", key: "PRETTY_NAME", separator: "=") {
            lines.append("- OS: \(os.trimmingCharacters(in: CharacterSet(charactersIn: "\""))), kernel \(kernel())")
        }
        lines.append("- Swift: \(swiftVersion())")
        lines.append("- Build: release (`-c release`), run \(ISO8601DateFormatter().string(from: Date()))")
        return lines
    }

    static func firstValue(in path: String, key: String, separator: Character = ":") -> String? {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: separator, maxSplits: 1)
            if parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces) == key {
                return parts[1].trimmingCharacters(in: .whitespaces)
            }
        }
        return nil
    }

    static func kernel() -> String {
        var u = utsname()
        uname(&u)
        return withUnsafeBytes(of: &u.release) { raw in
            String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
    }

    static func swiftVersion() -> String {
        guard let out = try? Shell.capture(["swift", "--version"]) else { return "(tidak diketahui)" }
        return out.split(separator: "\n").first.map(String.init) ?? "(tidak diketahui)"
    }
}

/// Running other programs (the `mufakat` binary, `cat`) and measuring them.
enum Shell {
    struct Run {
        var seconds: Double
        var status: Int32
        /// Peak resident memory of the child (MiB).
        var peakMiB: Double
        var stdout: Data
    }

    /// Runs `arguments` (found on PATH unless absolute), stdout captured, stderr to /dev/null
    /// unless `stderr` is true; returns wall time, exit status and the child's peak memory.
    /// `inherit`: the child writes to this process's stdout and stderr (a child benchmark).
    static func run(_ arguments: [String], stdoutTo path: String? = nil, inherit: Bool = false,
                    environment: [String: String]? = nil) throws -> Run {
        var fileActions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&fileActions)
        defer { posix_spawn_file_actions_destroy(&fileActions) }
        let tmp = path ?? FileManager.default.temporaryDirectory.appendingPathComponent("mufakat-bench-out-\(getpid())").path
        if !inherit {
            posix_spawn_file_actions_addopen(&fileActions, 1, tmp, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
            posix_spawn_file_actions_addopen(&fileActions, 2, "/dev/null", O_WRONLY, 0)
        }
        // The peak memory comes from GNU time: a process started straight from this one reports
        // this process's size as its own peak (the spawn shares our pages until exec).
        let peakFile = tmp + ".peak"
        let timed = FileManager.default.isExecutableFile(atPath: "/usr/bin/time")
        let command = timed ? ["/usr/bin/time", "-f", "%M", "-o", peakFile] + arguments : arguments
        let argv: [UnsafeMutablePointer<CChar>?] = command.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let env = (environment ?? ProcessInfo.processInfo.environment).map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { env.forEach { free($0) } }
        var pid: pid_t = 0
        let start = Harness.now()
        let rc = posix_spawnp(&pid, command[0], &fileActions, nil, argv, env)
        guard rc == 0 else { throw NSError(domain: "spawn", code: Int(rc), userInfo: [NSLocalizedDescriptionKey: "\(arguments[0]): \(String(cString: strerror(rc)))"]) }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let seconds = Harness.now() - start
        let out = (path == nil && !inherit ? FileManager.default.contents(atPath: tmp) : nil) ?? Data()
        if path == nil && !inherit { unlink(tmp) }
        let exit: Int32 = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        var peak = Double(usage.ru_maxrss) / 1024
        if timed, let text = try? String(contentsOfFile: peakFile, encoding: .utf8),
           let kib = text.split(separator: "\n").last.flatMap({ Double($0.trimmingCharacters(in: .whitespaces)) }) {
            peak = kib / 1024
        }
        unlink(peakFile)
        return Run(seconds: seconds, status: exit, peakMiB: peak, stdout: out)
    }

    static func capture(_ arguments: [String]) throws -> String {
        String(decoding: try run(arguments).stdout, as: UTF8.self)
    }
}

/// What the numbers are (issue 19): every group but "Whole processes" is timed inside this
/// process, without process start, terminal or tmux; a user sees more. Printed first and above
/// the Markdown tables.
let inProcessNote = "IN-PROCESS numbers (measured inside this process: no process start, no terminal, no tmux), "
    + "except the group \"Whole processes\" (each a whole `mufakat` process, wall time). "
    + "What a user sees on screen is measured from outside by scripts/bench-outside.sh and scripts/tmux-timing.py."

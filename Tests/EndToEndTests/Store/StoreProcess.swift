import Foundation

/// Runs the built `mufakat` binary for the store's end-to-end tests.
enum StoreProcess {
    /// The built program (see `MufakatBinary`).
    static func binary() throws -> URL { URL(fileURLWithPath: try MufakatBinary.path()) }


    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Starts `mufakat args` without waiting.
    static func start(_ args: [String], environment: [String: String] = [:], stdout: FileHandle? = nil, stderr: FileHandle? = nil) throws -> Process {
        let p = Process()
        p.executableURL = try binary()
        p.arguments = args
        var env = ProcessInfo.processInfo.environment
        env["LANG"] = "C.UTF-8"
        for (k, v) in environment { env[k] = v }
        p.environment = env
        p.standardInput = FileHandle.nullDevice
        p.standardOutput = stdout ?? FileHandle.nullDevice
        p.standardError = stderr ?? FileHandle.nullDevice
        try p.run()
        return p
    }

    /// Runs `mufakat args` to completion, capturing its output through files (no pipe deadlocks).
    static func run(_ args: [String], environment: [String: String] = [:], shell: String? = nil) throws -> Output {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mufakat-e2e-out-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let outURL = folder.appendingPathComponent("out"), errURL = folder.appendingPathComponent("err")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        let p: Process
        if let shell {
            // `shell` is a prefix run by /bin/sh before exec'ing the binary (ulimit, trap).
            p = Process()
            p.executableURL = URL(fileURLWithPath: "/bin/sh")
            let quoted = ([try binary().path] + args).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
            p.arguments = ["-c", "\(shell); exec \(quoted)"]
            var env = ProcessInfo.processInfo.environment
            for (k, v) in environment { env[k] = v }
            p.environment = env
            p.standardInput = FileHandle.nullDevice
            p.standardOutput = out; p.standardError = err
            try p.run()
        } else {
            p = try start(args, environment: environment, stdout: out, stderr: err)
        }
        p.waitUntilExit()
        try out.close(); try err.close()
        return Output(status: p.terminationStatus,
                      stdout: (try? String(contentsOf: outURL, encoding: .utf8)) ?? "",
                      stderr: (try? String(contentsOf: errURL, encoding: .utf8)) ?? "")
    }

    /// A fresh folder for one test.
    static func folder(_ label: String) -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("mufakat-e2e-store")
            .appendingPathComponent("\(label.filter { $0.isLetter })-\(UUID().uuidString.prefix(8))")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Parses JSON output.
    static func json(_ text: String) -> Any? {
        try? JSONSerialization.jsonObject(with: Data(text.utf8))
    }
}

import Foundation

/// Git: the system `git` program, driven through `Process` (no library). Every call runs in the
/// store folder with a fixed environment: no prompts for a password (a sync in a script must fail,
/// not hang), English messages (so a missing remote branch can be told from a dead network), and
/// the officer as author and committer.
public struct Git: Sendable {
    /// The result of one git call.
    public struct Output: Sendable {
        public var status: Int32
        public var stdout: Data
        public var stderr: String
        public var text: String { String(decoding: stdout, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) }
    }

    public let executable: URL
    public let folder: URL
    public var identity: (name: String, email: String)?

    public init(executable: URL, folder: URL, identity: (name: String, email: String)? = nil) {
        self.executable = executable; self.folder = folder; self.identity = identity
    }

    /// The path of `git` on PATH, nil when it is not installed.
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL? {
        let path = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for dir in path.split(separator: ":") where !dir.isEmpty {
            let candidate = URL(fileURLWithPath: String(dir)).appendingPathComponent("git")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }

    /// Runs `git args` in the folder; `input` is given on standard input. Output goes through
    /// temporary files, so a large answer (`cat-file --batch`) never deadlocks on a full pipe.
    public func run(_ args: [String], input: Data? = nil) throws(SyncError) -> Output {
        let temp = FileManager.default.temporaryDirectory.appendingPathComponent("mufakat-git-\(UUID().uuidString)")
        do { try FileManager.default.createDirectory(at: temp, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700]) } catch {
            throw SyncError.gitFailed(command: args.joined(separator: " "), message: ServiceText.current.sync.scratchFailed("\(error)"))
        }
        defer { try? FileManager.default.removeItem(at: temp) }
        let outURL = temp.appendingPathComponent("out"), errURL = temp.appendingPathComponent("err"), inURL = temp.appendingPathComponent("in")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: inURL.path, contents: input ?? Data())
        let process = Process()
        process.executableURL = executable
        process.arguments = ["-C", folder.path, "-c", "core.quotepath=off", "-c", "core.fileMode=false"] + args
        var env = ProcessInfo.processInfo.environment
        env["GIT_TERMINAL_PROMPT"] = "0"
        env["GIT_ASKPASS"] = "/bin/false"
        env["SSH_ASKPASS"] = "/bin/false"
        env["LC_ALL"] = "C"
        env["LANGUAGE"] = "C"
        env["GIT_SSH_COMMAND"] = env["GIT_SSH_COMMAND"] ?? "ssh -o BatchMode=yes -o ConnectTimeout=15"
        if let identity {
            env["GIT_AUTHOR_NAME"] = identity.name; env["GIT_AUTHOR_EMAIL"] = identity.email
            env["GIT_COMMITTER_NAME"] = identity.name; env["GIT_COMMITTER_EMAIL"] = identity.email
        }
        process.environment = env
        do {
            let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
            defer { try? out.close(); try? err.close() }
            process.standardInput = try FileHandle(forReadingFrom: inURL)
            process.standardOutput = out
            process.standardError = err
            try process.run()
            process.waitUntilExit()
        } catch {
            throw SyncError.gitFailed(command: args.joined(separator: " "), message: "\(error)")
        }
        let stdout = (try? Data(contentsOf: outURL)) ?? Data()
        let stderr = (try? String(contentsOf: errURL, encoding: .utf8)) ?? ""
        return Output(status: process.terminationStatus, stdout: stdout, stderr: stderr)
    }

    /// Runs and requires success.
    @discardableResult
    public func check(_ args: [String], input: Data? = nil) throws(SyncError) -> Output {
        let out = try run(args, input: input)
        guard out.status == 0 else {
            throw SyncError.gitFailed(command: "git " + args.joined(separator: " "), message: out.stderr.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        return out
    }

    /// Every file of a commit's tree: path -> blob id.
    func tree(_ commit: String?) throws(SyncError) -> [String: String] {
        guard let commit else { return [:] }
        let out = try check(["ls-tree", "-r", "-z", "--full-tree", commit])
        var files: [String: String] = [:]
        for record in out.stdout.split(separator: 0) {
            // "<mode> blob <sha>\t<path>"
            guard let tab = record.firstIndex(of: 9) else { continue }
            let head = String(decoding: record[record.startIndex..<tab], as: UTF8.self).split(separator: " ")
            guard head.count == 3, head[1] == "blob" else { continue }
            files[String(decoding: record[(tab + 1)...], as: UTF8.self)] = String(head[2])
        }
        return files
    }

    /// The bytes of many objects ("<commit>:<path>" or blob ids) in one `cat-file --batch`.
    func contents(_ names: [String]) throws(SyncError) -> [String: Data] {
        guard !names.isEmpty else { return [:] }
        let out = try check(["cat-file", "--batch"], input: Data((names.joined(separator: "\n") + "\n").utf8))
        var result: [String: Data] = [:]
        let bytes = out.stdout
        var i = bytes.startIndex
        for name in names {
            guard let nl = bytes[i...].firstIndex(of: 10) else { break }
            let header = String(decoding: bytes[i..<nl], as: UTF8.self).split(separator: " ")
            i = nl + 1
            guard header.count == 3, let size = Int(header[2]) else { continue } // "<name> missing"
            result[name] = Data(bytes[i..<(i + size)])
            i += size + 1
        }
        return result
    }

    /// "abc1234 Budi <budi@...>, 2026-05-01": the last commit of `commit` that touched `paths`.
    func lastChange(of paths: [String], in commit: String) -> String {
        guard let out = try? run(["log", "-1", "--format=%h %an <%ae>, %ad", "--date=short", commit, "--"] + paths),
              out.status == 0, !out.text.isEmpty else { return "commit \(commit.prefix(7))" }
        return "commit " + out.text
    }

    func isAncestor(_ a: String, of b: String) -> Bool {
        ((try? run(["merge-base", "--is-ancestor", a, b]))?.status ?? 1) == 0
    }

    func revParse(_ ref: String) -> String? {
        guard let out = try? run(["rev-parse", "-q", "--verify", ref + "^{commit}"]), out.status == 0 else { return nil }
        return out.text.isEmpty ? nil : out.text
    }
}

import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A detached tmux session running one command on a private server, for driving the real
/// ncurses binary as a person would: type, wait for text, resize, signal.
///
/// Each session uses its own socket (`tmux -L <unique>`) and no config file, so tests can run in
/// parallel without seeing each other or the developer's tmux. Waiting is always polling with a
/// timeout, never a blind sleep.
///
/// ```swift
/// let tmux = try TmuxSession.start(command: "\(try MufakatBinary.path()) gallery")
/// defer { tmux.kill() }
/// try tmux.waitFor(text: "Galeri Mufakat")
/// try tmux.sendKeys("Tab", "Tab")
/// try tmux.sendText("1500000")
/// try tmux.waitFor(text: "Rp 1.500.000")
/// ```
final class TmuxSession: @unchecked Sendable {
    let socket: String
    let name: String
    private(set) var isRunning = true

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    private init(socket: String, name: String) {
        self.socket = socket
        self.name = name
    }

    /// Starts `command` (run by `sh -c`) in a new detached session of the given size.
    /// - Parameter env: extra environment for the command (TERM defaults to xterm-256color).
    static func start(command: String, width: Int = 80, height: Int = 24, env: [String: String] = [:]) throws -> TmuxSession {
        let id = UUID().uuidString.prefix(8).lowercased()
        let session = TmuxSession(socket: "mufakat-e2e-\(id)", name: "s\(id)")
        var args = ["new-session", "-d", "-s", session.name, "-x", "\(width)", "-y", "\(height)"]
        // NO_COLOR is cleared unless asked for: the test runner's own environment may carry it.
        var environment = ["TERM": "xterm-256color", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "NO_COLOR": ""]
        environment.merge(env) { _, new in new }
        for (k, v) in environment.sorted(by: { $0.key < $1.key }) { args += ["-e", "\(k)=\(v)"] }
        args.append(command)
        try session.tmux(args)
        // Keep the pane (and its last screen) after the command ends, so the end can be inspected.
        _ = try? session.tmux(["set-option", "-t", session.name, "remain-on-exit", "on"])
        return session
    }

    /// Runs one tmux command on this session's server; returns its standard output.
    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        let (status, data, errData) = try Self.run(["tmux", "-L", socket, "-f", "/dev/null"] + arguments)
        guard status == 0 else {
            throw Failure(description: "tmux \(arguments.joined(separator: " ")) failed: \(String(decoding: errData, as: UTF8.self))")
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Runs a program found on PATH and waits for it with `waitpid`. Foundation's `Process` is
    /// avoided: under parallel tests on Linux it sometimes never reaps the child and hangs. Output
    /// goes to files, not pipes, because the tmux server forks off and would hold a pipe open.
    static func run(_ argv: [String]) throws -> (Int32, Data, Data) {
        let dir = FileManager.default.temporaryDirectory
        let outPath = dir.appendingPathComponent("tmux-out-\(UUID().uuidString)").path
        let errPath = dir.appendingPathComponent("tmux-err-\(UUID().uuidString)").path
        defer {
            unlink(outPath)
            unlink(errPath)
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        // The test runner blocks some signals on its threads; a child inheriting that mask (the
        // tmux server!) would never see SIGCHLD and never exit. Start it with a clean mask.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for sig in [SIGCHLD, SIGPIPE, SIGINT, SIGTERM, SIGHUP, SIGWINCH] { sigaddset(&defaults, sig) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let cArgs = argv.map { strdup($0) } + [nil]
        defer { for a in cArgs { free(a) } }
        var pid: pid_t = 0
        let rc = posix_spawnp(&pid, argv[0], &actions, &attributes, cArgs, environ)
        guard rc == 0 else { throw Failure(description: "cannot start \(argv[0]): error \(rc)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let exitCode = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        let out = FileManager.default.contents(atPath: outPath) ?? Data()
        let err = FileManager.default.contents(atPath: errPath) ?? Data()
        return (exitCode, out, err)
    }

    /// Sends tmux key names ("Tab", "Enter", "Escape", "F3", "C-c", "BTab", "Down"), one write each.
    /// tmux 3.3 does not know the name "S-Tab" and types it as five letters; it is sent as
    /// "BTab" (ESC [ Z), which is what a terminal sends for Shift-Tab.
    func sendKeys(_ keys: String...) throws {
        for key in keys { try tmux(["send-keys", "-t", name, key == "S-Tab" ? "BTab" : key]) }
    }

    /// Types text literally (one write: the program may take it as a paste burst).
    func sendText(_ text: String) throws {
        try tmux(["send-keys", "-t", name, "-l", text])
    }

    /// Pastes text the way a terminal does when the program asked for bracketed paste.
    func paste(_ text: String) throws {
        try tmux(["set-buffer", "-b", name, text])
        try tmux(["paste-buffer", "-p", "-d", "-b", name, "-t", name])
    }

    /// The visible screen as text (`withEscapes` keeps colours and attributes as SGR sequences).
    func capture(withEscapes: Bool = false) throws -> String {
        try tmux(["capture-pane", "-p"] + (withEscapes ? ["-e"] : []) + ["-t", name])
    }

    /// Polls the screen until `text` appears; fails with the last screen after `timeout`.
    @discardableResult
    func waitFor(text: String, timeout: Duration = .seconds(15)) throws -> String {
        try waitUntil(timeout: timeout, "text \"\(text)\"") { $0.contains(text) }
    }

    /// Polls the screen until `condition` holds.
    @discardableResult
    func waitUntil(timeout: Duration = .seconds(15), _ what: String, _ condition: (String) -> Bool) throws -> String {
        let deadline = ContinuousClock.now + timeout
        var screen = ""
        while ContinuousClock.now < deadline {
            screen = (try? capture()) ?? ""
            if condition(screen) { return screen }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw Failure(description: "Timed out after \(timeout) waiting for \(what). Last screen:\n\(screen)")
    }

    /// Resizes the window (the program gets SIGWINCH and KEY_RESIZE).
    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
    }

    /// PID of the process the pane started (the `sh -c` of `command`).
    func panePID() throws -> Int32 {
        guard let pid = Int32(try tmux(["display-message", "-p", "-t", name, "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw Failure(description: "no pane pid")
        }
        return pid
    }

    /// PIDs of the direct children of `pid` (the program under the pane's shell).
    /// True once `pid` has exited: no such process, or a zombie its parent has not reaped yet
    /// (tmux 3.3 sometimes leaves a killed pane's process unreaped until the server ends).
    static func hasExited(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return true }
        // "pid (comm) S ...": the state follows the last ")".
        guard let close = stat.lastIndex(of: ")") else { return true }
        let state = stat[stat.index(after: close)...].trimmingCharacters(in: .whitespaces).first
        return state == "Z" || state == "X"
    }

    static func children(of pid: Int32) -> [Int32] {
        let path = "/proc/\(pid)/task/\(pid)/children"
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
        return text.split(separator: " ").compactMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
    }

    /// Waits for the pane's shell to have a child (the program) and returns its PID.
    func programPID(timeout: Duration = .seconds(10)) throws -> Int32 {
        let shell = try panePID()
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if let child = Self.children(of: shell).first { return child }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw Failure(description: "the program under pid \(shell) did not start")
    }

    /// Ends the session and its server. Safe to call twice.
    func kill() {
        guard isRunning else { return }
        isRunning = false
        _ = try? tmux(["kill-server"])
        // tmux may leave its socket file behind; it is ours alone, so remove it.
        let dir = ProcessInfo.processInfo.environment["TMUX_TMPDIR"] ?? "/tmp"
        unlink("\(dir)/tmux-\(getuid())/\(socket)")
    }

    deinit { kill() }
}

/// Finds the `mufakat` executable that `swift test` built.
enum MufakatBinary {
    static func path(filePath: String = #filePath) throws -> String {
        let fm = FileManager.default
        // The test runner (or the .xctest bundle) sits in the same build folder as the executable.
        var candidates: [URL] = []
        // $MUFAKAT_BINARY names another build (a release build, an installed copy).
        if let env = ProcessInfo.processInfo.environment["MUFAKAT_BINARY"], !env.isEmpty { candidates.append(URL(fileURLWithPath: env)) }
        var runner = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
        for _ in 0..<4 {
            runner.deleteLastPathComponent()
            candidates.append(runner.appendingPathComponent("mufakat"))
        }
        // Fallback: the package's own .build/debug, found upward from this source file.
        var dir = URL(fileURLWithPath: filePath).deletingLastPathComponent()
        while dir.path != "/" {
            let build = dir.appendingPathComponent(".build")
            if fm.fileExists(atPath: build.path) {
                candidates.append(build.appendingPathComponent("debug/mufakat"))
                if let triples = try? fm.contentsOfDirectory(atPath: build.path) {
                    for t in triples.sorted() { candidates.append(build.appendingPathComponent("\(t)/debug/mufakat")) }
                }
                break
            }
            dir.deleteLastPathComponent()
        }
        var isDir: ObjCBool = false
        for c in candidates where fm.fileExists(atPath: c.path, isDirectory: &isDir) && !isDir.boolValue && fm.isExecutableFile(atPath: c.path) {
            return c.path
        }
        throw TmuxSession.Failure(description: """
            The mufakat executable was not found (looked in: \(candidates.map(\.path).joined(separator: ", "))). \
            `swift test` should build it with the tests; run `swift build` first if it did not.
            """)
    }

    /// Single-quotes a path for `sh -c`.
    static func quoted(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Child processes for the sync tests, started with `posix_spawnp` and a clean signal mask and
/// reaped with `waitpid` (see `TmuxSession.run` for why Foundation's `Process` is avoided here).
enum Spawn {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Starts `argv` (found on PATH) with extra environment; returns its pid. Output goes to the files given.
    static func start(_ argv: [String], environment: [String: String] = [:], stdout: String = "/dev/null", stderr: String = "/dev/null") throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for sig in [SIGCHLD, SIGPIPE, SIGINT, SIGTERM, SIGHUP] { sigaddset(&defaults, sig) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var env = ProcessInfo.processInfo.environment
        env["LANG"] = "C.UTF-8"
        for (k, v) in environment { env[k] = v }
        let cEnv = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for e in cEnv { free(e) } }
        let cArgs = argv.map { strdup($0) } + [nil]
        defer { for a in cArgs { free(a) } }
        var pid: pid_t = 0
        let rc = posix_spawnp(&pid, argv[0], &actions, &attributes, cArgs, cEnv)
        guard rc == 0 else { throw TmuxSession.Failure(description: "cannot start \(argv[0]): error \(rc)") }
        return pid
    }

    /// Waits for `pid`; returns its exit code (128 + signal when killed).
    @discardableResult
    static func wait(_ pid: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }

    /// Runs `argv` to completion.
    static func run(_ argv: [String], environment: [String: String] = [:]) throws -> Output {
        let dir = FileManager.default.temporaryDirectory
        let out = dir.appendingPathComponent("spawn-out-\(UUID().uuidString)").path
        let err = dir.appendingPathComponent("spawn-err-\(UUID().uuidString)").path
        defer { unlink(out); unlink(err) }
        let status = wait(try start(argv, environment: environment, stdout: out, stderr: err))
        return Output(status: status,
                      stdout: String(decoding: FileManager.default.contents(atPath: out) ?? Data(), as: UTF8.self),
                      stderr: String(decoding: FileManager.default.contents(atPath: err) ?? Data(), as: UTF8.self))
    }

    /// Runs the built `mufakat`.
    static func mufakat(_ args: [String]) throws -> Output {
        try run([try MufakatBinary.path()] + args)
    }
}

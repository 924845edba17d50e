import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif
@testable import MufakatStore

/// A lock's holder is alive only while its process runs: a killed program that its parent has
/// not reaped yet (a zombie, as tmux sometimes leaves one) must not keep its edit lock.
@Suite struct ProcessAliveTests {
    @Test func aZombieIsNotAlive() throws {
        var pid: pid_t = 0
        let argv: [UnsafeMutablePointer<CChar>?] = [strdup("/bin/true"), nil]
        defer { for p in argv { free(p) } }
        #expect(posix_spawn(&pid, "/bin/true", nil, nil, argv, nil) == 0)
        // Not reaped yet: once it has ended it stays a zombie until waitpid below.
        let deadline = ContinuousClock.now + .seconds(10)
        func state() -> Character? {
            guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8), let close = stat.lastIndex(of: ")") else { return nil }
            return stat[stat.index(after: close)...].first { $0 != " " }
        }
        while state() != "Z", ContinuousClock.now < deadline { usleep(10_000) }
        #expect(state() == "Z")
        #expect(kill(pid, 0) == 0)                   // the kernel still answers for it
        #expect(!POSIX.processIsAlive(pid))          // but it holds nothing
        #expect(POSIX.processIsAlive(getpid()))
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        #expect(!POSIX.processIsAlive(pid))
    }
}

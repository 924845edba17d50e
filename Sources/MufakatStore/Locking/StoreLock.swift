#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The short critical section of a save: an exclusive `flock` on `<store>/store.lock`, so two
/// processes can never both read the same head revision and both write the next one. The kernel
/// releases the lock when the process dies, even by SIGKILL, so it can never go stale.
///
/// Reentrant within one instance (a check that quarantines a file takes it again), and
/// serialises the threads of one process through a recursive mutex: `flock` alone would let a
/// second descriptor of the same process deadlock against the first.
final class StoreLock: @unchecked Sendable {
    let file: URL
    private let mutex = NSRecursiveLock()
    private var depth = 0
    private var fd: Int32 = -1

    init(root: URL) { file = root.appendingPathComponent("store.lock", isDirectory: false) }

    /// Runs `body` holding the exclusive lock.
    func exclusive<T>(_ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        mutex.lock()
        defer { mutex.unlock() }
        if depth == 0 {
            // O_NOFOLLOW: a store.lock planted as a symlink would let the lock create or
            // truncate a file elsewhere. It is moved to quarantine and a real one made (issue 20).
            var handle = open(file.path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, POSIX.fileMode)
            if handle < 0, errno == ELOOP {
                _ = try Quarantine(root: file.deletingLastPathComponent()).move(file, reason: "store.lock adalah tautan simbolik; diganti dengan berkas kunci biasa")
                handle = open(file.path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, POSIX.fileMode)
            }
            if handle < 0 { throw StoreError.io(operation: .lock, path: file.path, code: errno) }
            while flock(handle, LOCK_EX) != 0 {
                let e = errno
                if e == EINTR { continue }
                // File systems without flock (some network shares): carry on unlocked rather than
                // refuse to save; the revision check still catches most overlaps.
                if e == ENOLCK || e == EOPNOTSUPP || e == ENOSYS { break }
                close(handle)
                throw StoreError.io(operation: .lock, path: file.path, code: e)
            }
            fd = handle
        }
        depth += 1
        defer {
            depth -= 1
            if depth == 0 { close(fd); fd = -1 }
        }
        return try body()
    }

    /// Runs `body` holding a shared lock when one can be taken (readers of the index), else without.
    func shared<T>(_ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        mutex.lock()
        defer { mutex.unlock() }
        if depth > 0 { return try body() }
        let handle = open(file.path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        if handle < 0 { return try body() }
        defer { close(handle) }
        while flock(handle, LOCK_SH) != 0 {
            if errno == EINTR { continue }
            break
        }
        return try body()
    }
}

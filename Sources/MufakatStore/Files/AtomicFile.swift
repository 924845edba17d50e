#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Writes a file so that a crash leaves either the old content or the new one, never a torn
/// file: a temp file with an exclusive name in the same folder, fsync, rename, fsync of the folder.
public enum AtomicFile {
    /// How much durability a write asks for.
    public enum Durability: Sendable {
        /// fsync of the file and of its folder before returning (every normal save).
        case durable
        /// Still atomic (temp file and rename) but without fsync; the caller syncs once at the end
        /// (bulk demo fill).
        case deferred
    }

    /// Writes `data` to `url` atomically, replacing an existing file.
    public static func write(_ data: Data, to url: URL, durability: Durability = .durable) throws(StoreError) {
        let temp = try writeTemp(data, near: url, durability: durability)
        do {
            try POSIX.rename(temp, url)
        } catch {
            try? POSIX.removeFile(temp)
            throw error
        }
        // A failed folder sync means the rename may not survive a power cut: say so (issue 20).
        if durability == .durable, let code = POSIX.syncFolder(url.deletingLastPathComponent()) {
            throw StoreError.io(operation: .sync, path: url.deletingLastPathComponent().path, code: code)
        }
    }

    /// Writes `data` to `url` atomically, failing with `StoreError.alreadyExists` when `url`
    /// exists (history revisions are never replaced).
    public static func create(_ data: Data, at url: URL, durability: Durability = .durable) throws(StoreError) {
        if POSIX.exists(url) { throw StoreError.alreadyExists(path: url.path) }
        let temp = try writeTemp(data, near: url, durability: durability)
        defer { try? POSIX.removeFile(temp) }
        if link(temp.path, url.path) != 0 {
            let e = errno
            if e == EEXIST { throw StoreError.alreadyExists(path: url.path) }
            // File systems without hard links (FAT on a USB stick): the caller holds the store
            // lock, so an existence check and a rename are enough.
            if e == EPERM || e == ENOTSUP || e == EOPNOTSUPP || e == EXDEV || e == EMLINK || e == ENOSYS {
                if POSIX.exists(url) { throw StoreError.alreadyExists(path: url.path) }
                try POSIX.rename(temp, url)
            } else {
                throw StoreError.io(operation: .write, path: url.path, code: e)
            }
        }
        if durability == .durable, let code = POSIX.syncFolder(url.deletingLastPathComponent()) {
            throw StoreError.io(operation: .sync, path: url.deletingLastPathComponent().path, code: code)
        }
    }

    /// Makes a temp file written by someone else (a zip library) durable and moves it to `url`.
    public static func commit(_ temp: URL, to url: URL) throws(StoreError) {
        let fd = open(temp.path, O_RDONLY | O_CLOEXEC)
        if fd < 0 { throw StoreError.io(operation: .write, path: url.path, code: errno) }
        let failed = fsync(fd) != 0 ? errno : 0
        close(fd)
        if failed != 0 { try? POSIX.removeFile(temp); throw StoreError.io(operation: .write, path: url.path, code: failed) }
        _ = chmod(temp.path, POSIX.fileMode)
        do { try POSIX.rename(temp, url) } catch { try? POSIX.removeFile(temp); throw error }
        POSIX.syncFolder(url.deletingLastPathComponent())
    }

    /// Writes the temp file next to `url` (exclusive name, 0600) and returns its URL.
    static func writeTemp(_ data: Data, near url: URL, durability: Durability) throws(StoreError) -> URL {
        let folder = url.deletingLastPathComponent()
        // The name is never checked against the disk (`isDirectory:`): appending without it
        // costs a stat, and a placeholder `URL(fileURLWithPath: "")` asked for the working folder.
        var opened: (url: URL, fd: Int32)? = nil
        for _ in 0..<8 {
            let candidate = folder.appendingPathComponent(tempName(for: url.lastPathComponent), isDirectory: false)
            let fd = open(candidate.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, POSIX.fileMode)
            if fd >= 0 { opened = (candidate, fd); break }
            let e = errno
            if e != EEXIST { throw StoreError.io(operation: .write, path: url.path, code: e) }
        }
        guard let (temp, fd) = opened else { throw StoreError.io(operation: .write, path: url.path, code: EEXIST) }
        var failure = POSIX.writeAll(fd, data)
        if failure == nil && durability == .durable && fsync(fd) != 0 { failure = errno }
        if close(fd) != 0 && failure == nil { failure = errno }
        if let failure {
            unlink(temp.path)
            throw StoreError.io(operation: .write, path: url.path, code: failure)
        }
        return temp
    }

    /// ".name.tmp-<pid>-<random>": hidden, recognisable, unique per process.
    static func tempName(for name: String) -> String {
        ".\(name).tmp-\(getpid())-\(POSIX.randomToken())"
    }

    /// Whether `name` is a temp file left by `tempName`, and the pid that wrote it.
    static func tempOwner(of name: String) -> Int32? {
        guard name.hasPrefix("."), let range = name.range(of: ".tmp-", options: .backwards) else { return nil }
        let rest = name[range.upperBound...]
        guard let dash = rest.firstIndex(of: "-"), let pid = Int32(rest[..<dash]), pid > 0 else { return nil }
        let token = rest[rest.index(after: dash)...]
        guard !token.isEmpty, token.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else { return nil }
        return pid
    }

    /// How old a temp file must be before the store removes it when opened: far longer than any
    /// save holds the store lock, so a save of another machine sharing the folder (whose pid
    /// means nothing here) is never cut short.
    static let staleAtOpenSeconds: Int64 = 120

    /// Removes temp files in `folder` (only our own pattern, `.name.tmp-<pid>-<token>`) whose
    /// writer is no longer running and, with `olderThan`, that were last written that many
    /// seconds ago or earlier; returns their names.
    @discardableResult
    static func removeStaleTemps(in folder: URL, olderThan seconds: Int64 = 0) -> [String] {
        removeStaleTemps(atPath: folder.path, olderThan: seconds)
    }

    /// The same from a path string (`check-store` looks into 10,000 history folders).
    @discardableResult
    static func removeStaleTemps(atPath folder: String, olderThan seconds: Int64 = 0) -> [String] {
        guard let names = try? POSIX.listFolder(atPath: folder) else { return [] }
        var removed: [String] = []
        let now = Int64(Date().timeIntervalSince1970 * 1_000_000_000)
        for name in names {
            guard let pid = tempOwner(of: name) else { continue }
            if pid == getpid() || POSIX.processIsAlive(pid) { continue }
            let path = folder + "/" + name
            if seconds > 0 {
                guard let written = POSIX.modificationTime(atPath: path), now - written >= seconds * 1_000_000_000 else { continue }
            }
            if unlink(path) == 0 { removed.append(name) }
        }
        return removed
    }
}

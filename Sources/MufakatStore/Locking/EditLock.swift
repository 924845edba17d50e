import Foundation

/// Penanda sedang diedit: who holds the advisory edit lock of an item, stored as
/// `locks/<id>.json`. It warns a second editor; it does not block saves (the revision check does).
public struct LockHolder: Codable, Sendable, Hashable, CustomStringConvertible {
    public var id: String
    public var user: String
    public var host: String
    public var pid: Int32
    public var since: Date

    public init(id: String, user: String, host: String, pid: Int32, since: Date) {
        self.id = id; self.user = user; self.host = host; self.pid = pid; self.since = since
    }

    /// "sedang diedit oleh budi@kantor-bogor (pid 4121) sejak 01-05-2026 10:20:30 (UTC+07:00)".
    public var description: String {
        StoreText.current.opening.beingEdited("\(user)@\(host)", pid, StoreClock.display(since))
    }

    /// Whether this lock was taken by the running process.
    public var isOwnedByCurrentProcess: Bool { pid == POSIX.processID && host == POSIX.hostName }

    /// Stale: taken on this machine by a process that no longer runs.
    public var isStale: Bool { host == POSIX.hostName && !POSIX.processIsAlive(pid) }
}

/// The edit locks of a store (`locks/`).
struct EditLocks {
    let folder: URL

    init(root: URL) { folder = root.appendingPathComponent("locks") }

    func url(_ id: String) -> URL { folder.appendingPathComponent("\(id).json") }

    /// Takes the lock for `id`, clearing a stale one; throws `.locked` when someone else holds it.
    func acquire(id: String) throws(StoreError) -> LockHolder {
        try POSIX.makeFolder(folder)
        let me = Author.current
        let holder = LockHolder(id: id, user: me.user, host: me.host, pid: me.pid, since: StoreClock.now())
        let data: Data
        do { data = try StoreJSON.encode(holder) } catch {
            throw StoreError.io(operation: .write, path: url(id).path, code: EINVAL)
        }
        for _ in 0..<3 {
            do throws(StoreError) {
                try AtomicFile.create(data, at: url(id))
                return holder
            } catch {
                guard case .alreadyExists = error else { throw error }
                switch read(id: id) {
                case let .some(existing) where existing.isOwnedByCurrentProcess:
                    return existing
                case let .some(existing) where !existing.isStale:
                    throw StoreError.locked(existing)
                default:
                    // Stale or unreadable: clear it and try again.
                    try POSIX.removeFile(url(id))
                }
            }
        }
        throw StoreError.io(operation: .lock, path: url(id).path, code: EAGAIN)
    }

    /// Releases the lock if this process holds it (or it is stale); a lock of someone else stays.
    func release(id: String) throws(StoreError) {
        guard let existing = read(id: id) else {
            if POSIX.exists(url(id)) { try POSIX.removeFile(url(id)) }
            return
        }
        if existing.isOwnedByCurrentProcess || existing.isStale { try POSIX.removeFile(url(id)) }
    }

    /// Removes the lock whoever holds it (an officer who knows the other editor has left).
    func breakLock(id: String) throws(StoreError) { try POSIX.removeFile(url(id)) }

    /// The live holder of `id`'s lock; a stale lock is cleared (when possible) and reported as nil.
    func holder(id: String, clearStale: Bool) -> LockHolder? {
        guard let existing = read(id: id) else {
            if clearStale, POSIX.exists(url(id)) { try? POSIX.removeFile(url(id)) }
            return nil
        }
        if existing.isStale {
            if clearStale { try? POSIX.removeFile(url(id)) }
            return nil
        }
        return existing
    }

    /// All live holders.
    func all(clearStale: Bool) -> [LockHolder] {
        let names = (try? POSIX.listFolder(folder)) ?? []
        return names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }
            .compactMap { holder(id: String($0.dropLast(5)), clearStale: clearStale) }
            .sorted { $0.id < $1.id }
    }

    private func read(id: String) -> LockHolder? {
        guard let data = try? POSIX.readFile(url(id), limit: 1 << 16) else { return nil }
        return try? StoreClock.decoder().decode(LockHolder.self, from: data)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

import Foundation
import MufakatDomain

/// A store in memory, for update tests and snapshots: same behaviour as the real one
/// (revisions, conflicts, drafts, locks) without a disk.
public final class InMemoryRepository: CooperationRepository, @unchecked Sendable {
    private let mutex = NSLock()
    private var items: [String: StoredItem] = [:]
    private var drafts: [String: DraftRecord] = [:]
    private var locks: [String: LockInfo] = [:]
    private var profile: RegionProfile?
    /// Who saves from this "process".
    public var author: String
    public let location: String
    /// A fixed clock for reproducible snapshots.
    public var now: @Sendable () -> Date

    public init(location: String = "/tmp/mufakat-uji", author: String = "petugas@kantor", profile: RegionProfile? = nil,
                now: @escaping @Sendable () -> Date = { Date(timeIntervalSince1970: 1_780_000_000) }) {
        self.location = location; self.author = author; self.profile = profile; self.now = now
    }

    private func locked<T>(_ body: () throws(RepositoryError) -> T) throws(RepositoryError) -> T {
        mutex.lock(); defer { mutex.unlock() }
        return try body()
    }

    public func all() throws(RepositoryError) -> [StoredItem] {
        try locked { () throws(RepositoryError) in items.values.sorted { $0.cooperation.id < $1.cooperation.id } }
    }

    public func load(id: String) throws(RepositoryError) -> StoredItem {
        try locked { () throws(RepositoryError) -> StoredItem in
            guard let item = items[id] else { throw .failed("Kerja sama '\(id)' tidak ada di penyimpanan.") }
            return item
        }
    }

    public func contains(id: String) -> Bool { (try? locked { () throws(RepositoryError) in items[id] != nil }) ?? false }

    public func save(_ cooperation: Cooperation, basedOn: Int?) throws(RepositoryError) -> Int {
        try locked { () throws(RepositoryError) -> Int in
            let current = items[cooperation.id]
            if current?.revision != basedOn, let current { throw .conflict(theirs: current) }
            if current == nil, basedOn != nil { throw .failed("Kerja sama '\(cooperation.id)' tidak ada lagi di penyimpanan.") }
            let revision = (current?.revision ?? 0) + 1
            items[cooperation.id] = StoredItem(cooperation: cooperation, revision: revision, savedAt: now(), savedBy: author)
            drafts[cooperation.id] = nil
            return revision
        }
    }

    /// Saves as another process would (for conflict tests).
    public func saveAsOther(_ cooperation: Cooperation, by other: String) {
        mutex.lock(); defer { mutex.unlock() }
        let revision = (items[cooperation.id]?.revision ?? 0) + 1
        items[cooperation.id] = StoredItem(cooperation: cooperation, revision: revision, savedAt: now(), savedBy: other)
    }

    public func saveDraft(_ cooperation: Cooperation, basedOn: Int?) throws(RepositoryError) {
        try locked { () throws(RepositoryError) in
            drafts[cooperation.id] = DraftRecord(cooperation: cooperation, basedOnRevision: basedOn, savedAt: now())
        }
    }

    public func loadDraft(id: String) -> DraftRecord? {
        mutex.lock(); defer { mutex.unlock() }
        return drafts[id]
    }

    public func discardDraft(id: String) {
        mutex.lock(); drafts[id] = nil; mutex.unlock()
    }

    public func draftIDs() -> [String] {
        mutex.lock(); defer { mutex.unlock() }
        return drafts.keys.sorted()
    }

    public func lock(id: String) throws(RepositoryError) {
        try locked { () throws(RepositoryError) in
            if let holder = locks[id], holder.user != author { throw .locked(holder) }
            locks[id] = LockInfo(user: author, host: "lokal", pid: 1, since: now())
        }
    }

    /// Marks `id` as open by someone else (for lock tests).
    public func lockAsOther(id: String, user: String) {
        mutex.lock(); locks[id] = LockInfo(user: user, host: "kantor-lain", pid: 4121, since: now()); mutex.unlock()
    }

    public func unlock(id: String) {
        mutex.lock(); if locks[id]?.user == author { locks[id] = nil }; mutex.unlock()
    }

    public func isLocked(id: String) -> Bool {
        mutex.lock(); defer { mutex.unlock() }
        return locks[id] != nil
    }

    public func loadProfile() -> RegionProfile? {
        mutex.lock(); defer { mutex.unlock() }
        return profile
    }

    public func saveProfile(_ profile: RegionProfile) throws(RepositoryError) {
        try locked { () throws(RepositoryError) in self.profile = profile }
    }

    public func takeNotices() -> [String] { [] }
}

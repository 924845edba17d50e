import Foundation
import MufakatDomain
import MufakatServices
import MufakatStore

/// A store in memory, for update tests and snapshots: the same behaviour as a `StoreSession`
/// (revisions, conflicts, drafts, locks, typed `StoreError`s) without a disk.
public final class InMemoryRepository: CooperationRepository, @unchecked Sendable {
    private let mutex = NSLock()
    private var items: [String: StoredCooperation] = [:]
    private var history: [String: [StoredCooperation]] = [:]
    /// Set to make the store refuse every write, as a `StoreSession` on a folder without write permission does.
    public var readOnly: ReadOnlyState? = nil
    private var drafts: [String: CooperationDraft] = [:]
    private var locks: [String: LockHolder] = [:]
    private var profile: RegionProfile?
    /// Who saves from this "process" ("user@host").
    public var author: String
    public let location: String
    /// A fixed clock for reproducible snapshots.
    public var now: @Sendable () -> Date

    public init(location: String = "/tmp/mufakat-uji", author: String = "petugas@kantor", profile: RegionProfile? = nil,
                now: @escaping @Sendable () -> Date = { Date(timeIntervalSince1970: 1_780_000_000) }) {
        self.location = location; self.author = author; self.profile = profile; self.now = now
    }

    static func person(_ text: String, pid: Int32 = 1) -> Author {
        let parts = text.split(separator: "@", maxSplits: 1).map(String.init)
        return Author(user: parts.first ?? text, host: parts.count > 1 ? parts[1] : "lokal", pid: pid)
    }

    private func locked<T>(_ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        mutex.lock(); defer { mutex.unlock() }
        return try body()
    }

    private func stored(_ c: Cooperation, revision: Int, by who: String) -> StoredCooperation {
        StoredCooperation(document: c, info: RevisionInfo(revision: revision, savedAt: now(), savedBy: Self.person(who), sha256: "",
                                                          previousSHA256: nil, restoredFrom: nil))
    }

    public func all() throws(StoreError) -> [StoredCooperation] {
        try locked { () throws(StoreError) in items.values.sorted { $0.cooperation.id < $1.cooperation.id } }
    }

    public func load(id: String) throws(StoreError) -> StoredCooperation {
        try locked { () throws(StoreError) -> StoredCooperation in
            guard let item = items[id] else { throw .notFound(itemKind: "kerja sama", id: id) }
            return item
        }
    }

    public func contains(id: String) -> Bool { (try? locked { () throws(StoreError) in items[id] != nil }) ?? false }

    public func save(_ cooperation: Cooperation, basedOn: Int?) throws(StoreError) -> RevisionInfo {
        try locked { () throws(StoreError) -> RevisionInfo in
            let current = items[cooperation.id]
            if current?.revision != basedOn, let current {
                throw .conflict(ConflictInfo(itemKind: "kerja sama", id: cooperation.id, basedOn: basedOn, current: current.revision,
                                             savedAt: current.savedAt, savedBy: current.savedBy))
            }
            if current == nil, basedOn != nil { throw .notFound(itemKind: "kerja sama", id: cooperation.id) }
            if let readOnly { throw .readOnly(reason: readOnly.reason) }
            let item = stored(cooperation, revision: (current?.revision ?? 0) + 1, by: author)
            items[cooperation.id] = item
            history[cooperation.id, default: []].append(item)
            drafts[cooperation.id] = nil
            return item.info
        }
    }

    /// Saves as another process would (for conflict tests).
    public func saveAsOther(_ cooperation: Cooperation, by other: String) {
        mutex.lock(); defer { mutex.unlock() }
        let revision = (items[cooperation.id]?.revision ?? 0) + 1
        items[cooperation.id] = stored(cooperation, revision: revision, by: other)
        history[cooperation.id, default: []].append(items[cooperation.id]!)
    }

    public func revision(id: String, number: Int) throws(StoreError) -> StoredCooperation {
        try locked { () throws(StoreError) -> StoredCooperation in
            guard let item = history[id]?.first(where: { $0.revision == number }) else {
                throw .revisionNotFound(itemKind: "kerja sama", id: id, revision: number)
            }
            return item
        }
    }

    public func saveDraft(_ cooperation: Cooperation, basedOn: Int?) throws(StoreError) {
        try locked { () throws(StoreError) in
            if let readOnly { throw .readOnly(reason: readOnly.reason) }
            drafts[cooperation.id] = CooperationDraft(id: cooperation.id, basedOnRevision: basedOn, savedAt: now(),
                                                      savedBy: Self.person(author), content: cooperation)
        }
    }

    public func loadDraft(id: String) -> CooperationDraft? {
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

    public func lock(id: String) throws(StoreError) {
        try locked { () throws(StoreError) in
            let me = Self.person(author)
            if let holder = locks[id], holder.user != me.user { throw .locked(holder) }
            locks[id] = LockHolder(id: id, user: me.user, host: "lokal", pid: 1, since: now())
        }
    }

    /// Marks `id` as open by someone else (for lock tests).
    public func lockAsOther(id: String, user: String) {
        mutex.lock(); locks[id] = LockHolder(id: id, user: user, host: "kantor-lain", pid: 4121, since: now()); mutex.unlock()
    }

    public func unlock(id: String) {
        mutex.lock(); if locks[id]?.user == Self.person(author).user { locks[id] = nil }; mutex.unlock()
    }

    public func isLocked(id: String) -> Bool {
        mutex.lock(); defer { mutex.unlock() }
        return locks[id] != nil
    }

    public func loadProfile() -> RegionProfile? {
        mutex.lock(); defer { mutex.unlock() }
        return profile
    }

    public func saveProfile(_ profile: RegionProfile) throws(StoreError) {
        try locked { () throws(StoreError) in self.profile = profile }
    }

    public func takeNotices() -> [String] { [] }
}

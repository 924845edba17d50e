import Foundation
import MufakatDomain

/// A cooperation as read from the store, with the revision it is at.
public struct StoredItem: Sendable, Hashable {
    public var cooperation: Cooperation
    public var revision: Int
    public var savedAt: Date
    /// "budi@kantor-bogor": who saved this revision.
    public var savedBy: String
    public init(cooperation: Cooperation, revision: Int, savedAt: Date, savedBy: String) {
        self.cooperation = cooperation; self.revision = revision; self.savedAt = savedAt; self.savedBy = savedBy
    }
}

/// Draf otomatis: autosaved work that was never saved as a revision.
public struct DraftRecord: Sendable, Hashable {
    public var cooperation: Cooperation
    /// The revision the edit started from; nil when the cooperation was never saved.
    public var basedOnRevision: Int?
    public var savedAt: Date
    public init(cooperation: Cooperation, basedOnRevision: Int?, savedAt: Date) {
        self.cooperation = cooperation; self.basedOnRevision = basedOnRevision; self.savedAt = savedAt
    }
}

/// Who has a cooperation open for editing.
public struct LockInfo: Sendable, Hashable {
    public var user: String
    public var host: String
    public var pid: Int32
    public var since: Date
    public init(user: String, host: String, pid: Int32, since: Date) {
        self.user = user; self.host = host; self.pid = pid; self.since = since
    }
    /// "budi@kantor-bogor (pid 4121) sejak 01-05-2026 10:20".
    public var description: String { "\(user)@\(host) (pid \(pid)) sejak \(since.shellDisplay)" }
}

/// Why the store refused: a save conflict, a lock held elsewhere, or any other failure with its
/// Indonesian message (which names the file and the fix).
public enum RepositoryError: Error, Sendable, Equatable {
    /// Someone saved after the revision the edit started from; nothing was written.
    case conflict(theirs: StoredItem)
    /// Another process has the cooperation open.
    case locked(LockInfo)
    case failed(String)

    public var message: String {
        switch self {
        case .conflict(let theirs):
            "Kerja sama ini telah disimpan oleh \(theirs.savedBy) pada \(theirs.savedAt.shellDisplay) (revisi \(theirs.revision)). Tidak ada yang ditimpa."
        case .locked(let holder): "Kerja sama ini sedang dibuka oleh \(holder.description)."
        case .failed(let text): text
        }
    }
}

/// The store as the shell sees it. The real implementation sits on `MufakatStore`; tests use
/// `InMemoryRepository`. Every method is quick (local files), so effects run synchronously.
public protocol CooperationRepository: AnyObject, Sendable {
    /// The store folder, for the title bar and messages.
    var location: String { get }
    /// Every stored cooperation at its current revision.
    func all() throws(RepositoryError) -> [StoredItem]
    /// Every stored cooperation as the home list needs it; a store with an index answers this
    /// without decoding any file (see `StoreRepository`).
    func listing() throws(RepositoryError) -> [ListedCooperation]
    func load(id: String) throws(RepositoryError) -> StoredItem
    func contains(id: String) -> Bool
    /// Saves a new revision; `basedOn` nil creates. Returns the new revision number.
    func save(_ cooperation: Cooperation, basedOn: Int?) throws(RepositoryError) -> Int
    func saveDraft(_ cooperation: Cooperation, basedOn: Int?) throws(RepositoryError)
    /// The draft of `id` when it is newer than the stored revision.
    func loadDraft(id: String) -> DraftRecord?
    func discardDraft(id: String)
    /// Ids that have a draft.
    func draftIDs() -> [String]
    /// Marks `id` as open here; `.locked` when another live process has it.
    func lock(id: String) throws(RepositoryError)
    func unlock(id: String)
    func loadProfile() -> RegionProfile?
    func saveProfile(_ profile: RegionProfile) throws(RepositoryError)
    /// What the store noticed and the officer should know (a file quarantined, an index rebuilt).
    func takeNotices() -> [String]
}

extension CooperationRepository {
    public func listing() throws(RepositoryError) -> [ListedCooperation] {
        try all().map { ListedCooperation(item: $0) }
    }
}

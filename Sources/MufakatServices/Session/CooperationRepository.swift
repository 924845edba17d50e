import Foundation
import MufakatDomain
import MufakatStore

/// A cooperation's autosaved draft (draf otomatis), as the store keeps it.
public typealias CooperationDraft = Draft<Cooperation>

/// The cooperations of one store, as both front ends use them. `StoreSession` is the real one
/// (files in a store folder); tests use an in-memory one from `MufakatTestSupport`. Every method
/// is quick (local files), so callers run them synchronously. Errors are the store's own typed
/// `StoreError`, so a conflict or an edit lock reaches the message line with its details.
public protocol CooperationRepository: AnyObject, Sendable {
    /// The store folder, for the title bar and messages.
    var location: String { get }
    /// Every stored cooperation at its current revision (decodes every file: for small stores and tests).
    func all() throws(StoreError) -> [StoredCooperation]
    /// Every stored cooperation's index line, without decoding the files.
    func entries() throws(StoreError) -> [IndexEntry]
    func load(id: String) throws(StoreError) -> StoredCooperation
    func contains(id: String) -> Bool
    /// Saves a new revision; `basedOn` nil creates. A stale `basedOn` is `.conflict`, and nothing is written.
    func save(_ cooperation: Cooperation, basedOn: Int?) throws(StoreError) -> RevisionInfo
    func saveDraft(_ cooperation: Cooperation, basedOn: Int?) throws(StoreError)
    /// The draft of `id`, if any.
    func loadDraft(id: String) -> CooperationDraft?
    func discardDraft(id: String)
    /// Ids that have a draft.
    func draftIDs() -> [String]
    /// Marks `id` as open here; `.locked` when another live process has it.
    func lock(id: String) throws(StoreError)
    func unlock(id: String)
    func loadProfile() -> RegionProfile?
    func saveProfile(_ profile: RegionProfile) throws(StoreError)
    /// What the store noticed and the officer should know (a file quarantined, a repair).
    func takeNotices() -> [String]
    /// Why nothing can be saved here (a store opened read-only, a folder without write
    /// permission, a newer format); nil when saves are possible.
    var readOnly: ReadOnlyState? { get }
    /// One stored revision of `id` (the base of a three-way merge).
    func revision(id: String, number: Int) throws(StoreError) -> StoredCooperation
}

extension CooperationRepository {
    public var readOnly: ReadOnlyState? { nil }

    public func revision(id: String, number: Int) throws(StoreError) -> StoredCooperation {
        let current = try load(id: id)
        guard current.revision == number else { throw .revisionNotFound(itemKind: ServiceText.current.session.cooperation, id: id, revision: number) }
        return current
    }

    public func entries() throws(StoreError) -> [IndexEntry] {
        try all().map { IndexEntry(cooperation: $0.cooperation, info: $0.info, fileStamp: 0) }
    }

    /// Creates `cooperation` under a free id: two cooperations may share a title, their ids may not.
    public func create(_ cooperation: Cooperation) throws(StoreError) -> StoredCooperation {
        var cooperation = cooperation
        let base = cooperation.id
        var n = 2
        while contains(id: cooperation.id) { cooperation.id = String(base.prefix(60)) + "-\(n)"; n += 1 }
        _ = try save(cooperation, basedOn: nil)
        return try load(id: cooperation.id)
    }

    /// Saves; on a conflict, the revision now stored comes back with the error's details so the
    /// caller can ask the officer (mine, theirs, or merge). Nothing is overwritten.
    public func saveOrConflict(_ cooperation: Cooperation, basedOn: Int?) throws(StoreError) -> SaveOutcome {
        do throws(StoreError) {
            return .saved(try save(cooperation, basedOn: basedOn))
        } catch {
            if case .conflict = error, let theirs = try? load(id: cooperation.id) { return .conflict(theirs: theirs) }
            throw error
        }
    }
}

/// What a save came to: saved as a revision, or refused because someone saved after the edit began.
public enum SaveOutcome: Sendable {
    case saved(RevisionInfo)
    case conflict(theirs: StoredCooperation)
}

extension Draft where Content == Cooperation {
    /// The autosaved cooperation.
    public var cooperation: Cooperation { content }
}

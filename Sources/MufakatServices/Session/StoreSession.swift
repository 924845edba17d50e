import Foundation
import MufakatDomain
import MufakatStore

/// Sesi penyimpanan: one open store folder, as the command line and the screens both use it.
/// Opening resolves the folder (`--store`, `MUFAKAT_STORE`, the XDG default), takes the store's
/// notices, and every use case of a whole cooperation goes through here, so both front ends get
/// the same result from the same operation.
public final class StoreSession: CooperationRepository, @unchecked Sendable {
    /// How a front end wants the store opened.
    public enum Mode: Sendable {
        /// Reads and writes; creates the folder when missing (the interface, `import`, `demo`).
        case readWrite
        /// Writes, but only into a store that already exists (`sign`, `restore`).
        case existingReadWrite
        /// Never writes, never creates: a reading command on a mistyped folder says so.
        case readOnly
    }

    let store: CooperationStore

    public init(store: CooperationStore) { self.store = store }

    /// Opens the store in `folder` (see `StoreLocation.resolve`).
    public static func open(folder: URL, mode: Mode = .readWrite) throws(StoreError) -> StoreSession {
        switch mode {
        case .readWrite: return StoreSession(store: try CooperationStore.open(at: folder, mode: .createIfMissing))
        case .existingReadWrite: return StoreSession(store: try CooperationStore.open(at: folder, mode: .mustExist))
        case .readOnly: return StoreSession(store: try CooperationStore.open(at: folder, mode: .readOnly))
        }
    }

    /// Opens the store named by a `--store` flag, else the environment, else the default folder.
    /// An empty `--store` or `MUFAKAT_STORE` is an error, never the default store.
    public static func open(flag: String?, mode: Mode = .readWrite) throws(StoreError) -> StoreSession {
        try open(folder: StoreLocation.locate(flag: flag), mode: mode)
    }

    public var location: String { store.root.path }

    /// Why this store cannot be written, with advice; nil when saves are possible.
    public var readOnly: ReadOnlyState? { store.readOnlyCause.map { ReadOnlyState.store(cause: $0, root: store.root.path) } }
    public var root: URL { store.root }

    // MARK: CooperationRepository

    public func all() throws(StoreError) -> [StoredCooperation] {
        try store.list().compactMap { entry in try? store.load(id: entry.id) }
    }

    public func entries() throws(StoreError) -> [IndexEntry] { try store.list() }

    public func load(id: String) throws(StoreError) -> StoredCooperation { try store.load(id: id) }

    public func contains(id: String) -> Bool { store.contains(id: id) }

    public func save(_ cooperation: Cooperation, basedOn: Int?) throws(StoreError) -> RevisionInfo {
        try store.save(cooperation, basedOn: basedOn)
    }

    public func saveDraft(_ cooperation: Cooperation, basedOn: Int?) throws(StoreError) {
        try store.saveDraft(cooperation, id: cooperation.id, basedOn: basedOn)
    }

    public func loadDraft(id: String) -> CooperationDraft? { (try? store.loadDraft(id: id, as: Cooperation.self)) ?? nil }

    public func discardDraft(id: String) { try? store.discardDraft(id: id) }

    public func draftIDs() -> [String] { store.draftIDs() }

    public func lock(id: String) throws(StoreError) {
        do throws(StoreError) { _ = try store.lock(id: id) } catch {
            // A read-only store takes no locks; editing still works and a save says why it fails.
            if case .readOnly = error { return }
            throw error
        }
    }

    public func unlock(id: String) { try? store.unlock(id: id) }

    public func loadProfile() -> RegionProfile? { (try? store.profile()) ?? nil }

    public func saveProfile(_ profile: RegionProfile) throws(StoreError) { try store.saveProfile(profile) }

    public func takeNotices() -> [String] {
        // Rebuilding the index is routine upkeep, not news for the officer.
        var notes = store.takeNotices().filter { $0.kind != .indexRebuilt }.map(\.message)
        if let reason = store.readOnlyReason, !notes.contains(where: { $0.contains(reason) }) { notes.insert(ServiceText.current.session.storeReadOnly(reason), at: 0) }
        return notes
    }

    /// Every notice, routine ones included, with its kind (the command line prints them all).
    public func takeStoreNotices() -> [StoreNotice] { store.takeNotices() }

    // MARK: Use cases of the command line and the screens

    /// The region that owns this store: its profile's region, else the one named in `store.json`.
    public var ownRegionCode: String? { loadProfile()?.regionCode ?? store.manifest.regionCode }

    /// The mappings and meetings of this store, for `MappingService`.
    public var mappings: StoreMappingRepository { StoreMappingRepository(store: store) }

    /// Who holds the edit lock of `id`, if anyone.
    public func lockHolder(id: String) -> LockHolder? { store.lockHolder(id: id) }

    /// The exact bytes of the current file (or of revision `revision`), as `show --json` prints them.
    public func rawFile(id: String, revision: Int? = nil) throws(StoreError) -> Data {
        guard let revision else { return try store.rawCurrentFile(id: id) }
        _ = try store.revision(id: id, number: revision)
        let url = store.root.appendingPathComponent("history/\(id)").appendingPathComponent(String(format: "%06d.json", revision))
        guard let data = try? Data(contentsOf: url) else { throw StoreError.revisionNotFound(itemKind: ServiceText.current.session.cooperation, id: id, revision: revision) }
        return data
    }

    public func containsMapping(regionCode: String) -> Bool { store.containsMapping(regionCode: regionCode) }
    public func loadMapping(regionCode: String) throws(StoreError) -> StoredMapping { try store.loadMapping(regionCode: regionCode) }
    public func saveMapping(_ mapping: RegionMapping, basedOn: Int?) throws(StoreError) -> RevisionInfo {
        try store.saveMapping(mapping, basedOn: basedOn)
    }

    /// Revisions of one cooperation, oldest first.
    public func history(id: String) throws(StoreError) -> [RevisionInfo] { try store.history(id: id) }

    /// One revision of a cooperation.
    public func revision(id: String, number: Int) throws(StoreError) -> StoredCooperation { try store.revision(id: id, number: number) }

    /// Every revision of `id` (the current one when the history is missing), oldest first.
    public func revisions(id: String) throws(StoreError) -> [StoredCooperation] {
        var out: [StoredCooperation] = []
        for info in try store.history(id: id) { out.append(try store.revision(id: id, number: info.revision)) }
        if out.isEmpty { out.append(try store.load(id: id)) }
        return out
    }

    /// Makes an old revision current again, as a new revision.
    public func restore(id: String, revision: Int) throws(StoreError) -> RevisionInfo { try store.restore(id: id, revision: revision) }

    /// Checks (and, unless read-only, repairs) the store.
    public func check() -> StoreReport { store.check() }

    /// The same checks for the items in `scope` only (after a pull: what it brought).
    public func check(scope: CheckScope) -> StoreReport { store.check(scope: scope) }

    public func exportBundle(to url: URL, ids: [String]?, includeMappings: Bool) throws(StoreError) -> BundleExportResult {
        try store.exportBundle(to: url, ids: ids, includeMappings: includeMappings)
    }

    /// Imports a bundle. A change to a cooperation last saved on this machine by someone else,
    /// or to the own region's mapping, is held back (`report.foreign`) unless `acceptForeign`.
    public func importBundle(from url: URL, acceptForeign: Bool = false) throws(StoreError) -> BundleImportReport {
        try store.importBundle(from: url, acceptForeign: acceptForeign)
    }

    /// Fills the store with generated cooperations; ids already present are skipped.
    public func insert<S: Sequence>(_ cooperations: S, progress: ((Int) -> Void)? = nil) throws(StoreError) -> BulkInsertResult
    where S.Element == Cooperation {
        try store.bulkInsert(cooperations, progress: progress)
    }

    /// Fills the store with `count` generated cooperations, `make(n)` for n in 1...count, in
    /// batches on every core with one flush per batch and the index written once (the fast path
    /// of `mufakat demo`); ids already present are skipped.
    public func insertGenerated(count: Int, make: @Sendable (Int) -> Cooperation,
                                progress: ((Int) -> Void)? = nil) throws(StoreError) -> BulkInsertResult {
        try store.bulkLoad(count: count, make: make, progress: progress)
    }

    static func revisionMissing(_ id: String, path: String) -> StoreError {
        StoreError.invalidInput(path: path, problem: ServiceText.current.session.noRevisionNamed(id, URL(fileURLWithPath: path).lastPathComponent))
    }

    /// What importing one cooperation file did (`mufakat import`, the screen's import).
    public struct ImportResult: Sendable, Codable, Equatable {
        public var id: String
        public var revision: Int
        public var created: Bool
        public var unchanged: Bool
        public var sha256: String
    }

    /// Imports a cooperation file of any of the shapes `CooperationFileDecoder` reads: a new
    /// cooperation is created; a change to an existing one must name the revision it started from,
    /// and a stale revision is a conflict (nothing is overwritten).
    public func importCooperation(_ file: DecodedCooperationFile) throws(StoreError) -> ImportResult {
        let c = file.cooperation
        if file.basedOnRevision == nil {
            // A bare cooperation creates; the store decides (two creators of one id get one message).
            do throws(StoreError) {
                let info = try store.save(c, basedOn: nil)
                return ImportResult(id: c.id, revision: info.revision, created: true, unchanged: false, sha256: info.sha256)
            } catch {
                guard store.contains(id: c.id), let current = try? store.load(id: c.id) else { throw error }
                if current.cooperation == c {
                    return ImportResult(id: c.id, revision: current.revision, created: false, unchanged: true, sha256: current.info.sha256)
                }
                throw Self.revisionMissing(c.id, path: file.path)
            }
        }
        guard store.contains(id: c.id) else {
            let info = try store.save(c, basedOn: nil)
            return ImportResult(id: c.id, revision: info.revision, created: true, unchanged: false, sha256: info.sha256)
        }
        let current = try store.load(id: c.id)
        if current.cooperation == c {
            return ImportResult(id: c.id, revision: current.revision, created: false, unchanged: true, sha256: current.info.sha256)
        }
        guard let base = file.basedOnRevision else { throw Self.revisionMissing(c.id, path: file.path) }
        let info = try store.save(c, basedOn: base)
        return ImportResult(id: c.id, revision: info.revision, created: false, unchanged: false, sha256: info.sha256)
    }
}

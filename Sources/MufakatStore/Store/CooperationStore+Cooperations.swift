import Foundation
import MufakatDomain

extension CooperationStore {
    /// Whether a cooperation with this id is stored.
    public func contains(id: String) -> Bool {
        Cooperation.isValidID(id) && POSIX.exists(cooperationFiles.currentURL(id))
    }

    /// The current revision of a cooperation. A damaged file is moved to quarantine (reported
    /// once through `takeNotices()`) and, when its history allows, rebuilt from the newest
    /// readable revision; otherwise `.damaged` names the file and where it went.
    public func load(id: String) throws(StoreError) -> StoredCooperation {
        let stored = try loadRepairing(cooperationFiles, key: id)
        verifyIndexed(stored)
        return stored
    }

    func loadRepairing<D: StoredDocument>(_ files: RevisionedCollection<D>, key: String) throws(StoreError) -> StoredRevision<D> {
        do throws(StoreError) {
            return try files.load(key)
        } catch {
            if case .notFound = error, let note = quarantine.notes().last(where: { $0.originalPath == files.relative(files.currentURL(key)) }) {
                // It was here once: say where it went rather than only "not found".
                throw StoreError.damaged(path: note.originalPath, reason: note.reason, quarantinedTo: note.quarantinedPath)
            }
            guard case let .damaged(path, reason, _) = error else { throw error }
            guard !isReadOnly else { throw StoreError.damaged(path: path, reason: reason, quarantinedTo: nil) }
            var notes: [QuarantineNote] = []
            var repairs: [RevisionedCollection<D>.Repair] = []
            _ = try storeLock.exclusive { () throws(StoreError) -> Void in
                _ = try files.recover(key, notes: &notes, repairs: &repairs)
            }
            notice(quarantined: notes)
            notice(repairs: repairs)
            do throws(StoreError) { return try files.load(key) } catch {
                guard case .notFound = error else { throw error }
                throw StoreError.damaged(path: path, reason: reason, quarantinedTo: notes.first?.quarantinedPath)
            }
        }
    }

    /// Saves `cooperation` as a new revision. `basedOn` is the revision the edit started from
    /// (nil for a new cooperation). When the stored revision has moved on, nothing is written
    /// and `.conflict` says who saved and when. Also removes the cooperation's draft.
    @discardableResult
    public func save(_ cooperation: Cooperation, basedOn: Int?) throws(StoreError) -> RevisionInfo {
        try save(cooperation, basedOn: basedOn, restoredFrom: nil)
    }

    func save(_ cooperation: Cooperation, basedOn: Int?, restoredFrom: Int?) throws(StoreError) -> RevisionInfo {
        var notes: [QuarantineNote] = []
        var repairs: [RevisionedCollection<Cooperation>.Repair] = []
        var warnings: [String] = []
        defer {
            notice(quarantined: notes); notice(repairs: repairs)
            for w in warnings { notice(StoreNotice(kind: .warning, message: w)) }
        }
        return try writing { () throws(StoreError) -> RevisionInfo in
            let before = indexCacheKey()
            let (info, _) = try cooperationFiles.save(cooperation, basedOn: basedOn, author: options.author, restoredFrom: restoredFrom,
                                                     pause: pauseHook(), notes: &notes, repairs: &repairs, warnings: &warnings)
            // Past the commit point: a failed index write leaves a stale index, which the next
            // listing rebuilds; the save itself stands (issue 20).
            let entry: IndexEntry?
            do throws(StoreError) { entry = try indexSaved(cooperation, info: info) } catch {
                warnings.append(StoreText.current.files.indexNotUpdated(cooperation.id, error.cause))
                invalidateCachedIndex()
                return info
            }
            // Keep this process's listing in step without reading the index again (the editor saves often).
            if let entry, notes.isEmpty, repairs.isEmpty { updateCachedIndex(entry, before: before, after: indexCacheKey()) }
            try? POSIX.removeFile(draftURL(cooperation.id))
            return info
        }
    }

    /// Adds the saved cooperation to the index (one appended line; caller holds the lock).
    /// Returns the entry, or nil when the whole index had to be rebuilt instead.
    @discardableResult
    func indexSaved(_ cooperation: Cooperation, info: RevisionInfo) throws(StoreError) -> IndexEntry? {
        let stamp = POSIX.modificationTime(cooperationFiles.currentURL(cooperation.id)) ?? 0
        let entry = IndexEntry(cooperation: cooperation, info: info, fileStamp: stamp)
        if !POSIX.exists(index.snapshotURL) {
            // No snapshot yet (a store made by hand, or one whose index was deleted): rebuild it now.
            _ = try refreshIndexLocked(previous: nil)
            return nil
        }
        try index.append(entry, stamp: index.folderStamp())
        return entry
    }

    /// Metadata of every revision of a cooperation, oldest first.
    public func history(id: String) throws(StoreError) -> [RevisionInfo] {
        try cooperationFiles.history(id)
    }

    /// One revision of a cooperation as it was saved.
    public func revision(id: String, number: Int) throws(StoreError) -> StoredCooperation {
        try cooperationFiles.revision(id, number)
    }

    /// Saves a new revision equal to revision `number` (history is never rewritten).
    /// `basedOn` defaults to the current revision.
    @discardableResult
    public func restore(id: String, revision number: Int, basedOn: Int? = nil) throws(StoreError) -> RevisionInfo {
        let old = try revision(id: id, number: number)
        let base: Int
        if let basedOn { base = basedOn } else { base = try load(id: id).revision }
        return try save(old.cooperation, basedOn: base, restoredFrom: number)
    }

    /// The raw bytes of the current file (what `mufakat show --json` prints).
    public func rawCurrentFile(id: String) throws(StoreError) -> Data {
        _ = try load(id: id)
        guard let data = try POSIX.readFile(cooperationFiles.currentURL(id)) else { throw StoreError.notFound(itemKind: Cooperation.itemKind, id: id) }
        return data
    }

    /// Path of a cooperation's current file, for messages.
    public func fileURL(id: String) -> URL { cooperationFiles.currentURL(id) }
}

import Foundation
import MufakatDomain

extension CooperationStore {
    /// Every cooperation's summary, sorted by id, read from the index (never from every file).
    /// The index is rebuilt when missing or unreadable and refreshed when the `cooperations/`
    /// folder changed behind its back or a file was rewritten in place (one `stat` per file, no
    /// read; only changed files are decoded).
    public func list() throws(StoreError) -> [IndexEntry] { try listing(verifyFiles: true) }

    /// The listing as the index and its log say, checked against the folder's mtime but without
    /// a `stat` per file (0.42 s at 100,000: issue 19). For the first frame of the interface,
    /// which then calls `verifyListedFiles()`; a file rewritten in place is also caught when opened.
    public func listTrustingIndex() throws(StoreError) -> [IndexEntry] { try listing(verifyFiles: false) }

    /// Checks the listing `listTrustingIndex` gave against the files (one `stat` each). True
    /// when it stands (or was checked already); false when a file changed in place: the index is
    /// then refreshed from the changed files, and the next listing shows them.
    public func verifyListedFiles() -> Bool {
        let key = indexCacheKey()
        guard let cached = cachedStamps(for: key), !cached.verified else { return true }
        if cached.listing.filesMatch(folder: cooperationFiles.currentFolder.path + "/") { markCachedIndexVerified(key: key); return true }
        invalidateCachedIndex()
        _ = try? listing(verifyFiles: true)  // refreshes the changed entries (and the snapshot when writable)
        return false
    }

    /// The listing rows from the compact index `index.bin` and the log, without decoding an
    /// entry and without a `stat` per file (`mufakat list`, issue 19). A store changed by another
    /// tool is still noticed as start-up notices it: when the log's last stamp is not the
    /// folder's mtime, or `index.bin` is missing, damaged or newer, the index is refreshed from
    /// the files first (and rewritten when the store can be written).
    public func listRows() throws(StoreError) -> IndexRows {
        let rows = try storeLock.shared { () throws(StoreError) -> IndexRows? in index.loadRows() }
        if let rows, rows.stamp == index.folderStamp() { return rows }
        let entries = try listing(verifyFiles: false)
        if !isReadOnly, let again = try storeLock.shared({ () throws(StoreError) -> IndexRows? in index.loadRows() }),
           again.stamp == index.folderStamp() {
            return again
        }
        guard let built = StoreIndex.rows(entries, stamp: index.folderStamp()) else {
            throw StoreError.io(operation: .read, path: index.compactURL.path, code: EFBIG)
        }
        return built
    }

    private func listing(verifyFiles: Bool) throws(StoreError) -> [IndexEntry] {
        let key = indexCacheKey()
        if let cached = cachedIndex(for: key) {
            if cached.verified || !verifyFiles { return cached.entries }
            if filesMatch(cached.entries) { markCachedIndexVerified(key: key); return cached.entries }
        }
        func usable(_ loaded: StoreIndex.Loaded?) -> Bool {
            guard let loaded, isFresh(loaded) else { return false }
            return !verifyFiles || filesMatch(loaded.sorted)
        }
        let loaded = try storeLock.shared { () throws(StoreError) -> StoreIndex.Loaded? in index.load() }
        let entries: [IndexEntry]
        var verified = true
        if let loaded, usable(loaded) {
            entries = loaded.sorted
            verified = verifyFiles
        } else if isReadOnly {
            entries = try refreshIndexEntries(previous: loaded)
        } else {
            entries = try storeLock.exclusive { () throws(StoreError) -> [IndexEntry] in
                // Someone may have refreshed it while we waited for the lock.
                let again = index.load()
                if let again, usable(again) { return again.sorted }
                return try refreshIndexLocked(previous: again)
            }
        }
        setCachedIndex(entries, key: indexCacheKey(), verified: verified)
        return entries
    }

    /// Whether every entry's file still has the mtime the index recorded (one `stat` each, no read).
    private func filesMatch(_ entries: [IndexEntry]) -> Bool {
        CachedListing.entries(entries).filesMatch(folder: cooperationFiles.currentFolder.path + "/")
    }

    /// The summary of one cooperation from the index.
    public func entry(id: String) throws(StoreError) -> IndexEntry? {
        let all = try list()
        let at = StoreIndex.position(of: id, in: all)
        return at < all.count && all[at].id == id ? all[at] : nil
    }

    /// Rebuilds `index.json` from the files (decoding only those whose mtime changed unless `full`).
    @discardableResult
    public func rebuildIndex(full: Bool = false) throws(StoreError) -> [IndexEntry] {
        try writing { () throws(StoreError) -> [IndexEntry] in
            try refreshIndexLocked(previous: full ? nil : index.load())
        }
    }

    /// Whether the index still describes the folder: the log's last stamp is the folder's mtime
    /// (no file added, removed or replaced by rename since). Files rewritten in place are
    /// `filesMatch`'s concern.
    private func isFresh(_ loaded: StoreIndex.Loaded) -> Bool {
        loaded.stamp == index.folderStamp()
    }

    /// Checks, when a cooperation is opened, that its index entry still describes the file read
    /// (its mtime and revision); when not (rewritten in place by another tool), the entry is
    /// written again (one log line) and a notice says so. Only while this process's listing is
    /// current, so that the log's folder stamp never hides a change it did not see.
    func verifyIndexed(_ stored: StoredCooperation) {
        guard !isReadOnly, let cached = currentCachedEntry(id: stored.cooperation.id) else { return }
        let url = cooperationFiles.currentURL(stored.cooperation.id)
        guard let stamp = POSIX.modificationTime(url), stamp != cached.fileStamp || cached.revision != stored.revision else { return }
        let entry = IndexEntry(cooperation: stored.cooperation, info: stored.info, fileStamp: stamp, affairs: Catalogues.shared.affairs)
        let done = (try? writing { () throws(StoreError) -> Bool in
            let before = indexCacheKey()
            guard currentCachedEntry(id: entry.id) != nil else { return false }
            try index.append(entry, stamp: index.folderStamp())
            updateCachedIndex(entry, before: before, after: indexCacheKey())
            return true
        }) ?? false
        if done {
            notice(StoreNotice(kind: .indexRebuilt,
                               message: "Indeks 'index.json' diperbarui: berkas kerja sama '\(entry.id)' berubah di luar Mufakat."))
        }
    }

    func indexCacheKey() -> [Int64] {
        [POSIX.modificationTime(index.snapshotURL) ?? -1, POSIX.modificationTime(index.logURL) ?? -1,
         StoreIndex.fileSize(index.logURL) ?? -1, index.folderStamp()]
    }

    /// Refresh under the exclusive lock, writing the new snapshot.
    func refreshIndexLocked(previous: StoreIndex.Loaded?) throws(StoreError) -> [IndexEntry] {
        let entries = try refreshIndexEntries(previous: previous)
        try index.writeSnapshot(entries, stamp: index.folderStamp())
        return entries
    }

    /// Entries for every current file, reusing `previous` entries whose file did not change.
    func refreshIndexEntries(previous: StoreIndex.Loaded?) throws(StoreError) -> [IndexEntry] {
        let affairs = Catalogues.shared.affairs
        var entries: [IndexEntry] = []
        var decoded = 0
        let previousByID = previous?.entries
        for key in try cooperationFiles.keys() {
            let url = cooperationFiles.currentURL(key)
            let stamp = POSIX.modificationTime(url) ?? 0
            if let old = previousByID?[key], old.fileStamp == stamp {
                entries.append(old)
                continue
            }
            decoded += 1
            do throws(StoreError) {
                let stored = isReadOnly ? try cooperationFiles.load(key) : try loadRepairingLocked(key)
                let fresh = POSIX.modificationTime(url) ?? stamp
                entries.append(IndexEntry(cooperation: stored.cooperation, info: stored.info, fileStamp: fresh, affairs: affairs))
            } catch {
                switch error {
                case .newerVersion: notice(StoreNotice(kind: .newerVersion, message: error.description))
                case .notFound: continue
                case .damaged(_, _, quarantinedTo: .some): continue  // already reported by the quarantine
                default: notice(StoreNotice(kind: .quarantined, message: error.description))
                }
            }
        }
        if (previous == nil && !entries.isEmpty) || decoded > 0 || (previous != nil && previous?.sorted.count != entries.count) {
            notice(StoreNotice(kind: .indexRebuilt, message: previous == nil
                ? "Indeks 'index.bin' tidak ada, rusak, diubah di luar Mufakat atau versinya lebih baru; dibangun ulang dari \(entries.count) berkas kerja sama."
                : "Indeks 'index.json' diperbarui: \(decoded) berkas kerja sama berubah di luar Mufakat."))
        }
        return entries
    }

    /// Load with repair while the caller already holds the exclusive lock.
    private func loadRepairingLocked(_ key: String) throws(StoreError) -> StoredCooperation {
        do throws(StoreError) {
            return try cooperationFiles.load(key)
        } catch {
            guard case let .damaged(path, reason, _) = error else { throw error }
            var notes: [QuarantineNote] = []
            var repairs: [RevisionedCollection<Cooperation>.Repair] = []
            _ = try cooperationFiles.recover(key, notes: &notes, repairs: &repairs)
            notice(quarantined: notes)
            notice(repairs: repairs)
            do throws(StoreError) { return try cooperationFiles.load(key) } catch {
                guard case .notFound = error else { throw error }
                throw StoreError.damaged(path: path, reason: reason, quarantinedTo: notes.first?.quarantinedPath)
            }
        }
    }
}

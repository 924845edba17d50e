#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import MufakatDomain

/// What the store looks at each time it is opened (issue 20), so that damage is noticed at
/// once instead of looking like an empty store:
/// - cooperations and mappings whose current file is gone while their history is intact
///   (a deleted `cooperations/` folder) are rebuilt from history, or, read-only, counted in a
///   warning that names `check-store`;
/// - temp files of saves killed part-way are removed when their process is gone;
/// - symbolic links planted for the store's own files are moved to quarantine;
/// - a store folder that others may write, or that belongs to another user, is warned about.
/// The two big folders (`cooperations/`, `history/`) are listed only when something may have
/// changed them behind the index: when `cooperations/`'s modification time differs from the
/// stamp the index last recorded, or `history/` changed after the index was last written. A
/// save writes the index after its last file, so a deleted current file, a killed save's temp
/// file or a history folder copied in by another tool all make the folders be listed (one copied
/// in while a session is open and followed by that session's save is left to `check-store`);
/// otherwise opening a store of
/// 100,000 cooperations lists neither (three listings of 100,000 names were a quarter of
/// `mufakat list`: issue 19). `check-store` always looks at everything.
extension CooperationStore {
    /// Top-level entries that are always plain files: a symlink in their place is moved aside.
    static let plainFiles = ["index.json", "index.bin", "index.log", "store.lock"]

    func checkAtOpen() {
        warnAboutFolderOwnership()
        let quiet = cooperationFoldersUnchangedSinceIndex()
        guard !isReadOnly else {
            let missing = quiet ? 0 : historyOnlyKeys(cooperationFiles).count
            if missing > 0 {
                notice(StoreNotice(kind: .warning, message: StoreText.current.files.historyOnlyCooperations(missing)))
            }
            return
        }
        for folder in ["cooperations", "mappings", "meetings", "drafts", "mapping-drafts", "locks", "quarantine"] where !(quiet && folder == "cooperations") {
            let url = root.appendingPathComponent(folder)
            if !POSIX.isSymlink(url) { AtomicFile.removeStaleTemps(in: url, olderThan: AtomicFile.staleAtOpenSeconds) }
        }
        repairPlantedLinks()
        if !quiet { rebuildHistoryOnly(cooperationFiles) }
        rebuildHistoryOnly(mappingFiles)
    }

    /// Whether `cooperations/` is as the index last recorded it and `history/` has not changed
    /// since the index was last written (a save writes the index last: `index.log`, or
    /// `index.bin` and then the emptied log when it folds). False whenever one cannot be read.
    func cooperationFoldersUnchangedSinceIndex() -> Bool {
        guard let recorded = index.recordedStamp(), recorded != 0,
              let current = POSIX.modificationTime(cooperationFiles.currentFolder), current == recorded,
              let history = POSIX.modificationTime(cooperationFiles.historyRoot) else { return false }
        let written = max(POSIX.modificationTime(index.logURL) ?? 0, POSIX.modificationTime(index.compactURL) ?? 0)
        return history <= written
    }

    /// Keys with a history folder but no current file.
    func historyOnlyKeys<D: StoredDocument>(_ files: RevisionedCollection<D>) -> [String] {
        guard let histories = try? POSIX.listFolder(files.historyRoot) else { return [] }
        let current = Set((try? files.keys()) ?? [])
        return histories.filter { D.isValidKey($0) && !current.contains($0) && !POSIX.exists(files.currentURL($0)) }.sorted()
    }

    private func rebuildHistoryOnly<D: StoredDocument>(_ files: RevisionedCollection<D>) {
        let missing = historyOnlyKeys(files)
        guard !missing.isEmpty else { return }
        var notes: [QuarantineNote] = []
        var repairs: [RevisionedCollection<D>.Repair] = []
        var failed = 0
        _ = try? storeLock.exclusive { () throws(StoreError) -> Void in
            for key in missing {
                do { _ = try files.recover(key, notes: &notes, repairs: &repairs) } catch { failed += 1 }
            }
        }
        notice(quarantined: notes)
        notice(repairs: repairs)
        if failed > 0 {
            notice(StoreNotice(kind: .warning, message: StoreText.current.files.historyOnlyUnrebuilt(failed, D.itemKind)))
        }
        invalidateCachedIndex()
    }

    private func repairPlantedLinks() {
        for name in Self.plainFiles {
            let url = root.appendingPathComponent(name)
            guard POSIX.isSymlink(url) else { continue }
            if let note = try? quarantine.move(url, reason: StoreText.current.files.plantedLink(name)) {
                notice(StoreNotice(kind: .quarantined, message: note.message))
            }
        }
        for name in ["cooperations", "history", "mappings", "mapping-history", "quarantine", "meetings", "drafts", "mapping-drafts", "locks"] {
            let url = root.appendingPathComponent(name)
            if POSIX.isSymlink(url) {
                notice(StoreNotice(kind: .warning, message: StoreText.current.files.folderIsLink(name, url.path)))
            }
        }
    }

    private func warnAboutFolderOwnership() {
        var st = stat()
        guard stat(root.path, &st) == 0 else { return }
        if st.st_mode & S_IWOTH != 0 {
            notice(StoreNotice(kind: .warning, message: StoreText.current.files.worldWritable(root.path)))
        } else if st.st_uid != geteuid() {
            notice(StoreNotice(kind: .warning, message: StoreText.current.files.otherOwner(root.path, UInt32(st.st_uid))))
        }
    }
}

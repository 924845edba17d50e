#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import MufakatDomain

/// Penyimpanan pemetaan sekaligus: writes a whole import of region mappings (a national meeting's
/// 546 bundles) with one flush of the file system per phase instead of an fsync per file and per
/// folder (issue 19), keeping every promise of a single save:
///
/// 1. Each mapping is checked as `RevisionedCollection.save` checks it (its key, its values, the
///    revision it was based on, a chain left half-written repaired first), then all are encoded
///    (on every core) with their revision number and the hash of the previous revision. A refused mapping stops the batch;
///    the ones before it are written and stay saved.
/// 2. Both files of every mapping (the current file and the history revision) are written as
///    hidden temp files in their final folders, without fsync.
/// 3. One `syncfs` of the store's file system (else `sync`) makes all of them durable.
/// 4. Then the names: the current file (the commit point), then its history revision, as a save
///    does. 5. One more flush makes the names durable.
///
/// A crash before step 4 leaves only hidden temp files (removed when the store is opened); a
/// crash during step 4 leaves each mapping at its old revision or its new one, never torn, and a
/// current file ahead of its history is completed by the next save, load or `check-store`.
struct MappingBatchWriter {
    let store: CooperationStore

    private struct Prepared {
        var key: String
        var document: RegionMapping
        var data: Data
        var info: RevisionInfo
        var currentTemp: URL?
        var historyTemp: URL?
    }

    func run(_ batch: [(mapping: RegionMapping, basedOn: Int?)], notes: inout [QuarantineNote],
             repairs: inout [RevisionedCollection<RegionMapping>.Repair], warnings: inout [String]) throws(StoreError) -> [RevisionInfo] {
        let files = store.mappingFiles
        let author = store.options.author
        // 1. Check (in order), then encode (on every core); a refusal ends the batch after
        // writing what came before it.
        var checked: [Checked] = []
        checked.reserveCapacity(batch.count)
        var refusal: StoreError?
        for item in batch {
            do throws(StoreError) {
                checked.append(try check(item.mapping, basedOn: item.basedOn, files: files, author: author,
                                         notes: &notes, repairs: &repairs))
            } catch {
                refusal = error
                break
            }
        }
        let encoded = MappingParallel.map(checked) { c -> Result<Data, StoreError> in
            do throws(StoreError) { return .success(try files.encode(c.record, key: c.key)) } catch { return .failure(error) }
        }
        var prepared: [Prepared] = []
        prepared.reserveCapacity(checked.count)
        for (c, result) in zip(checked, encoded) {
            switch result {
            case .success(let data):
                var info = c.record.info
                info.sha256 = DocumentDecoding.sha256(data)
                prepared.append(Prepared(key: c.key, document: c.record.document, data: data, info: info))
            case .failure(let error):
                refusal = error
            }
            if case .failure = result { break }
        }
        try write(&prepared, files: files, warnings: &warnings)
        store.refreshMappingCache(adding: prepared.compactMap { p in
            MappingCache.stamp(atPath: files.currentURL(p.key).path).map { stamp in
                MappingCache.Record(key: p.key, stamp: stamp, stored: StoredMapping(document: p.document, info: p.info))
            }
        })
        if let refusal { throw refusal }
        return prepared.map(\.info)
    }

    private struct Checked {
        var key: String
        var record: RevisionRecord<RegionMapping>
    }

    /// The checks of `RevisionedCollection.save` before it writes, and the revision it would write.
    private func check(_ document: RegionMapping, basedOn: Int?, files: RevisionedCollection<RegionMapping>, author: Author,
                       notes: inout [QuarantineNote], repairs: inout [RevisionedCollection<RegionMapping>.Repair]) throws(StoreError) -> Checked {
        let key = document.storeKey
        try files.validate(key)
        if let problem = document.rangeProblems.first {
            throw StoreError.invalidInput(path: files.relative(files.currentURL(key)), problem: StoreText.current.files.valueOutOfRange(problem.problem))
        }
        for folder in [files.currentFolder, files.historyRoot, files.historyFolder(key)] where POSIX.isSymlink(folder) {
            throw StoreError.io(operation: .write, path: folder.path, code: ELOOP)
        }
        let head = try files.recover(key, notes: &notes, repairs: &repairs)
        if let head {
            let h = head.decoded.record
            if basedOn != h.revision {
                throw StoreError.conflict(ConflictInfo(itemKind: RegionMapping.itemKind, id: key, basedOn: basedOn, current: h.revision,
                                                       savedAt: h.savedAt, savedBy: h.savedBy))
            }
        } else if basedOn != nil {
            throw StoreError.notFound(itemKind: RegionMapping.itemKind, id: key)
        } else if POSIX.exists(files.historyFolder(key)), try !files.revisionNumbers(key).isEmpty {
            throw StoreError.damaged(path: files.relative(files.historyFolder(key)), reason: StoreText.current.files.historyUnreadable, quarantinedTo: nil)
        }
        let revision = (head?.decoded.record.revision ?? 0) + 1
        var previous: String?
        if let head {
            let prevData = (try? POSIX.readFile(files.historyURL(key, head.decoded.record.revision))) ?? nil
            previous = DocumentDecoding.sha256(prevData ?? head.data)
        }
        return Checked(key: key, record: RevisionRecord(revision: revision, previousSHA256: previous, savedAt: StoreClock.now(),
                                                        savedBy: author, restoredFrom: nil, document: document))
    }

    /// Steps 2–5 for the prepared mappings. A rename that fails ends the batch: the mappings
    /// renamed before it are saved, the temp files of the others removed.
    private func write(_ prepared: inout [Prepared], files: RevisionedCollection<RegionMapping>,
                       warnings: inout [String]) throws(StoreError) {
        guard !prepared.isEmpty else { return }
        try POSIX.makeFolder(files.currentFolder)
        try POSIX.makeFolder(files.historyRoot)
        func removeTemps() {
            for p in prepared {
                if let t = p.currentTemp { try? POSIX.removeFile(t) }
                if let t = p.historyTemp { try? POSIX.removeFile(t) }
            }
        }
        // 2. Temp files, no fsync each (history folders made without a folder fsync each).
        do throws(StoreError) {
            for i in prepared.indices {
                let key = prepared[i].key
                let folder = files.historyFolder(key)
                if mkdir(folder.path, POSIX.folderMode) == 0 {
                    _ = chmod(folder.path, POSIX.folderMode)
                } else if errno == EEXIST {
                    AtomicFile.removeStaleTemps(in: folder)
                } else {
                    throw StoreError.io(operation: .createFolder, path: folder.path, code: errno)
                }
                let revision = prepared[i].info.revision
                prepared[i].historyTemp = try AtomicFile.writeTemp(prepared[i].data, near: files.historyURL(key, revision), durability: .deferred)
                prepared[i].currentTemp = try AtomicFile.writeTemp(prepared[i].data, near: files.currentURL(key), durability: .deferred)
            }
        } catch {
            removeTemps()
            throw error
        }
        // 3. One flush for the data of the whole batch (and the new folders).
        let rootFD = open(store.root.path, O_RDONLY | O_CLOEXEC)
        defer { if rootFD >= 0 { close(rootFD) } }
        Self.flush(rootFD)
        // Crash tests (MUFAKAT_STORE_TEST_PAUSE_MS) stop here and halfway through the names.
        let pause = store.pauseHook()
        pause?()
        // 4. The names: the current file (commit point), then its history revision.
        var failure: StoreError?
        var done = 0
        for i in prepared.indices {
            if i == prepared.count / 2 { pause?() }
            let p = prepared[i]
            guard let currentTemp = p.currentTemp, let historyTemp = p.historyTemp else { continue }
            do throws(StoreError) {
                try POSIX.rename(currentTemp, files.currentURL(p.key))
            } catch {
                failure = error
                break
            }
            prepared[i].currentTemp = nil
            done = i + 1
            let historyFile = files.historyURL(p.key, p.info.revision)
            do throws(StoreError) {
                // Never over an existing revision (the store lock is held; `recover` ran).
                if POSIX.exists(historyFile) { throw StoreError.alreadyExists(path: historyFile.path) }
                try POSIX.rename(historyTemp, historyFile)
                prepared[i].historyTemp = nil
            } catch {
                // After the commit point the save stands; `recover` completes the history later.
                try? POSIX.removeFile(historyTemp)
                prepared[i].historyTemp = nil
                warnings.append(StoreText.current.files.historyCopyFailed(p.info.revision, p.key, error.cause))
            }
        }
        // 5. The names made durable.
        Self.flush(rootFD)
        if let failure {
            removeTemps()
            prepared.removeSubrange(done...)
            throw failure
        }
    }

    /// Makes everything written to the store's file system durable: `syncfs` of the store where
    /// the C library has it, else `sync` (as `StoreBulkWriter` does).
    static func flush(_ rootFD: Int32) {
        #if canImport(Glibc)
        typealias SyncFS = @convention(c) (Int32) -> Int32
        if rootFD >= 0, let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "syncfs") {
            let syncfs = unsafeBitCast(symbol, to: SyncFS.self)
            if syncfs(rootFD) == 0 { return }
        }
        #endif
        sync()
    }
}

extension CooperationStore {
    /// Records freshly written mappings in `mappings.bin`, keeping the records whose files did
    /// not change and dropping the others (a writable store only).
    func refreshMappingCache(adding fresh: [MappingCache.Record]) {
        guard !isReadOnly, !fresh.isEmpty else { return }
        var records: [String: MappingCache.Record] = [:]
        if let old = MappingCache.read(root: root) {
            // Only the old records that hold against the old cache's time (not racily clean).
            for r in old.records.values
            where MappingCache.holds(r, now: MappingCache.stamp(atPath: mappingFiles.currentURL(r.key).path), writtenAt: old.writtenAt) {
                records[r.key] = r
            }
        }
        for r in fresh { records[r.key] = r }
        let kept = Array(records.values)
        MappingCache.write(kept, root: root)
    }
}

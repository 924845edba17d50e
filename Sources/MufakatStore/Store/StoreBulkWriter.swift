#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch
import Foundation
import MufakatDomain

/// Pemuatan massal (bulk load): fills a store with many generated cooperations fast (issue 19:
/// 100,000 in tens of seconds, 1,000,000 feasible) while keeping the store's promises.
///
/// Work goes in batches. Per batch, on every core: make each cooperation, encode it, hash it,
/// build its index entry, and write it as two temp files (its history revision 1 and its current
/// file) in their final folders. Then one `syncfs` makes the whole batch's data durable, and only
/// then are the temp files renamed to their names (history first, then the current file, as a
/// save does). A crash leaves whole files or hidden temp files (removed when the store opens),
/// never a torn file under a real name. The index is written once, at the end; a crash before
/// that leaves files newer than the index, which the next open notices and indexes.
///
/// Ids already in the store (index, current file, or a history folder holding a revision) and
/// ids repeated by the generator are skipped, never overwritten, as `bulkInsert` does.
struct StoreBulkWriter {
    let store: CooperationStore
    let batchSize: Int

    /// One cooperation made ready in the parallel phase.
    private struct Prepared: Sendable {
        var id: String
        var data: Data
        var entry: IndexEntry
        var historyTemp: String = ""
        var currentTemp: String = ""
    }

    /// Results of one parallel phase, filled by slot (each slot written by one worker only).
    private final class Slots<T>: @unchecked Sendable {
        private var values: [T?]
        private let lock = NSLock()
        private(set) var failure: StoreError?
        init(count: Int) { values = Array(repeating: nil, count: count) }
        func set(_ index: Int, _ value: T) { lock.lock(); values[index] = value; lock.unlock() }
        func fail(_ error: StoreError) { lock.lock(); if failure == nil { failure = error }; lock.unlock() }
        var hasFailed: Bool { lock.lock(); defer { lock.unlock() }; return failure != nil }
        func take() -> [T?] { values }
    }

    /// Runs `body(i)` for `0..<count` on every core, in contiguous chunks.
    private static func parallel(_ count: Int, _ body: (Int) -> Void) {
        guard count > 0 else { return }
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8))
        let chunks = min(count, workers * 4)
        withoutActuallyEscaping(body) { body in
            let box = UncheckedBox(body)
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                let lower = count * chunk / chunks, upper = count * (chunk + 1) / chunks
                for i in lower..<upper { box.value(i) }
            }
        }
    }

    private struct UncheckedBox<T>: @unchecked Sendable {
        let value: T
        init(_ value: T) { self.value = value }
    }

    func run(count: Int, make: @Sendable (Int) -> Cooperation, progress: ((Int) -> Void)?) throws(StoreError) -> BulkInsertResult {
        let files = store.cooperationFiles
        let previous = store.index.load()
        var entries = try store.refreshIndexEntries(previous: previous).reduce(into: [String: IndexEntry]()) { $0[$1.id] = $1 }
        try POSIX.makeFolder(files.currentFolder)
        try POSIX.makeFolder(files.historyRoot)
        // The names already there, read once (not one `stat` per cooperation).
        let currentNames = Set(try POSIX.listFolder(files.currentFolder))
        let historyNames = Set(try POSIX.listFolder(files.historyRoot))
        let currentPath = files.currentFolder.path, historyPath = files.historyRoot.path
        let author = store.options.author
        let affairs = Catalogues.shared.affairs
        let savedAt = StoreClock.now()
        let tempPrefix = ".tmp-\(getpid())-\(POSIX.randomToken())"
        let rootFD = open(store.root.path, O_RDONLY | O_CLOEXEC)
        defer { if rootFD >= 0 { close(rootFD) } }

        var result = BulkInsertResult(inserted: 0, skipped: [])
        var seen = Set<String>()
        var start = 1
        while start <= count {
            let size = min(batchSize, count - start + 1)
            let first = start
            // 1. Make, encode, hash and index every cooperation of the batch on every core.
            let made = Slots<Prepared>(count: size)
            Self.parallel(size) { i in
                if made.hasFailed { return }
                let cooperation = make(first + i)
                let id = cooperation.id
                guard Cooperation.isValidID(id) else {
                    made.fail(StoreError.invalidID(itemKind: Cooperation.itemKind, id: id)); return
                }
                let record = RevisionRecord(revision: 1, previousSHA256: nil, savedAt: savedAt, savedBy: author, document: cooperation)
                var data: Data
                do { data = StoreJSON.tidy(try StoreClock.encoder().encode(record)); data.append(0x0A) } catch {
                    made.fail(StoreError.invalidInput(path: "cooperations/\(id).json", problem: StoreText.current.files.notEncodable("\(error)")))
                    return
                }
                var info = record.info
                info.sha256 = DocumentDecoding.sha256(data)
                made.set(i, Prepared(id: id, data: data, entry: IndexEntry(cooperation: cooperation, info: info, fileStamp: 0, affairs: affairs)))
            }
            if let failure = made.failure { throw failure }

            // 2. Which ones to write: never over anything already there.
            var batch: [Prepared] = []
            batch.reserveCapacity(size)
            for case let item? in made.take() {
                let id = item.id
                if entries[id] != nil || seen.contains(id) || currentNames.contains(id + ".json") {
                    result.skipped.append(id)
                    continue
                }
                if historyNames.contains(id) {
                    let folder = files.historyFolder(id)
                    if CooperationStore.holdsRevisions(folder) { result.skipped.append(id); continue }
                    AtomicFile.removeStaleTemps(in: folder)
                }
                seen.insert(id)
                batch.append(item)
            }

            // 3. Temp files of the whole batch, written on every core.
            let written = Slots<(history: String, current: String, stamp: Int64)>(count: batch.count)
            let snapshot = batch
            Self.parallel(snapshot.count) { i in
                if written.hasFailed { return }
                let item = snapshot[i]
                let folder = historyPath + "/" + item.id
                if mkdir(folder, POSIX.folderMode) != 0 && errno != EEXIST {
                    written.fail(StoreError.io(operation: .createFolder, path: folder, code: errno)); return
                }
                _ = chmod(folder, POSIX.folderMode)
                let historyTemp = folder + "/." + RevisionedCollection<Cooperation>.fileName(1) + tempPrefix + "x\(first + i)"
                let currentTemp = currentPath + "/." + item.id + ".json" + tempPrefix + "x\(first + i)"
                do throws(StoreError) {
                    _ = try Self.writeNew(item.data, path: historyTemp)
                    let stamp = try Self.writeNew(item.data, path: currentTemp)
                    written.set(i, (historyTemp, currentTemp, stamp))
                } catch {
                    written.fail(error)
                }
            }
            let temps = written.take()
            if let failure = written.failure {
                for case let t? in temps { unlink(t.history); unlink(t.current) }
                throw failure
            }

            // 4. One flush for the whole batch, then the names (history first, as a save does).
            Self.flush(rootFD)
            let renamed = Slots<Bool>(count: batch.count)
            Self.parallel(batch.count) { i in
                guard let t = temps[i] else { return }
                let item = snapshot[i]
                let historyFile = historyPath + "/" + item.id + "/" + RevisionedCollection<Cooperation>.fileName(1)
                let currentFile = currentPath + "/" + item.id + ".json"
                if Foundation.rename(t.history, historyFile) != 0 {
                    renamed.fail(StoreError.io(operation: .rename, path: historyFile, code: errno)); return
                }
                if Foundation.rename(t.current, currentFile) != 0 {
                    renamed.fail(StoreError.io(operation: .rename, path: currentFile, code: errno)); return
                }
                renamed.set(i, true)
            }
            let done = renamed.take()
            for (i, item) in batch.enumerated() {
                guard done[i] == true, let t = temps[i] else { continue }
                var entry = item.entry
                entry.fileStamp = t.stamp
                entries[item.id] = entry
                result.inserted += 1
            }
            if let failure = renamed.failure {
                try? store.index.writeSnapshot(Array(entries.values), stamp: store.index.folderStamp())
                throw failure
            }
            start += size
            progress?(start - 1)
        }
        // The renames and new folders, then the index, once.
        Self.flush(rootFD)
        POSIX.syncFolder(files.currentFolder)
        POSIX.syncFolder(files.historyRoot)
        try store.index.writeSnapshot(Array(entries.values), stamp: store.index.folderStamp())
        return result
    }

    /// Writes `data` to a new file at `path` (0600, exclusive); returns its modification time
    /// (kept by the rename that follows), the stamp the index records.
    private static func writeNew(_ data: Data, path: String) throws(StoreError) -> Int64 {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, POSIX.fileMode)
        if fd < 0 { throw StoreError.io(operation: .write, path: path, code: errno) }
        var failure = POSIX.writeAll(fd, data)
        var st = stat()
        if failure == nil && fstat(fd, &st) != 0 { failure = errno }
        if close(fd) != 0 && failure == nil { failure = errno }
        if let failure {
            unlink(path)
            throw StoreError.io(operation: .write, path: path, code: failure)
        }
        #if canImport(Glibc)
        return Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec)
        #else
        return Int64(st.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(st.st_mtimespec.tv_nsec)
        #endif
    }

    /// Makes everything written to the store's file system durable: `syncfs` of the store where
    /// the C library has it, else `sync`.
    private static func flush(_ rootFD: Int32) {
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
    /// Fills the store with `count` generated cooperations, `make(n)` for n in 1...count, in
    /// batches written on every core with one flush each, and the index written once
    /// (`StoreBulkWriter`). The same store as `bulkInsert` of the same cooperations.
    @discardableResult
    public func bulkLoad(count: Int, batchSize: Int = 4000, make: @Sendable (Int) -> Cooperation,
                         progress: ((Int) -> Void)? = nil) throws(StoreError) -> BulkInsertResult {
        try writing { () throws(StoreError) -> BulkInsertResult in
            try StoreBulkWriter(store: self, batchSize: max(1, batchSize)).run(count: count, make: make, progress: progress)
        }
    }
}

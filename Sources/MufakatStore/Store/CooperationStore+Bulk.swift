#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import MufakatDomain

/// Result of a bulk insert.
public struct BulkInsertResult: Sendable, Hashable, Codable {
    /// Cooperations written (each as revision 1).
    public var inserted: Int
    /// Ids already in the store, left untouched.
    public var skipped: [String]
}

extension CooperationStore {
    /// Adds many new cooperations at once (the demo fill): each file is still written atomically
    /// (temp file and rename) as revision 1 with its history file, but without a fsync per file;
    /// one `sync` at the end makes everything durable, and the index is written once. Ids that
    /// already exist are skipped, never overwritten. `progress` is called every 1 000 items.
    @discardableResult
    public func bulkInsert<S: Sequence>(_ cooperations: S, progress: ((Int) -> Void)? = nil) throws(StoreError) -> BulkInsertResult
    where S.Element == Cooperation {
        try writing { () throws(StoreError) -> BulkInsertResult in
            let previous = index.load()
            var entries = try refreshIndexEntries(previous: previous).reduce(into: [String: IndexEntry]()) { $0[$1.id] = $1 }
            let affairs = Catalogues.shared.affairs
            let encoder = StoreClock.encoder()
            let author = options.author
            var result = BulkInsertResult(inserted: 0, skipped: [])
            try POSIX.makeFolder(cooperationFiles.currentFolder)
            try POSIX.makeFolder(cooperationFiles.historyRoot)
            var count = 0
            for cooperation in cooperations {
                count += 1
                if count % 1000 == 0 { progress?(count) }
                let id = cooperation.id
                guard Cooperation.isValidID(id) else { throw StoreError.invalidID(itemKind: Cooperation.itemKind, id: id) }
                let current = cooperationFiles.currentURL(id)
                if entries[id] != nil || POSIX.exists(current) {
                    result.skipped.append(id)
                    continue
                }
                let historyFolder = cooperationFiles.historyFolder(id)
                if POSIX.exists(historyFolder) {
                    // A revision there is a real cooperation (rebuilt at open or by check-store): never
                    // collide with it. A folder without one is what an interrupted run left: its stale
                    // temp files go and the id is written (issue 20, item 11).
                    if Self.holdsRevisions(historyFolder) {
                        result.skipped.append(id)
                        continue
                    }
                    AtomicFile.removeStaleTemps(in: historyFolder)
                }
                let record = RevisionRecord(revision: 1, previousSHA256: nil, savedAt: StoreClock.now(), savedBy: author, document: cooperation)
                var data: Data
                do { data = StoreJSON.tidy(try encoder.encode(record)); data.append(0x0A) } catch {
                    throw StoreError.invalidInput(path: relative(current), problem: StoreText.current.files.notEncodable("\(error)"))
                }
                try POSIX.makeFolder(cooperationFiles.historyFolder(id), sync: false)
                try AtomicFile.write(data, to: cooperationFiles.historyURL(id, 1), durability: .deferred)
                try AtomicFile.write(data, to: current, durability: .deferred)
                var info = record.info
                info.sha256 = DocumentDecoding.sha256(data)
                entries[id] = IndexEntry(cooperation: cooperation, info: info, fileStamp: POSIX.modificationTime(current) ?? 0, affairs: affairs)
                result.inserted += 1
            }
            // One flush for everything written above, then the folders.
            sync()
            POSIX.syncFolder(cooperationFiles.currentFolder)
            POSIX.syncFolder(cooperationFiles.historyRoot)
            try index.writeSnapshot(Array(entries.values), stamp: index.folderStamp())
            return result
        }
    }

    /// Whether a history folder holds any revision file (`000001.json`, `000002-1a2b3c4d.json`).
    static func holdsRevisions(_ folder: URL) -> Bool {
        ((try? POSIX.listFolder(folder)) ?? []).contains { !$0.hasPrefix(".") && $0.hasSuffix(".json") }
    }
}

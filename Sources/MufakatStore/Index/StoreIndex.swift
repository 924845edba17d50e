#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The snapshot file `index.json`.
struct IndexFile: Codable, Sendable {
    static let formatName = "mufakat-indeks"
    /// 2: entries carry `progress` (an index of version 1 is rebuilt from the files once).
    static let currentVersion = 2

    var format: String
    var version: Int
    /// Modification time (ns) of `cooperations/` when the snapshot was made.
    var folderStamp: Int64
    var builtAt: Date
    var entries: [IndexEntry]
}

/// One line of `index.log`: an entry added or replaced by a save since the last snapshot.
struct IndexLogLine: Codable, Sendable {
    var folderStamp: Int64
    var entry: IndexEntry
}

/// Indeks: `index.json` (a snapshot of every cooperation's summary) plus `index.log` (one line
/// per save since the snapshot). A save appends one line, so its cost does not grow with the
/// number of cooperations; the log is folded into a new snapshot once it is half the snapshot's
/// size (amortised constant). The index is derived data: when it is missing, unreadable, or the
/// `cooperations/` folder changed behind its back (its mtime differs from the recorded stamp),
/// it is refreshed, decoding only the files whose mtime changed.
struct StoreIndex {
    let root: URL
    /// The log is folded into the snapshot once it exceeds this size and half the snapshot's.
    var compactionMinimumBytes = 256 << 10
    var snapshotURL: URL { root.appendingPathComponent("index.json", isDirectory: false) }
    var logURL: URL { root.appendingPathComponent("index.log", isDirectory: false) }
    /// The compact index (`CompactIndex`), read before `index.json`.
    var compactURL: URL { root.appendingPathComponent("index.bin", isDirectory: false) }
    /// Whether `index.json` may stand in for a missing or damaged `index.bin`. Only for a store
    /// that cannot be written (its index cannot be rebuilt and kept): `index.json` carries no
    /// checksum, so elsewhere it is never read as the truth (issue 20, item 12).
    var trustsJSON = false
    var folderURL: URL { root.appendingPathComponent("cooperations") }

    /// What was read from disk.
    struct Loaded {
        /// Every entry, in id order (the order the snapshot is written in), the log applied.
        var sorted: [IndexEntry]
        /// The stamp of the last change the index knows about.
        var stamp: Int64?
        var snapshotBytes: Int
        var logBytes: Int

        /// The entries by id. Built on each call: bind it once.
        var entries: [String: IndexEntry] {
            var byID: [String: IndexEntry] = [:]
            byID.reserveCapacity(sorted.count)
            for e in sorted { byID[e.id] = e }
            return byID
        }
    }

    /// Reads snapshot and log. Nil when the snapshot is missing or unreadable.
    ///
    /// The snapshot is written in id order, so its entries are kept as read: no dictionary and
    /// no sort for the common case (issue 19). A log line replaces its entry in place (binary
    /// search); an id new since the snapshot is inserted at its place.
    func load() -> Loaded? { load(fromJSON: false) }

    /// `load()`, or with `fromJSON` what `index.json` and the log say (for `check-store`,
    /// which compares both with the files).
    func load(fromJSON: Bool) -> Loaded? {
        var snapshotBytes = 0
        var sorted: [IndexEntry]
        var stamp: Int64?
        if !fromJSON, case let .success(compact) = CompactIndex.open(compactURL), let entries = compact.entries() {
            sorted = entries
            stamp = compact.folderStamp
            snapshotBytes = compact.storage.count
        } else {
            // An old store (no index.bin yet), a damaged or newer one: rebuilt from the files,
            // unless the store cannot be written.
            guard trustsJSON || fromJSON, let file = loadJSON() else { return nil }
            sorted = file.entries
            stamp = file.folderStamp
            if !Self.isStrictlySorted(sorted) {
                // Written by another tool or by hand: sort, and keep the last of a repeated id.
                var byID: [String: IndexEntry] = [:]
                for e in sorted { byID[e.id] = e }
                sorted = byID.keys.sorted().map { byID[$0]! }
            }
        }
        var logBytes = 0
        for l in logLines(bytes: &logBytes) {
            let at = Self.position(of: l.entry.id, in: sorted)
            if at < sorted.count, sorted[at].id == l.entry.id {
                if sorted[at].revision > l.entry.revision { stamp = l.folderStamp; continue }
                sorted[at] = l.entry
            } else {
                sorted.insert(l.entry, at: at)
            }
            stamp = l.folderStamp
        }
        return Loaded(sorted: sorted, stamp: stamp, snapshotBytes: snapshotBytes, logBytes: logBytes)
    }

    /// `index.json` as written (no checks against the files).
    func loadJSON() -> IndexFile? {
        guard let data = try? POSIX.readFile(snapshotURL, limit: 1 << 31),
              let file = IndexReader.snapshot(data) ?? (try? StoreClock.decoder().decode(IndexFile.self, from: data)),
              file.format == IndexFile.formatName, file.version == IndexFile.currentVersion else { return nil }
        return file
    }

    /// The readable lines of `index.log`, in order. A torn last line (a save killed mid-append)
    /// is skipped; the stamp check catches it.
    func logLines(bytes: inout Int) -> [IndexLogLine] {
        guard let log = try? POSIX.readFile(logURL, limit: 1 << 31) else { return [] }
        bytes = log.count
        let decoder = StoreClock.decoder()
        return log.split(separator: 0x0A, omittingEmptySubsequences: true).compactMap { line in
            IndexReader.logLine(line) ?? (try? decoder.decode(IndexLogLine.self, from: Data(line)))
        }
    }

    /// The listing rows of `index.bin` with the log laid over them, without decoding an entry
    /// (`mufakat list`). Nil when `index.bin` is missing, damaged or newer.
    func loadRows() -> IndexRows? {
        guard case let .success(compact) = CompactIndex.open(compactURL) else { return nil }
        var stamp: Int64? = compact.folderStamp
        var bytes = 0
        var latest: [String: IndexEntry] = [:]
        for l in logLines(bytes: &bytes) {
            stamp = l.folderStamp
            if let old = latest[l.entry.id], old.revision > l.entry.revision { continue }
            latest[l.entry.id] = l.entry
        }
        let overlayEntries = latest.keys.sorted().map { latest[$0]! }
        guard let bytes = try? CompactIndex.encode(overlayEntries, stamp: stamp ?? 0),
              case let .success(overlay) = CompactIndex.read(bytes) else { return nil }
        return IndexRows(base: compact, overlay: overlay, stamp: stamp)
    }

    /// Rows for entries already in memory (a store whose index could not be written).
    static func rows(_ entries: [IndexEntry], stamp: Int64?) -> IndexRows? {
        let ordered = isStrictlySorted(entries) ? entries : entries.sorted { $0.id < $1.id }
        guard let bytes = try? CompactIndex.encode(ordered, stamp: stamp ?? 0),
              case let .success(overlay) = CompactIndex.read(bytes) else { return nil }
        return IndexRows(base: nil, overlay: overlay, stamp: stamp)
    }

    static func isStrictlySorted(_ entries: [IndexEntry]) -> Bool {
        entries.withUnsafeBufferPointer { e in
            guard e.count > 1 else { return true }
            for i in 1..<e.count where !(e[i - 1].id < e[i].id) { return false }
            return true
        }
    }

    /// Where `id` is, or would be inserted, in entries sorted by id.
    static func position(of id: String, in sorted: [IndexEntry]) -> Int { CachedListing.position(of: id, in: sorted, \.id) }

    /// Current stamp of the `cooperations/` folder.
    func folderStamp() -> Int64 { POSIX.modificationTime(folderURL) ?? 0 }

    /// Writes a new snapshot and empties the log (caller holds the store lock).
    func writeSnapshot(_ entries: [IndexEntry], stamp: Int64) throws(StoreError) {
        // Valid JSON with one entry per line: readable, and about half the size of fully pretty output.
        let encoder = StoreIndex.lineEncoder()
        var data = Data()
        data.append(contentsOf: Array("{\n  \"builtAt\" : \"\(StoreClock.iso(StoreClock.now()))\",\n  \"entries\" : [".utf8))
        var ordered = entries
        if !Self.isStrictlySorted(entries) {
            var byID: [String: IndexEntry] = [:]
            for e in entries { byID[e.id] = e }
            ordered = byID.keys.sorted().map { byID[$0]! }
        }
        do {
            for (i, entry) in ordered.enumerated() {
                data.append(contentsOf: Array((i == 0 ? "\n    " : ",\n    ").utf8))
                data.append(try encoder.encode(entry))
            }
        } catch {
            throw StoreError.io(operation: .write, path: snapshotURL.path, code: EINVAL)
        }
        data.append(contentsOf: Array((entries.isEmpty ? "],\n" : "\n  ],\n").utf8))
        data.append(contentsOf: Array("  \"folderStamp\" : \(stamp),\n  \"format\" : \"\(IndexFile.formatName)\",\n  \"version\" : \(IndexFile.currentVersion)\n}\n".utf8))
        // index.bin first: until the log is emptied below, the old index.bin with the whole log
        // still describes the store, so a crash between the two writes loses nothing.
        let compact: [UInt8]
        do { compact = try CompactIndex.encode(ordered, stamp: stamp) } catch {
            throw StoreError.io(operation: .write, path: compactURL.path, code: EFBIG)
        }
        try AtomicFile.write(Data(compact), to: compactURL)
        try AtomicFile.write(data, to: snapshotURL)
        if POSIX.exists(logURL) { try AtomicFile.write(Data(), to: logURL) }
    }

    /// Appends one line for a save (caller holds the store lock), folding the log into a new
    /// snapshot when it has grown to half the snapshot's size.
    func append(_ entry: IndexEntry, stamp: Int64) throws(StoreError) {
        let encoder = StoreIndex.lineEncoder()
        var line: Data
        do { line = try encoder.encode(IndexLogLine(folderStamp: stamp, entry: entry)) } catch {
            throw StoreError.io(operation: .write, path: logURL.path, code: EINVAL)
        }
        line.append(0x0A)
        // O_NOFOLLOW: never append through an index.log planted as a symlink; the index is
        // derived, so the link is moved to quarantine and a fresh log started (issue 20).
        var fd = open(logURL.path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC | O_NOFOLLOW, POSIX.fileMode)
        if fd < 0, errno == ELOOP {
            _ = try Quarantine(root: logURL.deletingLastPathComponent()).move(logURL, reason: "index.log adalah tautan simbolik; diganti dengan berkas biasa")
            fd = open(logURL.path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC | O_NOFOLLOW, POSIX.fileMode)
        }
        if fd < 0 { throw StoreError.io(operation: .write, path: logURL.path, code: errno) }
        var failure: Int32?
        var st = stat()
        if fstat(fd, &st) == 0, st.st_size > 0 {
            // Finish a line torn by a crash so the new one starts clean.
            var last: UInt8 = 0
            if pread(fd, &last, 1, st.st_size - 1) == 1, last != 0x0A { line.insert(0x0A, at: 0) }
        }
        line.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 { if errno == EINTR { continue }; failure = errno; return }
                offset += n
            }
        }
        if failure == nil, fsync(fd) != 0 { failure = errno }
        let logSize = Int(st.st_size) + line.count
        close(fd)
        if let failure { throw StoreError.io(operation: .write, path: logURL.path, code: failure) }
        let snapshotSize = Int(StoreIndex.fileSize(compactURL) ?? StoreIndex.fileSize(snapshotURL) ?? 0)
        if logSize > max(compactionMinimumBytes, snapshotSize / 2) {
            if let loaded = load() { try writeSnapshot(loaded.sorted, stamp: loaded.stamp ?? stamp) }
        }
    }

    /// Compact JSON with sorted keys, for one line of the index or its log.
    static func lineEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }

    static func fileSize(_ url: URL) -> Int64? {
        var st = stat()
        guard stat(url.path, &st) == 0 else { return nil }
        return Int64(st.st_size)
    }
}

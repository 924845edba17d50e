#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import MufakatDomain

/// Indeks ringkas: the file `index.bin`, the index read without parsing (issue 19).
///
/// Written next to `index.json` each time the snapshot is written (same atomic rename, same
/// lock); read with one `mmap`. Layout (little-endian, see `docs/format.md`):
///
/// ```
/// header   64 bytes   magic "MFKINDEX", version, record size, count, folder stamp,
///                     strings length, entries length, rows checksum, entries checksum
/// records  count × 80 fixed-size records, in id order (version 2: with the list's facts)
/// strings  id, title and pre-folded search text of every record
/// entries  the full entry of every record as one line of JSON (as in index.json)
/// ```
///
/// A listing reads the header, the records and the strings only; the entries region is read
/// when a screen needs whole entries. Each region has its own checksum, so an edited file
/// (timestamps intact or not) is seen as damaged and rebuilt from the files: the index is never
/// trusted blindly (issue 20, item 12). The checksum detects edits and damage, not a forger who
/// recomputes it: `check-store` compares every row with its file.
public struct CompactIndex: @unchecked Sendable {
    static let magic: [UInt8] = Array("MFKINDEX".utf8)
    /// Version 3 differs from 2 only in its checksum (`laneChecksum`, four times as fast as
    /// the serial one on the same bytes): both are read, only 3 is written.
    static let currentVersion: UInt32 = 3
    static let headerSize = 64
    /// Version 1 had 56 bytes (no list facts); such a file is rebuilt, like a damaged one.
    static let recordSize = 80
    /// Marks "no expiry date" in a record.
    static let noDate = Int32.min

    /// Why a file could not be used.
    public enum Problem: Error, Equatable, Sendable {
        case missing
        case newerVersion(UInt32)
        /// Written by an older Mufakat (version 1 has no list facts): rebuilt from the files.
        case olderVersion(UInt32)
        case damaged(String)
    }

    final class Storage: @unchecked Sendable {
        let base: UnsafeRawPointer?
        let count: Int
        private let mapped: Bool
        private let owned: UnsafeMutableRawPointer?

        init(mapped base: UnsafeRawPointer, count: Int) {
            self.base = base; self.count = count; mapped = true; owned = nil
        }

        init(bytes: [UInt8]) {
            let p = UnsafeMutableRawPointer.allocate(byteCount: max(bytes.count, 1), alignment: 8)
            bytes.withUnsafeBytes { if let b = $0.baseAddress { p.copyMemory(from: b, byteCount: $0.count) } }
            base = UnsafeRawPointer(p); count = bytes.count; mapped = false; owned = p
        }

        var buffer: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: base, count: count) }

        /// Maps the file's first `length` bytes (header, records, strings: what a listing reads)
        /// in one call (`MADV_POPULATE_READ`, Linux 5.14) instead of one page fault per 64 KiB
        /// as the checksum walks them; the entries region stays unmapped until a screen needs it.
        /// Only a hint: on an older kernel the call fails and the pages fault in as before.
        func prefault(upTo length: Int) {
            #if os(Linux)
            guard mapped, let base, length > 0 else { return }
            _ = madvise(UnsafeMutableRawPointer(mutating: base), min(length, count), 22 /* MADV_POPULATE_READ */)
            #endif
        }

        deinit {
            if mapped, let base { munmap(UnsafeMutableRawPointer(mutating: base), count) }
            owned?.deallocate()
        }
    }

    let storage: Storage
    public let count: Int
    public let folderStamp: Int64
    let stringsStart: Int
    let entriesStart: Int
    let entriesLength: Int
    let entriesChecksum: UInt64
    /// The file's version (2 or 3): which checksum it carries.
    let version: UInt32

    // MARK: Reading

    /// Maps `url` and checks its header, bounds, order and rows checksum.
    static func open(_ url: URL) -> Result<CompactIndex, Problem> {
        let fd = posixOpen(url.path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        if fd < 0 { return .failure(errno == ENOENT ? .missing : .damaged(StoreText.current.opening.indexUnopenable(errno))) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return .failure(.damaged(StoreText.current.opening.indexNotPlain)) }
        let size = Int(st.st_size)
        guard size >= headerSize else { return .failure(.damaged(StoreText.current.opening.indexTooShort)) }
        guard let p = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), p != MAP_FAILED else {
            return .failure(.damaged(StoreText.current.opening.indexUnmappable(errno)))
        }
        return parse(Storage(mapped: UnsafeRawPointer(p), count: size))
    }

    /// Reads bytes already in memory (an overlay built from `index.log`, tests).
    static func read(_ bytes: [UInt8]) -> Result<CompactIndex, Problem> { parse(Storage(bytes: bytes)) }

    private static func parse(_ storage: Storage) -> Result<CompactIndex, Problem> {
        let b = storage.buffer
        guard b.count >= headerSize, Array(b[0..<8]) == magic else { return .failure(.damaged(StoreText.current.opening.indexBadMagic)) }
        let version: UInt32 = b.u32(8)
        guard version <= currentVersion else { return .failure(.newerVersion(version)) }
        guard version >= 2, Int(b.u32(12) as UInt32) == recordSize else {
            return .failure(version < 2 ? .olderVersion(version) : .damaged("versi \(version) tidak dikenal"))
        }
        let count64 = b.u64(16), strings64 = b.u64(32), entries64 = b.u64(40)
        guard count64 < UInt64(Int32.max), strings64 < UInt64(Int.max / 4), entries64 < UInt64(Int.max / 4) else {
            return .failure(.damaged(StoreText.current.opening.indexBadSizes))
        }
        let count = Int(count64), stringsLength = Int(strings64), entriesLength = Int(entries64)
        let stringsStart = headerSize + count * recordSize
        let entriesStart = stringsStart + stringsLength
        guard entriesStart + entriesLength == b.count else { return .failure(.damaged(StoreText.current.opening.indexBadLength)) }
        storage.prefault(upTo: entriesStart)
        guard checksum(UnsafeRawBufferPointer(rebasing: b[headerSize..<entriesStart]), version: version) == b.u64(48) else {
            return .failure(.damaged(StoreText.current.opening.indexBadChecksum))
        }
        let index = CompactIndex(storage: storage, count: count, folderStamp: Int64(bitPattern: b.u64(24)),
                                 stringsStart: stringsStart, entriesStart: entriesStart, entriesLength: entriesLength,
                                 entriesChecksum: b.u64(56), version: version)
        // Every reference inside its region, ids strictly ascending (the merge with the log relies on it).
        var previous: UnsafeRawBufferPointer?
        for i in 0..<count {
            let r = headerSize + i * recordSize
            for field in 0..<3 {
                let off = Int(b.u32(r + field * 8) as UInt32), len = Int(b.u32(r + field * 8 + 4) as UInt32)
                guard off + len <= stringsLength else { return .failure(.damaged(StoreText.current.opening.indexStringOutside)) }
            }
            guard Int(b.u32(r + 24) as UInt32) + Int(b.u32(r + 28) as UInt32) <= entriesLength else {
                return .failure(.damaged(StoreText.current.opening.indexEntryOutside))
            }
            guard b[r + 36] < UInt8(CooperationKind.allCases.count), b[r + 37] < UInt8(CooperationStatus.stored.count),
                  b[r + 38] == 0xFF || b[r + 38] < UInt8(StageSection.allCases.count) else {
                return .failure(.damaged(StoreText.current.opening.indexUnknownCode))
            }
            let id = index.string(r, 0)
            if let previous, compare(previous, id) >= 0 { return .failure(.damaged(StoreText.current.opening.indexNotSorted)) }
            previous = id
        }
        return .success(index)
    }

    /// Every full entry, in id order; nil when the entries region fails its checksum or a line
    /// does not read.
    func entries() -> [IndexEntry]? {
        let b = storage.buffer
        let region = UnsafeRawBufferPointer(rebasing: b[entriesStart..<(entriesStart + entriesLength)])
        guard Self.checksum(region, version: version) == entriesChecksum else { return nil }
        var out: [IndexEntry] = []
        out.reserveCapacity(count)
        let decoder = StoreClock.decoder()
        var interner = EntryInterner()  // repeated values kept once (issue 19, memory)
        for i in 0..<count {
            let r = Self.headerSize + i * Self.recordSize
            let off = Int(b.u32(r + 24) as UInt32), len = Int(b.u32(r + 28) as UInt32)
            let line = UnsafeRawBufferPointer(rebasing: region[off..<(off + len)])
            var s = JSONScan(line)
            if var e = try? s.indexEntry() { interner.share(&e); out.append(e); continue }
            guard var e = try? decoder.decode(IndexEntry.self, from: Data(line)) else { return nil }
            interner.share(&e)
            out.append(e)
        }
        return out
    }

    /// One listing row (valid while this index is alive).
    func row(_ i: Int) -> IndexRow {
        let b = storage.buffer
        let r = Self.headerSize + i * Self.recordSize
        return IndexRow(id: string(r, 0), title: string(r, 1), searchText: string(r, 2),
                        kind: CooperationKind.allCases[Int(b[r + 36])],
                        status: CooperationStatus.stored[Int(b[r + 37])],
                        currentStage: b[r + 38] == 0xFF ? nil : StageSection.allCases[Int(b[r + 38])],
                        expiryDay: b.i32(r + 32), fileStamp: Int64(bitPattern: b.u64(r + 40)),
                        revision: Int(Int64(bitPattern: b.u64(r + 48))),
                        facts: ListFacts(record: b, at: r), index: self, entryAt: r + 24)
    }

    /// The whole entry of the record at byte offset `record` (its line in the entries region),
    /// decoded alone: for the few rows a screen shows before the whole list is read. Nil when
    /// the line does not read. The region's checksum is not checked here (`entries()` does).
    func entry(record r: Int) -> IndexEntry? {
        let b = storage.buffer
        let off = Int(b.u32(r) as UInt32), len = Int(b.u32(r + 4) as UInt32)
        guard entriesStart + off + len <= b.count else { return nil }
        let line = UnsafeRawBufferPointer(rebasing: b[(entriesStart + off)..<(entriesStart + off + len)])
        var s = JSONScan(line)
        if let e = try? s.indexEntry() { return e }
        return try? StoreClock.decoder().decode(IndexEntry.self, from: Data(line))
    }

    /// The id, the folded search text and the revision of record `i`, without making its row.
    func id(_ i: Int) -> UnsafeRawBufferPointer { string(Self.headerSize + i * Self.recordSize, 0) }
    func searchText(_ i: Int) -> UnsafeRawBufferPointer { string(Self.headerSize + i * Self.recordSize, 2) }
    func revision(_ i: Int) -> Int { Int(Int64(bitPattern: storage.buffer.u64(Self.headerSize + i * Self.recordSize + 48))) }

    private func string(_ record: Int, _ field: Int) -> UnsafeRawBufferPointer {
        let b = storage.buffer
        let off = Int(b.u32(record + field * 8) as UInt32), len = Int(b.u32(record + field * 8 + 4) as UInt32)
        return UnsafeRawBufferPointer(rebasing: b[(stringsStart + off)..<(stringsStart + off + len)])
    }

    // MARK: Writing

    /// The file for `entries` (sorted by id, unique) and the folder stamp.
    static func encode(_ entries: [IndexEntry], stamp: Int64) throws -> [UInt8] {
        let encoder = StoreIndex.lineEncoder()
        var records = [UInt8](); records.reserveCapacity(entries.count * recordSize)
        var strings = [UInt8](); strings.reserveCapacity(entries.count * 160)
        var lines = [UInt8](); lines.reserveCapacity(entries.count * 900)
        func add(_ bytes: some Collection<UInt8>, to region: inout [UInt8]) -> (UInt32, UInt32) {
            let at = region.count
            region.append(contentsOf: bytes)
            return (UInt32(at), UInt32(bytes.count))
        }
        for e in entries {
            var parts: [(UInt32, UInt32)] = []
            parts.append(add(e.id.utf8, to: &strings))
            parts.append(add(e.title.utf8, to: &strings))
            parts.append(add(searchText(e), to: &strings))
            parts.append(add(try encoder.encode(e), to: &lines))
            for (off, len) in parts { records.appendLE(off); records.appendLE(len) }
            records.appendLE(UInt32(bitPattern: e.expiryDate.map { Int32(clamping: $0.dayNumber) } ?? noDate))
            records.append(UInt8(CooperationKind.allCases.firstIndex(of: e.kind)!))
            records.append(UInt8(CooperationStatus.stored.firstIndex(of: e.status == .expired ? .active : e.status)!))
            records.append(e.currentStage.map { UInt8(StageSection.allCases.firstIndex(of: $0)!) } ?? 0xFF)
            records.append(0)
            records.appendLE(UInt64(bitPattern: e.fileStamp))
            records.appendLE(UInt64(bitPattern: Int64(e.revision)))
            ListFacts(entry: e).append(to: &records)
        }
        guard strings.count < Int(UInt32.max), lines.count < Int(UInt32.max) else { throw StoreError.io(operation: .write, path: "index.bin", code: EFBIG) }
        var out = [UInt8](); out.reserveCapacity(headerSize + records.count + strings.count + lines.count)
        out.append(contentsOf: magic)
        out.appendLE(currentVersion)
        out.appendLE(UInt32(recordSize))
        out.appendLE(UInt64(entries.count))
        out.appendLE(UInt64(bitPattern: stamp))
        out.appendLE(UInt64(strings.count))
        out.appendLE(UInt64(lines.count))
        let rowsSum = (records + strings).withUnsafeBytes { laneChecksum($0) }
        out.appendLE(rowsSum)
        out.appendLE(lines.withUnsafeBytes { laneChecksum($0) })
        out.append(contentsOf: records)
        out.append(contentsOf: strings)
        out.append(contentsOf: lines)
        return out
    }

    /// The searchable fields, each folded (lowercase, no accents), one per line: what
    /// `IndexEntry.matches(search:)` looks in. A needle never holds a line break, so a match
    /// never spans two fields.
    static func searchText(_ e: IndexEntry) -> [UInt8] {
        var fields = [e.id, e.title, e.affairCode, e.affairName, e.kind.label]
        fields += e.parties; fields += e.regionCodes; fields += e.documentNumbers
        var out: [UInt8] = []
        for (i, f) in fields.enumerated() {
            if i > 0 { out.append(0x0A) }
            out.append(contentsOf: IndexEntry.fold(f))
        }
        return out
    }

    // MARK: Support

    /// A fast 64-bit hash over 8-byte words (not cryptographic: it detects edits and damage).
    static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(bytes.count)
        let k: UInt64 = 0x9E37_79B9_7F4A_7C15
        var i = 0
        let n = bytes.count
        while i + 8 <= n {
            h = (h ^ bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self).littleEndian) &* k
            h ^= h >> 29
            i += 8
        }
        while i < n { h = (h ^ UInt64(bytes[i])) &* k; h ^= h >> 29; i += 1 }
        return h
    }

    /// The checksum a file of `version` carries: `checksum` in version 2, `laneChecksum` after.
    static func checksum(_ bytes: UnsafeRawBufferPointer, version: UInt32) -> UInt64 {
        version >= 3 ? laneChecksum(bytes) : checksum(bytes)
    }

    /// Version 3's checksum: the step of `checksum` on four lanes of 8-byte words (word i on
    /// lane i mod 4, each lane seeded apart), the lanes then folded into one with the same step,
    /// and the words and bytes after the last 32-byte block as in `checksum`. Each step is a
    /// bijection of the state for a fixed word and of the word for a fixed state, so a change in
    /// any one word always changes the result. The serial step waits on each multiplication;
    /// four lanes keep the processor's multiplier busy (issue 19: `list` at 10,000 spent a
    /// quarter of its time in the serial checksum).
    static func laneChecksum(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        let k: UInt64 = 0x9E37_79B9_7F4A_7C15
        @inline(__always) func step(_ h: UInt64, _ word: UInt64) -> UInt64 {
            let x = (h ^ word) &* k
            return x ^ (x >> 29)
        }
        let seed: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(bytes.count)
        var h0 = seed, h1 = seed &+ k, h2 = seed &+ 2 &* k, h3 = seed &+ 3 &* k
        let n = bytes.count
        var i = 0
        while i + 32 <= n {
            h0 = step(h0, bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self).littleEndian)
            h1 = step(h1, bytes.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self).littleEndian)
            h2 = step(h2, bytes.loadUnaligned(fromByteOffset: i + 16, as: UInt64.self).littleEndian)
            h3 = step(h3, bytes.loadUnaligned(fromByteOffset: i + 24, as: UInt64.self).littleEndian)
            i += 32
        }
        var h = step(step(step(h0, h1), h2), h3)
        while i + 8 <= n {
            h = step(h, bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self).littleEndian)
            i += 8
        }
        while i < n { h = step(h, UInt64(bytes[i])); i += 1 }
        return h
    }

    static func compare(_ a: UnsafeRawBufferPointer, _ b: UnsafeRawBufferPointer) -> Int {
        let n = min(a.count, b.count)
        if n > 0, let pa = a.baseAddress, let pb = b.baseAddress {
            let c = memcmp(pa, pb, n)
            if c != 0 { return Int(c) }
        }
        return a.count - b.count
    }
}

/// Baris daftar: one cooperation as the compact index lists it. Its texts point into the
/// index's memory and are valid only while the `IndexRows` they came from is alive.
public struct IndexRow: @unchecked Sendable {
    /// UTF-8 bytes of the id, the title and the folded search text.
    public let id: UnsafeRawBufferPointer
    public let title: UnsafeRawBufferPointer
    public let searchText: UnsafeRawBufferPointer
    public let kind: CooperationKind
    public let status: CooperationStatus
    public let currentStage: StageSection?
    let expiryDay: Int32
    public let fileStamp: Int64
    public let revision: Int
    /// The list's facts (version 2): the default order and the reminders without the entry.
    public let facts: ListFacts
    let index: CompactIndex
    let entryAt: Int

    /// The whole entry, decoded from its line (only for the rows a screen shows).
    public func entry() -> IndexEntry? { index.entry(record: entryAt) }

    /// The day the cooperation stops running.
    public var expiryDate: CalendarDate? { expiryDay == CompactIndex.noDate ? nil : CalendarDate(dayNumber: Int(expiryDay)) }

    /// Days until expiry from `today` (negative once expired); nil without an expiry date.
    public func daysUntilExpiry(from today: CalendarDate) -> Int? {
        expiryDay == CompactIndex.noDate ? nil : Int(expiryDay) - today.dayNumber
    }

    /// Whether the cooperation is running but its term has passed (as `IndexEntry.isExpired`).
    public func isExpired(on today: CalendarDate) -> Bool {
        status == .active && expiryDay != CompactIndex.noDate && Int(expiryDay) < today.dayNumber
    }

    /// Whether the folded `needle` (`IndexEntry.searchNeedle`) occurs in the folded fields.
    public func matches(folded needle: [UInt8]) -> Bool {
        needle.withUnsafeBytes { FoldedSearch.occurs($0, in: searchText) }
    }
}

/// Daftar dari indeks ringkas: the rows of `index.bin` with the lines of `index.log` laid over
/// them, in id order, without decoding an entry or touching a cooperation file.
public struct IndexRows: Sendable {
    let base: CompactIndex?
    let overlay: CompactIndex
    /// The stamp of the last change the rows know about (the log's last line, else the header's).
    public let stamp: Int64?

    /// How many rows there are (the header's count, corrected by the log).
    public var count: Int {
        var n = 0
        forEach { _ in n += 1 }
        return n
    }

    /// Calls `body` with each row in id order. A log row replaces the base row of the same id
    /// unless it has an older revision.
    public func forEach(_ body: (IndexRow) throws -> Void) rethrows {
        let baseCount = base?.count ?? 0
        var i = 0, j = 0
        while i < baseCount || j < overlay.count {
            if j >= overlay.count { try body(base!.row(i)); i += 1; continue }
            let o = overlay.row(j)
            if i >= baseCount { try body(o); j += 1; continue }
            let r = base!.row(i)
            let c = CompactIndex.compare(r.id, o.id)
            if c < 0 { try body(r); i += 1 }
            else if c > 0 { try body(o); j += 1 }
            else { try body(o.revision >= r.revision ? o : r); i += 1; j += 1 }
        }
    }

    /// `forEach` over the rows whose folded search text holds `needle` (`IndexRow.matches`):
    /// the others are passed over on their id, revision and search text, without making their
    /// row (issue 19: a search at 10,000 made 10,000 rows to keep 181).
    public func forEach(matching needle: [UInt8], _ body: (IndexRow) throws -> Void) rethrows {
        try needle.withUnsafeBytes { folded in
            let baseCount = base?.count ?? 0
            var i = 0, j = 0
            func emit(_ index: CompactIndex, _ k: Int) throws {
                if FoldedSearch.occurs(folded, in: index.searchText(k)) { try body(index.row(k)) }
            }
            while i < baseCount || j < overlay.count {
                if j >= overlay.count { try emit(base!, i); i += 1; continue }
                if i >= baseCount { try emit(overlay, j); j += 1; continue }
                let c = CompactIndex.compare(base!.id(i), overlay.id(j))
                if c < 0 { try emit(base!, i); i += 1 }
                else if c > 0 { try emit(overlay, j); j += 1 }
                else {
                    if overlay.revision(j) >= base!.revision(i) { try emit(overlay, j) } else { try emit(base!, i) }
                    i += 1; j += 1
                }
            }
        }
    }

    /// Keeps the mapped memory alive while `body` uses rows taken out of `forEach`.
    public func withRows<T>(_ body: () throws -> T) rethrows -> T {
        try withExtendedLifetime(self) { try body() }
    }
}

private func posixOpen(_ path: String, _ flags: Int32) -> Int32 { open(path, flags) }

extension [UInt8] {
    mutating func appendLE(_ v: UInt32) { Swift.withUnsafeBytes(of: v.littleEndian) { append(contentsOf: $0) } }
    mutating func appendLE(_ v: UInt64) { Swift.withUnsafeBytes(of: v.littleEndian) { append(contentsOf: $0) } }
}

extension UnsafeRawBufferPointer {
    func u32(_ at: Int) -> UInt32 { UInt32(littleEndian: loadUnaligned(fromByteOffset: at, as: UInt32.self)) }
    func u64(_ at: Int) -> UInt64 { UInt64(littleEndian: loadUnaligned(fromByteOffset: at, as: UInt64.self)) }
    func i32(_ at: Int) -> Int32 { Int32(bitPattern: u32(at)) }
}

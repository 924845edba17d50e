#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import MufakatDomain

/// Tembolok pemetaan (mapping cache, `mappings.bin`): every stored mapping, already decoded, in
/// a compact binary form, so that `mapping matrix`, `mapping matches` and the meeting screens do
/// not decode 546 JSON files on every command (issue 19).
///
/// Derived and rebuildable, like `index.bin`: delete it freely. Each record carries the stamp
/// of the mapping file it was made from (size, modification and change times in nanoseconds,
/// inode); a record is used only while the file's `stat` still gives the same stamp, so a file
/// replaced or edited by another tool is decoded again; so is one changed in the same clock tick
/// as the cache was written (`holds`). The whole payload carries a checksum
/// (the one of `index.bin`): a damaged or hand-edited cache is ignored and rewritten. Layout
/// (little-endian; see `docs/format.md`):
///
///     0  magic "MFKMAPC1"   8  version (u32)   12  count (u32)   16  payload length (u64)
///     24 payload checksum (u64)   32 reserved (u64)   40  payload: `count` records in key order
struct MappingCache {
    static let fileName = "mappings.bin"
    static let magic: [UInt8] = Array("MFKMAPC1".utf8)
    static let version: UInt32 = 1
    static let headerSize = 40

    /// What identifies one state of a mapping file without reading it.
    struct Stamp: Hashable, Sendable {
        var size: Int64
        var modified: Int64
        var changed: Int64
        var inode: UInt64
    }

    struct Record: Sendable {
        var key: String
        var stamp: Stamp
        var stored: StoredMapping
    }

    /// The stamp of the file at `path`, nil when it cannot be read (missing, not a regular file).
    static func stamp(atPath path: String) -> Stamp? {
        var st = stat()
        guard stat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return nil }
        #if canImport(Glibc)
        let m = Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec)
        let c = Int64(st.st_ctim.tv_sec) * 1_000_000_000 + Int64(st.st_ctim.tv_nsec)
        #else
        let m = Int64(st.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(st.st_mtimespec.tv_nsec)
        let c = Int64(st.st_ctimespec.tv_sec) * 1_000_000_000 + Int64(st.st_ctimespec.tv_nsec)
        #endif
        return Stamp(size: Int64(st.st_size), modified: m, changed: c, inode: UInt64(st.st_ino))
    }

    // MARK: Reading

    /// The cache file of `root`: its records by key and when it was written (its modification
    /// time, ns); nil when it is missing, damaged or of another version (never trusted then).
    static func read(root: URL) -> (records: [String: Record], writtenAt: Int64)? {
        let url = root.appendingPathComponent(fileName)
        // The time first: a cache replaced in between only makes the test below stricter.
        guard let written = stamp(atPath: url.path), let data = try? POSIX.readFile(url),
              let records = decode(data) else { return nil }
        return (records, written.modified)
    }

    /// Whether `record` still describes the file whose stamp is `now`. A file changed in the
    /// same clock tick as the cache was written (file systems keep times in coarse ticks) could
    /// change again in that tick without changing its stamp: it is decoded again, as git does
    /// with a "racily clean" file.
    static func holds(_ record: Record, now: Stamp?, writtenAt: Int64) -> Bool {
        guard let now else { return false }
        return record.stamp == now && now.changed < writtenAt && now.modified < writtenAt
    }

    static func decode(_ data: Data) -> [String: Record]? {
        data.withUnsafeBytes { raw -> [String: Record]? in
            guard raw.count >= headerSize, Array(raw[0..<8]) == magic else { return nil }
            var head = Reader(raw)
            head.at = 8
            guard let version = head.u32(), version == Self.version, let count = head.u32(),
                  let length = head.u64(), let sum = head.u64(), UInt64(raw.count - headerSize) == length else { return nil }
            let payload = UnsafeRawBufferPointer(rebasing: raw[headerSize...])
            guard CompactIndex.checksum(payload) == sum else { return nil }
            var r = Reader(payload)
            var out: [String: Record] = [:]
            out.reserveCapacity(Int(count))
            for _ in 0..<count {
                guard let record = r.record(), out[record.key] == nil else { return nil }
                out[record.key] = record
            }
            return r.at == payload.count ? out : nil
        }
    }

    // MARK: Writing

    static func encode(_ records: [Record]) -> [UInt8] {
        var w = Writer()
        for record in records.sorted(by: { $0.key < $1.key }) { w.record(record) }
        var out: [UInt8] = magic
        out.reserveCapacity(headerSize + w.bytes.count)
        out.appendLE(version)
        out.appendLE(UInt32(records.count))
        out.appendLE(UInt64(w.bytes.count))
        out.appendLE(w.bytes.withUnsafeBytes { CompactIndex.checksum($0) })
        out.appendLE(UInt64(0))
        out.append(contentsOf: w.bytes)
        return out
    }

    /// Writes the cache atomically (temp file and rename). No fsync: it is derived, and a cache
    /// torn by a power cut fails its checksum and is rebuilt. Failures are ignored (the next
    /// reading decodes the files, as before).
    static func write(_ records: [Record], root: URL) {
        try? AtomicFile.write(Data(encode(records)), to: root.appendingPathComponent(fileName), durability: .deferred)
    }
}

// MARK: - Binary form

private struct Writer {
    var bytes: [UInt8] = []

    mutating func u8(_ v: UInt8) { bytes.append(v) }
    mutating func i64(_ v: Int64) { bytes.appendLE(UInt64(bitPattern: v)) }
    mutating func int(_ v: Int) { i64(Int64(v)) }
    mutating func string(_ s: String) {
        var s = s
        s.withUTF8 { utf8 in
            bytes.appendLE(UInt32(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }
    mutating func optional<T>(_ v: T?, _ body: (inout Writer, T) -> Void) {
        if let v { u8(1); body(&self, v) } else { u8(0) }
    }
    mutating func optString(_ s: String?) { optional(s) { $0.string($1) } }
    mutating func optInt(_ v: Int?) { optional(v) { $0.int($1) } }
    mutating func strings(_ list: [String]) {
        bytes.appendLE(UInt32(list.count))
        for s in list { string(s) }
    }
    mutating func date(_ d: CalendarDate) { int(d.year); int(d.month); int(d.day) }

    mutating func record(_ r: MappingCache.Record) {
        string(r.key)
        i64(r.stamp.size); i64(r.stamp.modified); i64(r.stamp.changed); bytes.appendLE(r.stamp.inode)
        let info = r.stored.info
        int(info.revision)
        bytes.appendLE(info.savedAt.timeIntervalSince1970.bitPattern)
        string(info.savedBy.user); string(info.savedBy.host); i64(Int64(info.savedBy.pid))
        string(info.sha256); optString(info.previousSHA256); optInt(info.restoredFrom)
        optInt(r.stored.migratedFrom)
        mapping(r.stored.document)
    }

    mutating func mapping(_ m: RegionMapping) {
        int(m.schemaVersion)
        string(m.regionCode)
        string(m.contact.name); string(m.contact.title); optString(m.contact.nip); optString(m.contact.appointmentDecree)
        bytes.appendLE(UInt32(m.entries.count))
        for e in m.entries {
            string(e.affairCode); optString(e.subAffairID); string(e.offer); string(e.need)
            strings(e.partnerRegions); strings(e.partnerThirdParties.map(\.rawValue))
            optString(e.intendedKind?.rawValue); optString(e.priority?.rawValue)
            optInt(e.targetYear); u8(e.inRPJMD ? 1 : 0); optInt(e.rkpdYear)
            optional(e.indicativeBudget) { $0.i64($1.value) }
            string(e.notes); optString(e.plannedCooperation)
        }
        optional(m.updatedOn) { $0.date($1) }
        optString(m.contactUnit); optString(m.contactPhone); optString(m.contactEmail)
    }
}

/// Reads what `Writer` wrote; every read is bounds-checked and gives nil past the end or on a
/// value that does not fit its type (the whole cache is then ignored).
private struct Reader {
    let raw: UnsafeRawBufferPointer
    var at = 0
    init(_ raw: UnsafeRawBufferPointer) { self.raw = raw }

    mutating func u8() -> UInt8? {
        guard at < raw.count else { return nil }
        defer { at += 1 }
        return raw[at]
    }
    mutating func u32() -> UInt32? {
        guard at + 4 <= raw.count else { return nil }
        defer { at += 4 }
        return UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: at, as: UInt32.self))
    }
    mutating func u64() -> UInt64? {
        guard at + 8 <= raw.count else { return nil }
        defer { at += 8 }
        return UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: at, as: UInt64.self))
    }
    mutating func i64() -> Int64? { u64().map { Int64(bitPattern: $0) } }
    mutating func int() -> Int? { i64().map { Int($0) } }
    mutating func bool() -> Bool? {
        switch u8() { case 0?: false; case 1?: true; default: nil }
    }
    mutating func string() -> String? {
        guard let n = u32().map(Int.init), at + n <= raw.count else { return nil }
        defer { at += n }
        return String(decoding: UnsafeRawBufferPointer(rebasing: raw[at..<(at + n)]), as: UTF8.self)
    }
    /// nil: unreadable; .some(nil): absent.
    mutating func optional<T>(_ body: (inout Reader) -> T?) -> T?? {
        switch u8() {
        case 0?: return .some(nil)
        case 1?: return body(&self).map { .some($0) } ?? nil
        default: return nil
        }
    }
    mutating func optString() -> String?? { optional { $0.string() } }
    mutating func optInt() -> Int?? { optional { $0.int() } }
    mutating func strings() -> [String]? {
        guard let n = u32().map(Int.init), n <= raw.count - at else { return nil }
        var out: [String] = []
        out.reserveCapacity(n)
        for _ in 0..<n { guard let s = string() else { return nil }; out.append(s) }
        return out
    }
    mutating func date() -> CalendarDate? {
        guard let y = int(), let m = int(), let d = int() else { return nil }
        return CalendarDate(year: y, month: m, day: d)
    }

    mutating func record() -> MappingCache.Record? {
        guard let key = string(), let size = i64(), let modified = i64(), let changed = i64(), let inode = u64(),
              let revision = int(), let savedAt = u64().map({ Date(timeIntervalSince1970: Double(bitPattern: $0)) }),
              let user = string(), let host = string(), let pid = i64(), let pid32 = Int32(exactly: pid),
              let sha = string(), let previous = optString(), let restoredFrom = optInt(), let migratedFrom = optInt(),
              let mapping = mapping() else { return nil }
        let info = RevisionInfo(revision: revision, savedAt: savedAt, savedBy: Author(user: user, host: host, pid: pid32),
                                sha256: sha, previousSHA256: previous, restoredFrom: restoredFrom)
        return MappingCache.Record(key: key, stamp: MappingCache.Stamp(size: size, modified: modified, changed: changed, inode: inode),
                                   stored: StoredMapping(document: mapping, info: info, migratedFrom: migratedFrom))
    }

    mutating func mapping() -> RegionMapping? {
        guard let schema = int(), let code = string(),
              let name = string(), let title = string(), let nip = optString(), let decree = optString(),
              let count = u32().map(Int.init), count <= raw.count - at else { return nil }
        var entries: [MappingEntry] = []
        entries.reserveCapacity(count)
        for _ in 0..<count {
            guard let affair = string(), let sub = optString(), let offer = string(), let need = string(),
                  let partners = strings(), let thirdRaw = strings(), let kindRaw = optString(), let priorityRaw = optString(),
                  let target = optInt(), let inRPJMD = bool(), let rkpd = optInt(),
                  let budgetRaw = optional({ $0.i64() }), let notes = string(), let planned = optString() else { return nil }
            var third: [LegalForm] = []
            for t in thirdRaw { guard let f = LegalForm(rawValue: t) else { return nil }; third.append(f) }
            var kind: CooperationKind?
            if let kindRaw { guard let k = CooperationKind(rawValue: kindRaw) else { return nil }; kind = k }
            var priority: MappingPriority?
            if let priorityRaw { guard let p = MappingPriority(rawValue: priorityRaw) else { return nil }; priority = p }
            var budget: Rupiah?
            if let budgetRaw { guard let b = Rupiah(budgetRaw) else { return nil }; budget = b }
            entries.append(MappingEntry(affairCode: affair, subAffairID: sub, offer: offer, need: need, partnerRegions: partners,
                                        partnerThirdParties: third, intendedKind: kind, priority: priority, targetYear: target,
                                        inRPJMD: inRPJMD, rkpdYear: rkpd, indicativeBudget: budget, notes: notes,
                                        plannedCooperation: planned))
        }
        guard let updatedOn = optional({ $0.date() }), let unit = optString(), let phone = optString(),
              let email = optString() else { return nil }
        var m = RegionMapping(regionCode: code, contact: Person(name: name, title: title, nip: nip, appointmentDecree: decree),
                              entries: entries, updatedOn: updatedOn, contactUnit: unit, contactPhone: phone, contactEmail: email)
        m.schemaVersion = schema
        return m
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import MufakatDomain

/// Reads `index.json` and the lines of `index.log` without `JSONDecoder`.
///
/// `JSONDecoder` costs 0.2–0.4 ms per index entry on Linux: seconds for a store of 10,000
/// cooperations, which made `mufakat list` and the home screen many times slower than reading
/// the file. This reader knows exactly the JSON that `StoreIndex` writes (any spacing, any key
/// order) and gives up (returns nil) on anything else: an unknown key, a null where a value is
/// required, a number with a fraction, a date in another form. The caller then decodes with
/// `JSONDecoder` as before, so the result is the same either way, only slower for a file this
/// reader does not know.
enum IndexReader {
    /// The whole snapshot, or nil when it is not exactly the shape `StoreIndex` writes.
    static func snapshot(_ data: Data) -> IndexFile? {
        data.withUnsafeBytes { raw -> IndexFile? in
            var s = JSONScan(raw)
            return try? s.indexFile()
        }
    }

    /// One line of `index.log`, or nil when it is not the shape `StoreIndex` writes.
    static func logLine<D: DataProtocol & ContiguousBytes>(_ line: D) -> IndexLogLine? {
        line.withUnsafeBytes { raw -> IndexLogLine? in
            var s = JSONScan(raw)
            return try? s.logLine()
        }
    }
}

/// A forward-only reader over UTF-8 JSON bytes. Every method throws `Unreadable` on anything
/// unexpected; nothing is partially returned.
struct JSONScan {
    struct Unreadable: Error {}

    private let bytes: UnsafeRawBufferPointer
    private var i = 0

    init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    // MARK: Documents of the index

    mutating func indexFile() throws -> IndexFile {
        var builtAt: Date?, entries: [IndexEntry]?, stamp: Int64?, format: String?, version: Int64?
        try object { key, s in
            switch key {
            case "builtAt": builtAt = try s.date()
            case "entries":
                var list: [IndexEntry] = []
                try s.array { s in list.append(try s.indexEntry()) }
                entries = list
            case "folderStamp": stamp = try s.integer()
            case "format": format = try s.string()
            case "version": version = try s.integer()
            default: throw Unreadable()
            }
        }
        try end()
        guard let builtAt, let entries, let stamp, let format, let version, let v = Int(exactly: version) else { throw Unreadable() }
        return IndexFile(format: format, version: v, folderStamp: stamp, builtAt: builtAt, entries: entries)
    }

    mutating func logLine() throws -> IndexLogLine {
        var entry: IndexEntry?, stamp: Int64?
        try object { key, s in
            switch key {
            case "entry": entry = try s.indexEntry()
            case "folderStamp": stamp = try s.integer()
            default: throw Unreadable()
            }
        }
        try end()
        guard let entry, let stamp else { throw Unreadable() }
        return IndexLogLine(folderStamp: stamp, entry: entry)
    }

    mutating func indexEntry() throws -> IndexEntry {
        var id: String?, title: String?, kind: CooperationKind?, parties: [String]?, regionCodes: [String]?
        var affairCode: String?, affairName: String?, currentStage: StageSection?, currentStageStatus: StageStatus?
        var status: CooperationStatus?, proposalDate: CalendarDate?, offerDate: CalendarDate?
        var memorandumSignedOn: CalendarDate?, agreementSignedOn: CalendarDate?, startDate: CalendarDate?
        var expiryDate: CalendarDate?, endedOn: CalendarDate?, documentNumbers: [String]?, totalFinancing: Rupiah?
        var hasUnbudgetedFinancing: Bool?, revision: Int64?, savedAt: Date?, savedBy: Author?, fileStamp: Int64?
        var progress: IndexProgress?
        try object { key, s in
            // Optional fields may be null (JSONEncoder leaves them out; a person may write null).
            if s.null() {
                guard JSONScan.optionalEntryKeys.contains(key) else { throw Unreadable() }
                return
            }
            switch key {
            case "id": id = try s.string()
            case "title": title = try s.string()
            case "kind": kind = try s.raw(CooperationKind.self)
            case "parties": parties = try s.strings()
            case "regionCodes": regionCodes = try s.strings()
            case "affairCode": affairCode = try s.string()
            case "affairName": affairName = try s.string()
            case "currentStage": currentStage = try s.raw(StageSection.self)
            case "currentStageStatus": currentStageStatus = try s.raw(StageStatus.self)
            case "status": status = try s.raw(CooperationStatus.self)
            case "proposalDate": proposalDate = try s.day()
            case "offerDate": offerDate = try s.day()
            case "memorandumSignedOn": memorandumSignedOn = try s.day()
            case "agreementSignedOn": agreementSignedOn = try s.day()
            case "startDate": startDate = try s.day()
            case "expiryDate": expiryDate = try s.day()
            case "endedOn": endedOn = try s.day()
            case "documentNumbers": documentNumbers = try s.strings()
            case "totalFinancing":
                guard let r = Rupiah(try s.integer()) else { throw Unreadable() }
                totalFinancing = r
            case "hasUnbudgetedFinancing": hasUnbudgetedFinancing = try s.bool()
            case "revision": revision = try s.integer()
            case "savedAt": savedAt = try s.date()
            case "savedBy": savedBy = try s.author()
            case "fileStamp": fileStamp = try s.integer()
            case "progress": progress = try s.indexProgress()
            default: throw Unreadable()  // a field this reader does not know: let JSONDecoder read it
            }
        }
        guard let id, let title, let kind, let parties, let regionCodes, let affairCode, let affairName, let status,
              let documentNumbers, let hasUnbudgetedFinancing, let revision, let rev = Int(exactly: revision),
              let savedAt, let savedBy, let fileStamp else { throw Unreadable() }
        return IndexEntry(id: id, title: title, kind: kind, parties: parties, regionCodes: regionCodes, affairCode: affairCode,
                          affairName: affairName, currentStage: currentStage, currentStageStatus: currentStageStatus, status: status,
                          proposalDate: proposalDate, offerDate: offerDate, memorandumSignedOn: memorandumSignedOn,
                          agreementSignedOn: agreementSignedOn, startDate: startDate, expiryDate: expiryDate, endedOn: endedOn,
                          documentNumbers: documentNumbers, totalFinancing: totalFinancing,
                          hasUnbudgetedFinancing: hasUnbudgetedFinancing, revision: rev, savedAt: savedAt, savedBy: savedBy,
                          fileStamp: fileStamp, progress: progress)
    }

    mutating func indexProgress() throws -> IndexProgress {
        var stages: [String: StageStatus]?, conditions: [String]?, awaiting: Bool?, deadline: CalendarDate?
        var requests: [IndexProgress.CouncilRequest]?, evaluations: [CalendarDate]?, undecided: [String]?
        try object { key, s in
            if s.null() {
                guard key == "offerResponseDeadline" else { throw Unreadable() }
                return
            }
            switch key {
            case "stages":
                var map: [String: StageStatus] = [:]
                map.reserveCapacity(12)  // the seven sections and a few added stages, without regrowing
                try s.object { k, s in map[k] = try s.raw(StageStatus.self) }
                stages = map
            case "conditions": conditions = try s.strings()
            case "undecided": undecided = try s.strings()
            case "offerAwaitingAnswer": awaiting = try s.bool()
            case "offerResponseDeadline": deadline = try s.day()
            case "councilRequests":
                var list: [IndexProgress.CouncilRequest] = []
                try s.array { s in
                    var party: String?, on: CalendarDate?
                    try s.object { k, s in
                        switch k {
                        case "party": party = try s.string()
                        case "requestedOn": on = try s.day()
                        default: throw Unreadable()
                        }
                    }
                    guard let party, let on else { throw Unreadable() }
                    list.append(IndexProgress.CouncilRequest(party: party, requestedOn: on))
                }
                requests = list
            case "evaluationDates":
                var list: [CalendarDate] = []
                try s.array { s in list.append(try s.day()) }
                evaluations = list
            default: throw Unreadable()
            }
        }
        guard let stages, let conditions, let awaiting, let requests, let evaluations else { throw Unreadable() }
        return IndexProgress(stages: stages, conditions: conditions, offerAwaitingAnswer: awaiting, offerResponseDeadline: deadline,
                             councilRequests: requests, evaluationDates: evaluations, undecided: undecided)
    }

    static let optionalEntryKeys: Set<String> = ["currentStage", "currentStageStatus", "proposalDate", "offerDate", "memorandumSignedOn",
                                                 "agreementSignedOn", "startDate", "expiryDate", "endedOn", "totalFinancing", "progress"]

    /// An author object (`user`, `host`, `pid`), each key once.
    mutating func author() throws -> Author {
        var user: String?, host: String?, pid: Int64?
        var keys: Set<String> = []
        try object { key, s in
            guard keys.insert(key).inserted else { throw Unreadable() }
            switch key {
            case "user": user = try s.string()
            case "host": host = try s.string()
            case "pid": pid = try s.integer()
            default: throw Unreadable()
            }
        }
        guard let user, let host, let pid, let p = Int32(exactly: pid) else { throw Unreadable() }
        return Author(user: user, host: host, pid: p)
    }

    // MARK: Values

    /// `{ "key" : value, ... }`, calling `member` with the scanner positioned on each value.
    mutating func object(_ member: (String, inout JSONScan) throws -> Void) throws {
        try expect(UInt8(ascii: "{"))
        if consume(UInt8(ascii: "}")) { return }
        repeat {
            let key = try string()
            try expect(UInt8(ascii: ":"))
            try member(key, &self)
        } while consume(UInt8(ascii: ","))
        try expect(UInt8(ascii: "}"))
    }

    mutating func array(_ element: (inout JSONScan) throws -> Void) throws {
        try expect(UInt8(ascii: "["))
        if consume(UInt8(ascii: "]")) { return }
        repeat { try element(&self) } while consume(UInt8(ascii: ","))
        try expect(UInt8(ascii: "]"))
    }

    mutating func strings() throws -> [String] {
        var out: [String] = []
        try array { s in out.append(try s.string()) }
        return out
    }

    mutating func raw<T: RawRepresentable>(_: T.Type) throws -> T where T.RawValue == String {
        guard let v = T(rawValue: try string()) else { throw Unreadable() }
        return v
    }

    mutating func null() -> Bool {
        skipSpace()
        guard i + 4 <= bytes.count, bytes[i] == UInt8(ascii: "n"), bytes[i + 1] == UInt8(ascii: "u"),
              bytes[i + 2] == UInt8(ascii: "l"), bytes[i + 3] == UInt8(ascii: "l") else { return false }
        i += 4
        return true
    }

    mutating func bool() throws -> Bool {
        skipSpace()
        if i + 4 <= bytes.count, bytes[i] == UInt8(ascii: "t"), bytes[i + 1] == UInt8(ascii: "r"),
           bytes[i + 2] == UInt8(ascii: "u"), bytes[i + 3] == UInt8(ascii: "e") { i += 4; return true }
        if i + 5 <= bytes.count, bytes[i] == UInt8(ascii: "f"), bytes[i + 1] == UInt8(ascii: "a"),
           bytes[i + 2] == UInt8(ascii: "l"), bytes[i + 3] == UInt8(ascii: "s"), bytes[i + 4] == UInt8(ascii: "e") { i += 5; return false }
        throw Unreadable()
    }

    /// A whole number; a fraction or an exponent is refused (the index writes none).
    mutating func integer() throws -> Int64 {
        skipSpace()
        var negative = false
        if i < bytes.count, bytes[i] == UInt8(ascii: "-") { negative = true; i += 1 }
        let start = i
        var value: Int64 = 0
        while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 {
            let (m, o1) = value.multipliedReportingOverflow(by: 10)
            let (a, o2) = m.addingReportingOverflow(Int64(bytes[i] - 0x30))
            guard !o1, !o2 else { throw Unreadable() }
            value = a
            i += 1
        }
        guard i > start else { throw Unreadable() }
        if i < bytes.count, [UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E")].contains(bytes[i]) { throw Unreadable() }
        return negative ? -value : value
    }

    mutating func string() throws -> String {
        skipSpace()
        guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { throw Unreadable() }
        i += 1
        let start = i
        var ascii = true
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") {
                let raw = UnsafeRawBufferPointer(rebasing: bytes[start..<i])
                i += 1
                if ascii { return String(decoding: raw, as: UTF8.self) }
                // Invalid UTF-8 is refused, as JSONDecoder refuses it.
                guard let s = String(validating: raw, as: UTF8.self) else { throw Unreadable() }
                return s
            }
            if b >= 0x80 { ascii = false }
            if b == UInt8(ascii: "\\") { return try escapedString(from: start) }
            if b < 0x20 { throw Unreadable() }
            i += 1
        }
        throw Unreadable()
    }

    /// The slow path of `string()`, from its first byte, once a backslash was seen.
    private mutating func escapedString(from start: Int) throws -> String {
        var out: [UInt8] = Array(UnsafeRawBufferPointer(rebasing: bytes[start..<i]))
        while i < bytes.count {
            let b = bytes[i]
            i += 1
            switch b {
            case UInt8(ascii: "\""):
                guard let s = String(validating: out, as: UTF8.self) else { throw Unreadable() }
                return s
            case UInt8(ascii: "\\"):
                guard let next = Self.unescape(bytes, at: i - 1, end: bytes.count, into: &out) else { throw Unreadable() }
                i = next
            default:
                if b < 0x20 { throw Unreadable() }
                out.append(b)
            }
        }
        throw Unreadable()
    }

    /// Decodes the escape sequence whose backslash is at `at` in `bytes` (up to `end`) into
    /// `out` as UTF-8; the index after it, nil when it is not a JSON escape or names no scalar
    /// (an unpaired surrogate). Shared by this scanner and `StrictJSONDecoder`.
    static func unescape<Bytes: RandomAccessCollection>(_ bytes: Bytes, at: Int, end: Int, into out: inout [UInt8]) -> Int?
    where Bytes.Element == UInt8, Bytes.Index == Int {
        guard at + 1 < end else { return nil }
        let e = bytes[at + 1]
        switch e {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "u"):
            guard var scalar = hex4(bytes, at: at + 2, end: end) else { return nil }
            var next = at + 6
            if (0xD800...0xDBFF).contains(scalar) {
                guard next + 1 < end, bytes[next] == UInt8(ascii: "\\"), bytes[next + 1] == UInt8(ascii: "u"),
                      let low = hex4(bytes, at: next + 2, end: end), (0xDC00...0xDFFF).contains(low) else { return nil }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                next += 6
            }
            guard let u = Unicode.Scalar(scalar), let encoded = UTF8.encode(u) else { return nil }
            out.append(contentsOf: encoded)
            return next
        default: return nil
        }
        return at + 2
    }

    /// The four hexadecimal digits at `at` in `bytes`, nil when they are not.
    private     static func hex4<Bytes: RandomAccessCollection>(_ bytes: Bytes, at: Int, end: Int? = nil) -> UInt32?
    where Bytes.Element == UInt8, Bytes.Index == Int {
        guard at >= bytes.startIndex, at + 4 <= (end ?? bytes.endIndex) else { return nil }
        var v: UInt32 = 0
        for k in at..<(at + 4) {
            let b = bytes[k]
            let d: UInt8
            switch b {
            case 0x30...0x39: d = b - 0x30
            case 0x41...0x46: d = b - 0x41 + 10
            case 0x61...0x66: d = b - 0x61 + 10
            default: return nil
            }
            v = v << 4 | UInt32(d)
        }
        return v
    }

    /// "2026-05-01" as the calendar date it names.
    mutating func day() throws -> CalendarDate {
        let s = try string()
        let u = Array(s.utf8)
        guard u.count == 10, u[4] == UInt8(ascii: "-"), u[7] == UInt8(ascii: "-"),
              let y = digits(u, 0, 4), let m = digits(u, 5, 2), let d = digits(u, 8, 2),
              let date = CalendarDate(year: y, month: m, day: d) else { throw Unreadable() }
        return date
    }

    /// "2026-05-01T10:20:30Z" (whole seconds, UTC: what the store's encoder writes).
    mutating func date() throws -> Date {
        let s = try string()
        let u = Array(s.utf8)
        guard u.count == 20, u[4] == UInt8(ascii: "-"), u[7] == UInt8(ascii: "-"), u[10] == UInt8(ascii: "T"),
              u[13] == UInt8(ascii: ":"), u[16] == UInt8(ascii: ":"), u[19] == UInt8(ascii: "Z"),
              let y = digits(u, 0, 4), let mo = digits(u, 5, 2), let d = digits(u, 8, 2),
              let h = digits(u, 11, 2), let mi = digits(u, 14, 2), let se = digits(u, 17, 2),
              CalendarDate(year: y, month: mo, day: d) != nil, h < 24, mi < 60, se < 60 else { throw Unreadable() }
        // Days from 1970-01-01 (the civil-from-days inverse, proleptic Gregorian).
        let yy = mo <= 2 ? y - 1 : y
        let era = (yy >= 0 ? yy : yy - 399) / 400
        let yoe = yy - era * 400
        let doy = (153 * (mo + (mo > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        let days = era * 146_097 + doe - 719_468
        return Date(timeIntervalSince1970: TimeInterval(days * 86_400 + h * 3_600 + mi * 60 + se))
    }

    private func digits(_ u: [UInt8], _ at: Int, _ count: Int) -> Int? {
        var v = 0
        for k in at..<(at + count) {
            guard u[k] >= 0x30, u[k] <= 0x39 else { return nil }
            v = v * 10 + Int(u[k] - 0x30)
        }
        return v
    }

    // MARK: Bytes

    private mutating func skipSpace() {
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
    }

    private mutating func consume(_ b: UInt8) -> Bool {
        skipSpace()
        guard i < bytes.count, bytes[i] == b else { return false }
        i += 1
        return true
    }

    private mutating func expect(_ b: UInt8) throws {
        guard consume(b) else { throw Unreadable() }
    }

    /// Only white space may follow the document.
    private mutating func end() throws {
        skipSpace()
        guard i == bytes.count else { throw Unreadable() }
    }

    /// Nothing but spacing left (the end of a whole document).
    mutating func finish() throws { try end() }
}

extension IndexEntry {
    /// Every field given (for `IndexReader`).
    init(id: String, title: String, kind: CooperationKind, parties: [String], regionCodes: [String], affairCode: String,
         affairName: String, currentStage: StageSection?, currentStageStatus: StageStatus?, status: CooperationStatus,
         proposalDate: CalendarDate?, offerDate: CalendarDate?, memorandumSignedOn: CalendarDate?,
         agreementSignedOn: CalendarDate?, startDate: CalendarDate?, expiryDate: CalendarDate?, endedOn: CalendarDate?,
         documentNumbers: [String], totalFinancing: Rupiah?, hasUnbudgetedFinancing: Bool, revision: Int, savedAt: Date,
         savedBy: Author, fileStamp: Int64, progress: IndexProgress?) {
        self.id = id; self.title = title; self.kind = kind; self.parties = parties; self.regionCodes = regionCodes
        self.affairCode = affairCode; self.affairName = affairName; self.currentStage = currentStage
        self.currentStageStatus = currentStageStatus; self.status = status; self.proposalDate = proposalDate
        self.offerDate = offerDate; self.memorandumSignedOn = memorandumSignedOn; self.agreementSignedOn = agreementSignedOn
        self.startDate = startDate; self.expiryDate = expiryDate; self.endedOn = endedOn; self.documentNumbers = documentNumbers
        self.totalFinancing = totalFinancing; self.hasUnbudgetedFinancing = hasUnbudgetedFinancing; self.revision = revision
        self.savedAt = savedAt; self.savedBy = savedBy; self.fileStamp = fileStamp; self.progress = progress
    }
}

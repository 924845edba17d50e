#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
@testable import MufakatStore
import MufakatDomain

/// Issue 19: the compact index `index.bin` (read, not parsed); issue 20 item 12: an edited index
/// with its timestamps intact is not shown as the truth.
@Suite struct CompactIndexTests {
    private func entries(_ n: Int, _ label: String = #function) throws -> [IndexEntry] {
        let store = try makeStore(label)
        let generator = DemoGenerator(seed: 3, referenceDate: CalendarDate(year: 2026, month: 1, day: 15)!)
        var odd = sampleCooperation(id: "ks-zz-aneh", title: "Kerja Sama Ñúñez \"kutip\" 漢字")
        odd.agreement.signing = Signing(date: CalendarDate(year: 2025, month: 1, day: 10), numbers: ["180/12/PKS/2025"])
        try store.bulkInsert(generator.cooperations(count: n) + [odd])
        return try store.list()
    }

    @Test func roundTripKeepsEveryEntryAndRow() throws {
        let list = try entries(60)
        let bytes = try CompactIndex.encode(list, stamp: 77)
        let index = try CompactIndex.read(bytes).get()
        #expect(index.count == list.count && index.folderStamp == 77)
        #expect(index.entries() == list)
        let rows = IndexRows(base: index, overlay: try CompactIndex.read(CompactIndex.encode([], stamp: 0)).get(), stamp: 77)
        var seen: [(String, String, CooperationStatus, StageSection?, CalendarDate?)] = []
        rows.forEach { r in
            seen.append((String(decoding: r.id, as: UTF8.self), String(decoding: r.title, as: UTF8.self), r.status, r.currentStage, r.expiryDate))
        }
        #expect(seen.map(\.0) == list.map(\.id))
        #expect(seen.map(\.1) == list.map(\.title))
        #expect(seen.map(\.2) == list.map(\.status))
        #expect(seen.map(\.3) == list.map(\.currentStage))
        #expect(seen.map(\.4) == list.map(\.expiryDate))
        // Version 2: each record's list facts and its own entry, read without the others.
        var facts: [ListFacts] = [], whole: [IndexEntry?] = []
        rows.forEach { facts.append($0.facts); whole.append($0.entry()) }
        #expect(facts == list.map(ListFacts.init(entry:)))
        #expect(whole == list.map { $0 })
        #expect(facts.contains { $0.startDay != nil } && facts.contains { $0.lastEvaluationYear != nil })
        #expect(facts.contains { $0.earliestCouncilRequestDay != nil } || facts.contains { $0.offerAwaitingAnswer })
        #expect(facts.allSatisfy { $0.known })
        // The folded search text finds what `IndexEntry.matches` finds.
        for needle in ["bogor", "ÑÚÑEZ", "nunez", "180/12", "ksdpk", "zzzz", "kota", "b", "bo", "z", "gor"] {
            let folded = IndexEntry.searchNeedle(needle)
            var hits: [String] = []
            rows.forEach { if $0.matches(folded: folded) { hits.append(String(decoding: $0.id, as: UTF8.self)) } }
            #expect(hits == list.filter { $0.matches(search: needle) }.map(\.id), "\(needle)")
        }
    }

    /// A search passes over rows before making them, and visits exactly the rows `forEach` gives
    /// whose search text holds the needle: with log rows over the base, newer and older ones,
    /// and rows only in the log.
    @Test func aSearchVisitsTheMatchingRowsOfBaseAndLog() throws {
        let list = try entries(40)
        var changed: [IndexEntry] = []
        for (n, e) in list.enumerated() where n % 5 == 0 {
            var c = e
            c.title = n % 10 == 0 ? "Diubah Bogor \(n)" : "Diubah \(n)"
            c.revision = n % 15 == 0 ? e.revision - 1 : e.revision + 1  // some older than the base
            changed.append(c)
        }
        var extra = list[0]
        extra.id = "ks-zzzz-baru"
        extra.title = "Hanya di log bogor"
        changed.append(extra)
        let rows = IndexRows(base: try CompactIndex.read(CompactIndex.encode(list, stamp: 1)).get(),
                             overlay: try CompactIndex.read(CompactIndex.encode(changed.sorted { $0.id < $1.id }, stamp: 2)).get(), stamp: 2)
        for needle in ["bogor", "diubah", "b", "zzzz", "ks-", "tidak-ada-di-mana-pun", "kota", "180/12"] {
            let folded = IndexEntry.searchNeedle(needle)
            var all: [String] = [], matching: [String] = [], titles: [String] = []
            rows.forEach { if $0.matches(folded: folded) { all.append(String(decoding: $0.id, as: UTF8.self)) } }
            rows.forEach(matching: folded) {
                matching.append(String(decoding: $0.id, as: UTF8.self)); titles.append(String(decoding: $0.title, as: UTF8.self))
            }
            #expect(matching == all, "\(needle)")
            if needle == "bogor" { #expect(titles.contains("Hanya di log bogor") && titles.contains("Diubah Bogor 10")) }
        }
    }

    @Test func anEditedOrNewerFileIsRefused() throws {
        let list = try entries(5)
        let bytes = try CompactIndex.encode(list, stamp: 1)
        // A title changed in place, same length: the rows checksum fails.
        var edited = bytes
        let title = Array(list[0].title.utf8)
        let at = try #require(firstRange(of: title, in: bytes))
        edited[at] ^= 0x01
        guard case .failure(.damaged) = CompactIndex.read(edited) else { Issue.record("edited rows accepted"); return }
        // A change in the entries region: rows still read, whole entries refused.
        var tail = bytes
        tail[tail.count - 5] ^= 0x01
        let index = try CompactIndex.read(tail).get()
        #expect(index.entries() == nil)
        // A newer version is never read.
        var newer = bytes
        newer[8] = 9
        #expect(CompactIndex.read(newer).failureValue == .newerVersion(9))
        // A version 1 file (56-byte records, no list facts) is not read either: it is rebuilt.
        var older = bytes
        older[8] = 1
        #expect(CompactIndex.read(older).failureValue == .olderVersion(1))
        #expect(CompactIndex.read(Array(bytes.prefix(70))).failureValue != nil)
    }

    /// A version 2 file (the serial checksum) is still read as it is, without a rebuild; version 3
    /// is what is written. Each version's checksum is checked as its own.
    @Test func aVersionTwoFileIsReadWithItsOwnChecksum() throws {
        let list = try entries(8)
        let bytes = try CompactIndex.encode(list, stamp: 5)
        #expect(bytes[8] == 3)
        var relabelled = bytes
        relabelled[8] = 2
        // Still carrying version 3's checksums, the file is refused as damaged.
        guard case .failure(.damaged) = CompactIndex.read(relabelled) else { Issue.record("wrong checksum accepted"); return }
        let two = Self.asVersionTwo(bytes)
        let rowsEnd = Self.rowsEnd(bytes)
        let index = try CompactIndex.read(two).get()
        #expect(index.entries() == list)
        #expect(index.count == list.count && index.folderStamp == 5)
        var edited = two
        edited[rowsEnd - 3] ^= 0x20
        guard case .failure(.damaged) = CompactIndex.read(edited) else { Issue.record("edited version 2 rows accepted"); return }
    }

    static func littleEndian(_ bytes: ArraySlice<UInt8>) -> Int { Int(bytes.reversed().reduce(0) { $0 << 8 | UInt64($1) }) }

    /// Where the records and strings of an index file end (the entries region begins).
    static func rowsEnd(_ bytes: [UInt8]) -> Int {
        CompactIndex.headerSize + littleEndian(bytes[16..<24]) * CompactIndex.recordSize + littleEndian(bytes[32..<40])
    }

    /// A version 3 file as version 2 wrote it: the same bytes, version 2 and the serial checksums.
    static func asVersionTwo(_ bytes: [UInt8]) -> [UInt8] {
        var two = bytes
        two[8] = 2
        let end = rowsEnd(bytes)
        let rows = bytes[CompactIndex.headerSize..<end].withUnsafeBytes { CompactIndex.checksum($0) }
        let lines = bytes[end...].withUnsafeBytes { CompactIndex.checksum($0) }
        for (offset, value) in [(48, rows), (56, lines)] {
            for b in 0..<8 { two[offset + b] = UInt8(truncatingIfNeeded: value >> (8 * UInt64(b))) }
        }
        return two
    }

    /// A store whose `index.bin` a version-2 Mufakat wrote opens without a rebuild, and its next
    /// save that folds the log writes version 3.
    @Test func aVersionTwoStoreOpensWithoutARebuild() throws {
        let store = try makeStore()
        try store.save(sampleCooperation(id: "ks-a", title: "Satu"), basedOn: nil)
        _ = try store.rebuildIndex(full: true)
        let bin = store.root.appendingPathComponent("index.bin")
        try Data(Self.asVersionTwo([UInt8](try Data(contentsOf: bin)))).write(to: bin)
        let fresh = try CooperationStore.open(at: store.root)
        #expect(try fresh.listRows().titles == ["Satu"])
        #expect(!fresh.takeNotices().contains { $0.kind == .indexRebuilt })
        #expect([UInt8](try Data(contentsOf: bin))[8] == 2)
        _ = try fresh.rebuildIndex(full: false)
        #expect([UInt8](try Data(contentsOf: bin))[8] == UInt8(CompactIndex.currentVersion))
        #expect(try CooperationStore.open(at: store.root).listRows().titles == ["Satu"])
    }

    /// Version 3's checksum changes when any one byte does, at every position of buffers of every
    /// length up to 100 bytes and of a larger one, and it differs from the serial checksum.
    @Test func theLaneChecksumSeesEveryChangedByte() {
        var generator = SystemRandomNumberGenerator()
        for length in Array(0...100) + [4_099] {
            var bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let original = bytes.withUnsafeBytes { CompactIndex.laneChecksum($0) }
            if length >= 8 { #expect(original != bytes.withUnsafeBytes { CompactIndex.checksum($0) }) }
            for i in 0..<length where length < 200 || i % 7 == 0 {
                let bit = UInt8(1) << UInt8.random(in: 0...7, using: &generator)
                bytes[i] ^= bit
                #expect(bytes.withUnsafeBytes { CompactIndex.laneChecksum($0) } != original, "\(length) \(i)")
                bytes[i] ^= bit
            }
        }
        // Its length is part of it: a buffer and the same with a zero byte more differ.
        #expect([UInt8](repeating: 0, count: 40).withUnsafeBytes { CompactIndex.laneChecksum($0) }
                != [UInt8](repeating: 0, count: 41).withUnsafeBytes { CompactIndex.laneChecksum($0) })
    }

    @Test func anIndexEditedWithItsTimestampsIntactIsRebuiltFromTheFiles() throws {
        let store = try makeStore()
        try store.save(sampleCooperation(id: "ks-a", title: "Judul Asli"), basedOn: nil)
        _ = try store.rebuildIndex(full: true)
        for name in ["index.json", "index.bin"] {
            let url = store.root.appendingPathComponent(name)
            var st = stat(); stat(url.path, &st)
            var bytes = try Data(contentsOf: url)
            let range = try #require(bytes.range(of: Data("Judul Asli".utf8)))
            bytes.replaceSubrange(range, with: Data("Judul Palu".utf8))
            try bytes.write(to: url)
            var times = [st.st_atim, st.st_mtim]
            #expect(utimensat(AT_FDCWD, url.path, &times, 0) == 0)
        }
        let fresh = try CooperationStore.open(at: store.root)
        #expect(try fresh.list().map(\.title) == ["Judul Asli"])
        #expect(try fresh.listRows().titles == ["Judul Asli"])
        #expect(fresh.takeNotices().contains { $0.kind == .indexRebuilt })
        #expect(!readText(store.root.appendingPathComponent("index.json")).contains("Judul Palu"))
    }

    @Test func rowsFollowSavesHereAndFilesAddedElsewhere() throws {
        let store = try makeStore()
        var a = sampleCooperation(id: "ks-a", title: "Satu")
        try store.save(a, basedOn: nil)
        try store.save(sampleCooperation(id: "ks-c", title: "Tiga"), basedOn: nil)
        _ = try store.rebuildIndex(full: true)
        a.title = "Satu baru"
        try store.save(a, basedOn: 1)  // one log line over index.bin
        try store.save(sampleCooperation(id: "ks-b", title: "Dua"), basedOn: nil)
        let reader = try CooperationStore.open(at: store.root)
        #expect(try reader.listRows().titles == ["Satu baru", "Dua", "Tiga"])
        #expect(try reader.listRows().titles == (try reader.list()).map(\.title))
        // Another tool brings a file in: the folder's mtime moves and the rows are refreshed.
        let other = try makeStore("other")
        try other.save(sampleCooperation(id: "ks-z", title: "Dari tempat lain"), basedOn: nil)
        try FileManager.default.copyItem(at: other.root.appendingPathComponent("cooperations/ks-z.json"),
                                         to: store.root.appendingPathComponent("cooperations/ks-z.json"))
        #expect(try CooperationStore.open(at: store.root).listRows().titles == ["Satu baru", "Dua", "Tiga", "Dari tempat lain"])
    }

    @Test func anOldStoreWithoutTheCompactIndexBuildsIt() throws {
        let store = try makeStore()
        try store.save(sampleCooperation(id: "ks-a", title: "Satu"), basedOn: nil)
        let bin = store.root.appendingPathComponent("index.bin")
        try FileManager.default.removeItem(at: bin)
        // Read-only: index.json (as older versions wrote it) stands in; nothing is written.
        let readOnly = try CooperationStore.open(at: store.root, readOnly: true)
        #expect(try readOnly.listRows().titles == ["Satu"])
        #expect(!POSIX.exists(bin))
        let fresh = try CooperationStore.open(at: store.root)
        #expect(try fresh.listRows().titles == ["Satu"])
        #expect(POSIX.exists(bin))
    }

    @Test func aVersionOneIndexIsRebuiltAsTheCurrentVersion() throws {
        let store = try makeStore()
        try store.save(sampleCooperation(id: "ks-a", title: "Satu"), basedOn: nil)
        _ = try store.rebuildIndex(full: true)
        let bin = store.root.appendingPathComponent("index.bin")
        var bytes = [UInt8](try Data(contentsOf: bin))
        #expect(bytes[8] == UInt8(CompactIndex.currentVersion))
        bytes[8] = 1  // as a Mufakat of format version 1 wrote it (its records were shorter)
        try Data(bytes).write(to: bin)
        let fresh = try CooperationStore.open(at: store.root)
        #expect(try fresh.listRows().titles == ["Satu"])
        #expect(try fresh.list().map(\.title) == ["Satu"])
        #expect([UInt8](try Data(contentsOf: bin))[8] == UInt8(CompactIndex.currentVersion))
        // Read-only, the old file is left as it is and index.json stands in.
        bytes[8] = 1
        try Data(bytes).write(to: bin)
        let readOnly = try CooperationStore.open(at: store.root, readOnly: true)
        #expect(try readOnly.listRows().titles == ["Satu"])
        #expect([UInt8](try Data(contentsOf: bin))[8] == 1)
    }

    @Test func theByteWiseKeyCheckAgreesWithTheIDRule() {
        let samples = ["ks-2026-00001", "a", "-a", "a-", "ks_a", "KS-a", "ks-é", "ks-١", "a\r\n", "", String(repeating: "a", count: 64),
                       String(repeating: "a", count: 65), "ks.a", "ks a", "ⅻ", "ks-2026-0001.json", "z9-0"]
        for s in samples { #expect(Cooperation.isValidKey(s) == Cooperation.isValidID(s), "\(s)") }
    }

    private func firstRange(of needle: [UInt8], in hay: [UInt8]) -> Int? {
        guard needle.count <= hay.count else { return nil }
        for i in 0...(hay.count - needle.count) where Array(hay[i..<(i + needle.count)]) == needle { return i }
        return nil
    }
}

extension IndexRows {
    var titles: [String] {
        var out: [String] = []
        forEach { out.append(String(decoding: $0.title, as: UTF8.self)) }
        return out
    }
}

extension Result {
    var failureValue: Failure? { if case let .failure(f) = self { return f }; return nil }
}

#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
@testable import MufakatStore
import MufakatDomain

@Suite struct IndexTests {
    @Test func listingReadsTheIndexNotTheFiles() throws {
        let store = try makeStore()
        try store.save(sampleCooperation(id: "ks-a", title: "Satu"), basedOn: nil)
        try store.save(sampleCooperation(id: "ks-b", title: "Dua"), basedOn: nil)
        #expect(try store.list().map(\.title) == ["Satu", "Dua"])
        // Overwrite a file in place (the folder's mtime does not move) and put its mtime back:
        // a listing that decoded files would now fail or show garbage.
        let url = store.root.appendingPathComponent("cooperations/ks-a.json")
        var st = stat(); stat(url.path, &st)
        let handle = try FileHandle(forWritingTo: url)
        try handle.write(contentsOf: Data("bukan json".utf8)); try handle.truncate(atOffset: 10); try handle.close()
        var times = [st.st_atim, st.st_mtim]
        utimensat(AT_FDCWD, url.path, &times, 0)
        let fresh = try CooperationStore.open(at: store.root)
        #expect(try fresh.list().map(\.title) == ["Satu", "Dua"])
        #expect(fresh.takeNotices().isEmpty)
        // check-store does read every file and finds it.
        #expect(!fresh.check().isHealthy)
    }

    @Test func aMissingIndexIsRebuiltWithANotice() throws {
        let store = try makeStore()
        try store.save(sampleCooperation(id: "ks-a"), basedOn: nil)
        try FileManager.default.removeItem(at: store.root.appendingPathComponent("index.bin"))
        try FileManager.default.removeItem(at: store.root.appendingPathComponent("index.json"))
        let fresh = try CooperationStore.open(at: store.root)
        #expect(try fresh.list().map(\.id) == ["ks-a"])
        #expect(fresh.takeNotices().contains { $0.kind == .indexRebuilt })
        #expect(POSIX.exists(store.root.appendingPathComponent("index.json")))
        #expect(POSIX.exists(store.root.appendingPathComponent("index.bin")))
    }

    @Test func aCorruptIndexIsRebuilt() throws {
        let store = try makeStore()
        try store.save(sampleCooperation(id: "ks-a"), basedOn: nil)
        try Data("MFKINDEX".utf8).write(to: store.root.appendingPathComponent("index.bin"))
        let fresh = try CooperationStore.open(at: store.root)
        #expect(try fresh.list().map(\.id) == ["ks-a"])
        #expect(fresh.takeNotices().contains { $0.kind == .indexRebuilt })
    }

    @Test func aFileAddedBehindTheIndexIsPickedUp() throws {
        let store = try makeStore()
        try store.save(sampleCooperation(id: "ks-a"), basedOn: nil)
        #expect(try store.list().count == 1)
        // Another tool (a sync client) brings a cooperation in.
        let other = try makeStore("other")
        try other.save(sampleCooperation(id: "ks-z", title: "Dari tempat lain"), basedOn: nil)
        try FileManager.default.copyItem(at: other.root.appendingPathComponent("cooperations/ks-z.json"),
                                         to: store.root.appendingPathComponent("cooperations/ks-z.json"))
        let fresh = try CooperationStore.open(at: store.root)
        #expect(try fresh.list().map(\.id) == ["ks-a", "ks-z"])
    }

    @Test func aTornLogLineIsSkippedAndTheIndexRefreshed() throws {
        let store = try makeStore()
        var a = sampleCooperation(id: "ks-a")
        try store.save(a, basedOn: nil)
        a.title = "Baru"
        try store.save(a, basedOn: 1)
        let log = store.root.appendingPathComponent("index.log")
        let handle = try FileHandle(forWritingTo: log)
        try handle.seekToEnd(); try handle.write(contentsOf: Data("{\"entry\":{\"id\":\"ks-".utf8)); try handle.close()
        let fresh = try CooperationStore.open(at: store.root)
        #expect(try fresh.list().map(\.title) == ["Baru"])
        // The next save starts a clean line.
        a.title = "Lebih baru"
        try fresh.save(a, basedOn: 2)
        #expect(try CooperationStore.open(at: store.root).list().map(\.title) == ["Lebih baru"])
    }

    @Test func theLogIsFoldedIntoTheSnapshot() throws {
        var options = CooperationStore.Options()
        options.indexCompactionMinimumBytes = 2048
        let store = try CooperationStore.open(at: temporaryFolder().appendingPathComponent("store"), options: options)
        var c = sampleCooperation(id: "ks-a")
        try store.save(c, basedOn: nil)
        for n in 1...12 {
            c.notes = "simpan \(n)"
            try store.save(c, basedOn: n)
        }
        try store.save(sampleCooperation(id: "ks-b"), basedOn: nil)
        let logSize = StoreIndex.fileSize(store.root.appendingPathComponent("index.log")) ?? 0
        #expect(logSize < 2048 + 2048)
        let fresh = try CooperationStore.open(at: store.root)
        let entries = try fresh.list()
        #expect(entries.map(\.id) == ["ks-a", "ks-b"] && entries[0].revision == 13)
        #expect(fresh.takeNotices().isEmpty)
    }

    @Test func aListingStaysCurrentAcrossSavesHereAndElsewhere() throws {
        let store = try makeStore()
        var a = sampleCooperation(id: "ks-a", title: "Satu")
        try store.save(a, basedOn: nil)
        #expect(try store.list().map(\.title) == ["Satu"])
        a.title = "Satu diubah"
        try store.save(a, basedOn: 1)
        #expect(try store.list().map(\.title) == ["Satu diubah"])
        // Another process (here: another instance) saves in between.
        let other = try CooperationStore.open(at: store.root)
        try other.save(sampleCooperation(id: "ks-b", title: "Dua"), basedOn: nil)
        a.title = "Satu lagi"
        try store.save(a, basedOn: 2)
        let entries = try store.list()
        #expect(entries.map(\.title) == ["Satu lagi", "Dua"] && entries[0].revision == 3)
    }

    @Test func aLargeIndexReadByTheFastReaderEqualsTheDecoder() throws {
        let store = try makeStore()
        let many = (1...400).map { sampleCooperation(id: "ks-\($0)", title: "Kerja sama \($0)") }
        #expect(try store.bulkInsert(many).inserted == 400)
        let data = try Data(contentsOf: store.root.appendingPathComponent("index.json"))
        let fast = try #require(IndexReader.snapshot(data))
        let plain = try StoreClock.decoder().decode(IndexFile.self, from: data)
        #expect(fast.entries == plain.entries && fast.folderStamp == plain.folderStamp && fast.entries.count == 400)
        let fresh = try CooperationStore.open(at: store.root)
        #expect(try fresh.list().count == 400 && fresh.takeNotices().isEmpty)
        // Re-indented by hand (another tool): still read, the ordinary way.
        let pretty = try JSONSerialization.data(withJSONObject: JSONSerialization.jsonObject(with: data), options: [.prettyPrinted])
        try pretty.write(to: store.root.appendingPathComponent("index.json"))
        let reread = try CooperationStore.open(at: store.root)
        #expect(try reread.list().count == 400)
    }

    /// The current stage follows the kind's own stages: a Nota Kesepakatan has no offer stage, so
    /// after its proposal it stands at the Nota (section "kb"), never at "penawaran".
    @Test func theCurrentStageFollowsTheKindsOwnStages() throws {
        var c = sampleCooperation(id: "ks-nota")
        c.kind = .notaKesepakatan
        c.proposal.progress.status = .done
        let info = RevisionInfo(revision: 1, savedAt: Date(timeIntervalSince1970: 0), savedBy: .current, sha256: "", previousSHA256: nil, restoredFrom: nil)
        #expect(IndexEntry(cooperation: c, info: info, fileStamp: 0).currentStage == .memorandum)
        c.kind = .ksddSukarela
        #expect(IndexEntry(cooperation: c, info: info, fileStamp: 0).currentStage == .offer)
    }

    @Test func entriesSummariseStageStatusAndDates() throws {
        var c = sampleCooperation(id: "ks-a")
        c.agreement.progress.status = .done
        c.agreement.signing = Signing(date: CalendarDate(year: 2025, month: 1, day: 10), numbers: ["180/12/PKS/2025", "119/3/PKS/2025"])
        c.agreement.durationYears = 2
        c.financing.lines = [FinancingLine(budgetYear: 2025, partyIndex: 0, amount: Rupiah(1_000_000)!, budgeted: false)]
        let info = RevisionInfo(revision: 4, savedAt: Date(timeIntervalSince1970: 0), savedBy: .current, sha256: "", previousSHA256: nil, restoredFrom: nil)
        let e = IndexEntry(cooperation: c, info: info, fileStamp: 0)
        #expect(e.currentStage == .offer && e.currentStageStatus == .draft)
        #expect(e.status == .active)
        #expect(e.expiryDate == CalendarDate(year: 2027, month: 1, day: 9))
        #expect(e.hasUnbudgetedFinancing && e.totalFinancing == Rupiah(1_000_000))
        #expect(e.affairName == "Perhubungan")
        #expect(e.matches(search: "180/12") && e.matches(search: "kota BOGOR") && !e.matches(search: "surabaya"))
        #expect(e.isExpired(on: CalendarDate(year: 2027, month: 1, day: 10)!))
    }
}

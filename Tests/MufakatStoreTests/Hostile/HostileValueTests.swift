import Foundation
import Testing
@testable import MufakatStore
import MufakatDomain

/// Issue 20: one out-of-range value in one file must never crash the store or hide the others.
@Suite struct HostileValueTests {
    /// Saves `ks-bad` and `ks-good`, then rewrites every file of `ks-bad` (current and history)
    /// with `edit`, as a bundle from another region or a hand edit would leave it.
    func storeWithOneEditedFile(_ label: String = #function, _ edit: (String) -> String) throws -> CooperationStore {
        let store = try makeStore(label)
        var bad = sampleCooperation(id: "ks-bad")
        bad.agreement.durationYears = 5
        bad.financing.lines = [FinancingLine(budgetYear: 2027, partyIndex: 1, amount: Rupiah(1000)!)]
        try store.save(bad, basedOn: nil)
        try store.save(sampleCooperation(id: "ks-good", title: "Tetap"), basedOn: nil)
        for url in [store.root.appendingPathComponent("cooperations/ks-bad.json"),
                    store.root.appendingPathComponent("history/ks-bad/000001.json")] {
            let text = readText(url)
            let changed = edit(text)
            #expect(changed != text, "the edit must change the file")
            try Data(changed.utf8).write(to: url)
        }
        return try CooperationStore.open(at: store.root)
    }

    func expectQuarantinedAndRestWorks(_ store: CooperationStore, field: String) throws {
        let ids = try store.list().map(\.id)
        #expect(ids == ["ks-good"])
        let notices = store.takeNotices()
        #expect(notices.contains { $0.kind == .quarantined && $0.message.contains("ks-bad") && $0.message.contains(field) },
                "notices: \(notices.map(\.message))")
        #expect(try store.load(id: "ks-good").cooperation.title == "Tetap")
        _ = store.check()
        #expect(try CooperationStore.open(at: store.root).list().map(\.id) == ["ks-good"])
    }

    /// A number beyond 64 bits is valid JSON, though Swift's decoder calls it "not valid JSON":
    /// the message names the field and says the number is out of range.
    @Test func aNumberBeyondSixtyFourBitsIsNamedNotCalledBrokenJSON() throws {
        let store = try storeWithOneEditedFile {
            $0.replacingOccurrences(of: "\"durationYears\" : 5", with: "\"durationYears\" : 10000000000000000000")
        }
        try expectQuarantinedAndRestWorks(store, field: "durationYears")
        let text = Data("{\"a\": {\"b\": [1, 10000000000000000000]}}".utf8)
        #expect(JSONNumberRange.firstOutOfRange(in: text) == "a.b[1]")
        #expect(JSONNumberRange.firstOutOfRange(in: Data("{\"a\": 5}".utf8)) == nil)
    }

    @Test func aHugeDurationIsQuarantinedInsteadOfCrashingTheIndex() throws {
        let store = try storeWithOneEditedFile {
            $0.replacingOccurrences(of: "\"durationYears\" : 5", with: "\"durationYears\" : 100000000000000000")
        }
        try expectQuarantinedAndRestWorks(store, field: "agreement.durationYears")
    }

    @Test func aNegativePartyIndexIsQuarantined() throws {
        let store = try storeWithOneEditedFile {
            $0.replacingOccurrences(of: "\"partyIndex\" : 1", with: "\"partyIndex\" : -3")
        }
        try expectQuarantinedAndRestWorks(store, field: "partyIndex")
    }

    @Test func aFormatVersionAboveIntMaxIsDamageNotACrash() throws {
        let store = try storeWithOneEditedFile {
            $0.replacingOccurrences(of: "\"formatVersion\" : 1", with: "\"formatVersion\" : 1e300")
        }
        let ids = try store.list().map(\.id)
        #expect(ids == ["ks-good"])
    }

    @Test func aSchemaVersionAboveIntMaxIsDamageNotACrash() throws {
        let store = try storeWithOneEditedFile {
            $0.replacingOccurrences(of: "\"schemaVersion\" : 1", with: "\"schemaVersion\" : 99999999999999999999999")
        }
        #expect(try store.list().map(\.id).contains("ks-good"))
    }

    @Test func aSaveOutsideTheRangesIsRefusedWithTheField() throws {
        let store = try makeStore()
        var c = sampleCooperation(id: "ks-a")
        c.agreement.durationYears = 100
        let error = #expect(throws: StoreError.self) { try store.save(c, basedOn: nil) }
        #expect(error?.description.contains("jangka waktu PKS (tahun) bernilai 100") == true)
        #expect(error?.description.contains("agreement.durationYears") == false, "no internal field path")
        #expect(!POSIX.exists(store.root.appendingPathComponent("cooperations/ks-a.json")))
    }

    @Test func jsonValueIntValueNeverTraps() {
        #expect(JSONValue.double(1e300).intValue == nil)
        #expect(JSONValue.double(-1e19).intValue == nil)
        #expect(JSONValue.double(.nan).intValue == nil)
        #expect(JSONValue.double(3).intValue == 3)
        #expect(JSONValue.double(3.5).intValue == nil)
    }
}

/// Issue 20: drafts and import files pass the same gate.
@Suite struct HostileDraftTests {
    @Test func aDraftWithAHugeDurationIsQuarantinedNotOpened() throws {
        let store = try makeStore()
        var c = sampleCooperation(id: "ks-a")
        c.agreement.durationYears = 5
        try store.saveDraft(c, id: "ks-a", basedOn: nil)
        let url = store.root.appendingPathComponent("drafts/ks-a.json")
        try Data(readText(url).replacingOccurrences(of: "\"durationYears\" : 5", with: "\"durationYears\" : 100000000000000000").utf8).write(to: url)
        #expect(try store.loadDraft(id: "ks-a", as: Cooperation.self) == nil)
        #expect(store.takeNotices().contains { $0.kind == .quarantined && $0.message.contains("durationYears") })
    }

    @Test func anImportFileWithANegativePartyIndexIsRefusedNamingTheFile() throws {
        var c = sampleCooperation(id: "ks-a")
        c.financing.lines = [FinancingLine(budgetYear: 2027, partyIndex: -1, amount: Rupiah(5)!)]
        let data = try JSONEncoder().encode(c)
        let error = #expect(throws: StoreError.self) { try CooperationFile.parse(data, path: "impor.json") }
        #expect(error?.description.contains("impor.json") == true)
        #expect(error?.description.contains("financing.lines[0].partyIndex") == true)
    }
}

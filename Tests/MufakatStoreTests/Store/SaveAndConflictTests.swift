import Foundation
import Testing
@testable import MufakatStore
import MufakatDomain

@Suite struct SaveAndConflictTests {
    @Test func firstUseCreatesOwnerOnlyStoreWithManifest() throws {
        let root = temporaryFolder().appendingPathComponent("baru")
        let store = try CooperationStore.open(at: root)
        #expect(permissions(root) == 0o700)
        #expect(permissions(root.appendingPathComponent("store.json")) == 0o600)
        let manifest = readText(root.appendingPathComponent("store.json"))
        #expect(manifest.contains("\"format\" : \"mufakat-store\""))
        #expect(manifest.contains("\"version\" : 1"))
        #expect(store.isReadOnly == false)
    }

    @Test func saveLoadAndRevisionsAreChained() throws {
        let store = try makeStore()
        var c = sampleCooperation()
        let r1 = try store.save(c, basedOn: nil)
        #expect(r1.revision == 1 && r1.previousSHA256 == nil)
        c.title = "Judul baru"
        let r2 = try store.save(c, basedOn: 1)
        #expect(r2.revision == 2 && r2.previousSHA256 == r1.sha256)
        let loaded = try store.load(id: c.id)
        #expect(loaded.revision == 2 && loaded.cooperation == c && loaded.info.sha256 == r2.sha256)
        #expect(try store.history(id: c.id).map(\.revision) == [1, 2])
        #expect(try store.revision(id: c.id, number: 1).cooperation.title == sampleCooperation().title)
        let current = store.root.appendingPathComponent("cooperations/\(c.id).json")
        let head = store.root.appendingPathComponent("history/\(c.id)/000002.json")
        #expect(try Data(contentsOf: current) == Data(contentsOf: head))
        #expect(permissions(head) == 0o600)
        #expect(store.check().isHealthy)
    }

    @Test func staleBaseIsAConflictNamingWhoSavedAndNothingIsOverwritten() throws {
        let store = try makeStore()
        var c = sampleCooperation()
        try store.save(c, basedOn: nil)
        c.notes = "perubahan pertama"
        try store.save(c, basedOn: 1)
        var mine = sampleCooperation()
        mine.notes = "perubahan kedua dari revisi lama"
        let error = #expect(throws: StoreError.self) { try store.save(mine, basedOn: 1) }
        guard case let .conflict(info)? = error else { Issue.record("expected a conflict, got \(String(describing: error))"); return }
        #expect(info.current == 2 && info.basedOn == 1 && info.savedBy.pid == getpid())
        let text = StoreError.conflict(info).description
        #expect(text.contains("Konflik") && text.contains("revisi 2") && text.contains("\(info.savedBy.user)@"))
        #expect(try store.load(id: c.id).cooperation.notes == "perubahan pertama")
        #expect(try store.history(id: c.id).count == 2)
    }

    @Test func creatingAnExistingIdIsAConflict() throws {
        let store = try makeStore()
        try store.save(sampleCooperation(), basedOn: nil)
        #expect(throws: StoreError.self) { try store.save(sampleCooperation(), basedOn: nil) }
        #expect(throws: StoreError.notFound(itemKind: "kerja sama", id: "tidak-ada")) {
            try store.save(sampleCooperation(id: "tidak-ada"), basedOn: 3)
        }
    }

    @Test func restoreMakesANewRevisionEqualToTheOldOne() throws {
        let store = try makeStore()
        var c = sampleCooperation()
        try store.save(c, basedOn: nil)
        c.title = "Diubah"
        try store.save(c, basedOn: 1)
        let r = try store.restore(id: c.id, revision: 1)
        #expect(r.revision == 3 && r.restoredFrom == 1)
        #expect(try store.load(id: c.id).cooperation == sampleCooperation())
        #expect(try store.history(id: c.id).count == 3)
    }

    @Test func invalidIdsAreRefusedBeforeTouchingDisk() throws {
        let store = try makeStore()
        #expect(throws: StoreError.invalidID(itemKind: "kerja sama", id: "../x")) { try store.load(id: "../x") }
        #expect(throws: StoreError.invalidID(itemKind: "kerja sama", id: "../x")) { try store.save(sampleCooperation(id: "../x"), basedOn: nil) }
    }

    @Test func mappingsHaveRevisionsAndConflictsToo() throws {
        let store = try makeStore()
        var m = RegionMapping(regionCode: "32.71", entries: [MappingEntry(affairCode: "2.15", offer: "Terminal Baranangsiang")])
        #expect(try store.saveMapping(m, basedOn: nil).revision == 1)
        m.entries.append(MappingEntry(affairCode: "1.03", need: "TPA regional"))
        #expect(try store.saveMapping(m, basedOn: 1).revision == 2)
        #expect(throws: StoreError.self) { try store.saveMapping(m, basedOn: 1) }
        #expect(try store.loadMapping(regionCode: "32.71").mapping.entries.count == 2)
        #expect(try store.listMappings().map(\.mapping.regionCode) == ["32.71"])
        #expect(try store.mappingHistory(regionCode: "32.71").count == 2)
        #expect(throws: StoreError.self) { try store.loadMapping(regionCode: "../32") }
        #expect(store.check().isHealthy)
    }

    @Test func profileRoundTrips() throws {
        let store = try makeStore()
        #expect(try store.profile() == nil)
        let p = RegionProfile(regionCode: "32.71", unitName: "Bagian Kerja Sama Setda Kota Bogor",
                              head: Person(name: "Dedie A. Rachim", title: "Wali Kota Bogor"), city: "Bogor")
        try store.saveProfile(p)
        #expect(try store.profile() == p)
        #expect(p.letterNumber(number: 12, code: "180", month: 5, year: 2026) == "180/12/Kerja Sama/2026")
    }

    @Test func draftsAreOfferedBackUntilSaved() throws {
        let store = try makeStore()
        var c = sampleCooperation()
        try store.save(c, basedOn: nil)
        c.notes = "belum disimpan"
        try store.saveDraft(c, id: c.id, basedOn: 1)
        let draft = try store.loadDraft(id: c.id, as: Cooperation.self)
        #expect(draft?.content.notes == "belum disimpan" && draft?.basedOnRevision == 1)
        try store.save(c, basedOn: 1)
        #expect(try store.loadDraft(id: c.id, as: Cooperation.self) == nil)
        #expect(store.draftIDs().isEmpty)
    }
}

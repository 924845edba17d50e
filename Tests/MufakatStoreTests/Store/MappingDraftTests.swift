import Foundation
import Testing
import ZIPFoundation
import MufakatDomain
@testable import MufakatStore

/// Draf pemetaan: `mapping-drafts/<region>.json`, apart from the cooperation drafts.
@Suite struct MappingDraftTests {
    static func mapping(_ offer: String = "Terminal tipe A") -> RegionMapping {
        RegionMapping(regionCode: "32.71", entries: [MappingEntry(affairCode: "2.15", offer: offer)])
    }

    @Test func aDraftRoundTripsWithItsBaseAuthorAndTime() throws {
        let store = try makeStore()
        try store.saveMapping(Self.mapping(), basedOn: nil)
        try store.saveMappingDraft(Self.mapping("Terminal yang belum disimpan"), basedOn: 1)
        let draft = try #require(try store.loadMappingDraft(regionCode: "32.71"))
        #expect(draft.content == Self.mapping("Terminal yang belum disimpan"))
        #expect(draft.basedOnRevision == 1)
        #expect(draft.id == "32.71")
        #expect(draft.savedBy == Author.current)
        #expect(store.mappingDraftRegionCodes() == ["32.71"])
        // Not a revision: the stored mapping is untouched.
        #expect(try store.loadMapping(regionCode: "32.71").revision == 1)
        #expect(try store.mappingHistory(regionCode: "32.71").count == 1)
        try store.discardMappingDraft(regionCode: "32.71")
        #expect(try store.loadMappingDraft(regionCode: "32.71") == nil)
        #expect(store.mappingDraftRegionCodes().isEmpty)
    }

    @Test func aDraftIsWrittenOwnerOnlyAsTidyJSONWithoutTempFilesLeft() throws {
        let store = try makeStore()
        try store.saveMappingDraft(Self.mapping(), basedOn: nil)
        try store.saveMappingDraft(Self.mapping("kedua"), basedOn: nil)
        let folder = store.root.appendingPathComponent("mapping-drafts")
        let url = folder.appendingPathComponent("32.71.json")
        #expect(permissions(url) == 0o600)
        #expect(permissions(folder) == 0o700)
        let text = readText(url)
        #expect(text.hasSuffix("}\n"))
        #expect(text.contains("\"format\" : \"mufakat-draf-pemetaan\""))
        #expect(!text.contains("basedOnRevision"))
        #expect(text.contains("\"offer\" : \"kedua\""))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["32.71.json"])
    }

    @Test func aMappingDraftIsNeverReadAsACooperationDraft() throws {
        let store = try makeStore()
        try store.saveMappingDraft(Self.mapping(), basedOn: nil)
        #expect(store.draftIDs().isEmpty)
        #expect(!FileManager.default.fileExists(atPath: store.root.appendingPathComponent("drafts/32.71.json").path))
        #expect(store.takeNotices().isEmpty)
        #expect(store.quarantined().isEmpty)
    }

    @Test func aDraftBehindTheStoredRevisionIsStillReturnedWithItsBase() throws {
        let store = try makeStore()
        try store.saveMapping(Self.mapping(), basedOn: nil)
        try store.saveMappingDraft(Self.mapping("milik saya"), basedOn: 1)
        try store.saveMapping(Self.mapping("milik mereka"), basedOn: 1)
        let draft = try #require(try store.loadMappingDraft(regionCode: "32.71"))
        #expect(draft.basedOnRevision == 1)
        #expect(try store.loadMapping(regionCode: "32.71").revision == 2)
        // Saving the restored draft against its base is a conflict, never an overwrite.
        #expect(throws: StoreError.self) { try store.saveMapping(draft.content, basedOn: draft.basedOnRevision) }
        #expect(try store.loadMapping(regionCode: "32.71").mapping == Self.mapping("milik mereka"))
    }

    @Test func aDamagedDraftIsQuarantinedAndCheckStoreStaysHealthy() throws {
        let store = try makeStore()
        try store.saveMappingDraft(Self.mapping(), basedOn: nil)
        let url = store.root.appendingPathComponent("mapping-drafts/32.71.json")
        try Data("{\"format\": \"mufakat-draf-pemetaan\", \"ver".utf8).write(to: url)
        #expect(try store.loadMappingDraft(regionCode: "32.71") == nil)
        #expect(store.quarantined().count == 1)
        #expect(store.takeNotices().contains { $0.kind == .quarantined })
        try store.saveMappingDraft(Self.mapping(), basedOn: nil)
        let report = store.check()
        #expect(report.findings.isEmpty, "\(report.findings)")
    }

    @Test func checkStoreAndBundleExportLeaveDraftsAlone() throws {
        let store = try makeStore()
        try store.saveMapping(Self.mapping(), basedOn: nil)
        try store.saveMappingDraft(Self.mapping("belum disimpan"), basedOn: 1)
        let report = store.check()
        #expect(report.isHealthy, "\(report.findings)")
        #expect(try store.loadMappingDraft(regionCode: "32.71")?.content == Self.mapping("belum disimpan"))
        let file = temporaryFolder().appendingPathComponent("bundel.zip")
        let result = try store.exportBundle(to: file)
        #expect(result.mappings == 1)
        let archive = try Archive(url: file, accessMode: .read)
        let paths = archive.map(\.path)
        #expect(paths.contains("mappings/32.71.json"))
        #expect(!paths.contains { $0.contains("draft") })
        // A store holding only a draft still opens as a Mufakat store.
        let other = temporaryFolder().appendingPathComponent("store")
        try FileManager.default.createDirectory(at: other.appendingPathComponent("mapping-drafts"), withIntermediateDirectories: true)
        try Data().write(to: other.appendingPathComponent("mapping-drafts/32.71.json"))
        _ = try CooperationStore.open(at: other)
    }

    @Test func aBadRegionCodeIsRefusedAndNothingIsWritten() throws {
        let store = try makeStore()
        #expect(throws: StoreError.self) { try store.saveMappingDraft(RegionMapping(regionCode: "../32"), basedOn: nil) }
        #expect(try store.loadMappingDraft(regionCode: "../32") == nil)
        #expect(store.mappingDraftRegionCodes().isEmpty)
    }
}

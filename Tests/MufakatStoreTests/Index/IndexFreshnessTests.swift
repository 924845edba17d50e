#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
@testable import MufakatStore
import MufakatDomain

/// Issue 19: start-up checks the index by the log's stamp and the folder's mtime (no `stat` per
/// file); a file rewritten in place by another tool is noticed when it is opened.
@Suite struct IndexFreshnessTests {
    /// `stampsOnly`: the interface lets the listing's entries go once its list is made; the
    /// stamps it keeps still catch the change.
    @Test(arguments: [false, true]) func aFileRewrittenInPlaceIsReindexedWhenOpened(stampsOnly: Bool) throws {
        let store = try makeStore()
        try store.save(sampleCooperation(id: "ks-a", title: "Satu"), basedOn: nil)
        try store.save(sampleCooperation(id: "ks-b", title: "Dua"), basedOn: nil)
        let url = store.root.appendingPathComponent("cooperations/ks-a.json")
        // Another Mufakat on a copy saves a new title; its file is copied over ours in place
        // (cp keeps the inode: the folder's mtime does not move).
        let other = try makeStore("other")
        try other.save(sampleCooperation(id: "ks-a", title: "Satu"), basedOn: nil)
        try other.save(sampleCooperation(id: "ks-a", title: "Satu diubah"), basedOn: 1)
        let folderBefore = POSIX.modificationTime(store.root.appendingPathComponent("cooperations"))
        let bytes = try Data(contentsOf: other.root.appendingPathComponent("cooperations/ks-a.json"))
        usleep(20_000)
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: 0); try handle.write(contentsOf: bytes); try handle.close()
        #expect(POSIX.modificationTime(store.root.appendingPathComponent("cooperations")) == folderBefore)

        let fresh = try CooperationStore.open(at: store.root)
        // The start-up listing trusts the index (no stat per file) ...
        #expect(try fresh.listTrustingIndex().map(\.title) == ["Satu", "Dua"])
        if stampsOnly { fresh.keepListingStampsOnly() }
        // ... and opening the cooperation finds the change and writes its entry again.
        #expect(try fresh.load(id: "ks-a").cooperation.title == "Satu diubah")
        #expect(try fresh.list().map(\.title) == ["Satu diubah", "Dua"])
        #expect(fresh.takeNotices().contains { $0.kind == .indexRebuilt && $0.message.contains("ks-a") })
        // Another process sees it from the index, even without a stat per file.
        #expect(try CooperationStore.open(at: store.root).listTrustingIndex().map(\.title) == ["Satu diubah", "Dua"])
    }

    /// The files are checked after the first frame: the check finds the file rewritten in place,
    /// and the next listing is refreshed from it.
    @Test(arguments: [false, true]) func verifyingTheTrustedListingFindsAFileRewrittenInPlace(stampsOnly: Bool) throws {
        let store = try makeStore()
        try store.save(sampleCooperation(id: "ks-a", title: "Satu"), basedOn: nil)
        try store.save(sampleCooperation(id: "ks-b", title: "Dua"), basedOn: nil)
        let other = try makeStore("other")
        try other.save(sampleCooperation(id: "ks-a", title: "Satu"), basedOn: nil)
        try other.save(sampleCooperation(id: "ks-a", title: "Satu diubah"), basedOn: 1)
        let unchanged = try CooperationStore.open(at: store.root)
        _ = try unchanged.listTrustingIndex()
        #expect(unchanged.verifyListedFiles())
        usleep(20_000)
        let bytes = try Data(contentsOf: other.root.appendingPathComponent("cooperations/ks-a.json"))
        let handle = try FileHandle(forWritingTo: store.root.appendingPathComponent("cooperations/ks-a.json"))
        try handle.truncate(atOffset: 0); try handle.write(contentsOf: bytes); try handle.close()

        let fresh = try CooperationStore.open(at: store.root)
        #expect(try fresh.listTrustingIndex().map(\.title) == ["Satu", "Dua"])
        if stampsOnly { fresh.keepListingStampsOnly() }
        #expect(!fresh.verifyListedFiles())
        #expect(try fresh.listTrustingIndex().map(\.title) == ["Satu diubah", "Dua"])
        #expect(fresh.verifyListedFiles())
        // A verifying listing never needed the second step.
        #expect(try CooperationStore.open(at: store.root).list().map(\.title) == ["Satu diubah", "Dua"])
    }

    /// With only the stamps kept, saves keep them in step (opening a saved file finds nothing
    /// to re-index), and a later listing reads every entry again, the saved ones included.
    @Test func stampsKeptOnlyFollowSavesAndTheListingIsReadAgain() throws {
        let store = try makeStore()
        try store.save(sampleCooperation(id: "ks-b", title: "Dua"), basedOn: nil)
        try store.save(sampleCooperation(id: "ks-d", title: "Empat"), basedOn: nil)
        let fresh = try CooperationStore.open(at: store.root)
        _ = try fresh.listTrustingIndex()
        #expect(fresh.verifyListedFiles())
        fresh.keepListingStampsOnly()
        #expect(fresh.cachedIndex(for: fresh.indexCacheKey()) == nil)
        try fresh.save(sampleCooperation(id: "ks-b", title: "Dua diubah"), basedOn: 1)
        try fresh.save(sampleCooperation(id: "ks-a", title: "Satu"), basedOn: nil)
        try fresh.save(sampleCooperation(id: "ks-c", title: "Tiga"), basedOn: nil)
        #expect(fresh.currentCachedEntry(id: "ks-b")?.revision == 2)
        #expect(fresh.currentCachedEntry(id: "ks-c")?.revision == 1)
        #expect(fresh.currentCachedEntry(id: "ks-z") == nil)
        let log = store.root.appendingPathComponent("index.log")
        let before = StoreIndex.fileSize(log)
        for id in ["ks-a", "ks-b", "ks-c", "ks-d"] { _ = try fresh.load(id: id) }
        #expect(StoreIndex.fileSize(log) == before)
        #expect(!fresh.takeNotices().contains { $0.kind == .indexRebuilt })
        #expect(fresh.verifyListedFiles())
        #expect(try fresh.list().map(\.title) == ["Satu", "Dua diubah", "Tiga", "Empat"])
        #expect(try CooperationStore.open(at: store.root).list().map(\.title) == ["Satu", "Dua diubah", "Tiga", "Empat"])
    }

    @Test func openingAnUnchangedFileWritesNothing() throws {
        let store = try makeStore()
        try store.save(sampleCooperation(id: "ks-a", title: "Satu"), basedOn: nil)
        let fresh = try CooperationStore.open(at: store.root)
        _ = try fresh.list()
        let log = store.root.appendingPathComponent("index.log")
        let before = StoreIndex.fileSize(log)
        _ = try fresh.load(id: "ks-a")
        #expect(StoreIndex.fileSize(log) == before)
        #expect(fresh.takeNotices().isEmpty)
    }
}

import Foundation
import Testing
import ZIPFoundation
@testable import MufakatStore
import MufakatDomain

@Suite struct BundleTests {
    /// Every file under `folder` (relative path -> bytes), without derived and lock files.
    func snapshot(_ folder: URL) throws -> [String: Data] {
        var out: [String: Data] = [:]
        let skip: Set<String> = ["index.json", "index.bin", "index.log", "store.lock", "store.json"]
        for case let url as URL in FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)! {
            let rel = Quarantine.relativePath(of: url, in: folder)
            // keys/: each store's own signing key, never carried.
            if POSIX.isRegularFile(url), !skip.contains(rel), !rel.hasPrefix("keys/") { out[rel] = try Data(contentsOf: url) }
        }
        return out
    }

    /// A bundle built by hand with the given entries (path, data, type).
    func handMadeBundle(_ entries: [(String, Data, Entry.EntryType)], manifest: Bool = true) throws -> URL {
        let url = temporaryFolder().appendingPathComponent("tangan.zip")
        let archive = try Archive(url: url, accessMode: .create)
        var all = entries
        if manifest {
            let m = BundleManifest(format: BundleManifest.formatName, version: 1, storeVersion: 1, createdAt: Date(), createdBy: .current, items: [])
            all.insert(("manifest.json", try StoreJSON.encode(m), .file), at: 0)
        }
        for (path, data, type) in all {
            try archive.addEntry(with: path, type: type, uncompressedSize: Int64(data.count), compressionMethod: type == .file ? .deflate : .none) { pos, size in
                data.subdata(in: Int(pos)..<Int(pos) + size)
            }
        }
        return url
    }

    @Test func aRoundTripBetweenTwoStoresLosesNothing() throws {
        let a = try makeStore("a")
        var c = sampleCooperation(id: "ks-a")
        try a.save(c, basedOn: nil)
        c.notes = "dua"; try a.save(c, basedOn: 1)
        try a.save(sampleCooperation(id: "ks-b"), basedOn: nil)
        try a.saveMapping(RegionMapping(regionCode: "32.71", entries: [MappingEntry(affairCode: "2.15")]), basedOn: nil)
        let file = temporaryFolder().appendingPathComponent("bawa.mufakat.zip")
        let exported = try a.exportBundle(to: file)
        #expect(exported.cooperations == 2 && exported.mappings == 1 && exported.revisions == 4)
        #expect(permissions(file) == 0o600)

        let b = try makeStore("b")
        let report = try b.importBundle(from: file)
        #expect(report.added.count == 3 && !report.hasProblems)
        #expect(try snapshot(a.root) == snapshot(b.root))
        #expect(b.check().isHealthy)
        #expect(try b.list().map(\.id) == ["ks-a", "ks-b"])
        // Importing again changes nothing.
        let again = try b.importBundle(from: file)
        #expect(again.unchanged.count == 3 && again.added.isEmpty)
    }

    @Test func newerRevisionsFastForwardAndChangesOnBothSidesConflict() throws {
        let a = try makeStore("a")
        var c = sampleCooperation(id: "ks-a")
        try a.save(c, basedOn: nil)
        let first = temporaryFolder().appendingPathComponent("1.zip")
        try a.exportBundle(to: first)
        let b = try makeStore("b")
        _ = try b.importBundle(from: first)

        // a moves on: b fast-forwards.
        c.notes = "dari a"; try a.save(c, basedOn: 1)
        let second = temporaryFolder().appendingPathComponent("2.zip")
        try a.exportBundle(to: second)
        let forward = try b.importBundle(from: second)
        #expect(forward.updated.map(\.id) == ["ks-a"])
        #expect(try b.load(id: "ks-a").cooperation.notes == "dari a")

        // Both change revision 2 differently: conflict, nothing written.
        c.notes = "a lagi"; try a.save(c, basedOn: 2)
        var mine = try b.load(id: "ks-a").cooperation
        mine.notes = "b sendiri"; try b.save(mine, basedOn: 2)
        let third = temporaryFolder().appendingPathComponent("3.zip")
        try a.exportBundle(to: third)
        let before = try snapshot(b.root)
        let clash = try b.importBundle(from: third)
        #expect(clash.conflicts.map(\.id) == ["ks-a"] && clash.hasProblems)
        #expect(clash.conflicts[0].message.contains("sejak revisi 2"))
        #expect(try snapshot(b.root) == before)

        // An older bundle into a newer store: nothing to do.
        let old = try b.importBundle(from: first)
        #expect(old.unchanged.map(\.id) == ["ks-a"])
    }

    @Test func pathsLeavingTheStoreLinksAndOversizedEntriesAreRejected() throws {
        let source = try makeStore("sumber")
        try source.save(sampleCooperation(id: "ks-baik"), basedOn: nil)
        let good = try Data(contentsOf: source.root.appendingPathComponent("cooperations/ks-baik.json"))
        let zeros = Data(count: BundlePathPolicy.maxEntrySize + 1)
        let bundle = try handMadeBundle([
            ("cooperations/ks-baik.json", good, .file),
            ("history/ks-baik/000001.json", good, .file),
            ("../keluar.json", Data("x".utf8), .file),
            ("history/../../keluar.json", Data("x".utf8), .file),
            ("/etc/passwd", Data("x".utf8), .file),
            ("cooperations/tautan.json", Data("/etc/passwd".utf8), .symlink),
            ("cooperations/besar.json", zeros, .file),
            ("catatan.txt", Data("x".utf8), .file),
        ])
        let store = try makeStore("tujuan")
        let report = try store.importBundle(from: bundle)
        let rejected = Dictionary(uniqueKeysWithValues: report.rejected.map { ($0.path, $0.reason) })
        #expect(rejected["../keluar.json"]?.contains("..") == true)
        #expect(rejected["history/../../keluar.json"]?.contains("..") == true)
        #expect(rejected["/etc/passwd"]?.contains("mutlak") == true)
        #expect(rejected["cooperations/tautan.json"]?.contains("symlink") == true)
        #expect(rejected["cooperations/besar.json"]?.contains("terlalu besar") == true)
        #expect(rejected["catatan.txt"] != nil)
        #expect(report.added.map(\.id) == ["ks-baik"])
        #expect(!POSIX.exists(store.root.deletingLastPathComponent().appendingPathComponent("keluar.json")))
        #expect(!POSIX.exists(store.root.appendingPathComponent("cooperations/tautan.json")))
        #expect(store.check().isHealthy)
    }

    @Test func aTamperedHistoryInABundleIsRejectedForThatItemOnly() throws {
        let a = try makeStore("a")
        var c = sampleCooperation(id: "ks-a")
        try a.save(c, basedOn: nil)
        c.notes = "dua"; try a.save(c, basedOn: 1)
        try a.save(sampleCooperation(id: "ks-b"), basedOn: nil)
        let first = String(decoding: try Data(contentsOf: a.root.appendingPathComponent("history/ks-a/000001.json")), as: UTF8.self)
            .replacingOccurrences(of: "Kota Bogor", with: "Kota Palsu")
        let bundle = try handMadeBundle([
            ("history/ks-a/000001.json", Data(first.utf8), .file),
            ("history/ks-a/000002.json", try Data(contentsOf: a.root.appendingPathComponent("history/ks-a/000002.json")), .file),
            ("cooperations/ks-a.json", try Data(contentsOf: a.root.appendingPathComponent("cooperations/ks-a.json")), .file),
            ("history/ks-b/000001.json", try Data(contentsOf: a.root.appendingPathComponent("history/ks-b/000001.json")), .file),
        ])
        let b = try makeStore("b")
        let report = try b.importBundle(from: bundle)
        #expect(report.rejected.contains { $0.path == "history/ks-a/" && $0.reason.contains("diubah") })
        #expect(report.added.map(\.id) == ["ks-b"])
        #expect(!b.contains(id: "ks-a"))
    }

    @Test func somethingThatIsNotABundleIsRefusedClearly() throws {
        let store = try makeStore()
        let notZip = temporaryFolder().appendingPathComponent("bukan.zip")
        try Data("halo".utf8).write(to: notZip)
        let e1 = #expect(throws: StoreError.self) { try store.importBundle(from: notZip) }
        #expect(e1?.description.contains("bukan bundel Mufakat") == true)
        let noManifest = try handMadeBundle([("cooperations/x.json", Data("{}".utf8), .file)], manifest: false)
        let e2 = #expect(throws: StoreError.self) { try store.importBundle(from: noManifest) }
        #expect(e2?.description.contains("manifest.json") == true)
        #expect(try store.list().isEmpty)
    }

    @Test func aBundleCanBeReadWithoutAStore() throws {
        let a = try makeStore("a")
        try a.save(sampleCooperation(id: "ks-a"), basedOn: nil)
        var m = RegionMapping(regionCode: "32.71", entries: [MappingEntry(affairCode: "2.15")])
        try a.saveMapping(m, basedOn: nil)
        m.entries.append(MappingEntry(affairCode: "1.03"))
        try a.saveMapping(m, basedOn: 1)
        let file = temporaryFolder().appendingPathComponent("baca.zip")
        try a.exportBundle(to: file)
        let contents = try BundleReader.contents(of: file)
        #expect(contents.cooperations.map(\.cooperation.id) == ["ks-a"])
        #expect(contents.mappings.map(\.revision) == [2] && contents.rejected.isEmpty)
        #expect(contents.manifest.items.count == 2)
        #expect(try BundleReader.mappings(in: file) == [m])
    }

    @Test func thePathPolicyAcceptsOnlyTheStoreLayout() {
        func ok(_ p: String) -> Bool { if case .success = BundlePathPolicy.classify(p) { return true }; return false }
        #expect(ok("manifest.json") && ok("cooperations/ks-1.json") && ok("history/ks-1/000002.json"))
        #expect(ok("mappings/32.71.json") && ok("mapping-history/32.71/000001.json") && ok("history/"))
        for bad in ["../x", "a/../b", "/abs", "C:/x", "cooperations\\x.json", "cooperations/../x.json", "./manifest.json",
                    "cooperations//x.json", "history/ks-1/abc.json", "history/KS/000001.json", "mappings/../../32.json",
                    "cooperations/x.json/extra", "history/ks-1/000000.json", ""] {
            #expect(!ok(bad), "\(bad) should be rejected")
        }
    }
}

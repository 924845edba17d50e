import Foundation
import Testing
import MufakatDomain
@testable import MufakatStore

/// The national meeting at scale (issue 19): the batch import (`MappingBatchWriter`) and the
/// mapping cache (`mappings.bin`).
@Suite struct MappingCacheTests {
    static let today = CalendarDate(year: 2026, month: 1, day: 15)!

    /// Demo mappings of `count` autonomous regions (every optional field appears in some).
    static func mappings(_ count: Int, seed: UInt64 = 7) -> [RegionMapping] {
        Catalogues.shared.regions.all.filter(\.autonomous).prefix(count).map {
            MappingDemo.generate(region: $0, seed: seed, today: today)
        }
    }

    /// Every file of the store's mappings and their history, by relative path, with the lines
    /// that carry the time of the save (and the hash that follows from it) left out.
    static func mappingFiles(_ store: CooperationStore) throws -> [String: String] {
        var out: [String: String] = [:]
        let root = store.root
        for folder in ["mappings", "mapping-history"] {
            let base = root.appendingPathComponent(folder)
            guard let walker = FileManager.default.enumerator(atPath: base.path) else { continue }
            for case let path as String in walker {
                let url = base.appendingPathComponent(path)
                var isDir: ObjCBool = false
                guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir), !isDir.boolValue else { continue }
                let text = readText(url).split(separator: "\n", omittingEmptySubsequences: false)
                    .filter { !$0.contains("\"savedAt\"") && !$0.contains("\"previousSHA256\"") }.joined(separator: "\n")
                out["\(folder)/\(path)"] = text
            }
        }
        return out
    }

    @Test func aBatchLeavesTheSameStoreAsSavingOneByOne() throws {
        let first = Self.mappings(40)
        var second = Array(first.prefix(15))
        for i in second.indices { second[i].entries[0].notes = "Diperbarui \(i)" }

        let batch = try makeStore("batch")
        let batchInfos = try batch.saveMappings(first.map { ($0, nil) }) + batch.saveMappings(second.map { ($0, 1) })
        let single = try makeStore("single")
        var singleInfos: [RevisionInfo] = []
        for m in first { singleInfos.append(try single.saveMapping(m, basedOn: nil)) }
        for m in second { singleInfos.append(try single.saveMapping(m, basedOn: 1)) }

        #expect(batchInfos.map(\.revision) == singleInfos.map(\.revision))
        #expect(batchInfos.map { $0.previousSHA256 == nil } == singleInfos.map { $0.previousSHA256 == nil })
        let a = try Self.mappingFiles(batch), b = try Self.mappingFiles(single)
        #expect(a.count == 40 + 40 + 15)
        #expect(a.keys.sorted() == b.keys.sorted())
        for key in a.keys { #expect(a[key] == b[key], "\(key)") }
        // No temp file left, and the chain holds: history as `check-store` reads it.
        #expect(!a.keys.contains { $0.contains(".tmp-") })
        for m in second {
            let history = try batch.mappingHistory(regionCode: m.regionCode)
            #expect(history.map(\.revision) == [1, 2])
            #expect(history[1].previousSHA256 == history[0].sha256)
        }
        #expect(batch.check().isHealthy)
        #expect(try batch.listMappings().map(\.mapping) == single.listMappings().map(\.mapping))
        #expect(try batch.listMappings().map(\.revision) == single.listMappings().map(\.revision))
    }

    @Test func aRefusedMappingStopsTheBatchAndKeepsTheOnesBefore() throws {
        let store = try makeStore()
        let ms = Self.mappings(3)
        try store.saveMapping(ms[1], basedOn: nil)
        // The second is "new" but exists: a conflict. The first stays saved, the third is not written.
        #expect(throws: StoreError.self) { try store.saveMappings(ms.map { ($0, nil) }) }
        #expect(try store.mappingRegionCodes() == [ms[0].regionCode, ms[1].regionCode])
        let names = try FileManager.default.contentsOfDirectory(atPath: store.root.appendingPathComponent("mappings").path)
        #expect(!names.contains { $0.contains(".tmp-") })
        #expect(store.check().isHealthy)
    }

    @Test func theCacheGivesWhatDecodingTheFilesGives() throws {
        let store = try makeStore()
        try store.saveMappings(Self.mappings(60).map { ($0, nil) })
        let cacheURL = store.root.appendingPathComponent(MappingCache.fileName)
        #expect(FileManager.default.fileExists(atPath: cacheURL.path))
        let fromCache = try store.listMappings()
        let decoded = try store.mappingRegionCodes().map { try store.loadMapping(regionCode: $0) }
        #expect(fromCache == decoded)
        try FileManager.default.removeItem(at: cacheURL)
        #expect(try store.listMappings() == decoded)
        #expect(FileManager.default.fileExists(atPath: cacheURL.path))   // rebuilt
        #expect(try store.listMappings() == decoded)
        // Every record of the cache is the decoded file.
        let records = try #require(MappingCache.read(root: store.root)).records
        #expect(records.count == 60)
        for d in decoded { #expect(records[d.mapping.regionCode]?.stored == d) }
    }

    @Test func theCacheIsUsedWhenItsStampsHold() throws {
        let store = try makeStore()
        let ms = Self.mappings(3)
        try store.saveMappings(ms.map { ($0, nil) })
        _ = try store.listMappings()
        usleep(20_000)   // past the clock tick of the files, so their records are trusted
        _ = try store.listMappings()
        // A cache whose record says something else, with the file's stamp: the record is what
        // the listing gives (the file was not decoded).
        var (records, _) = try #require(MappingCache.read(root: store.root))
        var other = records[ms[0].regionCode]!
        other.stored.document.contactPhone = "dari tembolok"
        records[other.key] = other
        MappingCache.write(Array(records.values), root: store.root)
        usleep(20_000)
        #expect(try store.listMappings().first?.mapping.contactPhone == "dari tembolok")
    }

    @Test func aMappingFileReplacedOrEditedByAnotherToolIsSeen() throws {
        let store = try makeStore()
        let ms = Self.mappings(5)
        try store.saveMappings(ms.map { ($0, nil) })
        _ = try store.listMappings()
        let code = ms[2].regionCode
        let url = store.root.appendingPathComponent("mappings/\(code).json")

        // Replaced (a new file renamed over it, as an editor or git does): here the same
        // region's file from another store.
        var changed = ms[2]
        changed.contactPhone = "0251-1"
        let other = try makeStore("other")
        try other.saveMapping(changed, basedOn: nil)
        let temp = url.deletingLastPathComponent().appendingPathComponent("ganti.tmp")
        try Data(contentsOf: other.root.appendingPathComponent("mappings/\(code).json")).write(to: temp)
        #expect(rename(temp.path, url.path) == 0)
        #expect(try store.listMappings().first { $0.mapping.regionCode == code }?.mapping.contactPhone == "0251-1")

        // Edited in place with the same length, right after the listing (same inode and size).
        _ = try store.listMappings()
        let edited = readText(url).replacingOccurrences(of: "0251-1", with: "0251-2")
        let handle = try FileHandle(forWritingTo: url)
        try handle.write(contentsOf: Data(edited.utf8))
        try handle.close()
        #expect(try store.listMappings().first { $0.mapping.regionCode == code }?.mapping.contactPhone == "0251-2")

        // Removed: gone from the listing and from the cache.
        try FileManager.default.removeItem(at: url)
        #expect(try store.listMappings().count == 4)
        #expect(try #require(MappingCache.read(root: store.root)).records[code] == nil)
    }

    @Test func aDamagedOrForeignCacheIsIgnoredAndRewritten() throws {
        let store = try makeStore()
        try store.saveMappings(Self.mappings(4).map { ($0, nil) })
        let expected = try store.mappingRegionCodes().map { try store.loadMapping(regionCode: $0) }
        let url = store.root.appendingPathComponent(MappingCache.fileName)
        var bytes = [UInt8](try Data(contentsOf: url))
        bytes[bytes.count / 2] ^= 0xFF
        try Data(bytes).write(to: url)
        #expect(MappingCache.read(root: store.root) == nil)
        #expect(try store.listMappings() == expected)
        #expect(MappingCache.read(root: store.root) != nil)
        try Data("bukan tembolok".utf8).write(to: url)
        #expect(try store.listMappings() == expected)
        // A store that cannot be written reads without writing the cache.
        try FileManager.default.removeItem(at: url)
        let readOnly = try CooperationStore.open(at: store.root, mode: .readOnly)
        #expect(try readOnly.listMappings() == expected)
        #expect(!FileManager.default.fileExists(atPath: url.path))
    }

    @Test func everyFieldOfAMappingSurvivesTheCache() throws {
        var m = RegionMapping(regionCode: "32.71", contact: Person(name: "Budi", title: "Kepala Bagian", nip: "1970", appointmentDecree: "SK 1"),
                              updatedOn: CalendarDate(year: 2026, month: 2, day: 3), contactUnit: "Bagian Kerja Sama",
                              contactPhone: "0251", contactEmail: "a@b.id")
        m.schemaVersion = 1
        m.entries = [
            MappingEntry(affairCode: "1.03", subAffairID: "1.03.2", offer: "TPA", need: "Air ßaku ✓", partnerRegions: ["32.01", "32.76"],
                         partnerThirdParties: LegalForm.allCases, intendedKind: CooperationKind.allCases.last, priority: .tinggi,
                         targetYear: 2027, inRPJMD: true, rkpdYear: 2027, indicativeBudget: Rupiah(1_500_000_000), notes: "catatan",
                         plannedCooperation: "TPA regional"),
            MappingEntry(affairCode: "2.09"),
        ]
        let info = RevisionInfo(revision: 3, savedAt: Date(timeIntervalSince1970: 1_767_000_000), savedBy: Author(user: "u", host: "h", pid: 42),
                                sha256: "abc", previousSHA256: "def", restoredFrom: 1)
        let record = MappingCache.Record(key: "32.71", stamp: MappingCache.Stamp(size: 1, modified: 2, changed: 3, inode: 4),
                                         stored: StoredMapping(document: m, info: info, migratedFrom: 0))
        let back = try #require(MappingCache.decode(Data(MappingCache.encode([record]))))
        #expect(back["32.71"]?.stored == record.stored)
        #expect(back["32.71"]?.stamp == record.stamp)
        // A new field of a mapping must be added to the cache's binary form (MappingCache.swift)
        // and to this test: these counts say when.
        #expect(Mirror(reflecting: m).children.count == 8)
        #expect(Mirror(reflecting: m.entries[0]).children.count == 14)
        #expect(Mirror(reflecting: m.contact).children.count == 4)
        #expect(Mirror(reflecting: info).children.count == 6)
    }
}

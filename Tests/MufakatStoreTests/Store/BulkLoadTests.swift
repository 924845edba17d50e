import Foundation
import Testing
@testable import MufakatStore
import MufakatDomain

/// The bulk writer (`StoreBulkWriter`, issue 19): the same store as saving one by one.
@Suite struct BulkLoadTests {
    static let generator = DemoGenerator(seed: 7, referenceDate: CalendarDate(year: 2026, month: 1, day: 15)!)

    /// The index entries without what only says when and where the bytes were written.
    static func comparable(_ entries: [IndexEntry]) -> [IndexEntry] {
        entries.map { e in
            var e = e
            e.fileStamp = 0
            e.savedAt = Date(timeIntervalSince1970: 0)
            return e
        }.sorted { $0.id < $1.id }
    }

    @Test func aBulkLoadedStoreEqualsOneSavedOneByOne() throws {
        let count = 300
        let bulk = try makeStore("bulk")
        // Small batches, so that several batches and the parallel phases are exercised.
        let result = try bulk.bulkLoad(count: count, batchSize: 64, make: { Self.generator.cooperation(number: $0) })
        #expect(result.inserted == count && result.skipped.isEmpty)

        let slow = try makeStore("slow")
        for n in 1...count { try slow.save(Self.generator.cooperation(number: n), basedOn: nil) }

        let bulkList = try bulk.list(), slowList = try slow.list()
        #expect(bulkList.count == count)
        #expect(Self.comparable(bulkList) == Self.comparable(slowList))
        #expect(bulk.check().isHealthy && slow.check().isHealthy)

        // Opens identically: a fresh open reads the same list with nothing to report.
        let reopened = try CooperationStore.open(at: bulk.root)
        #expect(try reopened.list() == bulkList)
        #expect(reopened.takeNotices().isEmpty)

        for n in [1, 64, 65, 200, count] {
            let id = Self.generator.cooperation(number: n).id
            #expect(try bulk.load(id: id).cooperation == slow.load(id: id).cooperation)
            #expect(try bulk.history(id: id).map(\.revision) == [1])
            let current = bulk.root.appendingPathComponent("cooperations/\(id).json")
            let head = bulk.root.appendingPathComponent("history/\(id)/000001.json")
            #expect(try Data(contentsOf: current) == Data(contentsOf: head))
            #expect(permissions(current) == 0o600 && permissions(head) == 0o600)
            #expect(permissions(head.deletingLastPathComponent()) == 0o700)
        }
        // No temp file is left behind.
        let names = try FileManager.default.contentsOfDirectory(atPath: bulk.root.appendingPathComponent("cooperations").path)
        #expect(names.count == count && !names.contains { $0.hasPrefix(".") })
    }

    @Test func idsAlreadyThereAreSkippedAndLeftUntouched() throws {
        let store = try makeStore()
        var kept = Self.generator.cooperation(number: 3)
        kept.title = "Sudah ada sebelumnya"
        try store.save(kept, basedOn: nil)
        let before = try Data(contentsOf: store.root.appendingPathComponent("cooperations/\(kept.id).json"))
        // The generator repeats number 2's id at 5: written once.
        let result = try store.bulkLoad(count: 6, batchSize: 4, make: { n in
            Self.generator.cooperation(number: n == 5 ? 2 : n)
        })
        #expect(result.inserted == 4 && Set(result.skipped) == [kept.id, Self.generator.cooperation(number: 2).id])
        #expect(try Data(contentsOf: store.root.appendingPathComponent("cooperations/\(kept.id).json")) == before)
        #expect(try store.load(id: kept.id).cooperation.title == "Sudah ada sebelumnya")
        #expect(try store.list().count == 5 && store.check().isHealthy)
    }

    @Test func anIDTheStoreRefusesStopsTheLoadBeforeAnythingOfItsBatchIsWritten() throws {
        let store = try makeStore()
        #expect(throws: StoreError.self) {
            try store.bulkLoad(count: 3, batchSize: 10, make: { n in
                var c = Self.generator.cooperation(number: n)
                if n == 2 { c.id = "../luar" }
                return c
            })
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: store.root.appendingPathComponent("cooperations").path)
        #expect(names.isEmpty)
    }
}

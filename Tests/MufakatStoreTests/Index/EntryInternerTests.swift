import Foundation
import Testing
@testable import MufakatStore
import MufakatDomain

/// Issue 19, memory: the entries read from `index.bin` share the values that repeat between
/// cooperations, and are equal to the entries written.
@Suite struct EntryInternerTests {
    @Test func entriesReadShareRepeatedValuesAndStayEqual() throws {
        let store = try makeStore()
        let generator = DemoGenerator(seed: 5, referenceDate: CalendarDate(year: 2026, month: 1, day: 15)!)
        try store.bulkInsert(generator.cooperations(count: 200))
        let list = try store.list()
        let index = try CompactIndex.read(CompactIndex.encode(list, stamp: 9)).get()
        let read = try #require(index.entries())
        #expect(read == list)
        func storage<T>(_ a: [T]) -> UnsafeRawPointer? { a.withUnsafeBufferPointer { $0.baseAddress.map(UnsafeRawPointer.init) } }
        // Two entries with the same stage statuses keep one dictionary, the same parties one array.
        let byStages = Dictionary(grouping: read.indices) { read[$0].progress?.stages ?? [:] }
        let pair = try #require(byStages.values.first { $0.count > 1 })
        var a = read[pair[0]].progress!.stages, b = read[pair[1]].progress!.stages
        #expect(a == b)
        // Equal dictionaries sharing storage: a write to one copies it, so compare identity first.
        let same = withUnsafeBytes(of: &a) { x in withUnsafeBytes(of: &b) { y in x.elementsEqual(y) } }
        #expect(same)
        let byParties = Dictionary(grouping: read.indices) { read[$0].parties }
        let twins = try #require(byParties.values.first { $0.count > 1 })
        #expect(storage(read[twins[0]].parties) == storage(read[twins[1]].parties))
    }
}

import Foundation
import Testing
import MufakatDomain
@testable import MufakatStore

/// `saveMappings`: a facilitator's import saved in one go (issue 7).
@Suite struct MappingBatchTests {
    @Test func aBatchSavesRevisionsWithTheUsualChainAndConflicts() throws {
        let store = try makeStore()
        let first = ["32.01", "32.71", "32.76"].map { RegionMapping(regionCode: $0, entries: [MappingEntry(affairCode: "1.03", offer: "TPA \($0)")]) }
        let infos = try store.saveMappings(first.map { ($0, nil) })
        #expect(infos.map(\.revision) == [1, 1, 1])
        #expect(try store.listMappings().map(\.mapping.regionCode) == ["32.01", "32.71", "32.76"])
        var changed = first[1]
        changed.entries[0].need = "Air baku"
        #expect(try store.saveMappings([(changed, 1)]).map(\.revision) == [2])
        #expect(throws: StoreError.self) { try store.saveMappings([(changed, 1)]) }
        #expect(try store.loadMapping(regionCode: "32.71").mapping == changed)
        #expect(store.check().isHealthy)
    }
}

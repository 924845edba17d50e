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

/// `meetings/<id>.json` (issue 7).
@Suite struct MeetingFileTests {
    @Test func meetingsRoundTripAsTidyJSONAndBadOnesAreNamed() throws {
        let store = try makeStore()
        #expect(try store.listMeetings().isEmpty)
        var m = Meeting(id: "rakortek-2026", title: "Rakortek", level: .provinsi, provinceCode: "32")
        try store.saveMeeting(m, basedOn: nil)
        let first = m
        m.followUps.append(FollowUp(action: "Menyusun KAK"))
        try store.saveMeeting(m, basedOn: first)
        #expect(try store.listMeetings() == [m])
        let url = store.root.appendingPathComponent("meetings/rakortek-2026.json")
        let text = readText(url)
        #expect(text.contains("\"agreements\" : []"))
        #expect(text.hasSuffix("}\n"))
        #expect(permissions(url) == 0o600)
        #expect(throws: StoreError.self) { try store.saveMeeting(Meeting(id: "../luar", title: "x", level: .nasional), basedOn: nil) }
        try Data("{ rusak".utf8).write(to: store.root.appendingPathComponent("meetings/rusak.json"))
        // A damaged meeting no longer blocks the others (issue 20): it is quarantined and named.
        #expect(try store.listMeetings() == [m])
        #expect(store.takeNotices().contains { $0.message.contains("meetings/rusak.json") })
    }

    @Test func aMeetingChangedByAnotherProcessIsNotOverwritten() throws {
        let store = try makeStore()
        let read = Meeting(id: "rakortek-2026", title: "Rakortek", level: .provinsi, provinceCode: "32")
        try store.saveMeeting(read, basedOn: nil)
        // Another process adds a follow-up in between.
        var theirs = read
        theirs.followUps.append(FollowUp(action: "Menyusun KAK"))
        try CooperationStore.open(at: store.root).saveMeeting(theirs, basedOn: read)
        var mine = read
        mine.notes = "Catatan saya"
        #expect(throws: StoreError.meetingChanged(id: "rakortek-2026", path: "meetings/rakortek-2026.json")) {
            try store.saveMeeting(mine, basedOn: read)
        }
        #expect(throws: StoreError.meetingChanged(id: "rakortek-2026", path: "meetings/rakortek-2026.json")) {
            try store.saveMeeting(mine, basedOn: nil)   // "new", but it exists
        }
        #expect(try store.listMeetings() == [theirs])
    }
}

import Foundation
import Testing
import MufakatDomain
import MufakatServices
import MufakatStore
@testable import MufakatApp

/// `mufakat --demo` fills the mapping screen and the meeting mode, once.
@Suite struct ExampleMappingsTests {
    @Test func theProvinceIsMappedAndMetOnce() throws {
        let repo = InMemoryMappingRepository()
        let today = MufakatDomain.CalendarDate(year: 2026, month: 11, day: 28)!
        let written = try ExampleMappings.load(into: repo, ownRegion: "32.71", today: today)
        let jabar = Catalogues.shared.regions.members(ofProvince: "32").filter(\.autonomous).count
        #expect(written == jabar && written > 20)
        #expect(try repo.mapping(regionCode: "32.71") != nil)
        let meetings = try repo.allMeetings()
        #expect(meetings.count == 1 && meetings[0].level == .provinsi && meetings[0].provinceCode == "32")
        #expect(meetings[0].participantRegions.count == jabar && meetings[0].participantRegions.first == "32.71")
        // Matches exist to explore.
        #expect(try !MappingService(repository: repo, today: today).matches(meeting: meetings[0]).isEmpty)
        // A second run adds nothing and keeps what is there.
        #expect(try ExampleMappings.load(into: repo, ownRegion: "32.71", today: today) == 0)
        #expect(try repo.allMeetings().count == 1)
    }
}

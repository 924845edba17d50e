import Foundation
import Testing
@testable import MufakatDomain

@Suite struct MeetingTests {
    @Test func roundTripAndParticipants() throws {
        var m = Meeting(id: "rakor-jabar-2026", title: "Rapat Koordinasi Teknis Pemetaan Urusan", level: .provinsi, provinceCode: "32",
                        date: CalendarDate(year: 2026, month: 6, day: 15), place: "Bandung")
        m.addParticipant("32.71"); m.addParticipant("32.01"); m.addParticipant("32.71")
        #expect(m.participantRegions == ["32.71", "32.01"])
        m.agreements.append(AgreedCooperation(affairCode: "2.15", regionCodes: ["32.71", "32.01"], kind: .ksddSukarela, title: "Integrasi angkutan"))
        m.followUps.append(FollowUp(action: "Menyusun KAK", responsible: "Kota Bogor", dueDate: CalendarDate(year: 2026, month: 8, day: 1)))
        let data = try JSONEncoder().encode(m)
        #expect(try JSONDecoder().decode(Meeting.self, from: data) == m)
        #expect(m.summaryLine == "Rapat Koordinasi Teknis Pemetaan Urusan, tanggal 15 Juni 2026, di Bandung")
    }
}

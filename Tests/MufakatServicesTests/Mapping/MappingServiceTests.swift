import Foundation
import Testing
import MufakatDomain

import MufakatStore
@testable import MufakatServices
import MufakatTestSupport

@Suite struct MappingServiceTests {
    let today = CalendarDate(year: 2026, month: 3, day: 2)!

    func demo(_ seed: UInt64) -> RegionMapping {
        MappingDemo.generate(region: MappingDemo.suggestedRegion(seed: seed), seed: seed, today: today)
    }

    func service(_ repo: InMemoryMappingRepository) -> MappingService {
        MappingService(repository: repo, today: today)
    }

    @Test func importAddsThenSeesSameThenConflicts() throws {
        let repo = InMemoryMappingRepository(meetings: [Meeting(id: "rakor", title: "Rakortek Jawa Barat", level: .provinsi, provinceCode: "32")])
        let s = service(repo)
        let a = demo(1), b = demo(2)
        let first = try s.importMappings([.init(mapping: a, source: "a.mufakat"), .init(mapping: b, source: "b.mufakat")], meetingID: nil) { _, _, _ in
            Issue.record("no conflict expected"); return nil
        }
        #expect(first.map(\.status) == [.done(.added), .done(.added)])
        let again = try s.importMappings([.init(mapping: a, source: "a.mufakat")], meetingID: nil) { _, _, _ in nil }
        #expect(again.map(\.status) == [.done(.unchanged)])

        var changed = a
        changed.entries[0].offer = "Potensi yang diperbarui"
        var asked: [String] = []
        let unresolved = try s.importMappings([.init(mapping: changed, source: "a2.mufakat")], meetingID: nil) { item, old, diff in
            asked.append(item.mapping.regionCode)
            #expect(old == a)
            #expect(diff.changes.map(\.field) == ["Potensi"])
            return nil
        }
        #expect(asked == [a.regionCode])
        #expect(unresolved.first?.status == .unresolved)
        #expect(try repo.mapping(regionCode: a.regionCode)?.mapping == a)

        let kept = try s.importMappings([.init(mapping: changed, source: "a2.mufakat")], meetingID: nil) { _, _, _ in .keep }
        #expect(kept.first?.status == .done(.kept))
        #expect(try repo.mapping(regionCode: a.regionCode)?.mapping == a)
        let replaced = try s.importMappings([.init(mapping: changed, source: "a2.mufakat")], meetingID: nil) { _, _, _ in .replace }
        #expect(replaced.first?.status == .done(.replaced))
        #expect(try repo.mapping(regionCode: a.regionCode)?.mapping == changed)

        let meeting = try #require(try s.meeting(id: "rakor"))
        #expect(meeting.participantRegions == [a.regionCode, b.regionCode])
        #expect(meeting.imports.map(\.outcome) == [.added, .added, .unchanged, .kept, .replaced])
        #expect(meeting.imports.allSatisfy { $0.fingerprint.count == 64 })
    }

    @Test func aRegionTwiceInOneImportIsComparedWithItsFirstCopy() throws {
        let repo = InMemoryMappingRepository()
        let s = service(repo)
        let a = demo(1)
        var newer = a
        newer.entries[0].need = "Kebutuhan yang diperbarui"
        let results = try s.importMappings([.init(mapping: a, source: "lama.zip"), .init(mapping: newer, source: "baru.zip")], meetingID: nil) { _, old, _ in
            #expect(old == a)
            return .replace
        }
        #expect(results.map(\.status) == [.done(.added), .done(.replaced)])
        #expect(try repo.mapping(regionCode: a.regionCode)?.mapping == newer)
        #expect(try repo.mapping(regionCode: a.regionCode)?.revision == 1)
    }

    @Test func unknownAndNonAutonomousRegionsAreRejected() throws {
        let s = service(InMemoryMappingRepository())
        let r = try s.importMappings([.init(mapping: RegionMapping(regionCode: "99.99"), source: "x.json"),
                                      .init(mapping: RegionMapping(regionCode: "31.71"), source: "y.json")], meetingID: nil) { _, _, _ in nil }
        guard case .rejected(let why) = r[0].status, case .rejected(let why2) = r[1].status else { Issue.record("not rejected"); return }
        #expect(why.contains("x.json: kode daerah '99.99' tidak ada"))
        #expect(why2.contains("bukan daerah otonom"))
    }

    @Test func aProvincialMeetingNotesRegionsFromOtherProvinces() throws {
        let repo = InMemoryMappingRepository(meetings: [Meeting(id: "rakor", title: "Rakortek Jawa Barat", level: .provinsi, provinceCode: "32")])
        let r = try service(repo).importMappings([.init(mapping: RegionMapping(regionCode: "32.71"), source: "bogor.json"),
                                                  .init(mapping: RegionMapping(regionCode: "32"), source: "jabar.json"),
                                                  .init(mapping: RegionMapping(regionCode: "33.26"), source: "pekalongan.json")], meetingID: nil) { _, _, _ in nil }
        #expect(r.map(\.status) == [.done(.added), .done(.added), .done(.added)])
        #expect(r[0].remarks == "ditambahkan sebagai peserta rapat 'rakor'" && r[1].remarks == "ditambahkan sebagai peserta rapat 'rakor'")
        // Stored, but not a participant: the note says why and how to add it by hand.
        #expect(r[2].remarks?.hasPrefix("tidak ditambahkan sebagai peserta: Kabupaten Pekalongan berada di luar Provinsi Jawa Barat") == true)
        #expect(r[2].remarks?.contains("--participant 33.26") == true)
        #expect(try repo.allMeetings()[0].participantRegions == ["32.71", "32"])
    }

    @Test func matchTurnsIntoDraftAndAgreement() throws {
        let repo = InMemoryMappingRepository(mappings: (0..<3).map(demo),
                                             meetings: [Meeting(id: "rakor", title: "Rakortek", level: .provinsi,
                                                                participantRegions: (0..<3).map { demo($0).regionCode })])
        let s = service(repo)
        let meeting = try s.meeting(id: nil)
        let match = try #require(try s.matches(meeting: meeting).first)
        let draft = try s.createDraft(from: match, meetingID: nil)
        // A match is drafted once: the second time names the first draft, on every road.
        #expect(throws: MappingServiceError.draftExists(id: draft.id)) { try s.createDraft(from: match, meetingID: nil) }
        #expect(draft.id == Cooperation.slug("pemetaan \(match.affairCode) \(match.regionCodes.joined(separator: " "))"))
        #expect(repo.cooperations.count == 1)
        #expect(draft.parties.map(\.regionCode) == match.regionCodes)
        let m = try #require(try s.meeting(id: "rakor"))
        #expect(m.agreements.count == 1)
        #expect(m.agreements[0].cooperationID == draft.id)
    }

    @Test func latestMeetingIsTheDefault() throws {
        let repo = InMemoryMappingRepository(meetings: [
            Meeting(id: "b-lama", title: "Lama", level: .nasional, date: CalendarDate(year: 2025, month: 1, day: 1)),
            Meeting(id: "a-baru", title: "Baru", level: .nasional, date: CalendarDate(year: 2026, month: 1, day: 1)),
        ])
        let s = service(repo)
        #expect(try s.meeting(id: nil)?.id == "a-baru")
        #expect(throws: MappingServiceError.meetingNotFound(id: "x", known: ["a-baru", "b-lama"])) { try s.meeting(id: "x") }
        #expect(throws: MappingServiceError.noMeeting) { try service(InMemoryMappingRepository()).requireMeeting(id: nil) }
    }
}

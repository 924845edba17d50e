import Foundation
import MufakatDomain
import MufakatServices
import MufakatStore
import Testing
import TerminalUI
@testable import MufakatApp

@Suite struct MeetingModeTests {
    @Test func homeKeyROpensTheMatrixOfEveryMappingWhenThereIsNoMeeting() {
        var h = MeetingFixture.harness()
        h.type("r")
        #expect(h.program.screenName == "matriks")
        #expect(h.performed.contains(.meeting(.listMeetings)))
        #expect(h.performed.contains(.meeting(.load(meetingID: nil))))
        let text = h.frame().text
        #expect(text.contains("Belum ada rapat: tekan n untuk membuat rapat"))
        #expect(text.contains("4 daerah"))
        h.key(.escape)
        #expect(h.program.screenName == "beranda")
    }

    @Test func aMeetingIsCreatedFromTheScreenWithTheStoredMappings() throws {
        let repo = InMemoryMappingRepository(mappings: MeetingFixture.mappings())
        var h = MeetingFixture.harness(repo)
        h.type("r")
        h.type("n")
        #expect(h.frame().text.contains("Buat rapat"))
        h.type("Rapat Koordinasi Teknis Jawa Barat")
        h.key(.enter)
        let meeting = try #require(try repo.allMeetings().first)
        #expect(meeting.title == "Rapat Koordinasi Teknis Jawa Barat")
        // Regions of two provinces: a national meeting, every stored mapping a participant.
        #expect(meeting.level == .nasional)
        #expect(Set(meeting.participantRegions) == Set(MeetingFixture.mappings().map(\.regionCode)))
        #expect(h.frame().text.contains("Rapat: Rapat Koordinasi Teknis Jawa Barat"))
        h.type("a")
        #expect(h.frame().text.contains("Peserta rapat"))
    }

    @Test func severalMeetingsArePickedFrom() {
        let repo = InMemoryMappingRepository(mappings: MeetingFixture.mappings(), meetings: [
            Meeting(id: "rakor-jabar", title: "Rakortek Jawa Barat", level: .provinsi, provinceCode: "32",
                    date: MufakatDomain.CalendarDate(year: 2026, month: 6, day: 15), participantRegions: ["32.01", "32.71"]),
            Meeting(id: "rakor-nasional", title: "Rakornas", level: .nasional, date: MufakatDomain.CalendarDate(year: 2026, month: 3, day: 1)),
        ])
        var h = MeetingFixture.harness(repo)
        h.type("r")
        #expect(h.frame().text.contains("Rakortek Jawa Barat"))
        h.key(.enter)
        #expect(h.performed.last == .meeting(.load(meetingID: "rakor-jabar")))
        let text = h.frame().text
        #expect(text.contains("Rapat: Rakortek Jawa Barat"))
        #expect(text.contains("2 daerah"))
    }

    @Test func aMatchBecomesADraftOnceAndTheSecondTimeIsRefused() throws {
        let repo = InMemoryMappingRepository(mappings: MeetingFixture.mappings(), meetings: [
            Meeting(id: "rakor-jabar", title: "Rakortek Jawa Barat", level: .provinsi, provinceCode: "32",
                    participantRegions: MeetingFixture.mappings().map(\.regionCode)),
        ])
        var h = MeetingFixture.harness(repo)
        h.type("r")
        h.type("m")
        #expect(h.program.screenName == "kecocokan")
        let text = h.frame().text
        #expect(text.contains("1.03"))
        #expect(text.contains("P→K"))
        h.key(.enter)
        // Nothing is made before the confirmation, which names what will be printed.
        #expect(repo.cooperations.isEmpty)
        #expect(h.frame().text.contains("Jadikan draf dan kesepakatan?"))
        #expect(h.frame().text.contains("kesepakatan ke-1"))
        h.key(.enter)
        let asked = h.performed.compactMap { action -> MappingMatch? in
            if case .meeting(.createDraft(let m, "rakor-jabar")) = action { return m }
            return nil
        }
        guard let match = asked.first else {
            Issue.record("no draft asked: \(h.performed)"); return
        }
        #expect(repo.cooperations.count == 1)
        let draft = try #require(repo.cooperations.values.first)
        #expect(Set(draft.parties.compactMap(\.regionCode)) == Set(match.regionCodes))
        #expect(draft.affairCode == match.affairCode)
        #expect(draft.kind == match.suggestedKind)
        #expect(draft.targetYear == match.targetYear)
        #expect(h.program.message?.kind == .ok)
        #expect(h.program.message?.text.contains(draft.id) == true)
        #expect(h.performed.contains(.loadList))
        let meeting = try #require(try repo.allMeetings().first)
        #expect(meeting.agreements.first?.cooperationID == draft.id)
        #expect(h.frame().text.contains("✓"))

        // Again on the same match: refused, nothing new in the store.
        h.key(.enter)
        #expect(repo.cooperations.count == 1)
        #expect(h.program.message?.text.contains("sudah dijadikan draf") == true)
        h.type("d")
        #expect(repo.cooperations.count == 1)

        // Withdrawn from the screen with a reason; the agreement stays in the history.
        h.type("w")
        #expect(h.frame().text.contains("Cabut kesepakatan ke-1"))
        h.key(.enter)
        #expect(h.program.message?.text.contains("Alasan pencabutan wajib diisi") == true)
        h.type("menunggu kajian lokasi")
        h.key(.enter)
        let after = try #require(try repo.allMeetings().first)
        #expect(after.agreements.count == 1)
        #expect(after.agreements[0].withdrawal?.reason == "menunggu kajian lokasi")
        #expect(h.program.message?.text.contains("dicabut") == true)
    }

    @Test func aDraftMadeElsewhereIsNotMadeTwice() throws {
        let repo = InMemoryMappingRepository(mappings: MeetingFixture.mappings())
        var h = MeetingFixture.harness(repo)
        let service = MappingService(repository: repo, today: Fixture.today)
        let first = try #require(try service.matches(meeting: nil).first)
        try service.createDraft(from: first, meetingID: nil)
        h.type("r"); h.type("m")
        h.key(.enter)
        h.key(.enter)   // confirmed; the service still refuses a second draft
        #expect(repo.cooperations.count == 1)
        #expect(h.program.message?.kind == .warning)
        #expect(h.program.message?.text.contains("sudah dijadikan draf") == true)
    }

    @Test func importFromTheScreenAsksAboutAConflictInIndonesian() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mufakat-meeting-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var changed = MeetingFixture.mappings()[2]
        changed.entries[0].need = "Tempat pengolahan sampah terpadu"
        let newcomer = RegionMapping(regionCode: "32.73", entries: [MappingEntry(affairCode: "1.03", offer: "Teknologi pengolahan sampah")])
        let encoder = JSONEncoder()
        try encoder.encode(changed).write(to: folder.appendingPathComponent("depok.json"))
        try encoder.encode(newcomer).write(to: folder.appendingPathComponent("kota bandung.json"))

        let repo = InMemoryMappingRepository(mappings: MeetingFixture.mappings())
        var h = MeetingFixture.harness(repo)
        h.type("r")
        h.type("i")
        #expect(h.frame().text.contains("Impor pemetaan daerah peserta"))
        h.key(.enter)
        #expect(h.program.message?.text.contains("Berkas:") == true)
        h.send(.paste(folder.appendingPathComponent("depok.json").path + " \"" + folder.appendingPathComponent("kota bandung.json").path + "\""))
        h.key(.enter)
        let text = h.frame().text
        #expect(text.contains("Pemetaan berbeda: Kota Depok"))
        #expect(text.contains("Kebutuhan"))
        #expect(!text.contains("entries["))
        #expect(try repo.mapping(regionCode: "32.73") != nil)          // the newcomer went in at once
        #expect(try repo.mapping(regionCode: "32.76")?.mapping.entries[0].need == "Lokasi pemrosesan akhir sampah")
        h.key(.enter)                                                   // Ganti (baru)
        #expect(try repo.mapping(regionCode: "32.76")?.mapping.entries[0].need == "Tempat pengolahan sampah terpadu")
        #expect(h.program.message?.kind == .ok)
        #expect(h.frame().text.contains("5 daerah"))
    }

    @Test func theCursorStaysOnItsCellAfterAnImportReloads() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mufakat-meeting-keep-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // Kota Bandung (32.73) sorts between Kota Bogor and Kota Depok: the column of Depok moves.
        let file = folder.appendingPathComponent("bandung.json")
        try JSONEncoder().encode(RegionMapping(regionCode: "32.73", entries: [MappingEntry(affairCode: "1.03", offer: "Teknologi")])).write(to: file)
        var h = MeetingFixture.harness()
        h.type("r")
        h.key(.down, times: 2); h.key(.right, times: 2)              // 1.03 × Kota Depok
        h.type("i"); h.send(.paste(file.path)); h.key(.enter)
        let text = h.frame().text
        #expect(text.contains("5 daerah"))
        #expect(text.contains("1.03 Pekerjaan Umum dan Penataan Ruang × Kota Depok"))
    }

    @Test func cancellingAConflictLeavesTheStoredMapping() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mufakat-meeting-cancel-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var changed = MeetingFixture.mappings()[0]
        changed.entries[0].offer = "Lahan lain"
        try JSONEncoder().encode(changed).write(to: folder.appendingPathComponent("a.json"))
        let repo = InMemoryMappingRepository(mappings: MeetingFixture.mappings())
        var h = MeetingFixture.harness(repo)
        h.type("r"); h.type("i")
        h.send(.paste(folder.appendingPathComponent("a.json").path))
        h.key(.enter)
        #expect(h.frame().text.contains("Potensi"))
        h.key(.escape)
        #expect(try repo.mapping(regionCode: "32.01")?.mapping.entries[0].offer == "Lahan TPA regional")
        #expect(h.program.message?.kind == .warning)
    }

    @Test func aMissingFileIsNamedInTheMessage() {
        var h = MeetingFixture.harness()
        h.type("r"); h.type("i")
        h.type("/tidak/ada.mufakat")
        h.key(.enter)
        #expect(h.program.message?.kind == .error)
        #expect(h.program.message?.text.contains("/tidak/ada.mufakat") == true)
    }

    @Test func exportWritesTheMatrixIntoTheExportFolder() throws {
        var h = MeetingFixture.harness()
        defer { try? FileManager.default.removeItem(at: MeetingFixture.exportFolder) }
        h.type("r")
        h.type("p")   // Jawa Barat only
        h.type("e")
        h.key(.right)  // CSV
        h.key(.enter)
        guard case .meeting(.exportMatrix(.csv, nil, let filter, false))? = h.performed.last else {
            Issue.record("no export: \(h.performed)"); return
        }
        #expect(filter.provinceCode == "32")
        let file = MeetingFixture.exportFolder.appendingPathComponent("matriks-pemetaan-semua.csv")
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains("Kota Bogor"))
        #expect(!text.contains("Semarang"))
        #expect(h.program.message?.text.contains(file.path) == true)
        #expect(h.frame().text.contains("Matriks diekspor"))
    }

    @Test func enterOpensTheDetailOfEveryRegionForTheAffair() {
        var h = MeetingFixture.harness(width: 120, height: 40)
        h.type("r")
        h.key(.down, times: 2)
        h.key(.enter)
        let text = h.frame(width: 120, height: 40).text
        #expect(text.contains("1.03"))
        #expect(text.contains("Lahan TPA regional"))
        #expect(text.contains("Rp750.000.000,00"))
        #expect(text.contains("Kota Bogor [K*]"))
        h.key(.escape)
        #expect(!h.frame(width: 120, height: 40).text.contains("Lahan TPA regional"))
        h.key(.right, times: 3)
        h.key(.enter)
        #expect(h.bells > 0)
    }
}

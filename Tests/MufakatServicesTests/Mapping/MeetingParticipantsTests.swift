import Foundation
import Testing
import MufakatDomain
@testable import MufakatServices
import MufakatTestSupport

/// Participants, groups, gaps, withdrawals and re-imports of a meeting, on the in-memory repository.
@Suite struct MeetingParticipantsTests {
    let today = CalendarDate(year: 2026, month: 3, day: 2)!

    func service(_ repo: InMemoryMappingRepository) -> MappingService { MappingService(repository: repo, today: today) }

    /// Kabupaten Malang offers a TPA; Kota Malang and Kota Batu need one; Kabupaten Pasuruan needs
    /// a referral hospital nobody offers; Kota Batu offers tourism nobody needs.
    func malangRaya() -> [RegionMapping] {
        [RegionMapping(regionCode: "35.07", entries: [MappingEntry(affairCode: "1.03", offer: "Kapasitas TPA regional", targetYear: 2028,
                                                                   indicativeBudget: Rupiah(2_000_000_000)!)]),
         RegionMapping(regionCode: "35.73", entries: [MappingEntry(affairCode: "1.03", need: "Pemrosesan akhir sampah", targetYear: 2028,
                                                                   indicativeBudget: Rupiah(750_000_000)!)]),
         RegionMapping(regionCode: "35.79", entries: [MappingEntry(affairCode: "1.03", need: "TPA", targetYear: 2028, indicativeBudget: Rupiah(500_000_000)!),
                                                      MappingEntry(affairCode: "3.26", offer: "Wisata petik apel")]),
         RegionMapping(regionCode: "35.14", entries: [MappingEntry(affairCode: "1.02", need: "Rumah sakit rujukan")])]
    }

    @Test func importsBeforeAndAfterTheMeetingAreAllCounted() throws {
        let repo = InMemoryMappingRepository()
        let s = service(repo)
        let m = malangRaya()
        let early = try s.importMappings([.init(mapping: m[0], source: "a.json")], meetingID: nil) { _, _, _ in nil }
        #expect(early[0].remarks?.contains("belum ada rapat") == true)
        let (meeting, admissions) = try s.createMeeting(Meeting(id: "rakor", title: "Rakortek Jawa Timur", level: .provinsi, provinceCode: "35"),
                                                        takeExisting: true)
        #expect(meeting.participantRegions == ["35.07"])
        #expect(admissions.map(\.admission) == [.added(meetingID: "rakor")])
        _ = try s.importMappings(m.dropFirst().map { .init(mapping: $0, source: "\($0.regionCode).json") }, meetingID: nil) { _, _, _ in nil }
        let after = try s.requireMeeting(id: nil)
        #expect(Set(after.participantRegions) == ["35.07", "35.73", "35.79", "35.14"])
        #expect(try s.matrix(meeting: after).regions.count == 4)
        #expect(try s.nonParticipants(meeting: after).isEmpty)
    }

    @Test func withoutTakingThemStoredMappingsAreNamedAsOutside() throws {
        let repo = InMemoryMappingRepository(mappings: malangRaya())
        let s = service(repo)
        let (meeting, _) = try s.createMeeting(Meeting(id: "rakor", title: "Rakortek", level: .provinsi, provinceCode: "35"), takeExisting: false)
        #expect(try s.nonParticipants(meeting: meeting) == ["35.07", "35.14", "35.73", "35.79"])
        #expect(try s.nonParticipantSentence(meeting: meeting)?.hasPrefix("4 pemetaan tersimpan bukan peserta") == true)
        #expect(try s.matrix(meeting: meeting).regions.isEmpty)
    }

    @Test func oneOfferForTwoNeedsIsOneGroupAndOneDraft() throws {
        let repo = InMemoryMappingRepository(mappings: malangRaya(),
                                             meetings: [Meeting(id: "rakor", title: "Rakortek", level: .provinsi, provinceCode: "35",
                                                                participantRegions: ["35.07", "35.73", "35.79", "35.14"])])
        let s = service(repo)
        let matches = try s.matches(meeting: try s.meeting(id: nil))
        let tpa = matches.filter { $0.affairCode == "1.03" }
        #expect(tpa.count == 1)
        let group = try #require(tpa.first)
        #expect(group.regionCodes == ["35.07", "35.73", "35.79"])
        #expect(group.offeringRegion == "35.07")
        let preview = try s.preview(of: group, meetingID: nil)
        #expect(preview.contains("Para pihak (3)"))
        #expect(preview.contains("Rp3.250.000.000"))
        let draft = try s.createDraft(from: group, meetingID: nil)
        #expect(draft.parties.count == 3)
        #expect(draft.proposal.indicativeCost == Rupiah(3_250_000_000)!)
        #expect(throws: MappingServiceError.draftExists(id: draft.id)) { try s.createDraft(from: group, meetingID: nil) }
        #expect(repo.cooperations.count == 1)

        let gaps = try s.gaps(meeting: try s.meeting(id: nil))
        #expect(gaps.filter { $0.side == .need }.map(\.regionCode) == ["35.14"])
        #expect(gaps.filter { $0.side == .offer }.map(\.affairCode) == ["3.26"])
        #expect(MappingGaps.offerOnlyAffairs(malangRaya()) == ["3.26"])
    }

    @Test func aGroupIsSplitAndMergedBackForTheMeeting() throws {
        let repo = InMemoryMappingRepository(mappings: malangRaya(),
                                             meetings: [Meeting(id: "rakor", title: "Rakortek", level: .provinsi, provinceCode: "35",
                                                                participantRegions: ["35.07", "35.73", "35.79", "35.14"])])
        let s = service(repo)
        let split = try s.changeGroup(GroupChange(kind: .split, affairCode: "1.03", regionCodes: ["35.07", "35.73", "35.79"]), meetingID: nil)
        #expect(split.filter { $0.affairCode == "1.03" }.map(\.regionCodes) .sorted { $0.lexicographicallyPrecedes($1) } == [["35.07", "35.73"], ["35.07", "35.79"]])
        #expect(try s.matches(meeting: try s.meeting(id: nil)).filter { $0.affairCode == "1.03" }.count == 2, "kept in the meeting")
        let merged = try s.changeGroup(GroupChange(kind: .merge, affairCode: "1.03", regionCodes: ["35.07", "35.73", "35.79"]), meetingID: nil)
        #expect(merged.filter { $0.affairCode == "1.03" }.map { Set($0.regionCodes) } == [["35.07", "35.73", "35.79"]])
        #expect(throws: MappingServiceError.self) {
            try s.changeGroup(GroupChange(kind: .merge, affairCode: "1.02", regionCodes: ["35.14", "35.07"]), meetingID: nil)
        }
    }

    @Test func agreeCanDraftAndAnAgreementIsWithdrawnWithItsReason() throws {
        let repo = InMemoryMappingRepository(mappings: malangRaya(),
                                             meetings: [Meeting(id: "rakor", title: "Rakortek", level: .provinsi, provinceCode: "35",
                                                                participantRegions: ["35.07", "35.73", "35.79"])])
        let s = service(repo)
        let (number, draft) = try s.recordAgreement(AgreedCooperation(affairCode: "1.03", regionCodes: ["35.07", "35.73", "35.79"],
                                                                      kind: .ksddSukarela, title: "TPA regional", targetYear: 2028),
                                                    draft: true, meetingID: nil)
        #expect(number == 1)
        #expect(draft?.parties.count == 3)
        let withdrawn = try s.withdrawAgreement(number: 1, reason: "menunggu kajian lokasi", meetingID: nil)
        #expect(withdrawn.withdrawal?.reason == "menunggu kajian lokasi")
        #expect(throws: MappingServiceError.self) { try s.withdrawAgreement(number: 1, reason: "lagi", meetingID: nil) }
        #expect(throws: MappingServiceError.self) { try s.withdrawAgreement(number: 2, reason: "tidak ada", meetingID: nil) }
        let meeting = try s.requireMeeting(id: nil)
        #expect(meeting.agreements.count == 1, "the history keeps it")
        let text = try s.minutes(meeting: meeting).blocks.flatMap(\.texts).map(\.plain).joined(separator: "\n")
        #expect(text.contains("dicabut pada 2 Maret 2026 dengan alasan: menunggu kajian lokasi"))
        #expect(text.contains("Rapat belum menyepakati rencana kerja sama."), "a withdrawn agreement is no longer agreed")
    }

    @Test func replacingAMappingFlagsItsAgreementsAndTheOlderSideIsNamed() throws {
        let repo = InMemoryMappingRepository(mappings: malangRaya(),
                                             meetings: [Meeting(id: "rakor", title: "Rakortek", level: .provinsi, provinceCode: "35",
                                                                participantRegions: ["35.07", "35.73"])])
        let s = service(repo)
        try s.recordAgreement(AgreedCooperation(affairCode: "1.03", regionCodes: ["35.07", "35.73"], kind: .ksddSukarela, title: "TPA"),
                              draft: false, meetingID: nil)
        // Revision 3 of the sender arrives, then revision 2 (older) is sent again.
        var newer = malangRaya()[1]
        newer.entries[0].need = "TPA dan pengolahan lindi"
        let r = try s.importMappings([.init(mapping: newer, source: "kota-malang-3.mufakat", revision: 3)], meetingID: nil) { _, _, _ in .replace }
        #expect(r[0].note?.contains("ditandai perlu ditinjau") == true)
        #expect(try s.requireMeeting(id: nil).agreements[0].reviewNote?.contains("kota-malang-3.mufakat") == true)
        var asked: String?
        _ = try s.importMappings([.init(mapping: malangRaya()[1], source: "kota-malang-2.mufakat", revision: 2)], meetingID: nil) { item, existing, _ in
            asked = try? s.age(of: item, existing: existing).sentence
            return nil
        }
        #expect(asked?.hasPrefix("yang diimpor LEBIH LAMA dari yang tersimpan (lebih baru)") == true, "\(asked ?? "nil")")
        #expect(asked?.contains("revisi yang diimpor 2, yang tersimpan revisi 3") == true)
    }

    @Test func mappingsWithErrorsAreRefusedNamingTheFile() throws {
        let s = service(InMemoryMappingRepository())
        let bad = RegionMapping(regionCode: "35.07", entries: [
            MappingEntry(affairCode: "9.99", offer: "x"), MappingEntry(affairCode: "1.03", need: "y", partnerRegions: ["35.07", "99.99"], targetYear: 2019)])
        let r = try s.importMappings([.init(mapping: bad, source: "rusak.json")], meetingID: nil) { _, _, _ in nil }
        guard case .rejected(let why) = r[0].status else { Issue.record("not refused: \(r[0].status)"); return }
        #expect(why.hasPrefix("rusak.json: pemetaan Kabupaten Malang ditolak"))
        #expect(why.contains("9.99"))
    }

    @Test func crossProvinceMatchesSayTheLevel() throws {
        let m = [RegionMapping(regionCode: "35.07", entries: [MappingEntry(affairCode: "2.15", offer: "Terminal", partnerRegions: ["33.26"])]),
                 RegionMapping(regionCode: "33.26", entries: [MappingEntry(affairCode: "2.15", need: "Terminal", partnerRegions: ["35.07"])])]
        let s = service(InMemoryMappingRepository(mappings: m))
        let match = try #require(try s.matches(meeting: nil).first)
        #expect(match.reasons.last?.hasPrefix("lintas provinsi (") == true)
        #expect(match.reasons.last?.contains("koordinasi teknis tingkat nasional (PP 28/2018 Pasal 5)") == true)
        #expect(MatchGrouping.coordinationLevel(["35.07", "35.73"], catalogues: .shared) == .provinsi)
        #expect(MatchGrouping.coordinationLevel(["35", "35.73"], catalogues: .shared) == .nasional)
    }
}

@Suite struct WajibDraftBorderingTests {
    @Test func aWajibDraftTakesTheBorderFromTheAdjacencyData() throws {
        let m = [RegionMapping(regionCode: "32.01", entries: [MappingEntry(affairCode: "1.03", offer: "Lahan TPA", intendedKind: .ksddWajib)]),
                 RegionMapping(regionCode: "32.71", entries: [MappingEntry(affairCode: "1.03", need: "TPA", intendedKind: .ksddWajib)])]
        let repo = InMemoryMappingRepository(mappings: m)
        let s = MappingService(repository: repo, today: CalendarDate(year: 2026, month: 3, day: 2)!)
        let match = try #require(try s.matches(meeting: nil).first { $0.suggestedKind == .ksddWajib })
        let draft = try s.createDraft(from: match, meetingID: nil)
        #expect(draft.partiesBordering)
        #expect(draft.notes.contains("berbatasan menurut data keberbatasan"))
    }
}

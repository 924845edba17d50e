import Foundation
import MufakatDomain
import MufakatServices
import MufakatStore
import Testing
import TerminalUI
@testable import MufakatApp

@Suite struct MappingFormTests {
    typealias F = MappingFormFixture

    @Test func keyPOpensTheOwnRegionsMappingGroupedAsTheCatalogue() {
        let (h, _) = F.opened()
        #expect(h.performed.contains(.loadMapping(regionCode: "32.71")))
        #expect(h.program.screenName == "pemetaan")
        let s = F.screen(h)
        #expect(s.statuses.count == 32)
        #expect(s.statuses.map(\.code) == Catalogues.shared.affairs.all.map(\.code))
        #expect(s.summary.hasPrefix("Terisi 1 dari 32 urusan · lengkap 1 · 0 urusan dengan temuan"))
        let row = s.statuses.first { $0.code == "2.15" }!
        #expect(row.fill == .both && row.priority == .tinggi && row.complete && !row.hasFindings)
        let text = F.text(h)
        #expect(text.contains("Pemetaan urusan Kota Bogor (32.71) · revisi 1"))
        #expect(text.contains("▸ Wajib, pelayanan dasar"))
        // The other groups follow the first; the list scrolls to them.
        var h2 = h
        h2.key(.end)
        #expect(F.text(h2).contains("▸ Pilihan"))
    }

    @Test func profileMovedToCapitalP() {
        var h = Harness()
        h.type("P")
        #expect(h.program.screenName == "profil")
    }

    @Test func withoutProfileTheOnlyStoredMappingIsShownElseTheOfficerIsAsked() {
        let repo = InMemoryMappingRepository(mappings: [])
        var h = Harness(profile: nil, items: [Fixture.transport()])
        h.effects.mappings = repo
        h.type("p")
        #expect(h.program.screenName == "beranda")
        #expect(h.program.message?.text.contains("Isi profil daerah dulu (tekan P)") == true)
        try! repo.saveMapping(RegionMapping(regionCode: "32.08"), basedOn: nil)
        h.type("p")
        #expect(h.program.screenName == "pemetaan")
        #expect(F.screen(h).regionCode == "32.08")
    }

    @Test func fillingAnEntryChangesTheMappingAndMarksItUnsaved() {
        var (h, _) = F.opened()
        F.openAffair("1.01", in: &h)
        #expect(F.screen(h).entryForm?.affairCode == "1.01")
        h.type("Balai pelatihan guru")
        h.key(.tab)
        h.type("Beasiswa")
        let s = F.screen(h)
        #expect(s.isDirty)
        let e = s.mapping.entries(forAffair: "1.01").first
        #expect(e?.offer == "Balai pelatihan guru" && e?.need == "Beasiswa")
        #expect(s.statuses.first { $0.code == "1.01" }?.fill == .both)
        #expect(h.frame().lines[0].contains("● Pemetaan urusan"))
        // Back to the list: the answers stay, the row is now "sebagian".
        h.key(.escape)
        #expect(F.screen(h).entryForm == nil)
        #expect(F.text(h).contains("1.01  Pendidikan"))
        #expect(F.screen(h).statuses.first { $0.code == "1.01" }?.completeness == "sebagian")
    }

    @Test func emptyingAnEntryRemovesIt() {
        var (h, _) = F.opened()
        F.openAffair("1.01", in: &h)
        h.type("x")
        #expect(F.screen(h).mapping.entries.count == 2)
        h.key(.backspace)
        #expect(F.screen(h).mapping.entries.count == 1)
        #expect(!F.screen(h).isDirty)
    }

    @Test func validatorFindingsAppearBesideTheFields() {
        let bad = F.mapping(entries: [
            MappingEntry(affairCode: "2.15", offer: "Terminal", partnerRegions: ["32.71"], intendedKind: .ksddWajib,
                         priority: .sedang, targetYear: 2020),
            MappingEntry(affairCode: "9.99", offer: "Sesuatu"),
        ])
        var (h, _) = F.opened(bad)
        let s = F.screen(h)
        #expect(s.statuses.count == 33)
        #expect(s.statuses.last?.code == "9.99")
        #expect(s.statuses.first { $0.code == "2.15" }?.findingMark == "✗2")
        #expect(s.summary.contains("2 urusan dengan temuan (3 kesalahan)"))
        h.key(.end)
        let list = F.text(h)
        #expect(list.contains("▸ Kode urusan tidak dikenal"))
        #expect(list.contains("✗ Kode urusan: kode urusan tidak dikenal; gunakan salah satu"))
        F.openAffair("2.15", in: &h)
        h.key(.tab, times: F.tabs(to: .partners))
        var text = F.text(h)
        #expect(text.contains("✗ daerah mencantumkan dirinya sendiri sebagai calon"))
        h.key(.tab, times: F.tabs(to: .targetYear) - F.tabs(to: .partners))
        text = F.text(h)
        #expect(text.contains("✗ tahun target 2020 sudah lewat; isi tahun 2026 atau"))
        // Fixing the year clears its finding at once.
        h.key(.backspace, times: 4)
        h.type("2028")
        #expect(!F.text(h).contains("sudah lewat"))
        #expect(F.screen(h).findings.filter { $0.affairCode == "2.15" }.map(\.rule) == ["mitra-diri-sendiri"])
    }

    @Test func halfTypedYearBlocksLeavingAndSaving() {
        var (h, _) = F.opened()
        F.openAffair("1.01", in: &h)
        h.type("Potensi")
        h.key(.tab, times: F.tabs(to: .targetYear))
        h.type("20")
        h.key(.escape)
        #expect(F.screen(h).entryForm != nil)
        #expect(h.program.message?.text.contains("Tahun target '20' belum lengkap") == true)
        h.key(.ctrl("s"))
        #expect(!h.performed.contains { if case .saveMapping = $0 { true } else { false } })
        h.type("27")
        h.key(.escape)
        #expect(F.screen(h).entryForm == nil)
        #expect(F.screen(h).mapping.entries(forAffair: "1.01").first?.targetYear == 2027)
    }

    @Test func negativeBudgetIsRefusedWithAClearMessage() {
        var (h, _) = F.opened()
        F.openAffair("1.01", in: &h)
        h.key(.tab, times: F.tabs(to: .budget))
        h.type("-")
        #expect(h.bells == 1)
        #expect(h.program.message == .error(MappingEntryForm.negativeBudget))
        #expect(F.text(h).contains("✗ Anggaran indikatif tidak boleh negatif"))
        h.send(.paste("-1.500.000"))
        #expect(h.bells == 2)
        #expect(F.screen(h).entryForm?.budget.amount == nil)
        h.type("1500000")
        #expect(F.screen(h).entryForm?.budget.amount == 1_500_000)
        #expect(!F.text(h).contains("tidak boleh negatif"))
        #expect(F.screen(h).mapping.entries(forAffair: "1.01").first?.indicativeBudget == Rupiah(1_500_000))
    }

    @Test func choicesPartnersAndThirdParties() {
        var (h, _) = F.opened()
        F.openAffair("2.15", in: &h)
        h.key(.tab, times: F.tabs(to: .partners))
        h.key(.enter)
        h.type("kota depok")
        h.key(.enter)
        h.key(.escape)
        h.key(.tab)               // third parties
        h.key(.down, times: 2); h.type(" ")  // BUMD
        h.key(.tab)               // kind
        h.key(.right)             // sukarela -> KSDPK
        h.key(.tab); h.key(.right)          // tinggi -> sedang
        h.key(.tab, times: 2); h.type(" ")  // RPJMD off
        let e = F.screen(h).mapping.entries(forAffair: "2.15").first!
        #expect(e.partnerRegions == ["32.01", "32.76"])
        #expect(e.partnerThirdParties == [.bumd])
        #expect(e.intendedKind == .ksdpk)
        #expect(e.priority == .sedang)
        #expect(e.inRPJMD == false)
    }

    @Test func saveSendsTheRevisionItWasReadAt() {
        var (h, repo) = F.opened()
        F.openAffair("1.01", in: &h)
        h.type("Balai pelatihan guru")
        h.key(.ctrl("s"))
        #expect(h.performed.contains { action in
            if case let .saveMapping(m, basedOn: 1) = action { m.entries(forAffair: "1.01").first?.offer == "Balai pelatihan guru" && m.updatedOn == Fixture.today } else { false }
        })
        #expect(h.program.message == .ok("Pemetaan tersimpan (revisi 2)."))
        #expect(!F.screen(h).isDirty)
        #expect(F.screen(h).revision == 2)
        #expect(try! repo.mapping(regionCode: "32.71")?.mapping.entries(forAffair: "1.01").first?.offer == "Balai pelatihan guru")
        h.type(" baru")
        h.key(.function(2))
        #expect(h.performed.last == .saveMapping(F.screen(h).mapping, basedOn: 2))
    }

    @Test func aConflictIsShownAndNothingIsOverwritten() {
        var (h, repo) = F.opened()
        var theirs = F.mapping()
        theirs.contact.name = "Petugas Lain"
        try! repo.saveMapping(theirs, basedOn: 1)
        F.openAffair("1.01", in: &h)
        h.type("Milik saya")
        h.key(.ctrl("s"))
        #expect(h.program.mappingForm?.dialogTitle == "Konflik penyimpanan pemetaan")
        #expect(try! repo.mapping(regionCode: "32.71")?.mapping == theirs)
        #expect(F.text(h).contains("Tidak ada yang ditimpa"))
        h.key(.enter)   // Pakai milik saya
        let stored = try! repo.mapping(regionCode: "32.71")!
        #expect(stored.revision == 3)
        #expect(stored.mapping.entries(forAffair: "1.01").first?.offer == "Milik saya")
        #expect(!F.screen(h).isDirty)
    }

    @Test func takingTheirsReplacesTheScreen() {
        var (h, repo) = F.opened()
        try! repo.saveMapping(F.mapping(entries: []), basedOn: 1)
        F.openAffair("1.01", in: &h)
        h.type("Milik saya")
        h.key(.ctrl("s"))
        h.key(.right); h.key(.enter)   // Ambil milik mereka
        #expect(F.screen(h).mapping.entries.isEmpty)
        #expect(F.screen(h).revision == 2)
        #expect(!F.screen(h).isDirty)
    }

    @Test func leavingWithUnsavedChangesAsks() {
        var (h, repo) = F.opened()
        F.openAffair("1.01", in: &h)
        h.type("Sementara")
        h.key(.escape)
        h.key(.escape)
        #expect(h.program.mappingForm?.dialogTitle == "Tutup pemetaan?")
        h.key(.right, times: 2); h.key(.enter)   // Batal
        #expect(h.program.screenName == "pemetaan")
        #expect(F.screen(h).isDirty)
        h.key(.escape)
        h.key(.right); h.key(.enter)             // Buang & tutup
        #expect(h.program.screenName == "beranda")
        #expect(try! repo.mapping(regionCode: "32.71")?.revision == 1)
        // Saving on the way out.
        h.type("p")
        F.openAffair("1.01", in: &h)
        h.type("Disimpan")
        h.key(.escape); h.key(.escape); h.key(.enter)
        #expect(h.program.screenName == "beranda")
        #expect(try! repo.mapping(regionCode: "32.71")?.mapping.entries(forAffair: "1.01").first?.offer == "Disimpan")
    }

    @Test func quitWithUnsavedChangesAsksThenSaves() {
        var (h, repo) = F.opened()
        F.openAffair("1.01", in: &h)
        h.type("Sebelum keluar")
        h.key(.ctrl("q"))
        #expect(!h.quitRequested)
        #expect(h.program.mappingForm?.dialogTitle == "Keluar dari Mufakat?")
        h.key(.enter)
        #expect(h.quitRequested)
        #expect(try! repo.mapping(regionCode: "32.71")?.mapping.entries(forAffair: "1.01").first?.offer == "Sebelum keluar")
    }

    @Test func quitWithoutChangesDoesNotAsk() {
        var (h, _) = F.opened()
        h.key(.ctrl("q"))
        #expect(h.quitRequested)
    }

    @Test func sigtermSavesTheMapping() {
        var (h, repo) = F.opened()
        F.openAffair("1.01", in: &h)
        h.type("Tersimpan saat dihentikan")
        h.send(.signal(.terminate))
        #expect(h.quitRequested)
        #expect(h.performed.contains { if case .rescueMapping(_, basedOn: 1) = $0 { true } else { false } })
        #expect(try! repo.mapping(regionCode: "32.71")?.mapping.entries(forAffair: "1.01").first?.offer == "Tersimpan saat dihentikan")
    }

    @Test func contactOfficerIsEditedAndChecked() {
        var (h, _) = F.opened()
        h.type("c")
        h.key(.tab)          // NIP: entering selects it, typing replaces it
        h.type("123")
        h.key(.escape)
        #expect(h.bells == 1)
        #expect(h.program.message?.text.contains("NIP") == true)
        h.key(.backspace, times: 3)
        h.type("198503122010012003")
        h.key(.tab, times: 3)    // phone
        h.type("0251-8321075")
        h.key(.tab)
        h.type("kerjasama@kotabogor.go.id")
        h.key(.enter)
        let m = F.screen(h).mapping
        #expect(m.contact.nip == "198503122010012003")
        #expect(m.contactPhone == "0251-8321075")
        #expect(m.contactEmail == "kerjasama@kotabogor.go.id")
        #expect(F.text(h, width: 200, height: 60).contains("Petugas: Siti Rahmawati · NIP 198503122010012003 · Bagian Kerja Sama Sekretariat Daerah Kota Bogor · 0251-8321075 · kerjasama@kotabogor.go.id"))
    }

    @Test func deletingAnAffairsEntryAsksFirst() {
        var (h, _) = F.opened()
        let index = F.screen(h).statuses.firstIndex { $0.code == "2.15" }!
        h.key(.down, times: index)
        h.type("h")
        #expect(h.program.mappingForm?.dialogTitle == "Hapus isian urusan?")
        h.key(.enter)
        #expect(F.screen(h).mapping.entries.isEmpty)
        #expect(F.screen(h).isDirty)
    }

    @Test func subAffairIsChosenAndCtrlNAddsAnotherRow() {
        var (h, _) = F.opened()
        F.openAffair("2.15", in: &h)
        h.key(.backTab)          // Sub-urusan, above Potensi
        #expect(F.screen(h).entryForm?.focus == .subAffair)
        let choices = F.screen(h).entryForm!.subAffairs
        #expect(choices.first == .some(nil))
        #expect(choices.count > 1)
        h.key(.right)
        let chosen = F.screen(h).mapping.entries(forAffair: "2.15").first?.subAffairID
        #expect(chosen != nil)
        #expect(chosen.flatMap { Catalogues.shared.authority[$0]?.affairCode } == "2.15")
        // Kota Bogor is a city: only rows a kabupaten/kota holds are offered.
        #expect(choices.compactMap { $0 }.allSatisfy { Catalogues.shared.authority[$0]!.level.includes(.kota) })
        // Ctrl-N: a new row of the same affair, saved as a second entry once something is typed.
        h.key(.ctrl("n"))
        #expect(F.screen(h).entryForm?.rowLabel == "baris baru (2 dari 2)")
        h.type("Halte bersama")
        #expect(F.screen(h).mapping.entries(forAffair: "2.15").count == 2)
        h.key(.escape)
        #expect(F.screen(h).statuses.first { $0.code == "2.15" }?.entryCount == 2)
        #expect(F.text(h).contains("Perhubungan (2 baris)") || F.text(h, width: 200, height: 60).contains("Perhubungan (2 baris)"))
        // Enter opens the first row again, Ctrl-N the second.
        F.openAffair("2.15", in: &h)
        #expect(F.screen(h).entryForm?.rowLabel == "baris 1 dari 2")
        h.key(.ctrl("n"))
        #expect(F.screen(h).entryForm?.offer.text == "Halte bersama")
    }

    @Test func sigtermDuringAConflictKeepsACopyBesideTheStore() throws {
        var (h, repo) = F.opened()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mufakat-rescue-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        h.effects.exportFolder = folder
        try repo.saveMapping(F.mapping(entries: []), basedOn: 1)
        F.openAffair("1.01", in: &h)
        h.type("Jangan hilang")
        h.send(.signal(.hangup))
        #expect(h.quitRequested)
        #expect(try repo.mapping(regionCode: "32.71")?.mapping.entries.isEmpty == true)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(files.count == 1)
        #expect(files.first?.hasPrefix("pemetaan-32.71-belum-disimpan-") == true)
        let text = try String(contentsOf: folder.appendingPathComponent(files[0]), encoding: .utf8)
        #expect(text.contains("Jangan hilang"))
    }
}

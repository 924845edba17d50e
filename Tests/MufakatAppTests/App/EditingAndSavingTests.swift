import Foundation
import MufakatDomain
import MufakatServices
import MufakatStore
import Testing
import TerminalUI
@testable import MufakatApp

@Suite struct EditingAndSavingTests {
    /// Home with the transport cooperation, opened in the (placeholder) editor.
    func opened() -> Harness {
        var h = Harness(items: [Fixture.transport()])
        h.openFirst()
        return h
    }

    @Test func openingTakesTheLockAndShowsTheEditor() {
        let h = opened()
        #expect(h.performed.contains(.open(id: "angkutan-bogor")))
        #expect(h.program.screenName == "penyunting")
        #expect(h.program.basedOnRevision == 1)
        #expect(h.repository.isLocked(id: "angkutan-bogor"))
        #expect(!h.program.isDirty)
    }

    @Test func ctrlSSavesWithTheBaseRevision() {
        var h = opened()
        h.type("catatan")
        #expect(h.program.isDirty)
        #expect(h.frame().lines[0].contains("● "))
        h.key(.ctrl("s"))
        #expect(h.performed.contains { if case .save(let c, basedOn: 1) = $0 { c.notes == "catatan" } else { false } })
        #expect(!h.program.isDirty)
        #expect(h.program.basedOnRevision == 2)
        #expect(h.program.message == .ok("Tersimpan (revisi 2)."))
        #expect(!h.frame().lines[0].contains("●"))
        h.type("x")
        h.key(.function(2))
        #expect(h.program.basedOnRevision == 3)
    }

    @Test func autosaveAfterIdleTicksOnlyWhenChanged() {
        var h = opened()
        h.send(.tick); h.send(.tick); h.send(.tick); h.send(.tick)
        #expect(!h.performed.contains { if case .saveDraft = $0 { true } else { false } })
        h.type("abc")
        h.send(.tick); h.send(.tick)
        #expect(!h.performed.contains { if case .saveDraft = $0 { true } else { false } })
        h.send(.tick)
        #expect(h.performed.contains { if case .saveDraft(let c, basedOn: 1) = $0 { c.notes == "abc" } else { false } })
        #expect(h.repository.loadDraft(id: "angkutan-bogor")?.cooperation.notes == "abc")
        let drafts = h.performed.filter { if case .saveDraft = $0 { true } else { false } }.count
        h.send(.tick); h.send(.tick); h.send(.tick)
        #expect(h.performed.filter { if case .saveDraft = $0 { true } else { false } }.count == drafts)
    }

    @Test func editorAskedDraftOnLeavingAGroup() {
        var h = opened()
        h.type("z")
        h.key(.tab)   // the placeholder editor asks for a draft on Tab
        #expect(h.performed.contains { if case .saveDraft = $0 { true } else { false } })
    }

    @Test func quitWithUnsavedChangesAsksAndCanDiscard() {
        var h = opened()
        h.type("perubahan")
        h.key(.ctrl("q"))
        #expect(!h.quitRequested)
        #expect(h.program.dialogTitle == "Keluar dari Mufakat?")
        h.key(.right)
        h.key(.enter)        // Keluar tanpa menyimpan
        #expect(h.quitRequested)
        #expect(h.performed.suffix(2) == [.discardDraft(id: "angkutan-bogor"), .unlock(id: "angkutan-bogor")])
        #expect(try! h.repository.load(id: "angkutan-bogor").cooperation.notes == "")
    }

    @Test func quitCanSaveFirst() {
        var h = opened()
        h.type("simpan dulu")
        h.send(.signal(.interrupt))
        #expect(h.program.dialogTitle == "Keluar dari Mufakat?")
        h.key(.enter)        // Simpan lalu keluar
        #expect(h.quitRequested)
        #expect(try! h.repository.load(id: "angkutan-bogor").cooperation.notes == "simpan dulu")
        #expect(!h.repository.isLocked(id: "angkutan-bogor"))
    }

    @Test func quitCancelledKeepsEverything() {
        var h = opened()
        h.type("tetap")
        h.key(.ctrl("q"))
        h.key(.escape)
        #expect(!h.quitRequested)
        #expect(h.program.isDirty)
        #expect(h.program.editedCooperation?.notes == "tetap")
    }

    @Test func cleanQuitDoesNotAsk() {
        var h = opened()
        h.send(.signal(.interrupt))
        #expect(h.quitRequested)
        #expect(h.performed.last == .unlock(id: "angkutan-bogor"))
    }

    @Test func terminationKeepsADraft() {
        var h = opened()
        h.type("jangan hilang")
        h.send(.signal(.hangup))
        #expect(h.quitRequested)
        #expect(h.repository.loadDraft(id: "angkutan-bogor")?.cooperation.notes == "jangan hilang")
    }

    @Test func escapeWithChangesAsksBeforeClosing() {
        var h = opened()
        h.type("belum")
        h.key(.escape)
        #expect(h.program.dialogTitle == "Tutup kerja sama?")
        h.key(.right, times: 2)
        h.key(.enter)        // Batal
        #expect(h.program.screenName == "penyunting")
        h.key(.escape)
        h.key(.enter)        // Simpan lalu tutup
        #expect(h.program.screenName == "beranda")
        #expect(try! h.repository.load(id: "angkutan-bogor").revision == 2)
        #expect(!h.repository.isLocked(id: "angkutan-bogor"))
    }

    @Test func conflictShowsDifferencesAndMergeKeepsTheirUntouchedChange() {
        var h = opened()
        var theirs = Fixture.transport()
        theirs.proposal.background = "Latar belakang dari rekan"
        h.repository.saveAsOther(theirs, by: "sari@kantor-lain")
        h.type("milik saya")
        h.key(.ctrl("s"))
        #expect(h.program.dialogTitle == "Konflik penyimpanan")
        guard case .conflict(let mine, let other)? = h.program.dialog?.purpose else { Issue.record("no conflict dialog"); return }
        #expect(mine.notes == "milik saya")
        #expect(other.revision == 2)
        // Named as the forms name them, not by data path.
        #expect(h.program.dialog!.dialog.text.contains("• Catatan"))
        #expect(h.program.dialog!.dialog.text.contains("• Persiapan dan Usulan › Latar belakang"))
        #expect(!h.program.dialog!.dialog.text.contains("proposal.background"))
        #expect(h.program.dialog!.dialog.text.contains("sari@kantor-lain"))
        #expect(try! h.repository.load(id: "angkutan-bogor").cooperation.notes == "")  // nothing overwritten
        h.key(.enter)        // Gabungkan (the default): their change to a field I never touched stays
        var merged = mine
        merged.proposal.background = "Latar belakang dari rekan"
        #expect(h.performed.contains(.save(merged, basedOn: 2)))
        let stored = try! h.repository.load(id: "angkutan-bogor")
        #expect(stored.revision == 3)
        #expect(stored.cooperation.notes == "milik saya")
        #expect(stored.cooperation.proposal.background == "Latar belakang dari rekan")
        #expect(h.program.editedCooperation?.proposal.background == "Latar belakang dari rekan")
        #expect(!h.program.isDirty)
    }

    @Test func conflictOnTheSameFieldIsAskedPerField() {
        var h = opened()
        var theirs = Fixture.transport()
        theirs.notes = "catatan rekan"
        theirs.proposal.background = "latar rekan"
        h.repository.saveAsOther(theirs, by: "sari@kantor-lain")
        h.type("catatan saya")
        h.key(.ctrl("s"))
        #expect(h.program.dialogTitle == "Konflik penyimpanan")
        h.key(.enter)        // Gabungkan
        #expect(h.program.dialogTitle == "Diubah kedua pihak (1 dari 1)")
        #expect(h.program.dialog!.dialog.text.contains("Anda: catatan saya"))
        #expect(h.program.dialog!.dialog.text.contains("Mereka: catatan rekan"))
        h.key(.right)
        h.key(.enter)        // Ambil milik mereka, for this field only
        let stored = try! h.repository.load(id: "angkutan-bogor")
        #expect(stored.revision == 3)
        #expect(stored.cooperation.notes == "catatan rekan")
        #expect(stored.cooperation.proposal.background == "latar rekan")
        #expect(!h.program.isDirty)
    }

    @Test func conflictFieldQuestionCanBeCancelled() {
        var h = opened()
        var theirs = Fixture.transport()
        theirs.notes = "catatan rekan"
        h.repository.saveAsOther(theirs, by: "sari@kantor-lain")
        h.type("catatan saya")
        h.key(.ctrl("s"))
        h.key(.enter)        // Gabungkan
        h.key(.escape)
        #expect(h.program.dialogTitle == nil)
        #expect(h.program.isDirty)
        #expect(h.program.editedCooperation?.notes == "catatan saya")
        #expect(try! h.repository.load(id: "angkutan-bogor").revision == 2)
    }

    @Test func syncConflictIsMarkedOnTheListAndEnterAsksTheMerge() {
        var h = Harness(items: [Fixture.transport()])
        var state = ListState(profile: Fixture.profile, items: [ListedCooperation(cooperation: Fixture.transport(), revision: 2)])
        state.syncConflicts = ["angkutan-bogor"]
        h.send(.custom(AppEvent.listLoaded(state)))
        let lines = h.frame(width: 120, height: 40).lines
        #expect(lines.contains { $0.contains("⚠ Kerja Sama Bidang") && $0.contains("KONFLIK") }, "\(lines.joined(separator: "\n"))")
        h.key(.enter)
        #expect(h.performed.last == .loadSyncConflict(id: "angkutan-bogor"))
        var mine = Fixture.transport(), theirs = Fixture.transport()
        mine.notes = "catatan kantor ini"
        theirs.proposal.background = "latar dari kantor lain"
        h.send(.custom(AppEvent.syncConflictLoaded(SyncConflictVersions(id: "angkutan-bogor", base: Fixture.transport(), mine: mine, theirs: theirs,
                                                                         theirRevision: 2, broughtBy: "commit 1a2b3c4 sari"))))
        #expect(h.program.dialogTitle == "Konflik sinkronisasi")
        #expect(h.program.dialog!.dialog.text.contains("commit 1a2b3c4 sari"))
        #expect(h.program.dialog!.dialog.text.contains("Tidak ada isian yang diubah kedua pihak"))
        h.key(.enter)        // Gabungkan
        #expect(h.performed.contains(.resolveSyncConflict(id: "angkutan-bogor", choices: [:])))
    }

    /// Issue 21: after a sync the screens offer the CLI's `sync resolve --mine|--theirs` too.
    @Test func syncConflictCanTakeOneSideWhole() {
        for (rights, keepMine) in [(1, true), (2, false)] {
            var h = Harness(items: [Fixture.transport()])
            var mine = Fixture.transport(), theirs = Fixture.transport()
            mine.notes = "catatan kantor ini"
            theirs.notes = "catatan kantor lain"
            h.send(.custom(AppEvent.syncConflictLoaded(SyncConflictVersions(id: "angkutan-bogor", base: Fixture.transport(), mine: mine, theirs: theirs,
                                                                             theirRevision: 2, broughtBy: "commit 1a2b3c4 sari"))))
            #expect(h.program.dialogTitle == "Konflik sinkronisasi")
            let shown = h.frame(width: 120, height: 40).lines.joined(separator: "\n")
            #expect(shown.contains("Pakai milik saya") && shown.contains("Ambil milik mereka") && shown.contains("Nanti"), "\(shown)")
            for _ in 0..<rights { h.key(.right) }
            h.key(.enter)
            #expect(h.performed.last == .resolveSyncConflictWhole(id: "angkutan-bogor", keepMine: keepMine))
            #expect(h.program.dialogTitle == nil)
        }
    }

    @Test func fieldLabelsNameListRowsPartiesAndUnknownPaths() {
        let c = Fixture.transport()
        let labels = FieldLabels(cooperation: c, context: EditorFixture.context)
        #expect(labels.label("financing.lines[1].amount").hasSuffix("(baris 2)"))
        #expect(labels.label("parties[0].agency").hasSuffix("Perangkat daerah pelaksana"))
        #expect(labels.label("zzz.unknown") == "Isian lain")
    }

    @Test func conflictTakeTheirsReplacesTheEditor() {
        var h = opened()
        var theirs = Fixture.transport()
        theirs.notes = "catatan rekan"
        h.repository.saveAsOther(theirs, by: "sari@kantor-lain")
        h.type("punya saya")
        h.key(.ctrl("s"))
        h.key(.right)
        h.key(.enter)        // Ambil milik mereka
        #expect(h.program.editedCooperation?.notes == "catatan rekan")
        #expect(!h.program.isDirty)
        #expect(h.program.basedOnRevision == 2)
    }

    @Test func conflictCancelKeepsMyChangesUnsaved() {
        var h = opened()
        h.repository.saveAsOther(Fixture.transport(), by: "sari@kantor-lain")
        h.type("punya saya")
        h.key(.ctrl("s"))
        h.key(.escape)
        #expect(h.program.isDirty)
        #expect(h.program.editedCooperation?.notes == "punya saya")
        #expect(h.program.basedOnRevision == 1)
        #expect(h.program.message?.kind == .warning)
    }

    @Test func draftIsOfferedBackOnOpen() {
        var c = Fixture.transport()
        let repo = InMemoryRepository(profile: Fixture.profile)
        _ = try! repo.save(c, basedOn: nil)
        c.notes = "dari draf"
        try! repo.saveDraft(c, basedOn: 1)
        var h = Harness(repository: repo)
        // At start the draft is offered once.
        #expect(h.program.dialogTitle == "Draf belum disimpan")
        h.key(.enter)        // Buka dan pulihkan
        #expect(h.program.dialogTitle == "Pulihkan draf?")
        h.key(.enter)        // Pulihkan draf
        #expect(h.program.screenName == "penyunting")
        #expect(h.program.editedCooperation?.notes == "dari draf")
        #expect(h.program.isDirty)
        h.key(.ctrl("s"))
        #expect(try! repo.load(id: c.id).cooperation.notes == "dari draf")
        #expect(repo.loadDraft(id: c.id) == nil)
    }

    @Test func draftCanBeDiscarded() {
        var c = Fixture.transport()
        let repo = InMemoryRepository(profile: Fixture.profile)
        _ = try! repo.save(c, basedOn: nil)
        c.notes = "dari draf"
        try! repo.saveDraft(c, basedOn: 1)
        var h = Harness(repository: repo)
        h.key(.right); h.key(.enter)   // "Nanti"
        #expect(h.program.dialogTitle == nil)
        h.openFirst()
        h.key(.right); h.key(.enter)   // Buang draf
        #expect(h.program.editedCooperation?.notes == "")
        #expect(repo.loadDraft(id: c.id) == nil)
    }

    @Test func draftFromAnOlderRevisionSavesAsAConflict() {
        var c = Fixture.transport()
        let repo = InMemoryRepository(profile: Fixture.profile)
        _ = try! repo.save(c, basedOn: nil)
        c.notes = "draf lama"
        try! repo.saveDraft(c, basedOn: 1)
        repo.saveAsOther(Fixture.transport(), by: "sari@kantor-lain")
        var h = Harness(repository: repo)
        h.key(.enter); h.key(.enter)
        #expect(h.program.basedOnRevision == 1)
        h.key(.ctrl("s"))
        #expect(h.program.dialogTitle == "Konflik penyimpanan")
    }

    @Test func lockHeldElsewhereIsShown() {
        var h = Harness(items: [Fixture.transport()])
        h.repository.lockAsOther(id: "angkutan-bogor", user: "sari")
        h.openFirst()
        #expect(h.program.dialogTitle == "Sedang dibuka di tempat lain")
        #expect(h.program.dialog!.dialog.text.contains("sari@kantor-lain"))
        h.key(.enter)        // Buka juga
        #expect(h.program.screenName == "penyunting")
        #expect(h.frame().lines[0].contains("juga dibuka oleh sari@kantor-lain"))
    }

    @Test func exportShowsThePath() {
        var h = opened()
        h.key(.ctrl("e"))    // the placeholder editor asks for a PKS in txt
        #expect(h.performed.last == .export(Fixture.transport(), .pks, options: ExportOptions(format: .txt, draft: true)))
        #expect(h.program.message == .ok("Naskah ditulis ke /srv/mufakat/ekspor/angkutan-bogor-pks.txt"))
    }

    @Test func restartFindsTheSavedCooperation() {
        var h = opened()
        h.type("tersimpan")
        h.key(.ctrl("s"))
        h.key(.escape)
        h.key(.ctrl("q"))
        #expect(h.quitRequested)
        var again = Harness(repository: h.repository)
        #expect(again.program.screenName == "beranda")
        #expect(again.program.home.all.map(\.id) == ["angkutan-bogor"])
        again.openFirst()
        #expect(again.program.editedCooperation?.notes == "tersimpan")
        #expect(again.program.basedOnRevision == 2)
    }
}

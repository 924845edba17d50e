import Testing
import TerminalUI
import MufakatDomain
import MufakatServices
import MufakatStore
@testable import MufakatApp

@Suite struct EditorNavigationTests {
    @Test func opensOnTheFirstStageThatCanStartAndPrefills() {
        let d = EditorDriver(EditorFixture.fresh())
        #expect(d.editor.currentStage?.id == "usulan")
        // Opening a stage counts as starting it; the agency comes from PIHAK PERTAMA.
        #expect(d.editor.cooperation.proposal.progress.status == .draft)
        #expect(d.editor.cooperation.proposal.initiatingAgency == "Dinas Perhubungan Kota Bogor")
        #expect(d.editor.form.focusedField?.id == "proposal.initiatingAgency")
    }

    @Test func opensOnTheStageInProgress() {
        let d = EditorDriver(EditorFixture.offerAccepted())
        #expect(d.editor.currentStage?.id == "kb")
        // KB articles come from the rulebook's clause templates, signers from the parties' heads.
        #expect(!d.editor.cooperation.memorandum.articles.isEmpty)
        #expect(d.editor.cooperation.memorandum.durationYears == 3)
        #expect(d.editor.cooperation.memorandum.signing.signatories.map(\.person.title) == ["Wali Kota Bogor", "Bupati Bogor"])
        #expect(d.editor.cooperation.memorandum.signing.place == "Bogor")
    }

    @Test func nextIsBlockedWhileTheGroupHasErrorsAndShowsThem() {
        var d = EditorDriver(EditorFixture.fresh())
        d.press(.ctrl("n"))
        #expect(d.editor.form.groupIndex == 0)
        #expect(d.editor.message?.text.contains("Belum dapat lanjut") == true)
        #expect(d.editor.form.focusedField?.id == "proposal.background")
        #expect(d.text.contains("✗ Wajib diisi: Latar belakang."))
    }

    @Test func goingBackNeverLosesAnAnswerAndLeavingAGroupAsksForAutosave() {
        var d = EditorDriver(EditorFixture.fresh())
        d.press(.tab, .tab)
        d.type("Kemacetan lintas batas.")
        let moved = d.press(.ctrl("n"))
        #expect(d.editor.form.groupIndex == 1)
        #expect(moved == [.saveDraft])
        d.type("Angkutan terpadu")
        d.press(.ctrl("p"))
        #expect(d.editor.form.groupIndex == 0)
        #expect(d.editor.cooperation.proposal.background == "Kemacetan lintas batas.")
        #expect(d.editor.cooperation.proposal.purpose == "Angkutan terpadu")
        #expect(d.text.contains("Kemacetan lintas batas."))
        #expect(d.editor.isDirty)
        d.editor.markSaved()
        #expect(!d.editor.isDirty)
    }

    @Test func stepperShowsEveryStageAheadWithItsStateAndReason() {
        var d = EditorDriver(EditorFixture.fresh())
        let text = d.text
        for name in ["Persiapan dan", "Penawaran", "Kesepakatan", "Persetujuan", "Perjanjian", "Pembiayaan", "Pelaksanaan"] {
            #expect(text.contains(name), "stage \(name) missing from the sidebar")
        }
        d.press(.ctrl("t"), .down)
        #expect(d.text.contains("Belum dapat"))
        #expect(d.text.contains("Menunggu"))
        d.press(.down, .down, .down)
        // DPRD (after the financing it weighs): not skipped while no financing plan can tell
        // whether APBD money needs approval.
        #expect(!d.text.contains("Dilewati"))
        d.press(.enter)
        #expect(d.editor.currentStage?.id == "dprd")
        if case .blocked = d.editor.currentStage!.state {} else { Issue.record("DPRD should wait, not be skipped") }
    }

    @Test func aBlockedStageRefusesTypingAndSaysWhy() {
        var d = EditorDriver(EditorFixture.fresh())
        d.press(.ctrlDown)
        #expect(d.editor.currentStage?.id == "penawaran")
        let before = d.editor.cooperation
        d.type("123")
        #expect(d.editor.cooperation == before)
        #expect(d.editor.message?.kind == .error)
        #expect(d.editor.message?.text.contains("belum dapat dimulai") == true)
    }

    @Test func ctrlSSavesAndEscapeCloses() {
        var d = EditorDriver(EditorFixture.fresh())
        #expect(d.press(.ctrl("s")) == [.save])
        #expect(d.press(.escape) == [.close])
    }

    @Test func replaceRebuildsTheScreenFromTheNewAnswers() {
        var d = EditorDriver(EditorFixture.fresh())
        var theirs = d.editor.cooperation
        theirs.proposal.background = "Versi rekan kerja."
        d.editor.replace(with: theirs)
        d.editor.markSaved()
        #expect(!d.editor.isDirty)
        d.press(.tab, .tab)
        #expect(d.text.contains("Versi rekan kerja."))
    }
}

@Suite struct EditorDirtinessTests {
    @Test func openingAloneIsNotUnsavedWork() {
        var d = EditorDriver(EditorFixture.offerAccepted())
        #expect(d.editor.cooperation.memorandum.progress.status == .draft)
        #expect(!d.editor.isDirty)
        d.type("x")
        #expect(d.editor.isDirty)
    }
}

@Suite struct EditorReviewNavigationTests {
    @Test func ctrlNOnTheReviewOpensTheNextStage() {
        var d = EditorDriver(EditorFixture.proposalDraft())
        d.press(.ctrl("r"), .char("t"), .char("y"))
        #expect(d.editor.message?.text.contains("Ctrl-N membuka tahap berikutnya") == true)
        d.press(.ctrl("n"))
        #expect(d.editor.currentStage?.id == "penawaran")
        if case .form = d.editor.mode {} else { Issue.record("the next stage opens on its form") }
    }
}

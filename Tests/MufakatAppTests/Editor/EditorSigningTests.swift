import Testing
import TerminalUI
import MufakatDomain
import MufakatServices
import MufakatStore
@testable import MufakatApp

@Suite struct EditorSigningTests {
    /// Signs the KB of `offerAccepted` (or `c`) on 15-04-2026 with both parties' numbers.
    func signedKB(_ c: Cooperation = EditorFixture.offerAccepted()) -> EditorDriver {
        var d = EditorDriver(c)
        d.press(.ctrl("r"), .char("t"))
        d.type("15042026")
        d.press(.ctrl("n"))
        d.type("100.3.4/1-KB/2026")
        d.press(.ctrl("n"))
        d.type("100.3.4/7-KB/2026")
        d.press(.ctrl("n"))
        return d
    }

    @Test func anIncompleteKBIsRefusedAndTheCursorGoesToWhatIsMissing() {
        var c = EditorFixture.offerAccepted()
        c.parties[1].address = ""
        let d = signedKB(c)
        if case .confirm = d.editor.mode { Issue.record("the signing question opened for an incomplete KB") }
        #expect(d.editor.message?.kind == .error)
        #expect(d.editor.message?.text.contains("belum dapat ditandatangani") == true)
        #expect(d.editor.message?.text.contains("Alamat kantor") == true)
        #expect(d.editor.currentStage?.id == "usulan")
        #expect(d.editor.activeFocusedFieldID == "parties[1].address")
        #expect(d.editor.cooperation.memorandum.progress.status != .done)
    }

    @Test func markingSignedCollectsTheSigningThenAsksThenFreezes() {
        var d = signedKB()
        guard case .confirm = d.editor.mode else { Issue.record("no confirm dialog: \(d.editor.message?.text ?? "")"); return }
        #expect(d.text.contains("Tandai Kesepakatan Bersama"))
        #expect(d.text.contains("15 April"))
        let out = d.press(.char("y"))
        #expect(out == [.markSigned(stageID: "kb")])
        let kb = d.editor.cooperation.memorandum
        #expect(kb.progress.status == .done)
        #expect(kb.progress.completedOn == DomainDate(year: 2026, month: 4, day: 15))
        #expect(kb.signing.numbers == ["100.3.4/1-KB/2026", "100.3.4/7-KB/2026"])
        #expect(kb.signing.signatories.map(\.person.name) == ["Budi Santoso", "Siti Rahmawati"])
        #expect(kb.signing.place == "Bogor")
        // The naskah is frozen by its fingerprint: SHA-256 of the DOCX, the same for the same answers.
        let sha = kb.signing.documentSHA256 ?? ""
        #expect(sha.count == 64 && sha.allSatisfy(\.isHexDigit))
        #expect(kb.signing.documentFormat == "docx")
        var again = signedKB()
        again.press(.char("y"))
        #expect(again.editor.cooperation.memorandum.signing.documentSHA256 == sha)
        // The review now says it is signed.
        #expect(d.text.contains("Ditandatangani di Bogor"))
    }

    @Test func theReviewFitsTheAreaItIsDrawnInEvenWithoutAResize() {
        var d = EditorDriver(EditorFixture.offerAccepted())
        d.press(.ctrl("r"))
        var buffer = Buffer(width: 120, height: 40)
        d.editor.draw(in: Rect(x: 0, y: 1, width: 120, height: 37), buffer: &buffer)
        // Wrapped for 91 columns (120 minus the sidebar), not for the 57 of the 80-column resize.
        #expect(buffer.text.contains("tanggal, tempat, nomor dan penanda tangan"))
        #expect(buffer.text.contains("TINJAUAN KESEPAKATAN BERSAMA"))
    }

    @Test func answeringNoLeavesTheStageOpenAndKeepsTheAnswers() {
        var d = signedKB()
        d.press(.char("t"))
        #expect(d.editor.cooperation.memorandum.progress.status == .draft)
        #expect(d.editor.cooperation.memorandum.signing.date == DomainDate(year: 2026, month: 4, day: 15))
    }

    @Test func changingASignedStageGoesThroughAnAmendmentWithAReason() {
        var d = signedKB()
        d.press(.char("y"))
        d.editor.markSaved()
        var signed = d.editor.cooperation
        signed.memorandum.signing.documentSHA256 = String(repeating: "ab", count: 32)
        d.editor.replace(with: signed)
        d.press(.escape)                      // review -> form
        let before = d.editor.cooperation
        d.type("X")
        guard case .amendment = d.editor.mode else { Issue.record("typing into a signed stage must ask for an amendment"); return }
        #expect(d.editor.cooperation == before, "nothing changes before the reason is given")
        #expect(d.text.contains("Perubahan (addendum)"))
        d.type("kurang")
        d.press(.enter)
        #expect(d.editor.message?.text.contains("paling sedikit 10 karakter") == true)
        d.type(" jelas: penyesuaian jadwal")
        d.press(.enter)
        let c = d.editor.cooperation
        #expect(c.amendments.count == 1)
        #expect(c.amendments.first?.stageID == "kb")
        #expect(c.amendments.first?.reason == "kurang jelas: penyesuaian jadwal")
        #expect(c.amendments.first?.previousDocumentSHA256 == String(repeating: "ab", count: 32))
        #expect(c.memorandum.progress.status == .draft)
        #expect(c.memorandum.signing.documentSHA256 == nil)
        // Now the KB can be edited again.
        d.press(.ctrl("u"))
        d.type("APBD")
        #expect(d.editor.cooperation.memorandum.fundingSource == "APBD")
    }

    @Test func escapeFromTheAmendmentQuestionChangesNothing() {
        var d = signedKB()
        d.press(.char("y"), .escape)
        let before = d.editor.cooperation
        d.type("X")
        d.press(.escape)
        #expect(d.editor.cooperation == before)
        if case .form = d.editor.mode {} else { Issue.record("back to the form") }
    }

    @Test func otherStagesAreMarkedDoneAfterAConfirmation() {
        var d = EditorDriver(EditorFixture.proposalDraft())
        d.press(.ctrl("r"), .char("t"))
        guard case .confirm = d.editor.mode else { Issue.record("no confirm: \(d.editor.message?.text ?? "")"); return }
        let out = d.press(.char("y"))
        #expect(out == [.saveDraft])
        #expect(d.editor.cooperation.proposal.progress.status == .done)
        // "Selesai" is the date of the stage's document, the TKKSD recommendation, not the key press.
        #expect(d.editor.cooperation.proposal.progress.completedOn == EditorFixture.date("2026-01-28"))
    }

    @Test func exportAsksForAFormat() {
        var d = EditorDriver(EditorFixture.offerAccepted())
        d.press(.ctrl("r"), .char("e"))
        #expect(d.text.contains("DOCX"))
        #expect(d.text.contains("F4"))
        let out = d.press(.right, .enter)
        #expect(out == [.export(.kb, options: ExportOptions(format: .docx, paper: .f4, draft: true))])
    }
}

/// "Addendum" is the word for amending a signed agreement only; a finished, unsigned stage is changed with a reason.
@Suite struct AmendmentWordingTests {
    @Test func onlyASignedNaskahIsAmendedByAnAddendum() {
        let c = EditorFixture.memorandumSigned()
        let proposal = EditorSnapshotTests.at("usulan", c, width: 120, height: 40)
        #expect(proposal.text.contains("membuka perubahan"))
        #expect(!proposal.text.contains("addendum"))
        let kb = EditorSnapshotTests.at("kb", c, width: 120, height: 40)
        #expect(kb.text.contains("membuka perubahan") && kb.text.contains("(addendum)"))
    }
}

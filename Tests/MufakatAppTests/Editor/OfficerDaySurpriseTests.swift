import Testing
import TerminalUI
import MufakatDomain
import MufakatServices
import MufakatStore
@testable import MufakatApp

/// Issue 18: nothing surprising.
@Suite struct OfficerDaySurpriseTests {
    /// Opens stage `id` through the stepper.
    func open(_ d: inout EditorDriver, _ id: String) {
        let index = d.editor.stages.firstIndex { $0.id == id }!
        d.press(.ctrl("t"))
        if index >= d.editor.stageIndex {
            for _ in 0..<(index - d.editor.stageIndex) { d.press(.down) }
        } else {
            for _ in 0..<(d.editor.stageIndex - index) { d.press(.up) }
        }
        d.press(.enter)
        #expect(d.editor.currentStage?.id == id)
    }

    @Test func movingToANewStageRightAfterSavingStaysSaved() {
        // The KB just signed and saved; the financing stage has not been opened yet.
        var d = EditorDriver(EditorFixture.offerAccepted())
        d.editor.replace(with: EditorFixture.memorandumSigned())
        d.editor.markSaved()
        #expect(d.editor.cooperation.financing.progress.status == .notStarted)
        open(&d, "pembiayaan")
        #expect(d.editor.cooperation.financing.progress.status == .draft)
        #expect(!d.editor.isDirty)
        // Real work still counts.
        d.press(.char("b"))
        d.type("100 50/50")
        d.press(.enter)
        #expect(d.editor.isDirty)
    }

    @Test func rightArrowOnAChoiceOfAFinishedStageAsksForAnAmendment() {
        var d = EditorDriver(EditorFixture.memorandumSigned())
        open(&d, "usulan")
        #expect(d.editor.isFrozen)
        var found = false
        search: for _ in 0..<8 {
            for _ in 0..<d.editor.form.currentGroup.fields.count {
                if case .choice = d.editor.form.focusedField?.kind { found = true; break search }
                d.press(.tab)
            }
            d.press(.ctrl("n"))
        }
        guard found else { Issue.record("no choice field: \(d.editor.mode) \(d.editor.form.groupIndex) \(String(describing: d.editor.form.focusedField?.id))"); return }
        d.press(.right)
        guard case .amendment = d.editor.mode else { Issue.record("→ was ignored: \(d.editor.mode)"); return }
    }

    @Test func aSignedStageIsNotOfferedForSigningAgain() {
        var d = EditorDriver(EditorFixture.memorandumSigned())
        open(&d, "kb")
        d.press(.ctrl("r"))
        guard case .review = d.editor.mode else { Issue.record("no review"); return }
        #expect(!d.editor.bindings.contains { $0.label == "tandai ditandatangani" })
        #expect(!d.text.contains("tandai ditandatangani"))
    }

    @Test func pageDownMovesByWhatIsShown() {
        var d = EditorDriver(EditorFixture.memorandumSigned())
        open(&d, "dprd")
        d.press(.ctrl("r"))
        guard case .review(_, let lines) = d.editor.mode else { Issue.record("no review"); return }
        let shown = d.frame.text.components(separatedBy: "\n").first { $0.contains("baris 1–") }
        guard let shown, let range = shown.range(of: #"baris 1–(\d+)"#, options: .regularExpression) else { Issue.record("no position"); return }
        let last = Int(shown[range].dropFirst("baris 1–".count))!
        guard lines.count > last + 1 else { return }
        d.press(.pageDown)
        guard case .review(let scroll, _) = d.editor.mode else { Issue.record("left the review"); return }
        #expect(scroll >= 1 && scroll <= last, "PgDn must not skip line \(last + 1)")
    }
}

/// Issue 18: nothing important cut at 80×24.
@Suite struct OfficerDayLayoutTests {
    @Test func aBlockedStepSaysItsErrorsOnce() {
        var d = EditorDriver(EditorFixture.offerAccepted())
        #expect(d.editor.currentStage?.id == "kb")
        d.press(.ctrl("r"), .char("t"))
        d.type("15042026")
        d.press(.ctrl("n"))
        d.press(.ctrl("n"))     // the number of the naskah is still empty
        let text = d.text
        #expect(text.contains("Belum dapat lanjut"))
        #expect(text.components(separatedBy: "perlu diperbaiki").count - 1 <= 1, "\(text)")
    }

    @Test func theFocusedFieldShowsItsLegalBasisAt80x24() {
        var d = EditorDriver(EditorFixture.offerAccepted())
        d.press(.ctrl("r"), .char("t"))
        d.type("15042026")
        d.press(.ctrl("n"))
        d.press(.tab, .tab)
        d.press(.ctrl("u"))
        d.type("Sekretaris Daerah Kota Bogor")
        #expect(d.text.contains("Dasar: PP 28/2018 Pasal 13"))
    }

    @Test func theScrollMarkerNeverOverwritesTheHeading() {
        var d = EditorDriver(EditorFixture.offerAccepted())
        d.press(.ctrl("r"), .char("t"))
        d.type("15042026")
        d.press(.ctrl("n"))
        for _ in 0..<5 { d.press(.tab) }
        let rows = d.text.components(separatedBy: "\n")
        guard let row = rows.first(where: { $0.contains("isian di atas") }) else { return }
        // The heading is cut with an ellipsis before the marker instead of running into it.
        #expect(row.contains("… ↑") || row.contains("  ↑"), "\(row)")
    }
}

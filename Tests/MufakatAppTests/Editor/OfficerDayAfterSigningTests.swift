import Testing
import TerminalUI
@testable import MufakatApp

/// Issue 18's walk: after signing, the editor said "Ctrl-N membuka tahap berikutnya" but the
/// shell's save put it back on the form, where Ctrl-N moves to the next group.
@Suite struct OfficerDayAfterSigningTests {
    @Test func theSavedSigningKeepsTheReviewSoCtrlNOpensTheNextStage() {
        var d = EditorDriver(EditorFixture.memorandumSigned())
        let kb = d.editor.stages.firstIndex { $0.id == "kb" }!
        d.editor.openStage(kb, requestDraft: false, prefill: false)
        d.press(.ctrl("r"))
        guard case .review = d.editor.mode else { Issue.record("no review"); return }
        // What the shell does once the signed revision is saved.
        d.editor.replace(with: d.editor.cooperation)
        d.editor.markSaved()
        guard case .review = d.editor.mode else { Issue.record("left the review: \(d.editor.mode)"); return }
        d.press(.ctrl("n"))
        #expect(d.editor.stageIndex == kb + 1)
    }
}

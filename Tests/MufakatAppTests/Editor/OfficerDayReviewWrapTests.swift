import Testing
import TerminalUI
@testable import MufakatApp

/// Issue 18: a wrapped review line showed "dikerjaka…" and then went on in the next row. Every
/// review row fits the review's width, so none is cut when drawn.
@Suite struct OfficerDayReviewWrapTests {
    @Test func everyReviewRowFitsAt80x24() {
        var d = EditorDriver(EditorFixture.memorandumSigned())
        for index in d.editor.stages.indices {
            let rows = d.editor.withStage(index) { $0.reviewLines() }
            let width = d.editor.mainWidth
            for row in rows {
                #expect(DisplayWidth.of(row.text) <= width, "stage \(index): '\(row.text)'")
            }
        }
        d.press(.ctrl("r"))
        // Drawn, a row never ends in a cut word followed by its rest on the next row.
        let drawn = d.text.components(separatedBy: "\n")
        // Row 0 is the title bar, cut on purpose with an ellipsis; the last is the help bar.
        for (i, row) in drawn.enumerated() where i > 0 && i + 1 < drawn.count {
            let trimmed = row.replacingOccurrences(of: "|", with: "").trimmingCharacters(in: .whitespaces)
            guard trimmed.hasSuffix("…"), let before = trimmed.dropLast().last else { continue }
            #expect(!before.isLetter, "cut mid-word: '\(row)'")
        }
    }
}

extension CooperationEditor {
    /// The value of `body` with stage `index` open, leaving the editor as it was.
    func withStage<T>(_ index: Int, _ body: (CooperationEditor) -> T) -> T {
        var copy = self
        copy.openStage(index, requestDraft: false, prefill: false)
        return body(copy)
    }
}

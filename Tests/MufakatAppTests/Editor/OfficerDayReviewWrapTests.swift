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

/// PgDn on the DPRD review at 80×24 moves by what is shown: the first row of the next page is
/// the row after the last one shown, for every page down to the end.
@Suite struct OfficerDayReviewPagingTests {
    @Test func pageDownNeverSkipsARowOfTheDPRDReview() throws {
        var d = EditorDriver(EditorFixture.memorandumSigned())
        let dprd = try #require(d.editor.stages.firstIndex { $0.id == "dprd" })
        d.editor.openStage(dprd, requestDraft: false, prefill: true)
        d.press(.ctrl("r"))
        guard case .review(_, let lines) = d.editor.mode else { Issue.record("no review"); return }
        func shown() -> (first: Int, last: Int, total: Int)? {
            let row = d.text.components(separatedBy: "\n").first { $0.contains("baris ") && $0.contains(" dari ") }
            guard let row, let r = row.range(of: #"baris (\d+)–(\d+) dari (\d+)"#, options: .regularExpression) else { return nil }
            let numbers = row[r].split { !$0.isNumber }.compactMap { Int($0) }
            return numbers.count == 3 ? (numbers[0], numbers[1], numbers[2]) : nil
        }
        var page = try #require(shown())
        #expect(page.total == lines.count)
        #expect(page.total > page.last, "the DPRD review must be longer than one page to test paging")
        var pages = 0
        while page.last < page.total && pages < 50 {
            d.press(.pageDown)
            let next = try #require(shown())
            #expect(next.first <= page.last + 1, "PgDn skipped rows \(page.last + 1)–\(next.first - 1)")
            #expect(next.first > page.first, "PgDn did not move")
            page = next
            pages += 1
        }
        #expect(page.last == page.total)
    }
}

import MufakatDocuments
import MufakatServices
import TerminalUI
import Testing
@testable import MufakatApp

/// "e" on a review: folder, format, paper and typeface, opening on the store's remembered
/// choices (issue 18: exports always went to `<store>/ekspor` with the defaults).
@Suite struct ExportPanelTests {
    static let remembered = ExportSettings(folder: "/tmp/naskah-kerja-sama",
                                           options: ExportOptions(format: .docx, paper: .f4, typeface: .arial, draft: true))

    static func driver() -> EditorDriver {
        var d = EditorDriver(EditorFixture.offerAccepted())
        d.editor.useExportSettings(remembered)
        d.press(.ctrl("r"), .char("e"))
        return d
    }

    @Test func thePanelOpensOnTheRememberedChoices() {
        let d = Self.driver()
        #expect(d.text.contains("/tmp/naskah-kerja-sama"))
        #expect(d.text.contains("F4"))
        #expect(d.text.contains("Arial"))
        #expect(d.text.contains("Huruf"))
    }

    @Test func enterExportsWithTheChoicesShown() {
        var d = Self.driver()
        #expect(d.press(.enter) == [.exportTo(.kb, Self.remembered)])
    }

    @Test func eachChoiceIsChangedWithTheArrows() {
        var d = Self.driver()
        d.press(.down, .right)            // paper: F4 -> A4
        d.press(.down, .right)            // typeface: Arial -> Times New Roman
        d.press(.up, .up, .right)         // format: DOCX -> Markdown
        let out = d.press(.enter)
        #expect(out == [.exportTo(.kb, ExportSettings(folder: "/tmp/naskah-kerja-sama",
                                                     options: ExportOptions(format: .md, paper: .a4, typeface: .timesNewRoman, draft: true)))])
    }

    @Test func theFolderIsTypedAndARelativeOneRefused() {
        var d = Self.driver()
        d.press(.up)                      // the folder row
        for _ in 0..<40 { d.press(.backspace) }
        d.send(.paste("naskah"))
        #expect(d.press(.enter).isEmpty)
        #expect(d.text.contains("diawali / atau ~/"))
        for _ in 0..<10 { d.press(.backspace) }
        d.send(.paste("/srv/naskah"))
        #expect(d.press(.enter) == [.exportTo(.kb, ExportSettings(folder: "/srv/naskah", options: Self.remembered.options))])
    }

    @Test func escapeLeavesThePanelWithoutExporting() {
        var d = Self.driver()
        #expect(d.press(.escape).isEmpty)
        #expect(!d.text.contains("Huruf"))
    }
}

/// The export panel at 80×24 and 120×40, for the snapshot review of every screen.
@Suite struct ExportPanelSnapshotTests {
    @Test func thePanel() {
        for (w, h) in [(80, 24), (120, 40)] {
            var d = EditorDriver(EditorFixture.offerAccepted(), width: w, height: h)
            d.editor.useExportSettings(ExportPanelTests.remembered)
            d.press(.ctrl("r"), .char("e"))
            EditorSnapshot.assert(d.frame, named: "ekspor-\(w)x\(h)")
        }
    }

    @Test func thePanelForMarkdownHasNoPaper() {
        var d = EditorDriver(EditorFixture.offerAccepted())
        d.editor.useExportSettings(ExportPanelTests.remembered)
        d.press(.ctrl("r"), .char("e"), .right)
        #expect(d.text.contains("Markdown"))
        #expect(d.text.contains("- (hanya DOCX)"))
        // Down skips the paper and typeface rows: back to the folder.
        d.press(.down)
        #expect(d.press(.enter) == [.exportTo(.kb, ExportSettings(folder: "/tmp/naskah-kerja-sama",
                                                                  options: ExportOptions(format: .md, paper: .f4, typeface: .arial, draft: true)))])
    }
}

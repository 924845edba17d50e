import Testing
@testable import TerminalUI

@Suite(.englishToolkit) struct TextAreaTests {
    @Test func softWrapByDisplayWidth() {
        let a = TextArea("漢字漢字漢字 satu dua")
        #expect(a.rows(width: 6).map(\.text) == ["漢字漢", "字漢字 ", "satu ", "dua"])
    }

    @Test func enterInsertsALineBreakAndCountsLines() {
        var a = TextArea()
        _ = a.handle(.key(.char("a")))
        _ = a.handle(.key(.enter))
        _ = a.handle(.key(.char("b")))
        #expect(a.text == "a\nb")
        #expect(a.lineCount == 2)
        _ = a.handle(.key(.up))
        #expect(a.cursor == 1)
    }

    @Test func pasteOf100KilobytesIsOneInsertion() {
        var line = "Baris contoh dengan é, ñ, 漢字 dan 🙂 untuk uji tempel. "
        while line.utf8.count < 100 { line += "x" }
        var text = ""
        while text.utf8.count < 100_000 { text += line + "\n" }
        var a = TextArea()
        #expect(a.handle(.paste(text)) == .handled)
        let b = drawn(width: 60, height: 10) { a.draw(in: Rect(x: 0, y: 0, width: 60, height: 10), buffer: &$0, focused: true) }
        #expect(a.text == text)
        #expect(a.lineCount == text.filter { $0 == "\n" }.count + 1)
        #expect(b.cursor == Point(x: 0, y: 9))
    }

    @Test func snapshot() {
        let a = TextArea("Catatan rapat: Résumé e\u{0301}, Peñalolén, 東京 dan 🙂 dibungkus menurut lebar kolom.\nBaris kedua.")
        Snapshot.assert(drawn(width: 24, height: 6) { a.draw(in: Rect(x: 0, y: 0, width: 24, height: 6), buffer: &$0, focused: true) }, named: "text-area")
    }
}

import Testing
@testable import TerminalUI

@Suite(.englishToolkit) struct DisplayWidthTests {
    @Test func widthsOfUnicodeCases() {
        #expect(DisplayWidth.of("é") == 1)
        #expect(DisplayWidth.of("ñ") == 1)
        #expect(DisplayWidth.of("e\u{0301}") == 1)  // combining accent: one grapheme, one column
        #expect(DisplayWidth.of("漢") == 2)
        #expect(DisplayWidth.of("🙂") == 2)
        #expect(DisplayWidth.of("Résumé 漢字 🙂") == 7 + 4 + 1 + 2)
    }
}

@Suite(.englishToolkit) struct BufferTests {
    @Test func writeClipsAtTheRightEdge() {
        var b = Buffer(width: 5, height: 1)
        let n = b.write("abcdefg", at: Point(x: 2, y: 0))
        #expect(n == 3)
        #expect(b.lines == ["  abc"])
    }

    @Test func wideCharacterIsNotSplitAtTheEdge() {
        var b = Buffer(width: 5, height: 1)
        b.write("abcd漢", at: Point(x: 0, y: 0))
        #expect(b.lines == ["abcd "])
        #expect(b[4, 0].width == 1)
    }

    @Test func wideCharacterTakesTwoCells() {
        var b = Buffer(width: 6, height: 1)
        b.write("a漢b", at: Point(x: 0, y: 0))
        #expect(b.lines == ["a漢b  "])
        #expect(b[1, 0].width == 2)
        #expect(b[2, 0].isContinuation)
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var b = Buffer(width: 4, height: 1)
        b.write("漢字", at: Point(x: 0, y: 0))
        b.write("x", at: Point(x: 1, y: 0))
        #expect(b.lines == [" x字"])
    }

    @Test func combiningAccentStaysWithItsLetter() {
        var b = Buffer(width: 4, height: 1)
        b.write("e\u{0301}x", at: Point(x: 0, y: 0))
        #expect(b[0, 0].grapheme == "e\u{0301}")
        #expect(b[1, 0].grapheme == "x")
    }

    @Test func fitTruncatesByColumnsWithEllipsis() {
        #expect(TextLayout.fit("漢字漢字", width: 5) == "漢字…")
        #expect(TextLayout.fit("ab", width: 4) == "ab  ")
        #expect(DisplayWidth.of(TextLayout.fit("🙂🙂🙂", width: 4)) == 4)
    }

    @Test func wrapBreaksAtSpacesByDisplayWidth() {
        #expect(TextLayout.wrap("satu dua tiga", width: 8) == ["satu dua", "tiga"])
        #expect(TextLayout.wrap("satu dua tiga", width: 7) == ["satu", "dua", "tiga"])
        let rows = TextLayout.wrap("漢字漢字漢字", width: 5)
        #expect(rows == ["漢字", "漢字", "漢字"])
    }

    /// A wrapped row never needs cutting: "dikerjakan" followed by a space at the edge was
    /// drawn as "dikerjaka…" and then continued on the next row (issue 18).
    @Test func wrappedRowsFitSoTheyAreNeverEllipsized() {
        let text = "Urusan pemerintahan yang dikerjakan bersama oleh para pihak sesuai kesepakatan"
        for width in 12...40 {  // no word is longer than a row
            let rows = TextLayout.wrap(text, width: width)
            for row in rows {
                #expect(DisplayWidth.of(row) <= width, "width \(width): '\(row)'")
                #expect(TextLayout.fit(row, width: width, pad: false) == row)
            }
            // Nothing is lost: the words read back in order.
            #expect(rows.joined(separator: " ").split(separator: " ") == text.split(separator: " "))
        }
        #expect(TextLayout.wrap("yang dikerjakan bersama", width: 15) == ["yang dikerjakan", "bersama"])
    }

    @Test func foldingIgnoresCaseAndDiacritics() {
        #expect(TextLayout.foldForSearch("Peñalolén") == "penalolen")
        #expect(TextLayout.foldForSearch("SÃO TOMÉ") == "sao tome")
    }

    @Test func diffCountsOnlyChangedCells() {
        var a = Buffer(width: 10, height: 2)
        a.write("hello", at: Point(x: 0, y: 0))
        var b = a
        b.write("J", at: Point(x: 0, y: 0))
        let stats = FrameDiff.stats(from: a, to: b)
        #expect(stats.changedCells == 1)
        #expect(stats.bytes > 0 && stats.bytes < 30)
        #expect(FrameDiff.stats(from: nil, to: b).changedCells == 20)
    }
}

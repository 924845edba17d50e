import Testing
@testable import TerminalUI

@Suite(.englishToolkit) struct TextFieldTests {
    func typed(_ s: String, into field: inout TextField) {
        for ch in s { _ = field.handle(.key(.char(ch))) }
    }

    @Test func editingKeys() {
        var f = TextField()
        typed("halo dunia", into: &f)
        _ = f.handle(.key(.ctrl("a")))
        _ = f.handle(.key(.delete))
        #expect(f.text == "alo dunia")
        _ = f.handle(.key(.end))
        _ = f.handle(.key(.ctrl("w")))
        #expect(f.text == "alo ")
        _ = f.handle(.key(.home))
        _ = f.handle(.key(.right))
        _ = f.handle(.key(.ctrl("k")))
        #expect(f.text == "a")
        typed("bc", into: &f)
        _ = f.handle(.key(.left))
        _ = f.handle(.key(.ctrl("u")))
        #expect(f.text == "c")
        #expect(f.cursor == 0)
        _ = f.handle(.key(.ctrl("e")))
        _ = f.handle(.key(.backspace))
        #expect(f.text == "")
    }

    @Test func cursorMovesByGrapheme() {
        var f = TextField("e\u{0301}ñ漢🙂")
        #expect(f.characters.count == 4)
        _ = f.handle(.key(.backspace))
        #expect(f.text == "e\u{0301}ñ漢")
        _ = f.handle(.key(.left))
        _ = f.handle(.key(.left))
        _ = f.handle(.key(.backspace))
        #expect(f.text == "ñ漢")
    }

    @Test func maxLengthAndFilter() {
        var f = TextField(maxLength: 3, filter: .digits)
        #expect(f.handle(.key(.char("a"))) == .refused)
        #expect(f.handle(.paste("12345")) == .refused)
        #expect(f.text == "123")
    }

    @Test func pastedNewlinesBecomeSpaces() {
        var f = TextField()
        _ = f.handle(.paste("baris\nkedua"))
        #expect(f.text == "baris kedua")
    }

    @Test func scrollsHorizontallyToKeepTheCaretVisible() {
        let f = TextField("Kabupaten 漢字 dan 🙂 panjang sekali")
        let b = drawn(width: 12, height: 1) { f.draw(in: Rect(x: 0, y: 0, width: 12, height: 1), buffer: &$0, focused: true) }
        #expect(b.cursor == Point(x: 11, y: 0))
        #expect(b.lines[0].hasSuffix("sekali "))
    }

    @Test func snapshots() {
        let unicode = TextField("José Ñúñez e\u{0301} 漢字 🙂")
        Snapshot.assert(drawn(width: 30, height: 3) { b in
            unicode.draw(in: Rect(x: 0, y: 0, width: 30, height: 1), buffer: &b, focused: true)
            TextField().draw(in: Rect(x: 0, y: 1, width: 30, height: 1), buffer: &b, focused: false)
            TextField(placeholder: "Nama pejabat").draw(in: Rect(x: 0, y: 2, width: 30, height: 1), buffer: &b, focused: false)
        }, named: "text-fields")
        Snapshot.assert(drawn(width: 10, height: 1) { unicode.draw(in: Rect(x: 0, y: 0, width: 10, height: 1), buffer: &$0, focused: true) }, named: "text-field-scrolled")
    }
}

import Testing
import TerminalUI

@Suite(.englishToolkit) struct ListCursorTests {
    @Test func movesStopAtTheEnds() {
        #expect(ListCursor.move(0, count: 5, key: .up) == 0)
        #expect(ListCursor.move(3, count: 5, key: .down) == 4)
        #expect(ListCursor.move(4, count: 5, key: .down) == 4)
        #expect(ListCursor.move(2, count: 25, key: .pageDown) == 12)
        #expect(ListCursor.move(20, count: 25, key: .pageDown) == 24)
        #expect(ListCursor.move(8, count: 25, key: .pageUp, page: 5) == 3)
        #expect(ListCursor.move(8, count: 25, key: .home) == 0 && ListCursor.move(8, count: 25, key: .end) == 24)
        #expect(ListCursor.move(0, count: 0, key: .end) == 0 && ListCursor.move(0, count: 0, key: .down) == 0)
        #expect(ListCursor.moves(.pageUp) && !ListCursor.moves(.enter) && !ListCursor.moves(.char("j")))
    }

    @Test func aDialogSaysWhenItIsAnswered() {
        var d = Dialog.choose("Simpan?", "Ada perubahan.", options: ["Simpan", "Buang", "Batal"])
        #expect(d.answer(.key(.right)) == .pending)
        #expect(d.answer(.key(.enter)) == .chosen(1))
        #expect(Dialog.Answer.chosen(1).choice == 1)
        var e = Dialog.confirm("Hapus?", "Yakin?")
        #expect(e.answer(.key(.escape)) == .cancelled && Dialog.Answer.cancelled.choice == nil)
    }
}

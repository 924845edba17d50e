import Testing
@testable import TerminalUI

@Suite(.englishToolkit) struct CheckListTests {
    @Test func spaceToggles() {
        var c = CheckList(["Pendidikan", "Kesehatan", "Pariwisata"])
        _ = c.handle(.key(.down))
        _ = c.handle(.key(.char(" ")))
        _ = c.handle(.key(.down))
        _ = c.handle(.key(.char(" ")))
        _ = c.handle(.key(.char(" ")))
        #expect(c.checked == [1])
    }

    @Test func snapshot() {
        let c = CheckList(["Pendidikan", "Kesehatan", "Café & 漢字", "Pariwisata 🙂"], checked: [0, 2])
        Snapshot.assert(drawn(width: 24, height: 4) { c.draw(in: Rect(x: 0, y: 0, width: 24, height: 4), buffer: &$0, focused: true) }, named: "check-list")
    }
}

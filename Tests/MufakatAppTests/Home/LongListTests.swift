import MufakatDomain
import MufakatServices
import MufakatStore
import Testing
import TerminalUI
@testable import MufakatApp

/// A list longer than the screen: only the rows on screen are drawn, the highlight stays on
/// screen, and the kept search result follows every change of the search text.
@Suite struct LongListTests {
    static func many(_ n: Int) -> [Cooperation] {
        (0..<n).map { i in
            var c = Fixture.transport()
            c.id = "kerja-sama-\(i < 10 ? "0" : "")\(i)"
            c.title = "Kerja Sama \(i)"
            return c
        }
    }

    @Test func endAndHomeShowTheirRows() {
        var h = Harness(items: Self.many(60))
        while h.program.home.sortKey != .title { h.type("s") }
        h.key(.end)
        let last = h.program.home.visible[59]
        #expect(h.program.home.selectedID == last.id)
        #expect(h.frame(width: 120, height: 40).text.contains(last.title + " "))
        #expect(h.frame().text.contains(last.title + " "))
        h.key(.home)
        #expect(h.frame().text.contains(h.program.home.visible[0].title + " "))
        #expect(!h.frame().text.contains(last.title + " "))
    }

    @Test func highlightedRowIsDrawnHighlighted() {
        var h = Harness(items: Self.many(60))
        h.key(.down, times: 37)
        let title = h.program.home.visible[37].title
        let frame = h.frame()
        guard let row = frame.lines.firstIndex(where: { $0.contains(title + " ") }) else {
            Issue.record("row 38 not on screen"); return
        }
        #expect(frame[2, row].role == .focused)
    }

    @Test func searchNarrowsAndWidensAgain() {
        var h = Harness(items: Self.many(60))
        // Every word must occur somewhere: "1" matches 1, 10-19, 21, 31...
        func titles(containing digits: String) -> Set<String> {
            Set((0..<60).filter { String($0).contains(digits) }.map { "Kerja Sama \($0)" })
        }
        h.type("/")
        h.type("sama 1")
        #expect(Set(h.program.home.visible.map(\.title)) == titles(containing: "1"))
        h.type("2")
        #expect(h.program.home.visible.map(\.title) == ["Kerja Sama 12"])
        h.key(.backspace, times: 2)
        #expect(h.program.home.visible.count == 60)
        h.type("5")
        #expect(Set(h.program.home.visible.map(\.title)) == titles(containing: "5"))
        h.key(.enter)
        h.type("x")
        #expect(h.program.home.visible.count == 60)
    }
}

import Testing
@testable import TerminalUI

@Suite(.englishToolkit) struct TableTests {
    static func sample() -> Table {
        Table(columns: [TableColumn("Kode", width: .fixed(6)), TableColumn("Nama"), TableColumn("Nilai", width: .fixed(12), alignment: .right)],
              rows: [["3", "Peñalolén", "2.500.000"], ["1", "東京 kerja sama", "12.000.000"], ["2", "Résumé e\u{0301}", "1.000"],
                     ["4", "Kopi ☕ 🙂", "300.000"], ["5", "Ambon", "0"]])
    }

    @Test func sortsNumbersAsNumbersAndTextWithoutDiacritics() {
        var t = Self.sample()
        t.sort(by: 2)
        #expect(t.sortedRows.map { $0[0] } == ["5", "2", "4", "3", "1"])
        t.sort(by: 1)
        #expect(t.sortedRows.map { $0[0] } == ["5", "4", "3", "2", "1"])
        _ = t.handle(.key(.char("r")))
        #expect(t.sortedRows.first?[0] == "1")
    }

    @Test func columnWidthsShareTheRest() {
        #expect(Self.sample().columnWidths(total: 40) == [6, 20, 12])
    }

    @Test func snapshots() {
        var t = Self.sample()
        t.sort(by: 0)
        _ = t.handle(.key(.down))
        _ = t.handle(.key(.down))
        _ = t.handle(.key(.down))
        Snapshot.assert(drawn(width: 40, height: 4) { t.draw(in: Rect(x: 0, y: 0, width: 40, height: 4), buffer: &$0, focused: true) }, named: "table-scrolled")
        _ = t.handle(.key(.char("r")))
        Snapshot.assert(drawn(width: 30, height: 6) { t.draw(in: Rect(x: 0, y: 0, width: 30, height: 6), buffer: &$0, focused: false) }, named: "table-narrow-descending")
    }
}

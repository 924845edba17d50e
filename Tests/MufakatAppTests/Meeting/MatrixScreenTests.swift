import MufakatDomain
import MufakatServices
import MufakatStore
import Testing
import TerminalUI
@testable import MufakatApp

@Suite struct MatrixScreenTests {
    func screen(_ data: MeetingData = MeetingFixture.data(), size: Size = Size(width: 80, height: 24)) -> MatrixScreen {
        MatrixScreen(data: data, catalogues: .shared, screen: size)
    }

    @Test func affairsAreRowsRegionsColumnsAndTransposeSwapsKeepingTheCell() {
        var s = screen()
        #expect(s.matrix.rowCount == Catalogues.shared.affairs.all.count)
        #expect(s.matrix.columnCount == 4)
        // Down to 1.03 (third affair), right to Kota Bogor (second column).
        _ = s.handle(.key(.down)); _ = s.handle(.key(.down)); _ = s.handle(.key(.right))
        let before = try! #require(s.cursor)
        #expect(s.matrix.affairs[before.affair].code == "1.03")
        #expect(s.matrix.regions[before.region].code == "32.71")
        _ = s.handle(.key(.char("t")))
        #expect(s.isTransposed)
        #expect(s.matrix.rowCount == 4 && s.matrix.columnCount == Catalogues.shared.affairs.all.count)
        #expect(s.grid.row == 1 && s.grid.column == 2)
        let after = try! #require(s.cursor)
        #expect(after.affair == before.affair && after.region == before.region)
        _ = s.handle(.key(.char("t")))
        #expect(!s.isTransposed && s.grid.row == 2 && s.grid.column == 1)
    }

    @Test func filtersReduceRowsAndColumnsThroughMatrixFilter() {
        var s = screen()
        _ = s.handle(.key(.char("p")))
        #expect(s.filter.provinceCode == "32")
        #expect(s.matrix.columnCount == 3)
        _ = s.handle(.key(.char("p")))
        #expect(s.filter.provinceCode == "33" && s.matrix.columnCount == 1)
        _ = s.handle(.key(.char("p")))
        #expect(s.filter.provinceCode == nil && s.matrix.columnCount == 4)

        _ = s.handle(.key(.char("k")))
        #expect(s.filter.group == .wajibPelayananDasar)
        let basic = Catalogues.shared.affairs.all.filter { $0.group == .wajibPelayananDasar }.count
        #expect(s.matrix.rowCount == basic && basic < Catalogues.shared.affairs.all.count)

        _ = s.handle(.key(.char("x")))
        _ = s.handle(.key(.char("o")))
        #expect(s.filter.priority == .tinggi)
        let filled = (0..<s.matrix.rowCount).flatMap { r in (0..<s.matrix.columnCount).map { (r, $0) } }
            .filter { s.matrix.cell(row: $0.0, column: $0.1).kind != .empty }
        #expect(filled.count == 3)  // 1.03 Kab. Bogor, 1.03 Kota Bogor, 3.26 Depok
    }

    @Test func cellsCarrySymbolsAndRoles() {
        let s = screen()
        let source = MatrixGridSource(matrix: s.matrix, textWidth: 3)
        let row = s.matrix.affairs.firstIndex { $0.code == "1.03" }!
        #expect(source.cell(row: row, column: 0) == GridCell("P", role: .cellOffer))
        #expect(source.cell(row: row, column: 1) == GridCell("K*", role: .cellPlanned))
        #expect(source.cell(row: row, column: 2) == GridCell("K", role: .cellNeed))
        #expect(source.cell(row: row, column: 3) == GridCell("·", role: .muted))
        // Never cut mid-word: a word longer than the cell is abbreviated with a full stop.
        #expect(source.columnHeader(1) == ["Kota", "Bo."])
        #expect(source.columnHeader(0).first == "Kab")
        #expect(source.columnHeader(2) == ["De."])   // no other Depok: no level word
    }

    @Test func aNationalMatrixScrollsWithTheCursorInView() {
        let today = MufakatDomain.CalendarDate(year: 2026, month: 1, day: 15)!
        let regions = Catalogues.shared.regions.all.filter(\.autonomous)
        let mappings = regions.map { MappingDemo.generate(region: $0, seed: 7, today: today) }
        let data = MeetingData(meeting: nil, mappings: mappings, matches: [], drafted: [:], generation: 1)
        var s = screen(data, size: Size(width: 200, height: 60))
        #expect(s.matrix.columnCount == regions.count)
        _ = s.handle(.key(.end))
        #expect(s.grid.column == regions.count - 1)
        #expect(s.grid.left + s.grid.pageColumns == regions.count)
        for _ in 0..<5 { _ = s.handle(.key(.left)) }
        #expect(s.grid.left + s.grid.pageColumns == regions.count)   // moving inside the window does not scroll
        _ = s.handle(.key(.home))
        #expect(s.grid.left == 0)
        s.resize(Size(width: 80, height: 24))
        _ = s.handle(.key(.end))
        #expect(s.grid.left + s.grid.pageColumns == regions.count)
        var buffer = Buffer(width: 80, height: 24)
        s.draw(in: MatrixScreen.body(for: Size(width: 80, height: 24)), buffer: &buffer, focused: true)
        #expect(buffer.cursor != nil)
    }
}

@Suite struct MatrixHeaderTests {
    @Test func columnHeadersStackWordsAndAbbreviateLongOnes() {
        #expect(MatrixGridSource.pieces("Raja Ampat", width: 5) == ["Raja", "Ampat"])
        #expect(MatrixGridSource.pieces("Tasikmalaya", width: 5) == ["Tasi."])
        #expect(MatrixGridSource.pieces("Puncak Jaya", width: 5) == ["Punc.", "Jaya"])
        #expect(MatrixGridSource.pieces("Bogor", width: 3) == ["Bo."])
        #expect(MatrixGridSource.pieces("Kendal", width: 6) == ["Kendal"])
    }

    @Test func aProjectorGivesTheFreeWidthToTheColumns() {
        let data = MeetingData(meeting: nil, mappings: MeetingFixture.mappings(), matches: [], drafted: [:], generation: 1)
        let wide = MatrixScreen(data: data, catalogues: .shared, screen: Size(width: 200, height: 60))
        #expect(wide.grid.layout.cellWidth == 14)
        let narrow = MatrixScreen(data: data, catalogues: .shared, screen: Size(width: 80, height: 24))
        #expect(narrow.grid.layout.cellWidth >= 4)
    }
}

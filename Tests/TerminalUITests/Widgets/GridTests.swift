import Testing
@testable import TerminalUI

/// A source that counts what the grid asks of it, so a test can prove that a frame only looks at
/// the window on screen.
final class CountingGridSource: GridSource, @unchecked Sendable {
    let rowCount: Int
    let columnCount: Int
    var cellCalls = 0
    var rowHeaderCalls = 0
    var columnHeaderCalls = 0

    init(rows: Int, columns: Int) { rowCount = rows; columnCount = columns }

    func rowHeader(_ row: Int) -> String { rowHeaderCalls += 1; return "B\(row)" }
    func columnHeader(_ column: Int) -> [String] { columnHeaderCalls += 1; return ["K", "\(column)"] }
    func cell(row: Int, column: Int) -> GridCell {
        cellCalls += 1
        return GridCell((row + column) % 3 == 0 ? "P" : "·", role: (row + column) % 3 == 0 ? .cellOffer : .muted)
    }
}

@Suite(.englishToolkit) struct GridTests {
    let rect = Rect(x: 0, y: 0, width: 40, height: 10)
    let layout = GridLayout(rowHeaderWidth: 8, cellWidth: 4, headerHeight: 2)

    func grid(rows: Int = 32, columns: Int = 552) -> Grid {
        var g = Grid(layout: layout)
        g.fit(in: rect, rowCount: rows, columnCount: columns)
        return g
    }

    @Test func windowSizeComesFromTheLayout() {
        let g = grid()
        #expect(g.pageRows == 8)            // 10 lines minus the 2 header lines
        #expect(g.pageColumns == 7)         // (40 - 8 - 1) / 4
    }

    @Test func scrollingKeepsTheCursorVisibleOneStepAtATime() {
        var g = grid()
        for _ in 0..<7 { _ = g.handle(.key(.right), rowCount: 32, columnCount: 552) }
        #expect(g.column == 7)
        #expect(g.left == 1)                // scrolled by one, not by a page
        for _ in 0..<3 { _ = g.handle(.key(.left), rowCount: 32, columnCount: 552) }
        #expect(g.column == 4 && g.left == 1)  // inside the window: no scroll
        _ = g.handle(.key(.end), rowCount: 32, columnCount: 552)
        #expect(g.column == 551 && g.left == 552 - 7)
        _ = g.handle(.key(.home), rowCount: 32, columnCount: 552)
        #expect(g.column == 0 && g.left == 0)
        _ = g.handle(.key(.pageDown), rowCount: 32, columnCount: 552)
        #expect(g.row == 8 && g.top == 1)
        _ = g.handle(.key(.ctrlDown), rowCount: 32, columnCount: 552)
        #expect(g.row == 31 && g.top == 24)
        _ = g.handle(.key(.down), rowCount: 32, columnCount: 552)
        #expect(g.row == 31)
        _ = g.handle(.key(.tab), rowCount: 32, columnCount: 552)
        #expect(g.column == 7)
        #expect(g.handle(.key(.char("x")), rowCount: 32, columnCount: 552) == .ignored)
    }

    @Test func drawingLooksOnlyAtTheWindowAndKeepsHeadersFrozen() {
        var g = grid()
        for _ in 0..<300 { _ = g.handle(.key(.right), rowCount: 32, columnCount: 552) }
        for _ in 0..<20 { _ = g.handle(.key(.down), rowCount: 32, columnCount: 552) }
        let source = CountingGridSource(rows: 32, columns: 552)
        var buffer = Buffer(width: 40, height: 10)
        g.draw(source, in: rect, buffer: &buffer)
        #expect(source.cellCalls == g.pageRows * g.pageColumns)
        #expect(source.rowHeaderCalls == g.pageRows)
        #expect(source.columnHeaderCalls == g.pageColumns)
        let lines = buffer.lines
        // Column header stays on the first two lines, showing the columns in view.
        #expect(lines[1].contains("294") && lines[1].contains("300"))
        // Row labels stay at the left, for the rows in view; the cursor cell is focused.
        #expect(lines[2].hasPrefix("B13"))
        #expect(lines[9].hasPrefix("B20"))
        let cursor = try! #require(buffer.cursor)
        #expect(cursor.y == 9)
        #expect(buffer.roleLines[9][buffer.roleLines[9].index(buffer.roleLines[9].startIndex, offsetBy: cursor.x)] == StyleRole.focused.code)
    }

    @Test func drawAfterAShrinkStillShowsTheCursor() {
        var g = grid()
        for _ in 0..<6 { _ = g.handle(.key(.right), rowCount: 32, columnCount: 552) }
        let small = Rect(x: 0, y: 0, width: 24, height: 6)   // 3 columns, 4 rows: not fitted yet
        var buffer = Buffer(width: 24, height: 6)
        g.draw(CountingGridSource(rows: 32, columns: 552), in: small, buffer: &buffer)
        #expect(buffer.cursor != nil)
        #expect(buffer.lines[1].contains("6"))
    }

    @Test func snapshot() {
        var g = grid(rows: 5, columns: 12)
        _ = g.handle(.key(.right), rowCount: 5, columnCount: 12)
        _ = g.handle(.key(.down), rowCount: 5, columnCount: 12)
        let source = CountingGridSource(rows: 5, columns: 12)
        Snapshot.assert(drawn(width: 40, height: 10) { g.draw(source, in: rect, buffer: &$0) }, named: "grid-40x10")
    }
}

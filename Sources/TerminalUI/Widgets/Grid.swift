/// What a `Grid` shows: row and column labels and one short cell per pair. Looked up by index
/// for the cells on screen only, so a source of 32 × 552 (or 552 × 32) costs the same to draw
/// as a source of 5 × 5.
public protocol GridSource {
    var rowCount: Int { get }
    var columnCount: Int { get }
    /// The frozen label at the left of a row.
    func rowHeader(_ row: Int) -> String
    /// The frozen label above a column, as lines from the top (cut to the header height and the
    /// column width by the grid).
    func columnHeader(_ column: Int) -> [String]
    /// The cell's text (a symbol or two) and its role.
    func cell(row: Int, column: Int) -> GridCell
}

/// One cell of a grid.
public struct GridCell: Hashable, Sendable {
    public var text: String
    public var role: StyleRole
    public init(_ text: String, role: StyleRole = .normal) { self.text = text; self.role = role }
}

/// How a grid is laid out in a rectangle.
public struct GridLayout: Hashable, Sendable {
    /// Columns of the frozen row header.
    public var rowHeaderWidth: Int
    /// Columns of each cell (text and one column of space).
    public var cellWidth: Int
    /// Lines of the frozen column header.
    public var headerHeight: Int

    public init(rowHeaderWidth: Int, cellWidth: Int, headerHeight: Int) {
        self.rowHeaderWidth = rowHeaderWidth; self.cellWidth = max(1, cellWidth); self.headerHeight = max(0, headerHeight)
    }

    /// Data rows that fit in `rect` under the header.
    public func visibleRows(in rect: Rect) -> Int { max(1, rect.height - headerHeight) }
    /// Data columns that fit in `rect` right of the row header.
    public func visibleColumns(in rect: Rect) -> Int { max(1, (rect.width - rowHeaderWidth - 1) / cellWidth) }
}

/// A matrix view with frozen headers: the row labels stay at the left and the column labels at
/// the top while the cells scroll under them, the cursor cell always in view. Only the window
/// on screen is drawn; moving the cursor is O(1) whatever the size of the source.
public struct Grid: Sendable, Equatable {
    public private(set) var row = 0
    public private(set) var column = 0
    /// First row and column in view.
    public private(set) var top = 0
    public private(set) var left = 0
    public var layout: GridLayout
    /// The size of the window, as last laid out (rows and columns of cells in view).
    public private(set) var pageRows = 10
    public private(set) var pageColumns = 10

    public init(layout: GridLayout) { self.layout = layout }

    public var bindings: [KeyBinding] {
        let s = TerminalStrings.current
        return [KeyBinding([.up, .down, .left, .right], s.moveCell, keyLabel: "←↑↓→"),
                KeyBinding([.pageUp, .pageDown], s.page, keyLabel: "PgUp/PgDn"),
                KeyBinding([.home, .end], s.firstLastColumn, keyLabel: "Home/End")]
    }

    /// Sets the window size from the rectangle the grid will be drawn in, keeping the cursor in view.
    public mutating func fit(in rect: Rect, rowCount: Int, columnCount: Int) {
        pageRows = layout.visibleRows(in: rect)
        pageColumns = layout.visibleColumns(in: rect)
        clamp(rowCount: rowCount, columnCount: columnCount)
    }

    /// Puts the cursor on a cell (clamped) and scrolls it into view.
    public mutating func moveTo(row: Int, column: Int, rowCount: Int, columnCount: Int) {
        self.row = row; self.column = column
        clamp(rowCount: rowCount, columnCount: columnCount)
    }

    /// Arrows, PgUp/PgDn (a page of rows), Home/End (first/last column), Tab/Shift-Tab (a page
    /// of columns), Ctrl-Home/End as Ctrl-↑/↓ (first/last row). Ignored keys are left to the screen.
    public mutating func handle(_ event: Event, rowCount: Int, columnCount: Int) -> WidgetOutcome {
        guard case .key(let key) = event else { return .ignored }
        switch key {
        case .up: row -= 1
        case .down: row += 1
        case .left: column -= 1
        case .right: column += 1
        case .pageUp: row -= pageRows
        case .pageDown: row += pageRows
        case .home: column = 0
        case .end: column = columnCount - 1
        case .ctrlUp: row = 0
        case .ctrlDown: row = rowCount - 1
        case .tab: column += pageColumns
        case .backTab: column -= pageColumns
        default: return .ignored
        }
        clamp(rowCount: rowCount, columnCount: columnCount)
        return .handled
    }

    private mutating func clamp(rowCount: Int, columnCount: Int) {
        row = max(0, min(row, rowCount - 1))
        column = max(0, min(column, columnCount - 1))
        top = Self.offset(top, cursor: row, page: pageRows, count: rowCount)
        left = Self.offset(left, cursor: column, page: pageColumns, count: columnCount)
    }

    /// The first index in view: unchanged while the cursor is inside the window, else the least
    /// scroll that brings it in (so moving one cell scrolls by one, never jumps).
    static func offset(_ current: Int, cursor: Int, page: Int, count: Int) -> Int {
        var first = current
        if cursor < first { first = cursor }
        if cursor >= first + page { first = cursor - page + 1 }
        return max(0, min(first, count - page))
    }

    /// Draws the window of `source` that is in view; `focused` shows the cursor cell.
    public func draw<S: GridSource>(_ source: S, in rect: Rect, buffer: inout Buffer, focused: Bool = true) {
        guard !rect.isEmpty else { return }
        let rows = layout.visibleRows(in: rect), columns = layout.visibleColumns(in: rect)
        // The size may have changed since the last `fit`: keep the cursor in view all the same.
        let top = Self.offset(self.top, cursor: row, page: rows, count: source.rowCount)
        let left = Self.offset(self.left, cursor: column, page: columns, count: source.columnCount)
        let cellsX = rect.x + layout.rowHeaderWidth + 1
        let textWidth = max(1, layout.cellWidth - 1)

        // Column header (frozen at the top), the cursor's column marked.
        for h in 0..<min(layout.headerHeight, rect.height) {
            let line = rect.row(h)
            buffer.fill(line)
        }
        if layout.headerHeight > 0, source.rowCount > 0 || source.columnCount > 0 {
            let more = "\(left > 0 ? "◀" : " ")\(left + columns < source.columnCount ? "▶" : " ")"
            let corner = Rect(x: rect.x, y: rect.y + layout.headerHeight - 1, width: layout.rowHeaderWidth, height: 1)
            buffer.write(TextLayout.padLeft(more, width: layout.rowHeaderWidth), at: Point(x: corner.x, y: corner.y), role: .muted, clip: corner)
        }
        for c in 0..<columns where left + c < source.columnCount {
            let index = left + c
            let x = cellsX + c * layout.cellWidth
            let lines = source.columnHeader(index)
            let role: StyleRole = index == column ? .selection : .title
            for h in 0..<min(layout.headerHeight, rect.height) {
                let text = h < lines.count ? TextLayout.fit(lines[h], width: textWidth, ellipsis: false) : String(repeating: " ", count: textWidth)
                let clip = Rect(x: x, y: rect.y + h, width: textWidth, height: 1).intersection(rect)
                buffer.write(text, at: Point(x: x, y: rect.y + h), role: role, clip: clip)
            }
        }
        // Rows: frozen label, then the cells in view.
        for r in 0..<rows where top + r < source.rowCount {
            let index = top + r
            let y = rect.y + layout.headerHeight + r
            guard y < rect.maxY else { break }
            let line = rect.row(layout.headerHeight + r)
            buffer.fill(line)
            let labelRole: StyleRole = index == row ? .selection : .normal
            let label = TextLayout.fit(source.rowHeader(index), width: layout.rowHeaderWidth)
            buffer.write(label, at: Point(x: rect.x, y: y), role: labelRole, clip: line)
            buffer.write("│", at: Point(x: rect.x + layout.rowHeaderWidth, y: y), role: .border, clip: line)
            for c in 0..<columns where left + c < source.columnCount {
                let x = cellsX + c * layout.cellWidth
                let cell = source.cell(row: index, column: left + c)
                let isCursor = focused && index == row && left + c == column
                let text = TextLayout.fit(cell.text, width: textWidth, ellipsis: false)
                let clip = Rect(x: x, y: y, width: textWidth, height: 1).intersection(line)
                buffer.write(text, at: Point(x: x, y: y), role: isCursor ? .focused : cell.role, clip: clip)
                if isCursor { buffer.cursor = Point(x: x, y: y) }
            }
        }
    }
}

/// Buku kerja: a spreadsheet as data, written to XLSX by `XlsxWriter`.
public struct Workbook: Sendable, Hashable {
    public var sheets: [Worksheet]
    /// Judul (document property).
    public var title: String
    /// Pembuat (document property), e.g. the facilitator's agency.
    public var creator: String

    public init(sheets: [Worksheet], title: String = "", creator: String = "Mufakat") {
        self.sheets = sheets; self.title = title; self.creator = creator
    }
}

/// Lembar kerja: one sheet of rows and cells.
public struct Worksheet: Sendable, Hashable {
    /// Sheet name as Excel shows it on the tab (at most 31 characters, without []:*?/\).
    public var name: String
    public var rows: [[SpreadsheetCell]]
    /// Widths in characters, by column index; columns past the end keep the default width.
    public var columnWidths: [Double]
    /// Rows kept in view while scrolling down (the header).
    public var frozenRows: Int
    /// Columns kept in view while scrolling right (the labels).
    public var frozenColumns: Int
    /// Heights in points by row index; other rows holding wrapped text get a height estimated
    /// from the text length and column width (not every reader fits rows itself).
    public var rowHeights: [Int: Double]
    /// Whether the header row (the last frozen row, else the first) gets filter buttons.
    public var autoFilter: Bool
    /// Whether printing repeats the frozen rows and columns on every page.
    public var repeatFrozenWhenPrinting: Bool
    /// Landscape pages when printed.
    public var landscape: Bool
    /// Judul cetak: the title printed in the header of every page (nil: none).
    public var printTitle: String?
    /// Keterangan cetak: a line printed in the footer of every page (the legend), left of the
    /// page number "Halaman X dari Y".
    public var printFooter: String?
    /// Pages across when printed (1: the whole width on one page; 2 for a wide table that
    /// would otherwise shrink past reading).
    public var fitToWidth: Int

    public init(name: String, rows: [[SpreadsheetCell]] = [], columnWidths: [Double] = [], frozenRows: Int = 0,
                frozenColumns: Int = 0, rowHeights: [Int: Double] = [:], autoFilter: Bool = false,
                repeatFrozenWhenPrinting: Bool = true, landscape: Bool = true,
                printTitle: String? = nil, printFooter: String? = nil, fitToWidth: Int = 1) {
        self.printTitle = printTitle; self.printFooter = printFooter; self.fitToWidth = max(1, fitToWidth)
        self.name = name; self.rows = rows; self.columnWidths = columnWidths; self.frozenRows = frozenRows
        self.frozenColumns = frozenColumns; self.rowHeights = rowHeights; self.autoFilter = autoFilter
        self.repeatFrozenWhenPrinting = repeatFrozenWhenPrinting; self.landscape = landscape
    }

    /// The row that carries the filter buttons.
    public var filterRow: Int { max(frozenRows - 1, 0) }

    /// Number of columns: the longest row.
    public var columnCount: Int { rows.map(\.count).max() ?? 0 }
}

/// Sel: a value with a style.
public struct SpreadsheetCell: Sendable, Hashable, ExpressibleByStringLiteral {
    public var value: SpreadsheetValue
    public var style: CellStyle

    public init(_ value: SpreadsheetValue, style: CellStyle = .normal) { self.value = value; self.style = style }
    public init(stringLiteral text: String) { self.init(.text(text)) }

    public static func text(_ s: String, _ style: CellStyle = .normal) -> SpreadsheetCell { SpreadsheetCell(.text(s), style: style) }
    public static func number(_ n: Int64, _ style: CellStyle = .normal) -> SpreadsheetCell { SpreadsheetCell(.number(n), style: style) }
    public static let empty = SpreadsheetCell(.empty)
}

public enum SpreadsheetValue: Sendable, Hashable {
    case empty
    case text(String)
    /// Whole numbers (rupiah, years, counts): written as numbers so they sum.
    case number(Int64)
}

/// Gaya sel: the fixed set of styles the mapping outputs use. Order is the cellXfs index.
public enum CellStyle: Int, Sendable, Hashable, CaseIterable {
    case normal = 0
    /// Bold on grey, bordered, wrapped: a table header.
    case header
    /// Header text turned 90°: narrow region columns of the matrix.
    case headerVertical
    /// Wrapped text, top-aligned, bordered: a table body cell.
    case wrap
    /// Thousands grouping (#,##0), bordered: money.
    case money
    /// Centred, bordered: short codes and years.
    case centered
    /// Bold, larger: a title line above a table.
    case title
    /// Bold.
    case bold
    /// Matrix symbols, bold and centred on the legend colours.
    case offer, need, both, planned, listed
    /// Bordered, one line, no wrapping: row labels of a matrix.
    case label

    /// Whether the style wraps text (rows grow to fit).
    public var wraps: Bool { self == .header || self == .wrap || self == .headerVertical }
}

/// Tabel: a grid of cells with a header row, for the financing plan and letter details.
public struct Table: Sendable, Hashable {
    public struct Column: Sendable, Hashable {
        /// Relative width (the renderers share the text width by these weights).
        public var weight: Int
        public var alignment: Alignment
        public init(weight: Int, alignment: Alignment = .left) {
            self.weight = weight; self.alignment = alignment
        }
    }

    public struct Row: Sendable, Hashable {
        public var cells: [RichText]
        /// Totals and subtotals are set bold.
        public var emphasised: Bool
        public init(_ cells: [RichText], emphasised: Bool = false) {
            self.cells = cells; self.emphasised = emphasised
        }
    }

    public enum Style: String, Sendable, Hashable {
        /// Ruled grid with a header row (financing plan).
        case grid
        /// No rules and no header (letter details "Nomor : ...").
        case plain
    }

    public var columns: [Column]
    /// Empty for a table without a header row.
    public var header: [RichText]
    public var rows: [Row]
    public var style: Style

    public init(columns: [Column], header: [RichText] = [], rows: [Row], style: Style = .grid) {
        self.columns = columns; self.header = header; self.rows = rows; self.style = style
    }
}

/// Blok tanda tangan: signature blocks side by side, laid out as rows of one-line cells so
/// every renderer keeps the same reading order (row by row, left to right). DOCX sets it as a
/// borderless table.
public struct SignatureGrid: Sendable, Hashable {
    public enum RowKind: String, Sendable, Hashable {
        /// "PIHAK KEDUA," / "BUPATI BOGOR,".
        case caption
        /// The space left for the signature (and the seal).
        case space
        /// The signatory's name, bold.
        case name
        /// NIP or another line under the name.
        case detail
    }

    public struct Row: Sendable, Hashable {
        public var kind: RowKind
        public var cells: [RichText]
        public init(kind: RowKind, cells: [RichText]) { self.kind = kind; self.cells = cells }
    }

    /// Number of blocks side by side.
    public var columns: Int
    public var rows: [Row]

    public init(columns: Int, rows: [Row]) { self.columns = columns; self.rows = rows }
}

/// One signatory's block before layout.
public struct SignatureBlock: Sendable, Hashable {
    /// Lines above the signature: "PIHAK PERTAMA,", "a.n. WALI KOTA BOGOR", "KEPALA DINAS ...,".
    public var captions: [RichText]
    public var name: RichText
    /// Lines under the name: "NIP 19700101 199001 1 001".
    public var details: [RichText]

    public init(captions: [RichText], name: RichText, details: [RichText] = []) {
        self.captions = captions; self.name = name; self.details = details
    }
}

extension SignatureGrid {
    /// Lays blocks out side by side, at most `perRow` in a row. The first captions share the
    /// top line and the others are aligned at the bottom, so the signature spaces line up.
    public static func layout(_ blocks: [SignatureBlock], perRow: Int) -> SignatureGrid {
        let width = max(1, min(perRow, blocks.count))
        var rows: [Row] = []
        var start = 0
        while start < blocks.count {
            let group = Array(blocks[start..<min(start + width, blocks.count)])
            func pad(_ cells: [RichText]) -> [RichText] { cells + Array(repeating: RichText(), count: width - cells.count) }
            if !rows.isEmpty { rows.append(Row(kind: .space, cells: pad([]))) }
            // The first caption ("PIHAK PERTAMA,") stays on the first line of every block; the
            // lines under it ("a.n. ...", the title) are aligned at the bottom.
            let captionCount = group.map(\.captions.count).max() ?? 0
            for line in 0..<captionCount {
                rows.append(Row(kind: .caption, cells: pad(group.map { block in
                    if block.captions.isEmpty { return RichText() }
                    if line == 0 { return block.captions[0] }
                    let offset = captionCount - block.captions.count
                    return line - offset >= 1 ? block.captions[line - offset] : RichText()
                })))
            }
            rows.append(Row(kind: .space, cells: pad([])))
            rows.append(Row(kind: .name, cells: pad(group.map(\.name))))
            let detailCount = group.map(\.details.count).max() ?? 0
            for line in 0..<detailCount {
                rows.append(Row(kind: .detail, cells: pad(group.map { line < $0.details.count ? $0.details[line] : RichText() })))
            }
            start += width
        }
        return SignatureGrid(columns: width, rows: rows)
    }
}

/// A column of a table.
public struct TableColumn: Hashable, Sendable {
    public enum Width: Hashable, Sendable {
        /// Exactly this many columns.
        case fixed(Int)
        /// A share of the columns left after the fixed ones.
        case flexible(Int)
    }
    public enum Alignment: Hashable, Sendable { case left, right }

    public var title: String
    public var width: Width
    public var alignment: Alignment
    public init(_ title: String, width: Width = .flexible(1), alignment: Alignment = .left) {
        self.title = title; self.width = width; self.alignment = alignment
    }
}

/// A table with a header, a sort key shown in the header (▲ ascending, ▼ descending), a
/// highlighted row and scrolling. Sorting compares numbers as numbers (grouped Rupiah too) and
/// text without case or diacritics.
public struct Table: Widget, Sendable {
    public var columns: [TableColumn]
    public private(set) var rows: [[String]]
    public private(set) var sortColumn: Int?
    public private(set) var ascending = true
    /// Index into the *sorted* rows.
    public private(set) var highlighted = 0
    /// Visible data rows, for paging; the owner sets it when the layout is known.
    public var pageSize = 10

    public init(columns: [TableColumn], rows: [[String]], sortColumn: Int? = nil) {
        self.columns = columns
        self.rows = rows
        self.sortColumn = sortColumn
    }

    public var bindings: [KeyBinding] {
        let s = TerminalStrings.current
        return [KeyBinding([.up, .down], s.row), KeyBinding(.char("s"), s.sort), KeyBinding(.char("r"), s.reverseSort)]
    }

    /// The rows in display order.
    public var sortedRows: [[String]] {
        guard let c = sortColumn else { return rows }
        let sorted = rows.enumerated().sorted { a, b in
            let x = a.element.indices.contains(c) ? a.element[c] : ""
            let y = b.element.indices.contains(c) ? b.element[c] : ""
            let order = Self.compare(x, y)
            return order == 0 ? a.offset < b.offset : (order < 0) == ascending
        }
        return sorted.map(\.element)
    }

    static func compare(_ a: String, _ b: String) -> Int {
        func number(_ s: String) -> Int64? {
            let d = s.filter { $0.isASCII && $0.isNumber }
            guard !d.isEmpty, s.allSatisfy({ $0.isNumber || ". Rp-".contains($0) }) else { return nil }
            return Int64(d)
        }
        if let x = number(a), let y = number(b) { return x < y ? -1 : x > y ? 1 : 0 }
        let x = TextLayout.foldForSearch(a), y = TextLayout.foldForSearch(b)
        return x < y ? -1 : x > y ? 1 : 0
    }

    public mutating func setRows(_ rows: [[String]]) {
        self.rows = rows
        highlighted = min(highlighted, max(0, rows.count - 1))
    }

    public mutating func sort(by column: Int, ascending: Bool = true) {
        sortColumn = column; self.ascending = ascending
    }

    public mutating func handle(_ event: Event) -> WidgetOutcome {
        switch event {
        case .key(let key) where ListCursor.moves(key): highlighted = ListCursor.move(highlighted, count: rows.count, key: key, page: pageSize)
        case .key(.char("s")): sortColumn = sortColumn.map { ($0 + 1) % max(1, columns.count) } ?? 0; ascending = true
        case .key(.char("r")): ascending.toggle()
        case .key(.enter): return rows.isEmpty ? .refused : .submitted
        default: return .ignored
        }
        return .handled
    }

    /// Column widths for a total width: fixed ones first, flexible ones share the rest, one
    /// space between columns.
    public func columnWidths(total: Int) -> [Int] {
        let gaps = max(0, columns.count - 1)
        let fixed = columns.reduce(0) { if case .fixed(let w) = $1.width { return $0 + w }; return $0 }
        let shares = columns.reduce(0) { if case .flexible(let s) = $1.width { return $0 + s }; return $0 }
        var left = max(0, total - gaps - fixed)
        var widths: [Int] = []
        var sharesLeft = shares
        for c in columns {
            switch c.width {
            case .fixed(let w): widths.append(w)
            case .flexible(let s):
                let w = sharesLeft > 0 ? left * s / sharesLeft : 0
                widths.append(w); left -= w; sharesLeft -= s
            }
        }
        return widths
    }

    public func draw(in rect: Rect, buffer: inout Buffer, focused: Bool) {
        guard !rect.isEmpty else { return }
        let widths = columnWidths(total: rect.width)
        let (head, body) = rect.splitTop(1)
        var x = head.x
        for (i, column) in columns.enumerated() {
            var title = column.title
            if i == sortColumn { title += ascending ? " ▲" : " ▼" }
            buffer.write(TextLayout.fit(title, width: widths[i]), at: Point(x: x, y: head.y), role: .title, clip: head)
            x += widths[i] + 1
        }
        let data = sortedRows
        if data.isEmpty {
            buffer.write(TerminalStrings.current.noData, at: Point(x: body.x, y: body.y), role: .muted, clip: body)
            return
        }
        let top = max(0, min(highlighted - body.height + 1, data.count - body.height))
        for r in 0..<body.height where top + r < data.count {
            let line = body.row(r)
            let isHighlighted = top + r == highlighted
            let role: StyleRole = isHighlighted ? (focused ? .focused : .selection) : .normal
            buffer.fill(line, role: role)
            var cx = line.x
            for (i, column) in columns.enumerated() {
                let value = data[top + r].indices.contains(i) ? data[top + r][i] : ""
                let cell = column.alignment == .right
                    ? TextLayout.padLeft(TextLayout.fit(value, width: widths[i], pad: false), width: widths[i])
                    : TextLayout.fit(value, width: widths[i])
                buffer.write(cell, at: Point(x: cx, y: line.y), role: role, clip: Rect(x: cx, y: line.y, width: widths[i], height: 1))
                cx += widths[i] + 1
            }
        }
        if data.count > body.height, let lastColumn = columns.last {
            // Row position, only where the header leaves room for it.
            let info = " \(highlighted + 1)/\(data.count)"
            let used = widths.dropLast().reduce(0) { $0 + $1 + 1 } + DisplayWidth.of(lastColumn.title) + 2
            if used + DisplayWidth.of(info) <= rect.width, lastColumn.alignment == .left {
                buffer.write(info, at: Point(x: rect.maxX - DisplayWidth.of(info), y: head.y), role: .muted, clip: head)
            }
        }
    }
}

/// Plain text for the terminal preview and for e-mail: wrapped at `width` columns by display
/// width, titles centred, lists with hanging indents, tables ruled with ASCII. Deterministic.
public struct PlainTextRenderer: Sendable {
    public var width: Int

    public init(width: Int = 80) { self.width = max(20, width) }

    public func render(_ naskah: Naskah) -> String {
        var out: [String] = naskah.isDraft ? centred(Naskah.draftMark) + [""] : []
        for (i, block) in naskah.blocks.enumerated() {
            if i > 0 { out.append("") }
            out += lines(block)
        }
        return out.map { trimTrailing($0) }.joined(separator: "\n") + "\n"
    }

    private func trimTrailing(_ s: String) -> String {
        var t = s
        while t.last == " " { t.removeLast() }
        return t
    }

    func lines(_ block: Block) -> [String] {
        switch block {
        case .letterhead(let l):
            return l.names.flatMap { centred($0.plain) } + l.details.flatMap { centred($0.plain) }
                + [String(repeating: "=", count: width)]
        case .title(let lines), .numbers(let lines):
            return lines.flatMap { centred($0.plain) }
        case .paragraph(let p):
            return paragraph(p.text.plain, alignment: p.alignment, indent: p.indent * 4)
        case .heading(let t):
            return TextWidth.wrap(t.plain, width: width)
        case .list(let items):
            return list(items, indent: 0)
        case .article(let a):
            return centred("Pasal \(a.number)") + centred(a.heading.plain) + [""] + list(a.items, indent: 0)
        case .table(let t):
            return table(t)
        case .signatures(let g):
            return signatures(g)
        case .copies(let items):
            return ["Tembusan:", ""] + list(BuildContext.numbered(items), indent: 0)
        case .pageBreak:
            return [String(repeating: "-", count: width)]
        }
    }

    private func centred(_ text: String) -> [String] {
        TextWidth.wrap(text, width: width).map { TextWidth.pad($0, to: width, alignment: .center) }
    }

    private func paragraph(_ text: String, alignment: Alignment, indent: Int) -> [String] {
        let avail = width - indent
        let prefix = String(repeating: " ", count: indent)
        return TextWidth.wrap(text, width: avail).map { prefix + TextWidth.pad($0, to: avail, alignment: alignment == .justified ? .left : alignment) }
    }

    /// Items with their markers hanging: "(1) text ..." with the following lines under the text.
    private func list(_ items: [ListItem], indent: Int) -> [String] {
        let markerWidth = items.compactMap { $0.marker.map(TextWidth.of) }.max() ?? 0
        var out: [String] = []
        for item in items {
            let hang = markerWidth == 0 ? 0 : markerWidth + 1
            let avail = width - indent - hang
            let wrapped = item.text.isEmpty ? [] : TextWidth.wrap(item.text.plain, width: avail)
            let lead = String(repeating: " ", count: indent)
            if let marker = item.marker {
                let markerCell = TextWidth.pad(marker, to: markerWidth, alignment: .left) + " "
                if wrapped.isEmpty {
                    out.append(lead + marker)
                } else {
                    out.append(lead + markerCell + wrapped[0])
                    out += wrapped.dropFirst().map { lead + String(repeating: " ", count: hang) + $0 }
                }
            } else {
                out += wrapped.map { lead + $0 }
            }
            if !item.children.isEmpty {
                out += list(item.children, indent: indent + hang)
            }
        }
        return out
    }

    // MARK: Tables

    /// A table as the text export and the screens' preview lay it out at this width: side by
    /// side when the longest tokens fit, else stacked as labelled lines. No number, date or word
    /// is ever split.
    public func lines(of table: Table) -> [String] {
        self.table(table).map { trimTrailing($0) }
    }

    /// Column widths: each column at least its longest unbreakable token (a word, a number, a
    /// date: never split), at most its longest cell, sharing what is left by the difference.
    /// Nil when even the longest tokens do not fit side by side: the table is then stacked.
    func columnWidths(_ t: Table, available: Int) -> [Int]? {
        let n = t.columns.count
        guard n > 0 else { return nil }
        let all = (t.header.isEmpty ? [] : [t.header]) + t.rows.map(\.cells)
        var minW = Array(repeating: 1, count: n)
        var maxW = Array(repeating: 1, count: n)
        for row in all {
            for (c, cell) in row.enumerated() where c < n {
                let text = cell.plain
                maxW[c] = max(maxW[c], TextWidth.of(text))
                minW[c] = max(minW[c], TextWidth.longestToken(text))
            }
        }
        if maxW.reduce(0, +) <= available { return maxW }
        var widths = minW
        var rest = available - widths.reduce(0, +)
        if rest < 0 { return nil }
        let wants = (0..<n).map { maxW[$0] - minW[$0] }
        let totalWant = wants.reduce(0, +)
        for c in 0..<n where totalWant > 0 {
            let add = min(wants[c], rest * wants[c] / totalWant)
            widths[c] += add
        }
        rest = available - widths.reduce(0, +)
        var c = 0
        while rest > 0 && (0..<n).contains(where: { widths[$0] < maxW[$0] }) {
            if widths[c] < maxW[c] { widths[c] += 1; rest -= 1 }
            c = (c + 1) % n
        }
        return widths
    }

    private func table(_ t: Table) -> [String] {
        let n = t.columns.count
        let grid = t.style == .grid
        let available = grid ? width - (3 * n + 1) : width - (n - 1)
        guard let widths = columnWidths(t, available: available) else { return stacked(t) }
        let rule = "+" + widths.map { String(repeating: "-", count: $0 + 2) }.joined(separator: "+") + "+"
        func row(_ cells: [RichText], header: Bool) -> [String] {
            let wrapped = (0..<n).map { c in TextWidth.wrap(c < cells.count ? cells[c].plain : "", width: widths[c]) }
            let height = wrapped.map(\.count).max() ?? 1
            return (0..<height).map { line in
                let parts = (0..<n).map { c -> String in
                    let text = line < wrapped[c].count ? wrapped[c][line] : ""
                    return TextWidth.pad(text, to: widths[c], alignment: header ? .center : t.columns[c].alignment)
                }
                return grid ? "| " + parts.joined(separator: " | ") + " |" : parts.joined(separator: " ")
            }
        }
        var out: [String] = grid ? [rule] : []
        if !t.header.isEmpty {
            out += row(t.header, header: true)
            if grid { out.append(rule) }
        }
        for r in t.rows {
            out += row(r.cells, header: false)
        }
        if grid { out.append(rule) }
        return out
    }

    /// A table too wide for the page, one row after another as labelled lines
    /// ("Tahun Anggaran : 2027"), rows divided by a rule. Empty cells are left out.
    func stacked(_ t: Table) -> [String] {
        let n = t.columns.count
        let labels = (0..<n).map { c in c < t.header.count ? t.header[c].plain : "" }
        let labelWidth = labels.map(TextWidth.of).max() ?? 0
        // Labels longer than half the line go on a line of their own.
        let inline = labelWidth > 0 && labelWidth <= width / 2
        let rule = String(repeating: "-", count: width)
        var out: [String] = [rule]
        for r in t.rows {
            for c in 0..<n {
                let value = c < r.cells.count ? r.cells[c].plain : ""
                if value.trimmedWhitespace().isEmpty { continue }
                let label = labels[c]
                if label.isEmpty {
                    out += TextWidth.wrap(value, width: width)
                } else if inline {
                    let lead = TextWidth.pad(label, to: labelWidth, alignment: .left) + " : "
                    let hang = String(repeating: " ", count: labelWidth + 3)
                    let wrapped = TextWidth.wrap(value, width: width - labelWidth - 3)
                    out.append(lead + wrapped[0])
                    out += wrapped.dropFirst().map { hang + $0 }
                } else {
                    out += TextWidth.wrap(label + ":", width: width)
                    out += TextWidth.wrap(value, width: width - 2).map { "  " + $0 }
                }
            }
            out.append(rule)
        }
        return out
    }

    // MARK: Signatures

    private func signatures(_ g: SignatureGrid) -> [String] {
        let gap = 2
        let colWidth = (width - gap * (g.columns - 1)) / max(1, g.columns)
        var out: [String] = []
        for row in g.rows {
            if row.kind == .space {
                out += ["", "", ""]
                continue
            }
            let wrapped = row.cells.map { TextWidth.wrap($0.plain, width: colWidth) }
            let height = wrapped.map(\.count).max() ?? 1
            for line in 0..<height {
                out.append((0..<g.columns).map { c in
                    let text = c < wrapped.count && line < wrapped[c].count ? wrapped[c][line] : ""
                    return TextWidth.pad(text, to: colWidth, alignment: .center)
                }.joined(separator: String(repeating: " ", count: gap)))
            }
        }
        return out
    }
}

/// Markdown (CommonMark with GitHub tables) for review in a repository or a chat: titles in
/// bold, "Pasal N" as a heading, paragraph and item markers kept literal, tables as pipe
/// tables, missing values in bold. Deterministic.
public struct MarkdownRenderer: Sendable {
    public init() {}

    public func render(_ naskah: Naskah) -> String {
        ((naskah.isDraft ? ["**\(Naskah.draftMark)**"] : []) + naskah.blocks.map(markdown)).joined(separator: "\n\n") + "\n"
    }

    func markdown(_ block: Block) -> String {
        switch block {
        case .letterhead(let l):
            return (l.names.map { "**\(inline($0))**" } + l.details.map(inline)).joined(separator: "  \n")
                + "\n\n* * *"
        case .title(let lines):
            return lines.map { "**\(inline($0))**" }.joined(separator: "  \n")
        case .numbers(let lines):
            return lines.map(inline).joined(separator: "  \n")
        case .paragraph(let p):
            let prefix = p.alignment == .right ? "<p align=\"right\">" : ""
            let suffix = p.alignment == .right ? "</p>" : ""
            return String(repeating: "&emsp;", count: p.indent) + prefix + inline(p.text) + suffix
        case .heading(let t):
            return "## " + inline(t)
        case .list(let items):
            return list(items, depth: 0)
        case .article(let a):
            return "### Pasal \(a.number)\n\n**\(inline(a.heading))**\n\n" + list(a.items, depth: 0)
        case .table(let t):
            return table(t)
        case .signatures(let g):
            return signatures(g)
        case .copies(let items):
            return "Tembusan:\n\n" + list(BuildContext.numbered(items), depth: 0)
        case .pageBreak:
            return "* * *"
        }
    }

    /// Items one per line; the marker is literal text ("(1)", "a."), escaped so Markdown does not
    /// renumber it, and nested items are indented with non-breaking spaces to stay paragraphs.
    private func list(_ items: [ListItem], depth: Int) -> String {
        var lines: [String] = []
        for item in items {
            let indent = String(repeating: "&emsp;", count: depth)
            let marker = item.marker.map { escapeMarker($0) + " " } ?? ""
            lines.append(indent + marker + inline(item.text))
            if !item.children.isEmpty { lines.append(list(item.children, depth: depth + 1)) }
        }
        return lines.joined(separator: "  \n")
    }

    /// "1." would start an ordered list that Markdown renumbers; "1\." keeps the literal number.
    private func escapeMarker(_ marker: String) -> String {
        if let last = marker.last, last == ".", marker.dropLast().allSatisfy(\.isNumber) {
            return String(marker.dropLast()) + "\\."
        }
        return marker
    }

    func inline(_ text: RichText) -> String {
        text.spans.map { span in
            switch span {
            case .text(let t, let bold):
                let e = escape(t)
                return bold && !e.isEmpty ? "**\(e)**" : e
            case .missing(let f):
                return "**\(escape(f.marker))**"
            }
        }.joined()
    }

    private func escape(_ text: String) -> String {
        var out = ""
        for ch in text {
            switch ch {
            case "\\", "*", "_", "`", "[", "]", "<", ">", "|", "#": out += "\\\(ch)"
            default: out.append(ch)
            }
        }
        return out
    }

    private func table(_ t: Table) -> String {
        let n = t.columns.count
        let header = t.header.isEmpty ? Array(repeating: RichText(), count: n) : t.header
        let align = t.columns.map { c -> String in
            switch c.alignment {
            case .right: "---:"
            case .center: ":---:"
            default: "---"
            }
        }
        func row(_ cells: [RichText], bold: Bool) -> String {
            "| " + (0..<n).map { c in
                let text = c < cells.count ? inline(cells[c]) : ""
                return bold && !text.isEmpty ? "**\(text)**" : text
            }.joined(separator: " | ") + " |"
        }
        var lines = [row(header, bold: false), "| " + align.joined(separator: " | ") + " |"]
        lines += t.rows.map { row($0.cells, bold: $0.emphasised) }
        return lines.joined(separator: "\n")
    }

    /// A header-less pipe table: captions in the header row, then the space, name and details.
    private func signatures(_ g: SignatureGrid) -> String {
        let n = g.columns
        var rows = g.rows
        var header = Array(repeating: RichText(), count: n)
        if let first = rows.first, first.kind == .caption {
            header = first.cells
            rows.removeFirst()
        }
        func row(_ cells: [RichText]) -> String {
            "| " + (0..<n).map { c in c < cells.count ? inline(cells[c]) : "" }.joined(separator: " | ") + " |"
        }
        var lines = [row(header), "| " + Array(repeating: ":---:", count: n).joined(separator: " | ") + " |"]
        for r in rows {
            lines.append(row(r.kind == .space ? [] : r.cells))
        }
        return lines.joined(separator: "\n")
    }
}

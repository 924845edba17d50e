/// Display width of text in terminal columns: wide East Asian characters and emoji take two,
/// combining marks and zero-width characters none. (MufakatDocuments may not import TerminalUI,
/// so the plain-text renderer carries its own small measure.)
enum TextWidth {
    static func of(_ text: String) -> Int {
        text.reduce(0) { $0 + of($1) }
    }

    static func of(_ ch: Character) -> Int {
        guard let first = ch.unicodeScalars.first else { return 0 }
        if ch.unicodeScalars.contains(where: { $0.properties.isEmojiPresentation }) { return 2 }
        let v = first.value
        if v == 0x200B || v == 0x200C || v == 0x200D || v == 0xFEFF { return 0 }
        if first.properties.generalCategory == .nonspacingMark || first.properties.generalCategory == .enclosingMark { return 0 }
        if v < 0x20 || (0x7F..<0xA0).contains(v) { return 0 }
        if isWide(v) { return 2 }
        return 1
    }

    private static func isWide(_ v: UInt32) -> Bool {
        (0x1100...0x115F).contains(v) || (0x2E80...0x303E).contains(v) || (0x3041...0x33FF).contains(v)
            || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v) || (0xA000...0xA4CF).contains(v)
            || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v)
            || (0xFF00...0xFF60).contains(v) || (0xFFE0...0xFFE6).contains(v) || (0x20000...0x3FFFD).contains(v)
    }

    /// Width of the longest run between spaces: a word, a number, a date, "Rp1.000.000,00".
    /// Dates, amounts and cited numbers count as one token (see `Typography`).
    static func longestToken(_ text: String) -> Int {
        Typography.protect(text).split(separator: " ").map { of(String($0)) }.max() ?? 0
    }

    /// Greedy word wrap to `width` columns; a word longer than the width is split. A date, an
    /// amount or a cited number ("Nomor 28") stays on one line (see `Typography`).
    static func wrap(_ text: String, width: Int) -> [String] {
        wrapProtected(Typography.protect(text), width: width).map(Typography.plain)
    }

    private static func wrapProtected(_ text: String, width: Int) -> [String] {
        let width = max(1, width)
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            var w = String(word)
            var ww = of(w)
            while ww > width {
                if lineWidth > 0 { lines.append(line); line = ""; lineWidth = 0 }
                var head = ""
                var hw = 0
                for ch in w {
                    let cw = of(ch)
                    if hw + cw > width { break }
                    head.append(ch); hw += cw
                }
                lines.append(head)
                w = String(w.dropFirst(head.count))
                ww = of(w)
            }
            if w.isEmpty { continue }
            if lineWidth == 0 {
                line = w; lineWidth = ww
            } else if lineWidth + 1 + ww <= width {
                line += " " + w; lineWidth += 1 + ww
            } else {
                lines.append(line); line = w; lineWidth = ww
            }
        }
        if lineWidth > 0 || lines.isEmpty { lines.append(line) }
        return lines
    }

    static func pad(_ text: String, to width: Int, alignment: Alignment) -> String {
        let gap = max(0, width - of(text))
        switch alignment {
        case .right: return String(repeating: " ", count: gap) + text
        case .center:
            let left = gap / 2
            return String(repeating: " ", count: left) + text + String(repeating: " ", count: gap - left)
        case .left, .justified: return text + String(repeating: " ", count: gap)
        }
    }
}

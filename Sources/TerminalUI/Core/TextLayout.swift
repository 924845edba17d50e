import Foundation

/// Measuring, cutting, padding and wrapping text in display columns.
///
/// `String.count` counts grapheme clusters, which is wrong for CJK and emoji (two columns) and the
/// terminal does not care about bytes or scalars; every layout decision goes through here.
public enum TextLayout {
    /// The longest prefix that fits in `width` columns (a wide grapheme that would not fit is left out).
    public static func prefix(_ text: String, width: Int) -> String {
        guard width > 0 else { return "" }
        // Printable ASCII: a column a byte; other text grapheme by grapheme (`DisplayWidth.walk`).
        let cut: String? = text.utf8.withContiguousStorageIfAvailable { bytes in
            if let all = DisplayWidth.printableASCIIWidth(bytes), all <= width { return text }
            var used = 0, end = 0
            DisplayWidth.walk(bytes) { _, next, ch in
                let w = ch.map { DisplayWidth.of($0) } ?? 1
                if used + w > width { return false }
                used += w; end = next
                return true
            }
            return end == bytes.count ? text : String(decoding: UnsafeBufferPointer(rebasing: bytes[..<end]), as: UTF8.self)
        }
        if let cut { return cut }
        var used = 0
        var end = text.startIndex
        for i in text.indices {
            let w = DisplayWidth.of(text[i])
            if used + w > width { break }
            used += w
            end = text.index(after: i)
        }
        return String(text[..<end])
    }

    /// The longest suffix that fits in `width` columns.
    public static func suffix(_ text: String, width: Int) -> String {
        guard width > 0 else { return "" }
        var used = 0
        var start = text.endIndex
        for ch in text.reversed() {
            let w = DisplayWidth.of(ch)
            if used + w > width { break }
            used += w
            start = text.index(before: start)
        }
        return String(text[start...])
    }

    /// Pads with spaces on the right to `width` columns (no cut).
    public static func pad(_ text: String, width: Int) -> String {
        let w = DisplayWidth.of(text)
        return w >= width ? text : text + String(repeating: " ", count: width - w)
    }

    /// Pads on the left (right alignment, for numbers).
    public static func padLeft(_ text: String, width: Int) -> String {
        let cut = prefix(text, width: width)
        let w = DisplayWidth.of(cut)
        return w >= width ? cut : String(repeating: " ", count: width - w) + cut
    }

    /// Cuts to `width` columns, marking a cut with "…", then pads to exactly `width` when `pad`.
    public static func fit(_ text: String, width: Int, ellipsis: Bool = true, pad doPad: Bool = true) -> String {
        guard width > 0 else { return "" }
        var out: String
        if DisplayWidth.of(text) <= width {
            out = text
        } else if ellipsis && width > 1 {
            out = prefix(text, width: width - 1) + "…"
        } else {
            out = prefix(text, width: width)
        }
        if doPad { out = pad(out, width: width) }
        return out
    }

    /// Soft-wraps text into lines of at most `width` columns, breaking at spaces where possible
    /// and inside words only when one word is longer than a line. Hard newlines are kept.
    /// The spaces a row breaks at are dropped, so a row always fits and is never drawn cut
    /// ("dikerjaka…" continued on the next row).
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var result: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let rows = wrapParagraph(String(paragraph), width: width)
            for (i, row) in rows.enumerated() {
                var line = Substring(row.text)
                if i < rows.count - 1 { while line.last == " " { line = line.dropLast() } }
                result.append(String(line))
            }
        }
        return result
    }

    /// One wrapped row: its text and the grapheme offset where it starts in the paragraph.
    public struct WrappedRow: Hashable, Sendable {
        public var text: String
        public var start: Int
        public var length: Int
    }

    /// Wraps one paragraph (no newlines), keeping grapheme offsets so a caret can be placed.
    public static func wrapParagraph(_ text: String, width: Int) -> [WrappedRow] {
        let chars = Array(text)
        guard !chars.isEmpty else { return [WrappedRow(text: "", start: 0, length: 0)] }
        var rows: [WrappedRow] = []
        var start = 0
        while start < chars.count {
            var used = 0
            var end = start
            var lastBreak: Int? = nil
            while end < chars.count {
                let w = DisplayWidth.of(chars[end])
                if used + w > width { break }
                used += w
                if chars[end] == " " { lastBreak = end + 1 }
                end += 1
            }
            if end < chars.count, chars[end] == " " {
                end += 1  // the space that did not fit ends this row (clipped when drawn)
            } else if end < chars.count, let b = lastBreak, b > start {
                end = b
            }
            if end == start { end = start + 1 }  // a grapheme wider than the line: place it anyway
            rows.append(WrappedRow(text: String(chars[start..<end]), start: start, length: end - start))
            start = end
        }
        return rows
    }

    /// Removes diacritics and case, so "Bone-Bone" matches "bone" and "Ñ" matches "n".
    public static func foldForSearch(_ text: String) -> String {
        // ASCII (nearly all Indonesian text) has no diacritics: lowercasing is the whole fold, and
        // it is many times cheaper than Foundation's folding, which lists and filters call a lot.
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        return text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
    }
}

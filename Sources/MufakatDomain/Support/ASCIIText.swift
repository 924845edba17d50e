import Foundation

/// Upper-casing and replacing for the builders and the validator, on the UTF-8 bytes when the text is ASCII
/// (issue 19: Foundation's locale-aware upper-casing and NSString replacing cost a PKS export
/// a quarter of a millisecond of first-use look-ups). For ASCII text they give what Foundation
/// gives (Indonesian has no casing rules of its own: a-z become A-Z, nothing else changes);
/// any other text (and upper-casing text with a NUL) goes to Foundation.
public enum ASCIIText {
    public static let indonesian = Locale(identifier: "id_ID")

    /// `text.uppercased(with: Locale(identifier: "id_ID"))`.
    public static func uppercased(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for b in text.utf8 {
            // Foundation stops at a NUL: that text, too, is Foundation's to answer.
            if b >= 0x80 || b == 0 { return text.uppercased(with: indonesian) }
            bytes.append((0x61...0x7A).contains(b) ? b - 0x20 : b)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `text.replacingOccurrences(of: target, with: replacement)`: every occurrence, left to
    /// right, none overlapping.
    public static func replacing(_ target: String, with replacement: String, in text: String) -> String {
        let t = Array(target.utf8)
        guard !t.isEmpty, !text.utf8.contains(where: { $0 >= 0x80 }), !t.contains(where: { $0 >= 0x80 }) else {
            return text.replacingOccurrences(of: target, with: replacement)
        }
        let s = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(s.count)
        var i = 0
        while i < s.count {
            if i + t.count <= s.count, s[i] == t[0], s[i..<i + t.count].elementsEqual(t) {
                out.append(contentsOf: replacement.utf8)
                i += t.count
            } else {
                out.append(s[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Where the ASCII `needle` first occurs in `text` at or after `from` (the last occurrence
    /// when `backwards`), compared byte by byte on UTF-8: what `range(of:)` finds for an ASCII
    /// needle in generated markup, without Foundation's search (issue 19).
    public static func range(of needle: String, in text: String, from: String.Index? = nil, backwards: Bool = false) -> Range<String.Index>? {
        let n = Array(needle.utf8)
        let u = text.utf8
        guard let first = n.first else { return nil }
        let lower = from ?? u.startIndex
        func matches(at i: String.Index) -> Bool {
            var k = i
            for b in n {
                guard k < u.endIndex, u[k] == b else { return false }
                k = u.index(after: k)
            }
            return true
        }
        if backwards {
            var i = u.endIndex
            while i > lower {
                i = u.index(before: i)
                if u[i] == first, matches(at: i) { return i..<u.index(i, offsetBy: n.count) }
            }
            return nil
        }
        var i = lower
        while let at = u[i...].firstIndex(of: first) {
            if matches(at: at) { return at..<u.index(at, offsetBy: n.count) }
            i = u.index(after: at)
        }
        return nil
    }
}

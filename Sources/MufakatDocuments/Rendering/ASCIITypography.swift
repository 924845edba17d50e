/// `Typography.protect` for ASCII text, on its UTF-8 bytes (issue 19: character by character it
/// was a quarter of rendering a PKS to DOCX). For ASCII the two readings agree: a letter or a
/// number is an ASCII letter or digit, words split at the same spaces, and no combining mark can
/// join a space or a hyphen to what follows. Text with any other character takes the general road.
enum ASCIITypography {
    static let nbsp: [UInt8] = [0xC2, 0xA0]          // U+00A0
    static let nbHyphen: [UInt8] = [0xE2, 0x80, 0x91] // U+2011

    static let months: [[UInt8]] = Typography.months.sorted().map { Array($0.utf8) }
    static let numberWords: [[UInt8]] = Typography.numberWords.sorted().map { Array($0.utf8) }

    /// The protected bytes of `text`, nil when `text` is not ASCII.
    static func protect(_ text: String) -> [UInt8]? {
        var src: [UInt8] = []
        src.reserveCapacity(text.utf8.count)
        var breakable = false
        for b in text.utf8 {
            if b >= 0x80 { return nil }
            if b == 0x20 || b == 0x2D { breakable = true }
            src.append(b)
        }
        guard breakable else { return src }
        var words: [Range<Int>] = []
        var start = 0
        for i in src.indices where src[i] == 0x20 { words.append(start..<i); start = i + 1 }
        words.append(start..<src.count)

        var glue = Array(repeating: false, count: max(0, words.count - 1))
        for i in words.indices {
            let w = core(src, words[i])
            if i + 2 < words.count, isDigits(src, w, 1...2), months.contains(where: { equal(src, core(src, words[i + 1]), $0) }),
               isDigits(src, core(src, words[i + 2]), 4...4) {
                glue[i] = true; glue[i + 1] = true
            }
            if i + 4 < words.count, equal(src, words[i], nip), isDigits(src, words[i + 1], 8...8), isDigits(src, words[i + 2], 6...6),
               isDigits(src, words[i + 3], 1...1), isDigits(src, core(src, words[i + 4]), 3...3) {
                glue[i + 3] = true
            }
            if i + 1 < words.count, numberWords.contains(where: { equal(src, words[i], $0) }),
               let next = words[i + 1].first.map({ src[$0] }), next.isDigit || next == 0x28 {
                glue[i] = true
            }
        }
        var out: [UInt8] = []
        out.reserveCapacity(src.count + 16)
        for (i, word) in words.enumerated() {
            appendNumericDate(src, word, to: &out)
            if i < glue.count {
                if glue[i] { out.append(contentsOf: nbsp) } else { out.append(0x20) }
            }
        }
        return out
    }

    private static let nip: [UInt8] = Array("NIP".utf8)

    private static func core(_ s: [UInt8], _ r: Range<Int>) -> Range<Int> {
        var lo = r.lowerBound, hi = r.upperBound
        while lo < hi, !s[lo].isAlphanumeric { lo += 1 }
        while hi > lo, !s[hi - 1].isAlphanumeric { hi -= 1 }
        return lo..<hi
    }

    private static func isDigits(_ s: [UInt8], _ r: Range<Int>, _ counts: ClosedRange<Int>) -> Bool {
        counts.contains(r.count) && r.allSatisfy { s[$0].isDigit }
    }

    private static func equal(_ s: [UInt8], _ r: Range<Int>, _ word: [UInt8]) -> Bool {
        r.count == word.count && zip(r, word).allSatisfy { s[$0] == $1 }
    }

    /// "20-11-2024" (inside any punctuation) with non-breaking hyphens; any other word as it is.
    private static func appendNumericDate(_ s: [UInt8], _ word: Range<Int>, to out: inout [UInt8]) {
        let w = core(s, word)
        var parts: [Range<Int>] = []
        if word.contains(where: { s[$0] == 0x2D }) {
            var start = w.lowerBound
            for i in w where s[i] == 0x2D { parts.append(start..<i); start = i + 1 }
            parts.append(start..<w.upperBound)
        }
        guard parts.count == 3, isDigits(s, parts[0], 1...2), isDigits(s, parts[1], 1...2), isDigits(s, parts[2], 4...4) else {
            out.append(contentsOf: s[word])
            return
        }
        out.append(contentsOf: s[word.lowerBound..<w.lowerBound])
        for i in w { if s[i] == 0x2D { out.append(contentsOf: nbHyphen) } else { out.append(s[i]) } }
        out.append(contentsOf: s[w.upperBound..<word.upperBound])
    }
}

extension UInt8 {
    fileprivate var isDigit: Bool { self >= 0x30 && self <= 0x39 }
    fileprivate var isAlphanumeric: Bool { isDigit || (self >= 0x41 && self <= 0x5A) || (self >= 0x61 && self <= 0x7A) }
}

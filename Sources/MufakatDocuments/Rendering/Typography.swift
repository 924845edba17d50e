/// Tipografi: spaces and hyphens that must not break a line. Inside a date ("20 November 2024",
/// "20-11-2024"), an amount ("Rp 1.000") and a cited number ("Nomor 28", "Tahun 2018",
/// "Pasal 6", "ayat (2)") the spaces become non-breaking (U+00A0) and the hyphens of a numeric
/// date non-breaking (U+2011). Renderers apply it to text, never the builders: the naskah keeps
/// plain spaces. (Plain scanning, no shared regular expression: renderers run on many threads.)
enum Typography {
    static let nbsp: Character = "\u{00A0}"
    static let nbHyphen: Character = "\u{2011}"

    static let months: Set<String> = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
                                      "September", "Oktober", "November", "Desember"]
    /// Words that stay with the number after them.
    static let numberWords: Set<String> = ["Nomor", "Tahun", "Pasal", "ayat", "huruf", "Rp"]

    /// The word without the punctuation around it: "(20" -> "20", "2024)," -> "2024".
    private static func core(_ word: Substring) -> Substring {
        var w = word
        while let f = w.first, !f.isLetter && !f.isNumber { w = w.dropFirst() }
        while let l = w.last, !l.isLetter && !l.isNumber { w = w.dropLast() }
        return w
    }

    private static func isDigits(_ s: Substring, _ counts: ClosedRange<Int>) -> Bool {
        counts.contains(s.count) && s.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// `text` with non-breaking spaces and hyphens where a line must not break.
    static func protect(_ text: String) -> String {
        if let bytes = ASCIITypography.protect(text) { return String(decoding: bytes, as: UTF8.self) }
        return protectCharacters(text)
    }

    /// `protect` character by character: for text that is not all ASCII (and the reference
    /// `ASCIITypography` is tested against).
    static func protectCharacters(_ text: String) -> String {
        guard text.contains(" ") || text.contains("-") else { return text }
        let words = text.split(separator: " ", omittingEmptySubsequences: false)
        // glue[i]: the space after word i is non-breaking.
        var glue = Array(repeating: false, count: max(0, words.count - 1))
        for i in words.indices {
            let w = core(words[i])
            if i + 2 < words.count, isDigits(w, 1...2), months.contains(String(core(words[i + 1]))),
               isDigits(core(words[i + 2]), 4...4) {
                glue[i] = true; glue[i + 1] = true
            }
            // NIP 19750303 200003 2 001: the last two groups (sex and sequence) stay together.
            if i + 4 < words.count, words[i] == "NIP", isDigits(words[i + 1], 8...8), isDigits(words[i + 2], 6...6),
               isDigits(words[i + 3], 1...1), isDigits(core(words[i + 4]), 3...3) {
                glue[i + 3] = true
            }
            if i + 1 < words.count, numberWords.contains(String(words[i])),
               let next = words[i + 1].first, next.isNumber || next == "(" {
                glue[i] = true
            }
        }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for (i, word) in words.enumerated() {
            out += numericDate(word)
            if i < glue.count { out.append(glue[i] ? nbsp : " ") }
        }
        return out
    }

    /// "20-11-2024" (inside any punctuation) with non-breaking hyphens.
    private static func numericDate(_ word: Substring) -> Substring {
        guard word.contains("-") else { return word }
        let w = core(word)
        let parts = w.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, isDigits(parts[0], 1...2), isDigits(parts[1], 1...2), isDigits(parts[2], 4...4) else { return word }
        let protected = String(w.map { $0 == "-" ? nbHyphen : $0 })
        return Substring(String(word[..<w.startIndex]) + protected + String(word[w.endIndex...]))
    }

    /// Back to plain spaces and hyphens (for the plain-text and Markdown output).
    static func plain(_ text: String) -> String {
        guard text.contains(nbsp) || text.contains(nbHyphen) else { return text }
        return String(text.map { $0 == nbsp ? " " : ($0 == nbHyphen ? "-" : $0) })
    }
}

import Foundation

/// Tipografi: spaces and hyphens that must not break a line. Inside a date ("20 November 2024",
/// "20-11-2024"), an amount ("Rp 1.000") and a cited number ("Nomor 28", "Tahun 2018",
/// "Pasal 6") the spaces become non-breaking (U+00A0) and the hyphens of a numeric date
/// non-breaking (U+2011). Renderers apply it to text, never the builders: the naskah keeps
/// plain spaces.
enum Typography {
    static let nbsp: Character = "\u{00A0}"
    static let nbHyphen: Character = "\u{2011}"

    static let months = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
                         "September", "Oktober", "November", "Desember"]

    private static let patterns: [NSRegularExpression] = {
        let month = months.joined(separator: "|")
        return [
            // 20 November 2024
            "\\b\\d{1,2} (?:\(month)) \\d{4}\\b",
            // Rp 1.000.000,00
            "\\bRp \\d",
            // Nomor 28, Tahun 2018, Pasal 6, ayat (2), huruf a, Pasal 14–22
            "\\b(?:Nomor|Tahun|Pasal|ayat|huruf|NIP) [0-9(]",
        ].map { try! NSRegularExpression(pattern: $0) }
    }()

    private static let numericDate = try! NSRegularExpression(pattern: "\\b\\d{1,2}-\\d{1,2}-\\d{4}\\b")

    /// `text` with non-breaking spaces and hyphens where a line must not break.
    static func protect(_ text: String) -> String {
        guard text.contains(" ") || text.contains("-") else { return text }
        var chars = Array(text.utf16)
        let ns = text as NSString
        let range = NSRange(location: 0, length: ns.length)
        var changed = false
        for pattern in patterns {
            for m in pattern.matches(in: text, range: range) {
                for i in m.range.location..<(m.range.location + m.range.length) where chars[i] == 0x20 {
                    chars[i] = 0xA0; changed = true
                }
            }
        }
        for m in numericDate.matches(in: text, range: range) {
            for i in m.range.location..<(m.range.location + m.range.length) where chars[i] == 0x2D {
                chars[i] = 0x2011; changed = true
            }
        }
        return changed ? String(decoding: chars, as: UTF16.self) : text
    }

    /// Back to plain spaces and hyphens (for the plain-text and Markdown output).
    static func plain(_ text: String) -> String {
        guard text.contains(nbsp) || text.contains(nbHyphen) else { return text }
        return String(text.map { $0 == nbsp ? " " : ($0 == nbHyphen ? "-" : $0) })
    }
}

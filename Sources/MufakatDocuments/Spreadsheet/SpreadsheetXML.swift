/// XML text helpers for the spreadsheet parts.
enum SpreadsheetXML {
    /// Escapes text for element content and attribute values, and drops the control characters
    /// XML 1.0 does not allow (a pasted form feed must not make the file unreadable).
    static func escape(_ text: String) -> String {
        // Most cell texts need nothing: check the bytes first.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0xEF }) {
            return text
        }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || (0xFFFE...0xFFFF).contains(scalar.value) || (0xD800...0xDFFF).contains(scalar.value) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// "A", "B", ..., "Z", "AA", ...: the column letters of a 0-based index.
    static func columnName(_ index: Int) -> String {
        var n = index + 1
        var letters: [Character] = []
        while n > 0 {
            let r = (n - 1) % 26
            letters.append(Character(UnicodeScalar(UInt8(65 + r))))
            n = (n - 1) / 26
        }
        return String(letters.reversed())
    }

    /// "B2" for row 1, column 1 (0-based).
    static func reference(row: Int, column: Int) -> String { columnName(column) + String(row + 1) }

    /// A sheet name Excel accepts: forbidden characters replaced, at most 31 characters, not empty.
    static func sheetName(_ name: String) -> String {
        var s = String(name.map { "[]:*?/\\".contains($0) ? "-" : $0 })
        s = s.trimmingCharacters(in: CharacterSet(charactersIn: "'"))
        if s.isEmpty { s = "Lembar" }
        return String(s.prefix(31))
    }

    /// 'Sheet name' quoted for formulas and defined names.
    static func quotedSheet(_ name: String) -> String { "'" + name.replacingOccurrences(of: "'", with: "''") + "'" }
}

import Foundation

import Foundation

/// Penulis CSV for Excel in the Indonesian locale: UTF-8 with a byte order mark (so Excel reads
/// the accents right), ";" between fields (the "," is the decimal separator there), CRLF line
/// ends, and fields quoted when they hold ";", a quote or a line break. A field that a spreadsheet
/// would run as a formula (starting with "=", "+", "@", "-" before text, a tab or a CR) gets a
/// leading "'" so that a name typed by an officer never becomes a formula on the facilitator's
/// computer (CSV injection); `CsvReader` takes it off again.
public enum CsvWriter {
    public static let separator: Character = ";"

    public static func text(_ rows: [[String]]) -> String {
        var out = ""
        for row in rows {
            out += row.map(field).joined(separator: String(separator))
            out += "\r\n"
        }
        return out
    }

    /// The file's bytes, starting with the UTF-8 BOM.
    public static func data(_ rows: [[String]]) -> Data {
        var d = Data([0xEF, 0xBB, 0xBF])
        d.append(Data(text(rows).utf8))
        return d
    }

    public static func write(_ rows: [[String]], to url: URL) throws {
        try data(rows).write(to: url, options: .atomic)
    }

    static func field(_ raw: String) -> String {
        let s = needsGuard(raw) ? "'" + raw : raw
        // Looked for in the UTF-8 bytes: `String.contains` with a string goes through Foundation's
        // search, seconds for the matches list of a national meeting.
        let sep = separator.asciiValue!
        let u = s.utf8
        let needsQuotes = u.contains { $0 == sep || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D } || u.first == 0x20 || u.last == 0x20
        guard needsQuotes else { return s }
        return "\"" + (u.contains(0x22) ? s.replacingOccurrences(of: "\"", with: "\"\"") : s) + "\""
    }

    /// True when the field is written with a leading "'": formula-like text, and text that starts
    /// with "'" before such text (so that reading back gives exactly what was written).
    static func needsGuard(_ s: String) -> Bool {
        isFormulaLike(s) || (s.hasPrefix("'") && needsGuard(String(s.dropFirst())))
    }

    /// True when a spreadsheet would read the text as a formula. A lone "-" and negative numbers
    /// ("-5", "-1.250,5") stay as they are.
    static func isFormulaLike(_ s: String) -> Bool {
        guard let first = s.utf8.first else { return false }
        switch first {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "@"), 0x09, 0x0D: return true
        case UInt8(ascii: "-"):
            return s.utf8.dropFirst().contains { !(0x30...0x39).contains($0) && $0 != UInt8(ascii: ".") && $0 != UInt8(ascii: ",") }
        default: return false
        }
    }
}

/// Pembaca CSV: reads what `CsvWriter` writes (and Excel's ";" CSV): BOM, quotes, CRLF or LF.
public enum CsvReader {
    public static func rows(_ data: Data) throws(SpreadsheetError) -> [[String]] {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard let text = String(data: bytes, encoding: .utf8) else {
            throw .malformedCSV(line: 1, problem: "bukan teks UTF-8")
        }
        return try rows(text)
    }

    public static func rows(_ text: String, separator: Character = CsvWriter.separator) throws(SpreadsheetError) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var inQuotes = false
        var fieldWasQuoted = false
        var line = 1
        var quoteLine = 1
        let scalars = Array(text.unicodeScalars)
        let sep = separator.unicodeScalars.first!
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            if inQuotes {
                if c == "\"" {
                    if i + 1 < scalars.count && scalars[i + 1] == "\"" { field.unicodeScalars.append("\""); i += 1 }
                    else { inQuotes = false }
                } else {
                    if c == "\n" { line += 1 }
                    field.unicodeScalars.append(c)
                }
            } else if c == "\"" {
                guard field.isEmpty && !fieldWasQuoted else { throw .malformedCSV(line: line, problem: "tanda petik di tengah kolom") }
                inQuotes = true; fieldWasQuoted = true; quoteLine = line
            } else if c == sep {
                row.append(unguarded(field)); field = ""; fieldWasQuoted = false
            } else if c == "\r" {
                // CRLF: the LF ends the row.
            } else if c == "\n" {
                row.append(unguarded(field)); rows.append(row)
                row = []; field = ""; fieldWasQuoted = false; line += 1
            } else {
                field.unicodeScalars.append(c)
            }
            i += 1
        }
        if inQuotes { throw .malformedCSV(line: quoteLine, problem: "tanda petik pembuka tidak ditutup") }
        if !field.isEmpty || !row.isEmpty || fieldWasQuoted { row.append(unguarded(field)); rows.append(row) }
        return rows
    }

    /// Takes off the "'" that `CsvWriter` puts before a formula-like field.
    static func unguarded(_ field: String) -> String {
        guard field.hasPrefix("'") else { return field }
        let rest = String(field.dropFirst())
        return CsvWriter.needsGuard(rest) ? rest : field
    }
}

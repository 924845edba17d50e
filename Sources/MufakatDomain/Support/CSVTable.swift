import Foundation

/// A small RFC 4180 reader for the bundled catalogues: quoted fields, doubled quotes, and
/// errors that name the file and the line, so a broken resource is reported, never a crash.
public struct CSVTable: Sendable {
    public let header: [String]
    /// Each row with the line number (1-based, header is line 1) where it starts.
    public let rows: [(line: Int, fields: [String])]

    public init(text: String, file: String) throws(CatalogueError) {
        var records: [(Int, [String])] = []
        var field = ""
        var record: [String] = []
        var inQuotes = false
        var line = 1
        var recordLine = 1
        var chars = Array(text.unicodeScalars)
        if chars.first == "\u{FEFF}" { chars.removeFirst() }
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if inQuotes {
                if c == "\"" {
                    if i + 1 < chars.count && chars[i + 1] == "\"" { field.unicodeScalars.append("\""); i += 1 }
                    else { inQuotes = false }
                } else {
                    if c == "\n" { line += 1 }
                    field.unicodeScalars.append(c)
                }
            } else {
                switch c {
                case "\"":
                    if !field.isEmpty {
                        throw CatalogueError(file: file, line: line, problem: "tanda petik di tengah kolom; kolom yang memuat tanda petik harus diapit tanda petik")
                    }
                    inQuotes = true
                case ",":
                    record.append(field); field = ""
                case "\r":
                    break
                case "\n":
                    record.append(field); field = ""
                    if !(record.count == 1 && record[0].isEmpty) { records.append((recordLine, record)) }
                    record = []
                    line += 1
                    recordLine = line
                default:
                    field.unicodeScalars.append(c)
                }
            }
            i += 1
        }
        if inQuotes { throw CatalogueError(file: file, line: recordLine, problem: "tanda petik pembuka tidak ditutup") }
        if !field.isEmpty || !record.isEmpty {
            record.append(field)
            records.append((recordLine, record))
        }
        guard let first = records.first else {
            throw CatalogueError(file: file, line: 1, problem: "berkas kosong; baris judul kolom tidak ada")
        }
        header = first.1
        var body: [(line: Int, fields: [String])] = []
        for (ln, fields) in records.dropFirst() {
            if fields.count != header.count {
                throw CatalogueError(file: file, line: ln, problem: "jumlah kolom \(fields.count), seharusnya \(header.count) (\(header.joined(separator: ", ")))")
            }
            body.append((ln, fields))
        }
        rows = body
    }

    /// The index of a named column, or an error naming the missing column.
    public func column(_ name: String, file: String) throws(CatalogueError) -> Int {
        guard let index = header.firstIndex(of: name) else {
            throw CatalogueError(file: file, line: 1, problem: "kolom '\(name)' tidak ada pada baris judul")
        }
        return index
    }
}

/// A catalogue resource that cannot be read: the file, the line and what is wrong.
public struct CatalogueError: Error, Sendable, Equatable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let problem: String
    public init(file: String, line: Int, problem: String) {
        self.file = file; self.line = line; self.problem = problem
    }
    public var description: String { "\(file) baris \(line): \(problem)" }
}

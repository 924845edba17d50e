import Foundation

/// A small RFC 4180 reader for the bundled catalogues: quoted fields, doubled quotes, and
/// errors that name the file and the line, so a broken resource is reported, never a crash.
public struct CSVTable: Sendable {
    public let header: [String]
    /// Each row with the line number (1-based, header is line 1) where it starts.
    public let rows: [(line: Int, fields: [String])]

    public init(text: String, file: String) throws(CatalogueError) {
        // Read as UTF-8 bytes (issue 19: scalar by scalar, the region catalogue was a twentieth
        // of a DOCX export). Every byte that matters here is ASCII, and no byte of a multi-byte
        // UTF-8 sequence is, so the fields are the same as reading the text scalar by scalar.
        var records: [(Int, [String])] = []
        var field: [UInt8] = []
        var record: [String] = []
        var inQuotes = false
        var line = 1
        var recordLine = 1
        var bytes = Array(text.utf8)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }   // U+FEFF
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
        var i = 0
        while i < bytes.count {
            let c = bytes[i]
            if inQuotes {
                if c == quote {
                    if i + 1 < bytes.count && bytes[i + 1] == quote { field.append(quote); i += 1 }
                    else { inQuotes = false }
                } else {
                    if c == lf { line += 1 }
                    field.append(c)
                }
            } else {
                switch c {
                case quote:
                    if !field.isEmpty {
                        throw CatalogueError(file: file, line: line, problem: "tanda petik di tengah kolom; kolom yang memuat tanda petik harus diapit tanda petik")
                    }
                    inQuotes = true
                case comma:
                    record.append(String(decoding: field, as: UTF8.self)); field.removeAll(keepingCapacity: true)
                case cr:
                    break
                case lf:
                    record.append(String(decoding: field, as: UTF8.self)); field.removeAll(keepingCapacity: true)
                    if !(record.count == 1 && record[0].isEmpty) { records.append((recordLine, record)) }
                    record = []
                    line += 1
                    recordLine = line
                default:
                    field.append(c)
                }
            }
            i += 1
        }
        if inQuotes { throw CatalogueError(file: file, line: recordLine, problem: "tanda petik pembuka tidak ditutup") }
        if !field.isEmpty || !record.isEmpty {
            record.append(String(decoding: field, as: UTF8.self))
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

import Foundation

/// A small RFC 4180 reader for the bundled catalogues: quoted fields, doubled quotes, and
/// errors that name the file and the line, so a broken resource is reported, never a crash.
public struct CSVTable: Sendable {
    public let header: [String]
    /// Each row with the line number (1-based, header is line 1) where it starts.
    public let rows: [(line: Int, fields: [String])]

    public init(text: String, file: String) throws(CatalogueError) {
        var body: [(line: Int, fields: [String])] = []
        var record: [String] = []
        let header = try CSVTable.scan(text, file: file) { _, bytes in
            record.append(String(decoding: bytes, as: UTF8.self))
        } record: { line in
            body.append((line, record))
            record = []
        }
        self.header = header
        rows = body
    }

    /// Walks the records of `text`: the first one is the header, returned; for each later record
    /// `field` is given each value as it ends (its column and its bytes, quotes removed) and
    /// `record` its starting line once all its values are given. A blank line is no record.
    /// Read as UTF-8 bytes (issue 19: scalar by scalar, the region catalogue was a twentieth of a
    /// DOCX export). Every byte that matters here is ASCII, and no byte of a multi-byte UTF-8
    /// sequence is, so the fields are the same as reading the text scalar by scalar. A value
    /// without quotes or carriage returns is given as a slice of the text, uncopied.
    static func scan(_ text: String, file: String,
                     field: (Int, ArraySlice<UInt8>) -> Void,
                     header: ([String]) throws(CatalogueError) -> Void = { _ throws(CatalogueError) in },
                     record: (Int) throws(CatalogueError) -> Void) throws(CatalogueError) -> [String] {
        var names: [String]?
        var column = 0
        var onlyEmpty = true
        var inQuotes = false
        var line = 1
        var recordLine = 1
        let bytes: [UInt8] = {
            var all = Array(text.utf8)
            if all.starts(with: [0xEF, 0xBB, 0xBF]) { all.removeFirst(3) }   // U+FEFF
            return all
        }()
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")

        // The current value is `bytes[start..<end]` until a quote or a carriage return is met in
        // it; from then on (`buffered`) it is built in `own`, as the reader always built it.
        // The helpers take the position: a position they captured would be checked on every byte.
        var start = 0
        var buffered = false
        var own: [UInt8] = []
        func toBuffer(upTo end: Int) {
            if !buffered { own.removeAll(keepingCapacity: true); own.append(contentsOf: bytes[start..<end]); buffered = true }
        }
        func valueIsEmpty(upTo end: Int) -> Bool { buffered ? own.isEmpty : end == start }

        // The header's values are kept until its line proves not blank. A body record's first
        // value is held while it is empty: alone on its line, it is a blank line, not a record.
        var pendingHeader: [String] = []
        var pendingFirst = false
        func endField(at end: Int) {
            let value = buffered ? own[...] : bytes[start..<end]
            if !value.isEmpty { onlyEmpty = false }
            if names == nil {
                pendingHeader.append(String(decoding: value, as: UTF8.self))
            } else if column == 0 && value.isEmpty {
                pendingFirst = true
            } else {
                if pendingFirst { field(0, []); pendingFirst = false }
                field(column, value)
            }
            buffered = false
            start = end + 1
            column += 1
        }
        func endRecord() throws(CatalogueError) {
            defer { column = 0; onlyEmpty = true; pendingFirst = false; pendingHeader.removeAll() }
            if column == 1 && onlyEmpty { return }
            if let names {
                if column != names.count {
                    throw CatalogueError(file: file, line: recordLine, problem: "jumlah kolom \(column), seharusnya \(names.count) (\(names.joined(separator: ", ")))")
                }
                try record(recordLine)
            } else {
                names = pendingHeader
                try header(pendingHeader)
            }
        }

        // Runs of ordinary bytes are skipped at once; only the bytes that mean something stop.
        let count = bytes.count
        var i = 0
        while i < count {
            if inQuotes {
                var j = i
                while j < count && bytes[j] != quote {
                    if bytes[j] == lf { line += 1 }
                    j += 1
                }
                own.append(contentsOf: bytes[i..<j])
                if j == count { break }
                if j + 1 < count && bytes[j + 1] == quote { own.append(quote); i = j + 2 } else { inQuotes = false; i = j + 1 }
                continue
            }
            var j = i
            while j < count {
                let c = bytes[j]
                if c == quote || c == comma || c == cr || c == lf { break }
                j += 1
            }
            if buffered { own.append(contentsOf: bytes[i..<j]) }
            i = j
            if i == count { break }
            switch bytes[i] {
            case quote:
                if !valueIsEmpty(upTo: i) {
                    throw CatalogueError(file: file, line: line, problem: "tanda petik di tengah kolom; kolom yang memuat tanda petik harus diapit tanda petik")
                }
                toBuffer(upTo: i)
                inQuotes = true
            case comma:
                endField(at: i)
            case cr:
                toBuffer(upTo: i)
            default:   // lf
                endField(at: i)
                try endRecord()
                line += 1
                recordLine = line
            }
            i += 1
        }
        if inQuotes { throw CatalogueError(file: file, line: recordLine, problem: "tanda petik pembuka tidak ditutup") }
        if !valueIsEmpty(upTo: count) || column > 0 {
            endField(at: count)
            try endRecord()
        }
        guard let names else {
            throw CatalogueError(file: file, line: 1, problem: "berkas kosong; baris judul kolom tidak ada")
        }
        return names
    }

    /// `scan` by the names of the columns wanted: `field` is given the position in `columns` of
    /// each wanted value's column (the other columns are passed over); a wanted column missing
    /// from the header is an error on line 1 that names it.
    static func scan(_ text: String, file: String, columns wanted: [String],
                     field: (Int, ArraySlice<UInt8>) -> Void,
                     record: (Int) throws(CatalogueError) -> Void) throws(CatalogueError) {
        var slotOfColumn: [Int] = []
        _ = try scan(text, file: file) { column, bytes in
            if column < slotOfColumn.count, slotOfColumn[column] >= 0 { field(slotOfColumn[column], bytes) }
        } header: { names throws(CatalogueError) in
            slotOfColumn = [Int](repeating: -1, count: names.count)
            for (slot, name) in wanted.enumerated() {
                guard let column = names.firstIndex(of: name) else {
                    throw CatalogueError(file: file, line: 1, problem: "kolom '\(name)' tidak ada pada baris judul")
                }
                slotOfColumn[column] = slot
            }
        } record: { line throws(CatalogueError) in
            try record(line)
        }
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

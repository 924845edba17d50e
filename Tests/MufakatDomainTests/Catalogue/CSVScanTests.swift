import Foundation
import Testing
@testable import MufakatDomain

/// The CSV reader walks its text once and hands out values in place (issue 19). On random texts
/// of quotes, commas, line ends and UTF-8 it reads the same table, or the same error, as the
/// reader it replaced (kept below as the reference).
@Suite struct CSVScanTests {
    struct Row: Equatable { let line: Int; let fields: [String] }

    /// The reader before issue 19's one-pass walk, as it was.
    static func reference(text: String, file: String) throws(CatalogueError) -> (header: [String], rows: [Row]) {
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
        let header = first.1
        var body: [(line: Int, fields: [String])] = []
        for (ln, fields) in records.dropFirst() {
            if fields.count != header.count {
                throw CatalogueError(file: file, line: ln, problem: "jumlah kolom \(fields.count), seharusnya \(header.count) (\(header.joined(separator: ", ")))")
            }
            body.append((ln, fields))
        }
        return (header, body.map { Row(line: $0.line, fields: $0.fields) })
    }

    static func randomText(_ generator: inout some RandomNumberGenerator) -> String {
        let pieces = ["a", "b", "é", "Kota Bogor", ",", ",", "\n", "\n", "\r\n", "\"", "\"\"", "\"x,y\"", "\r", " ", "", "\u{FEFF}"]
        let header = ["k,n\n", "k,n,o\n", "", "\n\nk,n\n", "\u{FEFF}k,n\n", "\"k\",n\n"].randomElement(using: &generator)!
        return header + (0..<Int.random(in: 0...14, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
    }

    @Test func sameTableOrErrorAsTheReferenceReader() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5_000 {
            let text = Self.randomText(&generator)
            let expected = Result { () throws(CatalogueError) in try Self.reference(text: text, file: "x.csv") }
            let actual = Result { () throws(CatalogueError) in
                let table = try CSVTable(text: text, file: "x.csv")
                return (header: table.header, rows: table.rows.map { Row(line: $0.line, fields: $0.fields) })
            }
            switch (expected, actual) {
            case let (.success(e), .success(a)):
                #expect(e.header == a.header && e.rows == a.rows, "\(text.debugDescription)")
            case (.failure, .failure):
                break   // both refuse; which of two faults is named first may differ (one pass now)
            default:
                Issue.record("one reader refused and the other did not: \(text.debugDescription) \(expected) \(actual)")
            }
        }
    }

    /// A text with one fault: the same file, line and words as before.
    @Test(arguments: ["k,n\na,\"b\n", "k,n\na\"b,c\n", "k,n\na,b,c\n", "", "\n\n", "k,n\n\"a\"b\"\n"])
    func aSingleFaultIsNamedAsBefore(_ text: String) {
        let expected = Result { () throws(CatalogueError) in try Self.reference(text: text, file: "x.csv") }
        let actual = Result { () throws(CatalogueError) in _ = try CSVTable(text: text, file: "x.csv") }
        guard case let .failure(e) = expected, case let .failure(a) = actual else {
            Issue.record("both readers must refuse \(text.debugDescription)")
            return
        }
        #expect(e == a)
    }

    /// The region catalogue read value by value is the one its table gave: every region of the
    /// bundled file, in order, with the same fields.
    @Test func theRegionCatalogueIsTheTablesRegions() throws {
        let text = try #require(BundledData.text("wilayah.csv"))
        let table = try CSVTable(text: text, file: "wilayah.csv")
        let columns = try ["kode", "nama", "jenis", "kode_provinsi", "otonom"].map { name throws(CatalogueError) in try table.column(name, file: "wilayah.csv") }
        let fromTable = table.rows.map { row in
            Region(code: row.fields[columns[0]], name: row.fields[columns[1]], level: RegionLevel(rawValue: row.fields[columns[2]])!,
                   provinceCode: row.fields[columns[3]], autonomous: row.fields[columns[4]] == "ya")
        }
        let catalogue = try RegionCatalogue(csv: text)
        #expect(catalogue.all == fromTable)
        #expect(catalogue.all.count == 552)
        for region in fromTable { #expect(catalogue[region.code] == region) }
    }

    @Test(arguments: [
        ("kode,nama,jenis,kode_provinsi,otonom\n11,Aceh,provinsi,11,ya\n11,Aceh Lagi,provinsi,11,ya\n", 3, "kode daerah '11' ganda"),
        ("kode,nama,jenis,kode_provinsi,otonom\n11,Aceh,negara,11,ya\n", 2, "jenis 'negara' tidak dikenal (provinsi, kabupaten, atau kota)"),
        ("kode,nama,jenis,kode_provinsi,otonom\n11,Aceh,provinsi,11,mungkin\n", 2, "kolom otonom harus 'ya' atau 'tidak', bukan 'mungkin'"),
        ("kode,nama,jenis,kode_provinsi,otonom\n\n11,,provinsi,11,ya\n", 3, "kode dan nama daerah wajib diisi"),
        ("kode,nama,jenis,otonom\n11,Aceh,provinsi,ya\n", 1, "kolom 'kode_provinsi' tidak ada pada baris judul"),
    ])
    func aBrokenRegionFileIsNamedByLine(_ example: (String, Int, String)) {
        #expect(throws: CatalogueError(file: "wilayah.csv", line: example.1, problem: example.2)) {
            _ = try RegionCatalogue(csv: example.0)
        }
    }
}

import Testing
@testable import MufakatDomain

@Suite struct CatalogueTests {
    @Test func bundledCataloguesHaveTheOfficialCounts() throws {
        let c = try Catalogues.loadBundled()
        #expect(c.regions.all.count == 552)
        #expect(c.regions.provinces.count == 38)
        #expect(c.affairs.all.count == 32)
        #expect(c.absoluteAffairs.count == 6)
        #expect(c.regions["32.71"]?.name == "Kota Bogor")
        #expect(c.regions["31.71"]?.autonomous == false)
        #expect(c.affairs["2.15"]?.name == "Perhubungan")
    }

    @Test func authorityRowsCoverTheDomainTable() throws {
        let c = try Catalogues.loadBundled()
        for code in ["1.01", "1.03", "2.15", "3.25", "3.28", "2.11", "3.26"] {
            let rows = c.authority.forAffair(code)
            #expect(rows.contains { $0.level == .provinsi }, "provinsi row for \(code)")
            #expect(rows.contains { $0.level == .kabupatenKota }, "kab/kota row for \(code)")
            #expect(rows.allSatisfy { !$0.basis.isEmpty })
        }
    }

    @Test func brokenCSVNamesFileAndLine() {
        let text = "kode,nama,jenis,kode_provinsi,otonom\n11,Aceh,provinsi,11,ya\n11.01,Kab,desa,11,ya\n"
        #expect(throws: CatalogueError(file: "w.csv", line: 3, problem: "jenis 'desa' tidak dikenal (provinsi, kabupaten, atau kota)")) {
            _ = try RegionCatalogue(csv: text, file: "w.csv")
        }
        let ragged = "kode,nama,kelompok\n1.01,Pendidikan\n"
        do { _ = try AffairCatalogue(csv: ragged, file: "u.csv"); Issue.record("no error") }
        catch { #expect(error.line == 2); #expect(error.file == "u.csv") }
    }

    @Test func quotedFieldsWithCommas() throws {
        let table = try CSVTable(text: "a,b\n\"x, y\",\"say \"\"hi\"\"\"\n", file: "t.csv")
        #expect(table.rows.first?.fields == ["x, y", "say \"hi\""])
    }

    /// The byte reader keeps what the scalar reader gave: a byte-order mark dropped, CR dropped
    /// outside quotes and kept inside, non-ASCII letters whole, line numbers across quoted lines.
    @Test func bytesReadAsTheScalarsWere() throws {
        let text = "\u{FEFF}kode,nama\r\n32.71,Kota Bogor\r\n\r\n61.01,\"Sambas\r\nbaris dua\"\n91.01,Jayapura – Papua é\u{301}\n92.02,\"\"\n"
        let table = try CSVTable(text: text, file: "t.csv")
        #expect(table.header == ["kode", "nama"])
        #expect(table.rows.map(\.line) == [2, 4, 6, 7])
        #expect(table.rows.map(\.fields) == [["32.71", "Kota Bogor"], ["61.01", "Sambas\r\nbaris dua"],
                                             ["91.01", "Jayapura – Papua é\u{301}"], ["92.02", ""]])
        #expect(Array(table.rows[2].fields[1].unicodeScalars) == Array("Jayapura – Papua é\u{301}".unicodeScalars))
        #expect(throws: CatalogueError(file: "t.csv", line: 3, problem: "tanda petik di tengah kolom; kolom yang memuat tanda petik harus diapit tanda petik")) {
            try CSVTable(text: "a,b\n1,2\nx\"y,3\n", file: "t.csv")
        }
    }
}

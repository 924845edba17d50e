import Testing
@testable import MufakatDomain

/// The adjacency table read where its values stand (`CSVTable.scan`) against the table of rows it
/// was built from before: every listed pair both ways, its kind and source, the province source,
/// the complete provinces, and the messages of a broken file.
@Suite struct AdjacencyTableTests {
    @Test func holdsEveryRowOfTheBundledFileBothWays() throws {
        let text = try Catalogues.read("berbatasan.csv"), coverage = try Catalogues.read("berbatasan-cakupan.csv")
        let table = try AdjacencyTable(csv: text, coverage: coverage)
        let rows = try CSVTable(text: text, file: "berbatasan.csv")
        let a = try rows.column("kode_a", file: ""), b = try rows.column("kode_b", file: "")
        let kind = try rows.column("jenis", file: ""), source = try rows.column("sumber", file: "")
        #expect(rows.rows.count > 50)
        var firstProvinceSource: String? = nil
        for (_, f) in rows.rows {
            for (x, y) in [(f[a], f[b]), (f[b], f[a])] {
                let listed = try #require(table.border(x, y), "\(x) \(y)")
                #expect(listed.kind.rawValue == f[kind])
                #expect(listed.source == f[source])
            }
            if !f[a].contains("."), firstProvinceSource == nil { firstProvinceSource = f[source] }
        }
        #expect(table.provinceSource == firstProvinceSource)
        #expect(table.completeProvinces == ["34"])
        #expect(table.border("11", "32.71") == nil)
    }

    @Test func aBrokenFileIsNamedWithItsLine() {
        let bad = "kode_a,kode_b,jenis,sumber\n11,12,darat,x\n11,13,udara,x\n"
        #expect(throws: CatalogueError(file: "b.csv", line: 3, problem: "jenis perbatasan 'udara' tidak dikenal; pilih darat, laut, atau darat-laut")) {
            _ = try AdjacencyTable(csv: bad, coverage: "kode_provinsi,cakupan\n", file: "b.csv")
        }
        let missing = "kode_a,kode_b,sumber\n11,12,x\n"
        #expect(throws: CatalogueError(file: "b.csv", line: 1, problem: "kolom 'jenis' tidak ada pada baris judul")) {
            _ = try AdjacencyTable(csv: missing, coverage: "kode_provinsi,cakupan\n", file: "b.csv")
        }
        // Sources that change from row to row are each kept as written.
        let mixed = "kode_a,kode_b,jenis,sumber\n11,12,darat,satu\n11,13,laut,satu\n12,13,darat-laut,dua\n"
        let table = try? AdjacencyTable(csv: mixed, coverage: "kode_provinsi,cakupan\n")
        #expect(table?.border("13", "11")?.source == "satu")
        #expect(table?.border("13", "12")?.source == "dua")
        #expect(table?.border("13", "12")?.kind == .landAndSea)
        #expect(table?.provinceSource == "satu")
    }
}

import Testing
@testable import MufakatDomain

@Suite struct MappingMatrixTests {
    let catalogues = Catalogues.shared

    @Test func cellsSummariseEachRegionsEntries() throws {
        var ms = FiveRegions.mappings
        ms[1].entries.append(MappingEntry(affairCode: "3.26", offer: "Kebun raya", need: "Promosi"))
        ms[3].entries[0].inRPJMD = true
        ms[4].entries.append(MappingEntry(affairCode: "2.16", partnerRegions: ["32.71"]))
        let m = MappingMatrix(mappings: ms, catalogues: catalogues)
        #expect(m.affairs.count == 32)
        #expect(m.regions.map(\.code) == ["31", "32.01", "32.71", "32.76", "36.03"])
        #expect(m.cell(affairCode: "1.03", regionCode: "32.01")?.kind == .offer)
        #expect(m.cell(affairCode: "1.03", regionCode: "32.71")?.kind == .need)
        #expect(m.cell(affairCode: "3.26", regionCode: "32.71")?.kind == .both)
        let planned = try #require(m.cell(affairCode: "1.03", regionCode: "36.03"))
        #expect(planned.kind == .planned)
        #expect(planned.hasNeed && !planned.hasOffer)
        #expect(planned.symbol == "K*")
        #expect(MatrixCell(entries: [(0, MappingEntry(affairCode: "1.03", offer: "x", need: "y", rkpdYear: 2026))]).symbol == "PK*")
        #expect(MatrixCell(entries: [(0, MappingEntry(affairCode: "1.03", inRPJMD: true))]).symbol == "R")
        #expect(m.cell(affairCode: "2.16", regionCode: "31")?.kind == .listed)
        #expect(m.cell(affairCode: "1.01", regionCode: "31")?.kind == .empty)
        let d = m.details(affair: 2, region: 2)
        #expect(d.region.code == "32.71")
        #expect(d.entries.map(\.need) == ["Lokasi pemrosesan akhir sampah"])
        #expect(m.counts(affair: 2)[.need] == 2)
    }

    @Test func transposeSwapsRowsAndColumns() {
        let m = MappingMatrix(mappings: FiveRegions.mappings, catalogues: catalogues)
        let t = m.transposed()
        #expect(t.rowCount == m.columnCount && t.columnCount == m.rowCount)
        #expect(t.rowLabel(1) == "32.01 Kabupaten Bogor")
        #expect(t.columnLabel(2) == "1.03 Pekerjaan Umum dan Penataan Ruang")
        for r in 0..<m.rowCount { for c in 0..<m.columnCount { #expect(m.cell(row: r, column: c) == t.cell(row: c, column: r)) } }
        let rows = t.textRows()
        #expect(rows.count == 6)
        #expect(rows[0][0] == "Daerah \\ Urusan")
        #expect(rows[2][3] == "P")
    }

    @Test func filters() {
        var ms = FiveRegions.mappings
        ms[0].entries[0].priority = .tinggi
        let byProvince = MappingMatrix(mappings: ms, catalogues: catalogues, filter: MatrixFilter(provinceCode: "32"))
        #expect(byProvince.regions.map(\.code) == ["32.01", "32.71", "32.76"])
        let byGroup = MappingMatrix(mappings: ms, catalogues: catalogues, filter: MatrixFilter(group: .pilihan))
        #expect(byGroup.affairs.map(\.code).allSatisfy { $0.hasPrefix("3.") })
        #expect(byGroup.affairs.count == 8)
        let byPriority = MappingMatrix(mappings: ms, catalogues: catalogues, filter: MatrixFilter(priority: .tinggi))
        #expect(byPriority.cell(affairCode: "1.03", regionCode: "32.01")?.kind == .offer)
        #expect(byPriority.cell(affairCode: "1.03", regionCode: "32.71")?.kind == .empty)
        #expect(MatrixFilter(provinceCode: "32", priority: .tinggi).description(regions: catalogues.regions) == "Provinsi Jawa Barat, prioritas tinggi")
    }
}

import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import MufakatDomain
@testable import MufakatDocuments

@Suite struct MatrixExportTests {
    let catalogues = Catalogues.shared
    let today = CalendarDate(year: 2026, month: 3, day: 2)!

    func demoMappings(_ n: Int) -> [RegionMapping] {
        (0..<n).map { MappingDemo.generate(region: MappingDemo.suggestedRegion(seed: UInt64($0)), seed: UInt64($0), today: today) }
    }

    @Test func csvReadBackEqualsTheMatrix() throws {
        let matrix = MappingMatrix(mappings: demoMappings(6), catalogues: catalogues)
        let rows = try CsvReader.rows(CsvWriter.data(MatrixExport.csvRows(matrix)))
        #expect(rows.count == matrix.rowCount + 1)
        #expect(rows[0].count == matrix.columnCount + 1)
        for r in 0..<matrix.rowCount {
            #expect(rows[r + 1][0] == matrix.rowLabel(r))
            for c in 0..<matrix.columnCount { #expect(rows[r + 1][c + 1] == matrix.cell(row: r, column: c).symbol) }
        }
        for c in 0..<matrix.columnCount { #expect(rows[0][c + 1] == matrix.columnLabel(c)) }
        let t = matrix.transposed()
        #expect(try CsvReader.rows(CsvWriter.data(MatrixExport.csvRows(t))) == t.textRows())
    }

    @Test func workbookHoldsMatrixDetailsAndLegend() throws {
        let mappings = demoMappings(4)
        let matrix = MappingMatrix(mappings: mappings, catalogues: catalogues)
        let meeting = Meeting(id: "m", title: "Rapat Koordinasi Teknis Jawa Barat", level: .provinsi, date: today, place: "Bandung")
        let x = try XlsxReading(try XlsxWriter.data(MatrixExport.workbook(matrix, catalogues: catalogues, meeting: meeting, generatedOn: today)))
        #expect(x.allPartsWellFormed() == [])
        let cells = try x.cells(sheet: 1)
        #expect(cells["A1"] == "Urusan \\ Daerah")
        #expect(cells["B1"] == matrix.columnLabel(0))
        #expect(cells["A2"] == "1.01 Pendidikan")
        for r in 0..<matrix.rowCount {
            for c in 0..<matrix.columnCount {
                let symbol = matrix.cell(row: r, column: c).symbol
                #expect(cells[SpreadsheetXML.reference(row: r + 1, column: c + 1)] == (symbol.isEmpty ? nil : symbol))
            }
        }
        let details = try x.cells(sheet: 2)
        let entryCount = mappings.reduce(0) { $0 + $1.entries.count }
        #expect(details["A\(entryCount + 1)"] != nil && details["A\(entryCount + 2)"] == nil)
        #expect(details["T1"] == "Kontak")
        let legend = try x.cells(sheet: 3)
        #expect(legend.values.contains("Rapat Koordinasi Teknis Jawa Barat"))
        #expect(legend.values.contains("Potensi (dapat ditawarkan)"))
    }

    @Test func plainTextShowsSymbolsAndKey() {
        let matrix = MappingMatrix(mappings: demoMappings(3), catalogues: catalogues)
        let text = MatrixExport.plainText(matrix, catalogues: catalogues)
        #expect(text.contains("Keterangan: P = potensi; K = kebutuhan; PK = potensi dan kebutuhan; * = sudah tercantum"))
        for r in matrix.regions { #expect(text.contains(MappingMatrix.label(r))) }
    }

    @Test func annexRowsFollowMappingAndAgreements() throws {
        let ms = [
            RegionMapping(regionCode: "32.71", entries: [
                MappingEntry(affairCode: "2.15", offer: "Terminal", partnerRegions: ["32.01"], intendedKind: .ksddSukarela,
                             targetYear: 2027, inRPJMD: true, rkpdYear: 2027, indicativeBudget: Rupiah(750_000_000), plannedCooperation: "Integrasi angkutan"),
                MappingEntry(affairCode: "1.02", offer: "RS"),  // no kind, no partner: not planned
                MappingEntry(affairCode: "1.03", need: "TPA"),
            ]),
            RegionMapping(regionCode: "32.01", entries: [MappingEntry(affairCode: "1.03", offer: "TPA", intendedKind: .ksddWajib)]),
        ]
        var meeting = Meeting(id: "m", title: "Rakortek", level: .provinsi)
        meeting.agreements = [AgreedCooperation(affairCode: "1.03", regionCodes: ["32.01", "32.71"], kind: .ksddWajib, title: "TPA regional", targetYear: 2028)]
        let annex = PlanningAnnex.build(mappings: ms, meeting: meeting, catalogues: catalogues)
        #expect(annex.regions.map(\.region.code) == ["32.01", "32.71"])
        let bogor = annex.regions[1]
        #expect(bogor.rows.map(\.affairCode) == ["1.03", "2.15"])
        #expect(bogor.rows[0].plannedCooperation == "TPA regional" && bogor.rows[0].partners == "Kabupaten Bogor" && bogor.rows[0].agreed)
        #expect(bogor.rows[1].planningStatus == "RPJMD; RKPD 2027")
        #expect(bogor.totalBudget == Rupiah(750_000_000))
        let one = PlanningAnnex.build(mappings: ms, meeting: nil, catalogues: catalogues, regionCode: "32.71")
        #expect(one.regions.count == 1 && one.rowCount == 1)
        let x = try XlsxReading(try XlsxWriter.data(annex.workbook()))
        #expect(x.allPartsWellFormed() == [])
        let cells = try x.cells(sheet: 1)
        #expect(cells["A4"] == "Kode Daerah")
        #expect(cells["F4"] == "Rencana Kerja Sama")
        #expect(cells["J8"] == "750000000")
        // The DOCX lies landscape: the sheet wider than high, marked as turned, the table as wide as the text.
        let document = DocxRenderer(page: PlanningAnnex.pageSetup).document(annex.naskah())
        let (w, h) = PlanningAnnex.pageSetup.paper.twips
        #expect(document.contains("<w:pgSz w:w=\"\(h)\" w:h=\"\(w)\" w:orient=\"landscape\"/>"))
        #expect(PlanningAnnex.pageSetup.textWidth > w)
    }

    @Test func printedMatrixHasTitleLegendAndFitsThePage() throws {
        let matrix = MappingMatrix(mappings: demoMappings(4), catalogues: catalogues)
        let meeting = Meeting(id: "m", title: "Rapat Koordinasi Teknis Jawa Barat", level: .provinsi, date: today, place: "Bandung")
        let x = try XlsxReading(try XlsxWriter.data(MatrixExport.workbook(matrix, catalogues: catalogues, meeting: meeting, generatedOn: today)))
        #expect(x.allPartsWellFormed() == [])
        let sheet1 = String(decoding: try #require(x.parts["xl/worksheets/sheet1.xml"]), as: UTF8.self)
        #expect(sheet1.contains("<pageSetUpPr fitToPage=\"1\"/>"))
        #expect(sheet1.contains("<oddHeader>&amp;C&amp;\"-,Bold\"MATRIKS PEMETAAN URUSAN PEMERINTAHAN YANG DAPAT DIKERJASAMAKAN – Rapat Koordinasi Teknis Jawa Barat</oddHeader>"))
        #expect(sheet1.contains("P = potensi; K = kebutuhan"))
        #expect(String(decoding: try #require(x.parts["xl/worksheets/sheet2.xml"]), as: UTF8.self).contains("Halaman &amp;P dari &amp;N"))
        // Excel keeps at most 255 characters in a footer.
        #expect(("&L&8" + MatrixExport.legendLine).count <= 255)
        let sheet2 = String(decoding: try #require(x.parts["xl/worksheets/sheet2.xml"]), as: UTF8.self)
        #expect(sheet2.contains("orientation=\"landscape\" fitToWidth=\"2\""))
        #expect(sheet2.contains("RINCIAN MATRIKS"))
    }
}

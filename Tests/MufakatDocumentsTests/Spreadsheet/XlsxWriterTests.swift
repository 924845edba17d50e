import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import MufakatDocuments

@Suite struct XlsxWriterTests {
    let book = Workbook(sheets: [
        Worksheet(name: "Matriks", rows: [
            [.text("Urusan \\ Daerah", .header), .text("32.71 Kota Bogor", .headerVertical), .text("32.01 Kabupaten Bogor", .headerVertical)],
            [.text("1.03 Pekerjaan Umum", .wrap), .text("P", .offer), .text("K", .need)],
            [.text("2.15 Perhubungan", .wrap), .empty, .text("P", .offer)],
        ], columnWidths: [40, 5, 5], frozenRows: 1, frozenColumns: 1, rowHeights: [0: 150]),
        Worksheet(name: "Rincian: a/b?", rows: [
            [.text("Anggaran", .header), .text("Catatan", .header)],
            [.number(1_500_000_000, .money), .text("Jalan & jembatan <baru> \"prioritas\"\u{0C}", .wrap)],
            [.number(7, .centered), .text("  spasi di depan", .wrap)],
        ], columnWidths: [18, 30], frozenRows: 1, autoFilter: true),
    ], title: "Uji")

    @Test func opensAsZipWithTheOOXMLParts() throws {
        let x = try XlsxReading(try XlsxWriter.data(book))
        for part in ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml",
                     "xl/sharedStrings.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "docProps/core.xml", "docProps/app.xml"] {
            #expect(x.parts[part] != nil, "missing \(part)")
        }
        #expect(x.allPartsWellFormed() == [])
    }

    @Test func sharedStringsAreDedupedAndCounted() throws {
        let x = try XlsxReading(try XlsxWriter.data(book))
        let strings = try x.sharedStrings()
        #expect(strings.filter { $0 == "P" }.count == 1)
        #expect(strings.contains("Jalan & jembatan <baru> \"prioritas\""))  // control character dropped
        #expect(strings.contains("  spasi di depan"))
        let sst = try #require(try x.xml("xl/sharedStrings.xml").rootElement())
        #expect(sst.attr("uniqueCount") == String(strings.count))
        #expect(sst.attr("count") == "12")
        let cells = try x.cells(sheet: 1)
        #expect(cells["B2"] == "P" && cells["C2"] == "K" && cells["C3"] == "P" && cells["B3"] == nil)
        let details = try x.cells(sheet: 2)
        #expect(details["A2"] == "1500000000")
    }

    @Test func frozenPaneWidthsFilterAndSheetNames() throws {
        let x = try XlsxReading(try XlsxWriter.data(book))
        let s1 = try x.xml("xl/worksheets/sheet1.xml")
        let pane = try #require(try s1.nodes(forXPath: "//*[local-name()='pane']").first as? XMLElement)
        #expect(pane.attr("xSplit") == "1")
        #expect(pane.attr("ySplit") == "1")
        #expect(pane.attr("topLeftCell") == "B2")
        #expect(pane.attr("state") == "frozen")
        let cols = try s1.nodes(forXPath: "//*[local-name()='col']").compactMap { $0 as? XMLElement }
        #expect(cols.map { $0.attr("width") } == ["40", "5"])
        #expect(cols.last?.attr("max") == "3")
        let s2 = try x.xml("xl/worksheets/sheet2.xml")
        let pane2 = try #require(try s2.nodes(forXPath: "//*[local-name()='pane']").first as? XMLElement)
        #expect(pane2.attr("xSplit") == nil)
        #expect(pane2.attr("topLeftCell") == "A2")
        let filter = try #require(try s2.nodes(forXPath: "//*[local-name()='autoFilter']").first as? XMLElement)
        #expect(filter.attr("ref") == "A1:B3")
        let names = try x.xml("xl/workbook.xml").nodes(forXPath: "//*[local-name()='sheet']").compactMap { ($0 as? XMLElement)?.attr("name") }
        #expect(names == ["Matriks", "Rincian- a-b-"])
    }

    @Test func stylesDefineEveryCellStyle() throws {
        let x = try XlsxReading(try XlsxWriter.data(book))
        let xfs = try x.xml("xl/styles.xml").nodes(forXPath: "//*[local-name()='cellXfs']/*[local-name()='xf']")
        #expect(xfs.count == CellStyle.allCases.count)
        let rotated = try #require(xfs[CellStyle.headerVertical.rawValue] as? XMLElement)
        #expect(rotated.elements(forName: "alignment").first?.attr("textRotation") == "90")
    }

    @Test func sameWorkbookSameBytes() throws {
        #expect(try XlsxWriter.data(book) == XlsxWriter.data(book))
    }

    @Test func columnNames() {
        #expect(SpreadsheetXML.columnName(0) == "A")
        #expect(SpreadsheetXML.columnName(25) == "Z")
        #expect(SpreadsheetXML.columnName(26) == "AA")
        #expect(SpreadsheetXML.columnName(552) == "UG")
        #expect(SpreadsheetXML.columnName(16383) == "XFD")
    }
}

@Suite struct XlsxRowHeightTests {
    @Test func wrappedRowsGetAHeightThatShowsEveryLine() {
        #expect(XlsxWriter.estimatedHeight([.text("pendek", .wrap)], widths: [20]) == nil)
        #expect(XlsxWriter.estimatedHeight([.text(String(repeating: "x", count: 50), .wrap)], widths: [11]) == 75)
        #expect(XlsxWriter.estimatedHeight([.text("a\nb\nc", .wrap)], widths: [20]) == 45)
        #expect(XlsxWriter.estimatedHeight([.text(String(repeating: "x", count: 50), .label)], widths: [11]) == nil)
    }
}

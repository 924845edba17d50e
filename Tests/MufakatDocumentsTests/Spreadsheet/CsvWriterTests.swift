import Foundation
import Testing
@testable import MufakatDocuments

@Suite struct CsvWriterTests {
    @Test func bomSemicolonCRLFAndQuoting() {
        let data = CsvWriter.data([["Kode", "Nama; lengkap"], ["1.03", "Jalan \"baru\"\nbaris 2"]])
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: data.dropFirst(3), as: UTF8.self)
        #expect(text == "Kode;\"Nama; lengkap\"\r\n1.03;\"Jalan \"\"baru\"\"\nbaris 2\"\r\n")
    }

    @Test func readBackEqualsWhatWasWritten() throws {
        let rows = [["a", "", "c;d"], ["\"q\"", " x ", "é ü 漢"], ["", "", ""]]
        #expect(try CsvReader.rows(CsvWriter.data(rows)) == rows)
    }

    @Test func formulaLikeFieldsAreGuardedAndReadBackUnchanged() throws {
        let rows = [["=HYPERLINK(\"x\")", "+62 21", "@SUM(A1)", "-cmd", "\tx"], ["-", "-5", "-1.250,5", "'=x", "Bogor"]]
        let text = String(decoding: CsvWriter.data(rows).dropFirst(3), as: UTF8.self)
        #expect(text.hasPrefix("\"'=HYPERLINK(\"\"x\"\")\";'+62 21;'@SUM(A1);'-cmd;'\tx\r\n-;-5;-1.250,5;''=x;Bogor"))
        #expect(try CsvReader.rows(CsvWriter.data(rows)) == rows)
    }

    @Test func malformedInputNamesTheLine() {
        #expect(throws: SpreadsheetError.malformedCSV(line: 2, problem: "tanda petik pembuka tidak ditutup")) {
            _ = try CsvReader.rows("a;b\n\"c;d\n")
        }
    }
}

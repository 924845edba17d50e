import Foundation
import MufakatDocuments
import MufakatDomain
import MufakatServices
import MufakatStore
import MufakatTestSupport
import Testing
import ZIPFoundation

/// Rekapitulasi: the figures and the cooperations behind them, and the DOCX/XLSX exports.
@Suite struct DashboardServiceTests {
    static func sample() -> [Cooperation] {
        let signed = CooperationFixture.bogorRaya()
        var ending = CooperationFixture.bogorRaya()
        ending.id = "ks-segera-berakhir"
        ending.agreement.endDate = CooperationFixture.date("2026-08-15")   // 45 days after `today`
        var draft = CooperationFixture.ksdpkDraft()
        draft.id = "ks-draf"
        draft.memorandum.signing = Signing()
        draft.agreement.signing = Signing()
        return [signed, ending, draft]
    }

    static func dashboard() -> Dashboard {
        DashboardService(rulebook: CooperationFixture.rulebook).dashboard(sample(), entries: [], today: CooperationFixture.today)
    }

    @Test func countsByStatusKindAndPartnerNameTheCooperations() throws {
        let d = Self.dashboard()
        #expect(d.total == 3)
        let status = try #require(d.group("status"))
        #expect(status.figures.first { $0.label == "Berlaku" }?.ids == ["ks-bogor-raya-2026", "ks-segera-berakhir"])
        #expect(status.figures.first { $0.label == "Dalam proses" }?.ids == ["ks-draf"])
        let kinds = try #require(d.group("jenis"))
        #expect(kinds.figures.reduce(0) { $0 + $1.value } == 3)
        let partners = try #require(d.group("mitra"))
        #expect(partners.figures.first?.label == "Kabupaten Bogor" && partners.figures.first?.value == 2)
    }

    @Test func endingWindowsAreCumulative() throws {
        let ending = try #require(Self.dashboard().group("berakhir"))
        #expect(ending.figures.map(\.value) == [0, 1, 1])
        #expect(ending.figures[1].ids == ["ks-segera-berakhir"])
    }

    @Test func signedDocumentsWithoutScanAreCountedUntilAScanIsArchived() throws {
        var list = Self.sample()
        let before = DashboardService(rulebook: CooperationFixture.rulebook).dashboard(list, entries: [], today: CooperationFixture.today)
        #expect(before.group("tanpa-pindaian")?.figures.map(\.value) == [2, 2])
        list[0].archivedFiles = [ArchivedFile(stage: "pks", kind: "scan-ttd", fileName: "pks.pdf", sha256: String(repeating: "a", count: 64), size: 1, addedOn: CooperationFixture.today)]
        let after = DashboardService(rulebook: CooperationFixture.rulebook).dashboard(list, entries: [], today: CooperationFixture.today)
        #expect(after.group("tanpa-pindaian")?.figures.map(\.value) == [2, 1])
    }

    @Test func financingIsSummedPerYearAndSource() throws {
        let d = Self.dashboard()
        let years = try #require(d.group("pembiayaan-tahun"))
        let expected = Self.sample().flatMap(\.financing.lines).reduce(Int64(0)) { $0 + $1.amount.value }
        #expect(years.figures.reduce(Int64(0)) { $0 + $1.value } == expected)
        #expect(years.figures.map(\.label) == years.figures.map(\.label).sorted())
        let sources = try #require(d.group("pembiayaan-sumber"))
        #expect(sources.figures.reduce(Int64(0)) { $0 + $1.value } == expected)
    }

    @Test func barsUseBlockCharactersProportionally() {
        #expect(DashboardExport.bar(10, maximum: 10, width: 8) == "████████")
        #expect(DashboardExport.bar(5, maximum: 10, width: 8) == "████")
        #expect(DashboardExport.bar(1, maximum: 16, width: 8) == "▌")
        #expect(DashboardExport.bar(0, maximum: 10, width: 8) == "")
    }

    @Test func theDocxAndXlsxHoldTheSameFigures() throws {
        let d = Self.dashboard()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mufakat-rekap-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let docx = folder.appendingPathComponent("rekap.docx")
        try DashboardExport.write(d, to: docx, regionName: "Kota Bogor")
        let document = try Self.entry("word/document.xml", in: docx)
        #expect(document.contains("REKAPITULASI KERJA SAMA DAERAH"))
        #expect(document.contains("Kerja sama yang segera berakhir"))
        #expect(document.contains("Naskah bertanda tangan tanpa pindaian di arsip"))
        let xlsx = folder.appendingPathComponent("rekap.xlsx")
        try DashboardExport.write(d, to: xlsx, regionName: nil)
        let shared = try Self.entry("xl/sharedStrings.xml", in: xlsx)
        #expect(shared.contains("Rekapitulasi Kerja Sama Daerah") && shared.contains("ks-segera-berakhir"))
        #expect(throws: DocumentServiceError.self) { try DashboardExport.write(d, to: folder.appendingPathComponent("rekap.pdf"), regionName: nil) }
    }

    static func entry(_ path: String, in url: URL) throws -> String {
        let archive = try Archive(url: url, accessMode: .read)
        let entry = try #require(archive[path])
        var data = Data()
        _ = try archive.extract(entry) { data.append($0) }
        return String(decoding: data, as: UTF8.self)
    }
}

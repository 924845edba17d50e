import Testing
@testable import MufakatDomain

/// [archive], [[archive_kind]] and [public] of the rulebook: loaded, and checked with lines.
@Suite struct RulebookArchivePublicTests {
    var bundled: String { RulebookLoader.bundledText() ?? "" }

    @Test func theBundledRulebookNamesTheKindsTheLimitAndThePublicFields() throws {
        let r = try RulebookLoader.load()
        #expect(r.archiveKinds.map(\.id) == ["scan-ttd", "keputusan-dprd", "studi-kelayakan", "rekomendasi-tkksd", "surat-masuk", "surat-kuasa", "laporan"])
        #expect(r.archiveKinds.allSatisfy { !$0.basis.isEmpty && !$0.name.isEmpty })
        #expect(r.signedScanKinds == ["scan-ttd"])
        #expect(r.archiveMaxFileBytes == 50 << 20)
        let fields = try #require(r.publicRegister?.fields.map(\.path))
        #expect(fields.contains("title") && fields.contains("parties[].name"))
        #expect(!fields.contains { $0.contains("representative") || $0.contains("address") || $0.contains("notes") })
    }

    @Test func aWrongPublicPathAndADuplicateKindAreReportedWithTheirLines() {
        var t = bundled
        t = t.replacingOccurrences(of: "path = \"agreement.startDate\"\nlabel = \"Mulai berlaku\"", with: "path = \"agreement.startDat\"\nlabel = \"Mulai berlaku\"")
        t = t.replacingOccurrences(of: "id = \"laporan\"\nname = \"Laporan", with: "id = \"scan-ttd\"\nname = \"Laporan")
        t = t.replacingOccurrences(of: "max_file_mb = 50", with: "max_file_mb = 0")
        let problems = RulebookChecker.check(t, file: "r.toml")
        let text = problems.map(\.description).joined(separator: "\n")
        #expect(text.contains("agreement.startDat") && text.contains("mungkin maksudnya 'agreement.startDate'"), "\(text)")
        #expect(text.contains("id 'scan-ttd' ganda pada [[archive_kind]]"), "\(text)")
        #expect(text.contains("lebih dari 0 MB"), "\(text)")
        #expect(problems.allSatisfy { $0.line != nil })
    }

    @Test func aRulebookWithoutTheNewSectionsStillLoads() throws {
        var t = bundled
        if let cut = t.range(of: "# -------------------------------------------------------------------------------------\n# Arsip berkas") {
            t = String(t[..<cut.lowerBound])
        }
        let r = try RulebookLoader.parse(t, file: "lama.toml")
        #expect(r.archiveKinds.isEmpty && r.publicRegister == nil && r.archiveMaxFileBytes == 50 << 20)
    }
}

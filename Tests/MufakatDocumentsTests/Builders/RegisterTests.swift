import Testing
import MufakatDomain
@testable import MufakatDocuments

/// Inserted text in the register of the sentence, legal basis lines and copies (issue 15).
@Suite struct RegisterTests {
    @Test(arguments: [
        ("Meningkatkan layanan sampah", "meningkatkan layanan sampah"),
        ("Layanan Pengolahan Sampah", "layanan Pengolahan Sampah"),
        ("RSUD Kota Bogor", "RSUD Kota Bogor"),
        ("Pemerintah Kota Bogor", "Pemerintah Kota Bogor"),
        ("Bogor Raya bersih", "Bogor Raya bersih"),
        ("Bandung sebagai pusat", "Bandung sebagai pusat"),
        ("E-parkir", "E-parkir"),
        ("meningkatkan", "meningkatkan"),
        ("Jawa Barat", "Jawa Barat"),
        // Walked as Gresik: the KB read "dibebankan pada anggaran Pendapatan dan Belanja Daerah".
        ("Anggaran Pendapatan dan Belanja Daerah dan dana pihak ketiga", "Anggaran Pendapatan dan Belanja Daerah dan dana pihak ketiga"),
    ])
    func firstWordLowerCasedOnlyWhenOrdinary(_ pair: (String, String)) {
        #expect(BuildContext.lowerFirstWord(pair.0) == pair.1)
    }

    /// The region words read on the bytes are the first words of `shortName`, for every region
    /// of the catalogue and for names outside it.
    @Test func regionWordsAreTheFirstWordsOfShortNames() {
        let names = Catalogues.shared.regions.all.map(\.name)
            + ["Kota", "Kota ", "Kabupaten  Dua Spasi", "Kota Administrasi Jakarta Pusat", "Provinsi Jawa Barat", "Kotabaru", " Awal", ""]
        for name in names {
            let region = Region(code: "00", name: name, level: .kota, provinceCode: "00", autonomous: true)
            #expect(BuildContext.firstWordOfShortName(name) == region.shortName.split(separator: " ").first.map(String.init), "\(name)")
        }
        #expect(BuildContext.regionWords.contains("Bogor") && BuildContext.regionWords.contains("Tanjung"))
    }

    @Test func repeatedKerjaSamaIsDropped() {
        #expect(BuildContext.withoutLeadingKerjaSama("Kerja Sama Penyediaan Air Minum") == "Penyediaan Air Minum")
        #expect(BuildContext.withoutLeadingKerjaSama("Kerja Sama Daerah Bidang Air") == "Kerja Sama Daerah Bidang Air")
        #expect(BuildContext.withoutLeadingKerjaSama("Pengelolaan Sampah") == "Pengelolaan Sampah")
        var c = Fixtures.bogorRaya
        c.title = "Kerja Sama " + c.title
        let naskah = try! NaskahBuilder(rulebook: Fixtures.rulebook, letterhead: Fixtures.bogorLetterhead).build(.penawaran, for: c)
        let text = PlainTextRenderer(width: 3_000).render(naskah)
        #expect(text.contains("Penawaran Kerja Sama tentang \(Fixtures.bogorRaya.title)"))
        #expect(!text.contains("tentang Kerja Sama \(Fixtures.bogorRaya.title)"))
    }

    @Test func insertedPurposeReadsInTheSentence() throws {
        var c = Fixtures.bogorRaya
        c.proposal.purpose = "Meningkatkan pelayanan"
        let text = PlainTextRenderer(width: 3_000).render(try NaskahBuilder(rulebook: Fixtures.rulebook).build(.kak, for: c))
        #expect(text.contains("adalah meningkatkan pelayanan."))
    }

    @Test func threePartiesAreJoinedWithCommasAndDan() throws {
        let text = PlainTextRenderer(width: 3_000).render(try NaskahBuilder(rulebook: Fixtures.rulebook).build(.pembiayaan, for: Fixtures.legokNangka))
        #expect(text.contains("Pemerintah Kota Bandung, Pemerintah Kabupaten Bandung, dan Pemerintah Kota Cimahi"))
        #expect(!text.contains(" dan Pemerintah Kabupaten Bandung dan "))
    }

    @Test func legalBasesCarryTheAmendmentChainAndTheSectorLine() throws {
        let naskah = try NaskahBuilder(rulebook: Fixtures.rulebook).build(.kb, for: Fixtures.parkirPakuan)
        let text = PlainTextRenderer(width: 3_000).render(naskah)
        #expect(text.contains("Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah sebagaimana telah beberapa kali diubah, terakhir dengan Undang-Undang Nomor 6 Tahun 2023"))
        // Perhubungan (2.15): the traffic law.
        #expect(text.contains("Undang-Undang Nomor 22 Tahun 2009 tentang Lalu Lintas dan Angkutan Jalan"))
        let uu = try #require(Fixtures.rulebook.sources.first { $0.id == "uu-23-2014" })
        #expect(uu.toConfirm == true)
    }

    @Test func copiesDefaultPerKindAndNameTheProvince() throws {
        var c = Fixtures.bogorRaya
        c.offer.copies = []
        let text = PlainTextRenderer(width: 3_000).render(try NaskahBuilder(rulebook: Fixtures.rulebook, letterhead: Fixtures.bogorLetterhead).build(.penawaran, for: c))
        #expect(text.contains("Tembusan:"))
        #expect(text.contains("Menteri Dalam Negeri;"))
        #expect(text.contains("Gubernur Jawa Barat;"))
        #expect(text.contains("Menteri Perhubungan;"))
        #expect(text.contains("Ketua Dewan Perwakilan Rakyat Daerah Kota Bogor."))
        c.offer.copies = ["Gubernur", "Arsip"]
        let given = PlainTextRenderer(width: 3_000).render(try NaskahBuilder(rulebook: Fixtures.rulebook, letterhead: Fixtures.bogorLetterhead).build(.penawaran, for: c))
        #expect(given.contains("1. Gubernur Jawa Barat;") && given.contains("2. Arsip."))
        #expect(!given.contains("Menteri Dalam Negeri"))
    }

    @Test func kbAndPksGetInitialsFromTheRulebook() {
        #expect(PageFurniture.initials(for: .kb, rulebook: Fixtures.rulebook, parties: 3) == ["PIHAK PERTAMA", "PIHAK KEDUA", "PIHAK KETIGA"])
        #expect(PageFurniture.initials(for: .penawaran, rulebook: Fixtures.rulebook, parties: 2).isEmpty)
        #expect(PageFurniture.pageNumber(for: .pks, rulebook: Fixtures.rulebook) == "Halaman {halaman} dari {jumlah}")
    }

    @Test func kakWithTwoTotalsIsRefusedAsFinal() throws {
        var c = Fixtures.legokNangka
        let total = try #require(c.financing.total)
        c.proposal.indicativeCost = Rupiah(total.value + 1_000_000)
        let today = CalendarDate(iso: "2026-09-01")!
        let findings = ExportCheck.blockingFindings(for: .kak, of: c, rulebook: Fixtures.rulebook, today: today)
        #expect(findings.contains { $0.ruleID == "pembiayaan-tidak-sesuai-perkiraan" })
        let refusal = ExportCheck.refusal(.kak, findings: findings, cooperation: c, rulebook: Fixtures.rulebook)
        #expect(refusal.contains("Baris rencana pembiayaan") && !refusal.contains("financing.lines"), "\(refusal)")
        c.proposal.indicativeCost = total
        #expect(!ExportCheck.blockingFindings(for: .kak, of: c, rulebook: Fixtures.rulebook, today: today)
            .contains { $0.ruleID == "pembiayaan-tidak-sesuai-perkiraan" })
        #expect(ExportCheck.blockingFindings(for: .ringkasan, of: c, rulebook: Fixtures.rulebook, today: today).isEmpty)
    }

    @Test func pksAnnexHasTheFullHeadingAndSignatures() throws {
        let naskah = try NaskahBuilder(rulebook: Fixtures.rulebook).build(.pks, for: Fixtures.legokNangka)
        let afterBreak = naskah.blocks.split { if case .pageBreak = $0 { true } else { false } }.last ?? []
        guard case .title(let lines)? = afterBreak.first else { Issue.record("lampiran tanpa judul"); return }
        let heading = lines.map(\.plain)
        #expect(heading.prefix(3) == ["LAMPIRAN", "PERJANJIAN KERJA SAMA", "ANTARA"])
        #expect(heading.contains("DAN") && heading.contains("TENTANG"))
        #expect(afterBreak.contains { if case .signatures = $0 { true } else { false } })
    }

    @Test func summaryMarksAnEndedTerm() throws {
        var c = Fixtures.bogorRaya
        let before = PlainTextRenderer(width: 3_000).render(try NaskahBuilder(rulebook: Fixtures.rulebook).build(.ringkasan, for: c))
        #expect(!before.contains("BERAKHIR"))
        c.ended = EndRecord(ground: .termExpired, date: CalendarDate(iso: "2031-03-01")!)
        let after = PlainTextRenderer(width: 3_000).render(try NaskahBuilder(rulebook: Fixtures.rulebook).build(.ringkasan, for: c))
        #expect(after.contains("BERAKHIR pada tanggal 1 Maret 2031 karena jangka waktu berakhir"))
    }

    @Test func approvedPlanNoLongerAsksForApproval() throws {
        let text = PlainTextRenderer(width: 3_000).render(try NaskahBuilder(rulebook: Fixtures.rulebook).build(.pks, for: Fixtures.legokNangka))
        #expect(!text.contains("memerlukan persetujuan Dewan"))
        #expect(text.contains("telah disetujui Dewan Perwakilan Rakyat Daerah"))
    }

    @Test func notaAndKSDPKDoNotCiteTheKSDDChapter() throws {
        for c in [Fixtures.notaKemenhub, Fixtures.parkirPakuan] {
            var c = c
            if !c.financing.lines.isEmpty { c.financing.lines[0].budgeted = false }
            let builder = NaskahBuilder(rulebook: Fixtures.rulebook)
            for kind in [DocumentKind.pembiayaan, .kak, .kb] {
                guard let naskah = try? builder.build(kind, for: c) else { continue }
                let text = PlainTextRenderer(width: 3_000).render(naskah)
                #expect(!text.contains("Pasal 6 ayat (2)"), "\(c.kind) \(kind)")
            }
        }
        let nota = PlainTextRenderer(width: 3_000).render(try NaskahBuilder(rulebook: Fixtures.rulebook).build(.pembiayaan, for: Fixtures.notaKemenhub))
        #expect(!nota.contains("persetujuan Dewan Perwakilan Rakyat Daerah"))
    }
}

import Testing
import MufakatDomain
@testable import MufakatDocuments

@Suite struct NaskahPartsTests {
    let builder = NaskahBuilder(rulebook: Fixtures.rulebook, letterhead: Fixtures.bogorLetterhead)

    func paragraphs(_ n: Naskah) -> [String] {
        n.blocks.compactMap { if case .paragraph(let p) = $0 { p.text.plain } else { nil } }
    }

    @Test func openingSentenceWritesTheDateInWords() throws {
        var c = Fixtures.bogorRaya
        c.memorandum.signing.date = Fixtures.date("2016-06-15")
        c.memorandum.signing.place = "Denpasar"
        let opening = try #require(paragraphs(try builder.build(.kb, for: c)).first)
        #expect(opening == "Pada hari ini Rabu tanggal lima belas bulan Juni tahun dua ribu enam belas (15-06-2016), bertempat di Denpasar, kami yang bertanda tangan di bawah ini:")
    }

    @Test func titleAndNumbersPerParty() throws {
        let n = try builder.build(.kb, for: Fixtures.legokNangka)
        guard case .title(let title) = n.blocks[0], case .numbers(let numbers) = n.blocks[1] else {
            Issue.record("judul dan nomor tidak di awal"); return
        }
        #expect(title.map(\.plain) == ["KESEPAKATAN BERSAMA", "ANTARA", "PEMERINTAH KOTA BANDUNG,", "PEMERINTAH KABUPATEN BANDUNG,", "DAN",
                                       "PEMERINTAH KOTA CIMAHI", "TENTANG", "PENGELOLAAN SAMPAH REGIONAL CEKUNGAN BANDUNG"])
        #expect(numbers.map(\.plain) == ["NOMOR : 658.1/12-DLH", "NOMOR : 658/40/KB/2026", "NOMOR : 658/21-DLH/2026"])
        let ksdpk = try builder.build(.kb, for: Fixtures.parkirPakuan)
        guard case .title(let t2) = ksdpk.blocks[0] else { Issue.record("tanpa judul"); return }
        #expect(t2.map(\.plain).prefix(5) == ["KESEPAKATAN BERSAMA", "ANTARA", "PEMERINTAH KOTA BOGOR", "DENGAN", "PT PAKUAN PARKIR DIGITAL"])
        let nota = try builder.build(.nota, for: Fixtures.notaKemenhub)
        guard case .title(let t3) = nota.blocks[0] else { Issue.record("tanpa judul"); return }
        #expect(t3.first?.plain == "NOTA KESEPAKATAN")
    }

    @Test func signatureBlocksSideBySideFirstPartyOnTheRight() throws {
        let two = try builder.build(.kb, for: Fixtures.bogorRaya)
        guard case .signatures(let g2)? = two.blocks.last else { Issue.record("tanpa tanda tangan"); return }
        #expect(g2.columns == 2)
        #expect(g2.rows.first?.cells.map(\.plain) == ["PIHAK KEDUA,", "PIHAK PERTAMA,"])
        #expect(g2.rows.first { $0.kind == .name }?.cells.map(\.plain) == ["Rudy Hartono", "Bima Santoso"])

        let three = try builder.build(.pks, for: Fixtures.legokNangka)
        let grid = three.blocks.compactMap { if case .signatures(let g) = $0 { g } else { nil } }.first
        let g3 = try #require(grid)
        #expect(g3.columns == 3)
        #expect(g3.rows.first?.cells.map(\.plain) == ["PIHAK KETIGA,", "PIHAK KEDUA,", "PIHAK PERTAMA,"])
        #expect(g3.rows.contains { $0.cells.map(\.plain) == ["a.n. WALI KOTA CIMAHI", "a.n. BUPATI BANDUNG", "a.n. WALI KOTA BANDUNG"] })
        #expect(g3.rows.first { $0.kind == .detail }?.cells.first?.plain == "NIP 19750303 200003 2 001")
    }

    @Test func amountsInFiguresAndWords() throws {
        let text = PlainTextRenderer(width: 3000).render(try builder.build(.pks, for: Fixtures.bogorRaya))
        #expect(text.contains("sebesar Rp2.250.000.000,00 (dua miliar dua ratus lima puluh juta rupiah) dibebankan pada Anggaran Pendapatan dan Belanja Daerah Kota Bogor"))
        #expect(text.contains("Tahun Anggaran 2027 sebesar Rp800.000.000,00 (delapan ratus juta rupiah); dan"))
    }

    @Test func datesAsTheOfficerChose() throws {
        let numeric = NaskahBuilder(rulebook: Fixtures.rulebook, letterhead: Fixtures.bogorLetterhead, options: BuildOptions(dateStyle: .numeric))
        let text = PlainTextRenderer(width: 3000).render(try numeric.build(.pks, for: Fixtures.bogorRaya))
        #expect(text.contains("sejak tanggal 01-04-2026 sampai dengan tanggal 31-03-2029"))
        let long = PlainTextRenderer(width: 3000).render(try builder.build(.pks, for: Fixtures.bogorRaya))
        #expect(long.contains("sejak tanggal 1 April 2026 sampai dengan tanggal 31 Maret 2029"))
    }

    @Test func plainTextKeepsTo80Columns() throws {
        for (_, c, l) in Fixtures.all {
            let b = NaskahBuilder(rulebook: Fixtures.rulebook, letterhead: l)
            for kind in DocumentKind.allCases {
                guard let n = try? b.build(kind, for: c) else { continue }
                for line in PlainTextRenderer().render(n).split(separator: "\n") {
                    #expect(TextWidth.of(String(line)) <= 80, "\(kind): \(line)")
                }
            }
        }
    }
}

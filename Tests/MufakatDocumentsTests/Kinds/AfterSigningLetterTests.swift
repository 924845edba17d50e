import Foundation
import Testing
import MufakatDomain
@testable import MufakatDocuments

/// Issue 14: the report's cover letter and the ending letter have the parts of every letter
/// (letterhead, nomor, sifat, lampiran, hal, addressee, signature, tembusan), the tembusan from
/// the rulebook; the command line lists every document kind.
@Suite struct AfterSigningLetterTests {
    let builder = NaskahBuilder(rulebook: Fixtures.rulebook, letterhead: Fixtures.bogorLetterhead)

    func flat(_ naskah: Naskah) -> String {
        MarkdownRenderer().render(naskah).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    func copies(_ naskah: Naskah) -> [String] {
        naskah.blocks.flatMap { block -> [String] in if case .copies(let lines) = block { lines.map(\.plain) } else { [] } }
    }

    func reported(_ c: Cooperation) -> Cooperation {
        var c = c
        c.implementation.reports = [Report(date: CalendarDate(year: 2027, month: 7, day: 1)!, summary: "Layanan berjalan",
                                           periodStart: CalendarDate(year: 2027, month: 1, day: 1), periodEnd: CalendarDate(year: 2027, month: 6, day: 30),
                                           letterNumber: "551/7/Huk/2027")]
        return c
    }

    @Test func theReportLetterHasTheLetterPartsAndItsAnnexNamesTheLetter() throws {
        let naskah = try builder.build(.laporan, for: reported(Fixtures.bogorRaya))
        #expect(naskah.blocks.contains { if case .letterhead = $0 { true } else { false } })
        let t = flat(naskah)
        for part in ["Nomor", "Sifat", "Lampiran", "Hal", "Yth.", "Gubernur Jawa Barat", "551/7/Huk/2027"] { #expect(t.contains(part), "\(part)") }
        #expect(t.contains("LAMPIRAN | : | SURAT WALI KOTA BOGOR") || t.contains("SURAT WALI KOTA BOGOR"))
        // The copies come from the rulebook: the Minister and the own council; the Governor is the addressee.
        let list = copies(naskah)
        #expect(list.contains { $0.hasPrefix("Menteri Dalam Negeri") })
        #expect(list.contains { $0.contains("Dewan Perwakilan Rakyat Daerah Kota Bogor") })
        #expect(!list.contains { $0.hasPrefix("Gubernur") })
    }

    @Test func aProvinceReportDoesNotCopyTheMinisterItWritesTo() throws {
        let builder = NaskahBuilder(rulebook: Fixtures.rulebook)
        var c = reported(Fixtures.notaKemenhub)
        c.parties[0] = Party.region(Catalogues.shared.regions["32"]!, headName: "Gubernur", address: "Bandung")
        let list = copies(try builder.build(.laporan, for: c))
        #expect(!list.contains { $0.hasPrefix("Menteri Dalam Negeri") })
    }

    @Test func theEndingLetterCopiesFollowTheRulebook() throws {
        var c = Fixtures.bogorRaya
        c.ended = EndRecord(ground: .mutualAgreement, date: CalendarDate(year: 2028, month: 1, day: 31)!,
                            supportingDocument: RegisteredDocument(number: "551/1/2028", date: CalendarDate(year: 2028, month: 1, day: 10), title: "Kesepakatan Pengakhiran"))
        let list = copies(try builder.build(.pengakhiran, for: c))
        #expect(list.first?.hasPrefix("Menteri Dalam Negeri") == true)
        #expect(list.contains { $0.hasPrefix("Gubernur Jawa Barat") })
        // A rulebook without copies for the ending letter falls back to the overseeing Governor.
        var rules = Fixtures.rulebook
        rules.documents.removeAll { $0.id == "pengakhiran" }
        let bare = copies(try NaskahBuilder(rulebook: rules, letterhead: Fixtures.bogorLetterhead).build(.pengakhiran, for: c))
        #expect(bare == ["Gubernur Jawa Barat."])
    }

    @Test func theHelpListNamesEveryDocumentKind() {
        let list = DocumentKind.helpList
        for kind in DocumentKind.allCases { #expect(list.contains("\(kind.rawValue) (\(kind.helpName))")) }
        #expect(list.contains("dprd (Surat Permohonan Persetujuan DPRD)"))
    }
}

/// The ending put in writing as a joint statement of the parties.
@Suite struct EndingStatementTests {
    let builder = NaskahBuilder(rulebook: Fixtures.rulebook, letterhead: Fixtures.bogorLetterhead)

    @Test func aJointStatementIsSignedByEveryPartyWithItsOwnNumbers() throws {
        var c = Fixtures.bogorRaya
        c.ended = EndRecord(ground: .mutualAgreement, date: CalendarDate(year: 2028, month: 1, day: 31)!,
                            supportingDocument: RegisteredDocument(number: "551/1/2028", date: CalendarDate(year: 2028, month: 1, day: 10), title: "Kesepakatan Pengakhiran"))
        c.ended?.instrument = .statement
        var naskah = try builder.build(.pengakhiran, for: c)
        #expect(naskah.missingFields.map(\.path).contains("ended.statementDate"))
        #expect(naskah.missingFields.map(\.path).contains("ended.statementNumbers[1]"))
        c.ended?.statementNumbers = ["551/3/2028", "551/4/2028"]
        c.ended?.statementDate = CalendarDate(year: 2028, month: 1, day: 31)
        naskah = try builder.build(.pengakhiran, for: c)
        #expect(naskah.missingFields.isEmpty, "\(naskah.missingFields)")
        let t = MarkdownRenderer().render(naskah).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(t.contains("PERNYATAAN BERSAMA BERAKHIRNYA KERJA SAMA"))
        #expect(t.contains("NOMOR : 551/3/2028"))
        #expect(t.contains("NOMOR : 551/4/2028"))
        #expect(t.contains("PP 28/2018 Pasal 9 ayat (1) huruf c"))
        #expect(t.contains("Kesepakatan Pengakhiran Nomor 551/1/2028"))
        #expect(!t.contains("Yth."), "a statement is not a letter")
        let signatures = naskah.blocks.compactMap { block -> SignatureGrid? in if case .signatures(let g) = block { g } else { nil } }
        #expect(signatures.count == 1)
        // The default stays the notification letter.
        c.ended?.instrument = nil
        #expect(MarkdownRenderer().render(try builder.build(.pengakhiran, for: c)).contains("Yth."))
    }
}

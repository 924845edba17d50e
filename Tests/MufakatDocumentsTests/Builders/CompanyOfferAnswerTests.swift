import Foundation
import Testing
import MufakatDomain
@testable import MufakatDocuments

/// Issue 14: Kabupaten Gresik answers the offer of its water company (PP 28/2018 Pasal 18); the
/// letter names the company with its director, never "Yth. Direktur Utama" alone.
@Suite struct CompanyOfferAnswerTests {
    @Test func theAnswerNamesTheCompany() throws {
        let gresik = Catalogues.shared.regions["35.25"]!
        var company = Party(type: .thirdParty, name: "Perumda Air Minum Giri Tirta", legalForm: .bumd)
        company.representative = Person(name: "Ir. Sugiarto, M.T.", title: "Direktur Utama")
        var c = Cooperation(id: "ksdpk-gresik", title: "Penyediaan Air Minum", kind: .ksdpk,
                            parties: [Party.region(gresik, headName: "Fandi Akhmad Yani", address: "Jalan Wahidin"), company], affairCode: "1.03")
        c.proposal.initiator = .thirdParty
        c.proposal.incomingOffer = RegisteredDocument(number: "690/045/GT/2025", date: CalendarDate(iso: "2025-12-01"), title: "Penawaran")
        c.followInitiative()
        c.offer.editAnswer(ofParty: 0, partyCount: 2) { $0.response = .accepted; $0.letterNumber = "500/120/2026" }
        let builder = NaskahBuilder(rulebook: Fixtures.rulebook, letterhead: LetterSenderTests.profileLetterhead("35.25", city: "Gresik"))
        let text = LetterSenderTests.flat(try builder.build(.jawaban, for: c))
        #expect(text.contains("Direktur Utama Perumda Air Minum Giri Tirta\n"), "\(text)")
        #expect(text.contains("Menunjuk surat Direktur Utama Perumda Air Minum Giri Tirta Nomor 690/045/GT/2025"), "\(text)")
    }

    /// The answer cites the company's letter and the feasibility study that came with it, and the
    /// article of the initiative, as the KAK names them.
    @Test func theAnswerCitesTheCompanysLetterAndItsStudy() throws {
        let gresik = Catalogues.shared.regions["35.25"]!
        var company = Party(type: .thirdParty, name: "Perumda Air Minum Giri Tirta", legalForm: .bumd)
        company.representative = Person(name: "Ir. Sugiarto, M.T.", title: "Direktur Utama")
        var c = Cooperation(id: "ksdpk-gresik", title: "Penyediaan Air Minum", kind: .ksdpk,
                            parties: [Party.region(gresik, headName: "Fandi Akhmad Yani", address: "Jalan Wahidin"), company], affairCode: "1.03")
        c.proposal.initiator = .thirdParty
        c.proposal.incomingOffer = RegisteredDocument(number: "690/045/GT/2025", date: CalendarDate(iso: "2025-12-01"), title: "Penawaran")
        c.proposal.feasibilityStudy = FeasibilityStudy(author: "PT Konsultan Tirta Mandiri", date: CalendarDate(iso: "2025-11-15"),
                                                       summary: "Layak.", feasible: true)
        c.followInitiative()
        c.offer.editAnswer(ofParty: 0, partyCount: 2) { $0.response = .accepted; $0.letterNumber = "500/120/2026" }
        let builder = NaskahBuilder(rulebook: Fixtures.rulebook, letterhead: LetterSenderTests.profileLetterhead("35.25", city: "Gresik"))
        let text = LetterSenderTests.flat(try builder.build(.jawaban, for: c)).replacingOccurrences(of: "\n", with: " ")
        #expect(text.contains("Menunjuk surat Direktur Utama Perumda Air Minum Giri Tirta Nomor 690/045/GT/2025 tanggal 1 Desember 2025"
                              + " hal Penawaran Kerja Sama tentang Penyediaan Air Minum beserta studi kelayakannya tanggal 15 November 2025"
                              + " yang disusun oleh PT Konsultan Tirta Mandiri, sebagaimana dimaksud dalam Pasal 18 Peraturan Pemerintah"
                              + " Nomor 28 Tahun 2018 tentang Kerja Sama Daerah, bersama ini kami sampaikan bahwa"), "\(text)")
        // Without a study, the letter claims none.
        c.proposal.feasibilityStudy = nil
        let bare = LetterSenderTests.flat(try builder.build(.jawaban, for: c))
        #expect(!bare.contains("studi kelayakan"), "\(bare)")
        #expect(bare.contains("Pasal 18"), "\(bare)")
    }
}

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
}

import Testing
@testable import MufakatDomain

/// Jawaban per mitra (issue 13): one answer per partner, older files' one shared answer kept.
@Suite struct OfferAnswersTests {
    @Test func anOlderSharedAnswerBecomesOnePerPartner() {
        var offer = OfferStage(response: .accepted, responseDate: CalendarDate(year: 2026, month: 3, day: 20),
                               responseLetterNumber: "415/88")
        offer.materializeResponses(partyCount: 2)
        #expect(offer.responses == [PartnerResponse(partyIndex: 1, response: .accepted, letterNumber: "415/88",
                                                    letterDate: CalendarDate(year: 2026, month: 3, day: 20))])
        // With two partners the shared letter is not copied: it cannot be both partners' letter.
        var three = OfferStage(response: .pending, responseLetterNumber: "415/88")
        three.materializeResponses(partyCount: 3)
        #expect(three.responses?.map(\.partyIndex) == [1, 2])
        #expect(three.responses?.allSatisfy { $0.letterNumber == nil && $0.response == .pending } == true)
    }

    @Test func theSharedAnswerSummarisesThePartners() {
        var offer = OfferStage()
        offer.editAnswer(ofParty: 1, partyCount: 3) { $0.response = .accepted; $0.letterDate = CalendarDate(year: 2026, month: 3, day: 20) }
        #expect(offer.response == .pending)
        #expect(!offer.allRequiredPartnersAccepted(partyCount: 3))
        #expect(offer.partnersNotAccepted(partyCount: 3) == [2])
        offer.editAnswer(ofParty: 2, partyCount: 3) { $0.response = .negotiating }
        #expect(offer.response == .negotiating)
        offer.editAnswer(ofParty: 2, partyCount: 3) { $0.response = .accepted; $0.letterDate = CalendarDate(year: 2026, month: 3, day: 27) }
        #expect(offer.response == .accepted)
        #expect(offer.allRequiredPartnersAccepted(partyCount: 3))
        #expect(offer.responseDate == CalendarDate(year: 2026, month: 3, day: 27))
        #expect(OfferStage.summary([.accepted, .declined]) == .declined)
        #expect(OfferStage.summary([]) == .pending)
    }
}

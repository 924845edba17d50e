import Foundation
import Testing
@testable import MufakatDomain

/// Issue 14: a KSDPK initiated by the third party (PP 28/2018 Pasal 18) has the region answer.
@Suite struct ThirdPartyOfferTests {
    func ksdpk(_ initiator: Initiator?) -> Cooperation {
        var company = Party(type: .thirdParty, name: "Perumda Air Minum Giri Tirta")
        company.representative = Person(name: "Ir. Sugiarto, M.T.", title: "Direktur Utama")
        var c = Cooperation(id: "ksdpk-1", title: "SPAM", kind: .ksdpk,
                            parties: [Party(type: .region, name: "Kabupaten Gresik"), company], affairCode: "1.03")
        c.proposal.initiator = initiator
        c.proposal.incomingOffer = RegisteredDocument(number: "690/045/GT/2025", date: CalendarDate(year: 2025, month: 12, day: 1), title: "Penawaran")
        return c
    }

    @Test func theCompanysInitiativeMakesItTheOfferorAndItsLetterTheIncomingOne() {
        var c = ksdpk(.thirdParty)
        c.followInitiative()
        #expect(c.offer.initiator == 1)
        #expect(c.offer.partners(partyCount: 2) == [0])
        #expect(c.offer.incomingLetter?.number == "690/045/GT/2025")
        #expect(c.offer.incomingLetter?.date == CalendarDate(year: 2025, month: 12, day: 1))
        #expect(c.offer.incomingLetter?.sender == "Direktur Utama Perumda Air Minum Giri Tirta")
        #expect(c.offer.letterNumber == "690/045/GT/2025")
        #expect(c.offer.letterDate == CalendarDate(year: 2025, month: 12, day: 1))
    }

    /// The company's offer carries its own feasibility study, not the region's KAK (Pasal 18).
    @Test func theCompanysOfferCarriesItsOwnStudyNotTheKAK() {
        var c = ksdpk(.thirdParty)
        c.proposal.feasibilityStudy = FeasibilityStudy(author: "Perumda Air Minum Giri Tirta", summary: "Layak", feasible: true)
        c.offer.attachments = OfferStage.regionOfferAttachments   // prefilled before the initiative was recorded
        c.followInitiative()
        #expect(c.offer.attachments == ["Studi kelayakan Perumda Air Minum Giri Tirta"])
        #expect(c.offer.incomingLetter?.attachments == ["Studi kelayakan Perumda Air Minum Giri Tirta"])
        // A list the officer typed is kept.
        var typed = ksdpk(.thirdParty)
        typed.offer.attachments = ["Studi kelayakan", "Rencana bisnis"]
        typed.followInitiative()
        #expect(typed.offer.attachments == ["Studi kelayakan", "Rencana bisnis"])
        // Given back to the region, the offer carries the KAK again.
        c.proposal.initiator = .region
        c.followInitiative()
        #expect(c.offer.attachments == OfferStage.regionOfferAttachments)
    }

    @Test func aTypedIncomingLetterIsKept() {
        var c = ksdpk(.thirdParty)
        c.offer.incomingLetter = IncomingLetter(number: "diketik", sender: "Direksi")
        c.followInitiative()
        #expect(c.offer.incomingLetter?.number == "diketik")
        #expect(c.offer.incomingLetter?.sender == "Direksi")
    }

    @Test func theRegionsInitiativeGivesTheOfferBack() {
        var c = ksdpk(.thirdParty)
        c.followInitiative()
        c.proposal.initiator = .region
        c.followInitiative()
        #expect(c.offer.initiator == 0)
    }

    @Test func otherKindsAreLeftAlone() {
        var c = ksdpk(.thirdParty)
        c.kind = .ksddSukarela
        c.followInitiative()
        #expect(c.offer.initiatorIndex == nil)
        #expect(c.offer.incomingLetter == nil)
    }

    /// The company's letter comes before the region's proposal (Pasal 18): no date-order error.
    @Test func theCompanysLetterMayPrecedeTheProposal() {
        let rulebook = try! RulebookLoader.load()
        var c = ksdpk(.thirdParty)
        c.proposal.date = CalendarDate(year: 2026, month: 2, day: 5)
        c.followInitiative()
        let order = { (c: Cooperation) in
            Validator.validate(c, rulebook: rulebook, catalogues: Catalogues.shared, today: CalendarDate(year: 2026, month: 6, day: 1)!)
                .filter { $0.ruleID == RuleID.datesOutOfOrder.rawValue && ($0.path == "offer.letterDate" || $0.path == "proposal.date") }
        }
        #expect(order(c).isEmpty, "\(order(c).map(\.message))")
        // A region's own offer still follows its proposal.
        c.proposal.initiator = .region
        c.followInitiative()
        #expect(order(c).count == 1)
    }
}

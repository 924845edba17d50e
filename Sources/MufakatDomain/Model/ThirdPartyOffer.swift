/// Penawaran atas prakarsa pihak ketiga (PP 28/2018 Pasal 18): when a third party initiates a
/// KSDPK, the offer comes from it. The offer stage then records its incoming letter and the
/// region's answer (surat jawaban), never a surat penawaran sent by the region.
extension Cooperation {
    /// The index of the third party whose initiative this is, when a KSDPK says so.
    public var initiatingThirdParty: Int? {
        guard kind == .ksdpk, proposal.initiator == .thirdParty else { return nil }
        return parties.firstIndex(where: { $0.type == .thirdParty })
    }

    /// Makes the offer stage follow the initiative recorded in the proposal: the initiating third
    /// party becomes the offer's initiator and its offer letter (number, date) both the offer's
    /// letter and the incoming letter, where the officer has not typed them. A region's initiative gives the offer back to
    /// the region. Never touches a signed KB.
    public mutating func followInitiative() {
        guard kind == .ksdpk, !isMemorandumSigned else { return }
        guard let company = initiatingThirdParty else {
            if proposal.initiator == .region, let i = offer.initiatorIndex, parties.indices.contains(i), parties[i].type == .thirdParty {
                offer.initiatorIndex = nil
            }
            return
        }
        offer.initiatorIndex = company
        guard let letter = proposal.incomingOffer else { return }
        // The offer letter is the company's: its number and date, signed by its director.
        if offer.letterNumber.isEmpty { offer.letterNumber = letter.number }
        if offer.letterDate == nil { offer.letterDate = letter.date }
        var incoming = offer.incomingLetter ?? IncomingLetter()
        if incoming.number.isEmpty { incoming.number = letter.number }
        if incoming.date == nil { incoming.date = letter.date }
        if incoming.sender.isEmpty {
            let rep = parties[company].representative
            incoming.sender = [rep.title, parties[company].name].filter { !$0.isEmpty }.joined(separator: " ")
        }
        offer.incomingLetter = incoming
    }
}

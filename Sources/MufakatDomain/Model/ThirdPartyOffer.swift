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
                if let company = parties.firstIndex(where: { $0.type == .thirdParty }), offer.attachments == thirdPartyOfferAttachments(company) {
                    offer.attachments = OfferStage.regionOfferAttachments
                }
            }
            return
        }
        offer.initiatorIndex = company
        // The company's offer carries its own feasibility study, never the region's KAK.
        let own = thirdPartyOfferAttachments(company)
        if offer.attachments.isEmpty || offer.attachments == OfferStage.regionOfferAttachments { offer.attachments = own }
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
        if incoming.attachments?.isEmpty ?? true { incoming.attachments = own }
        offer.incomingLetter = incoming
    }

    /// What a third party's own offer carries (PP 28/2018 Pasal 18): its feasibility study,
    /// named after whoever prepared it ("Studi kelayakan Perumda Air Minum Giri Tirta").
    public func thirdPartyOfferAttachments(_ company: Int) -> [String] {
        let author = proposal.feasibilityStudy?.author.trimmedWhitespace() ?? ""
        let name = author.isEmpty ? (parties.indices.contains(company) ? parties[company].name : "") : author
        return [name.isEmpty ? "Studi kelayakan" : "Studi kelayakan \(name)"]
    }
}

extension OfferStage {
    /// What a region's own offer carries: the KAK (Permendagri 22/2020).
    public static let regionOfferAttachments = ["Kerangka Acuan Kerja (KAK)"]
}

import MufakatDocuments
import MufakatDomain
import MufakatServices
import MufakatStore

/// Isian awal: answers a stage can take from earlier answers, the region profile and the
/// rulebook, so nothing is asked twice. Only empty answers are filled; an officer's own answer
/// is never overwritten.
enum Prefill {
    /// Fills what a stage can know when it is opened for the first time.
    static func stage(_ section: StageSection, _ c: inout Cooperation, context: EditorContext) {
        switch section {
        case .proposal:
            if c.proposal.initiatingAgency.isEmpty, let agency = c.parties.first?.agency { c.proposal.initiatingAgency = agency }
            if c.proposal.durationYears == nil, let y = c.memorandum.durationYears { c.proposal.durationYears = y }
        case .offer:
            if c.offer.signer.name.isEmpty && c.offer.signer.title.isEmpty { c.offer.signer = head(ofParty: c.offer.initiator, c, context: context) }
            // A company's offer (PP 28/2018 Pasal 18) is addressed to the head of the region.
            if c.offer.addressee.isEmpty, c.initiatingThirdParty != nil {
                c.offer.addressee = head(ofParty: 0, c, context: context).title
            }
            if c.offer.addressee.isEmpty, c.parties.count > 1 {
                let p = c.parties[1]
                // A region's head is named by the title alone ("Bupati Bogor"); a company's or a
                // ministry's needs its name ("Direktur Utama Perumda Air Minum Giri Tirta").
                c.offer.addressee = p.representative.title.isEmpty ? p.formalName
                    : p.type == .region ? p.representative.title : "\(p.representative.title) \(p.formalName)"
            }
            // A company's offer carries its own study (PP 28/2018 Pasal 18); the region's, the KAK.
            if c.offer.attachments.isEmpty {
                let snapshot = c
                c.offer.attachments = snapshot.initiatingThirdParty.map { snapshot.thirdPartyOfferAttachments($0) } ?? OfferStage.regionOfferAttachments
            }
            // One answer per partner, so each is asked on its own and the KB waits for all.
            c.offer.materializeResponses(partyCount: c.parties.count)
            deriveOfferDeadline(&c, context: context)
        case .memorandum:
            if c.memorandum.fundingSource.isEmpty && c.kind != .notaKesepakatan {
                c.memorandum.fundingSource = c.kind == .ksdpk
                    ? "Anggaran Pendapatan dan Belanja Daerah dan dana pihak ketiga sesuai kesepakatan"
                    : "Anggaran Pendapatan dan Belanja Daerah masing-masing pihak"
            }
            if c.memorandum.startBudgetYear == nil {
                c.memorandum.startBudgetYear = c.targetYear ?? c.proposal.date.map { $0.year + 1 } ?? context.today.year + 1
            }
            if c.memorandum.durationYears == nil { c.memorandum.durationYears = c.proposal.durationYears }
            if c.memorandum.considerations.isEmpty { c.memorandum.considerations = considerations(from: c.proposal) }
            let snapshot = c
            signing(&c.memorandum.signing, snapshot, context: context, from: nil)
            if c.memorandum.articles.isEmpty { c.memorandum.articles = builder(context).prefilledArticles(.kb, for: c) }
        case .councilApproval:
            let have = Set(c.councilApproval.approvals.map(\.partyIndex))
            for (i, p) in c.parties.enumerated() where p.type == .region && !have.contains(i) {
                c.councilApproval.approvals.append(CouncilApproval(partyIndex: i))
            }
        case .agreement:
            if c.agreement.durationYears == nil { c.agreement.durationYears = c.memorandum.durationYears ?? c.proposal.durationYears }
            if c.agreement.considerations.isEmpty { c.agreement.considerations = c.memorandum.considerations }
            // The sector exception chosen in the KAK carries on to the PKS (it showed "Tidak ada").
            if c.agreement.durationExceptionID == nil, let id = c.proposal.durationExceptionID, !id.isEmpty {
                c.agreement.durationExceptionID = id
                if c.agreement.durationExceptionReason == nil { c.agreement.durationExceptionReason = c.proposal.durationExceptionReason }
            }
            if c.agreement.evaluationsPerYear == nil { c.agreement.evaluationsPerYear = context.rulebook.reminders.evaluationsPerYear }
            for i in c.parties.indices where !c.agreement.duties.contains(where: { $0.partyIndex == i }) {
                c.agreement.duties.append(PartyDuties(partyIndex: i))
            }
            let snapshot = c
            signing(&c.agreement.signing, snapshot, context: context, from: snapshot.memorandum.signing)
            if c.agreement.articles.isEmpty { c.agreement.articles = builder(context).prefilledArticles(.pks, for: c) }
        case .financing, .implementation, .custom:
            break
        }
    }

    /// Menimbang of the KB from the officer's own proposal: its background and its purpose, each as
    /// a "bahwa ..." line to be edited (the document adds the closing "berdasarkan pertimbangan").
    static func considerations(from p: ProposalStage) -> [String] {
        var out: [String] = []
        let background = clause(p.background)
        if !background.isEmpty { out.append("bahwa " + background) }
        let purpose = clause(p.purpose)
        if !purpose.isEmpty { out.append("bahwa kerja sama ini dimaksudkan untuk " + purpose) }
        return out
    }

    /// A sentence as part of a "bahwa" clause: one line, no closing stop, and its first letter in
    /// lower case unless the first word is a name or an acronym (Kota, Dinas, APBD, ...).
    static func clause(_ text: String) -> String {
        var t = text.split(whereSeparator: \.isNewline).joined(separator: " ").trimmedWhitespace()
        while let last = t.last, ".;,".contains(last) { t.removeLast() }
        if t.lowercased().hasPrefix("bahwa ") { t = String(t.dropFirst(6)) }
        guard let firstWord = t.split(separator: " ").first else { return "" }
        let keepsCapital = properStarters.contains(String(firstWord)) || (firstWord.count > 1 && firstWord == firstWord.uppercased())
        if !keepsCapital, let f = t.first { t = f.lowercased() + t.dropFirst() }
        return t
    }

    static let properStarters: Set<String> = ["Kota", "Kabupaten", "Provinsi", "Pemerintah", "Dinas", "Badan", "Bupati", "Wali",
                                               "Gubernur", "Sekretariat", "Kementerian", "Menteri", "Presiden", "Perumda", "Perseroda", "PT"]

    /// Fills answers that follow from one just given (the offer's answer deadline from its date).
    static func derive(after fieldID: String, _ c: inout Cooperation, context: EditorContext) {
        if fieldID == "offer.letterDate" { deriveOfferDeadline(&c, context: context) }
        if fieldID.hasPrefix("jointSecretariat.") { deriveSecretariatArticle(&c, context: context) }
        if fieldID == "proposal.initiatingAgency" { deriveOwnAgency(&c) }
        // A third party's initiative (PP 28/2018 Pasal 18): the offer stage records its letter and the answer.
        if fieldID == "proposal.initiator" || fieldID.hasPrefix("proposal.incomingOffer.") || fieldID.hasPrefix("parties[") { c.followInitiative() }
    }

    /// Pasal sekretariat bersama (PP 28/2018 Pasal 7): the PKS's articles are pre-filled when the
    /// stage opens; answering the question afterwards adds, refreshes or takes away its article,
    /// in the place the rulebook gives it, until the PKS is signed.
    static func deriveSecretariatArticle(_ c: inout Cooperation, context: EditorContext) {
        guard !c.isAgreementSigned, !c.agreement.articles.isEmpty else { return }
        func isSecretariat(_ a: Article) -> Bool { a.heading.lowercased().contains("sekretariat bersama") }
        let fresh = builder(context).prefilledArticles(.pks, for: c)
        let current = c.agreement.articles.firstIndex(where: isSecretariat)
        if let wanted = fresh.firstIndex(where: isSecretariat) {
            if let current {
                c.agreement.articles[current].paragraphs = fresh[wanted].paragraphs
            } else {
                c.agreement.articles.insert(fresh[wanted], at: min(wanted, c.agreement.articles.count))
            }
        } else if let current {
            c.agreement.articles.remove(at: current)
        }
    }

    /// The own region's implementing agency follows the initiating one while the officer has not
    /// made it different: typed once, it is not asked again in PIHAK PERTAMA's identity.
    static func deriveOwnAgency(_ c: inout Cooperation) {
        guard !c.parties.isEmpty else { return }
        let typed = c.proposal.initiatingAgency
        let current = c.parties[0].agency ?? ""
        guard current.isEmpty || typed.hasPrefix(current) || current.hasPrefix(typed) else { return }
        c.parties[0].agency = typed.isEmpty ? nil : typed
    }

    static func deriveOfferDeadline(_ c: inout Cooperation, context: EditorContext) {
        guard c.offer.responseDeadline == nil, let date = c.offer.letterDate else { return }
        c.offer.responseDeadline = date.adding(days: context.rulebook.reminders.offerResponseDays)
    }

    /// The head of region who speaks for a party: from the region profile for the own region,
    /// else the party's representative.
    static func head(ofParty i: Int, _ c: Cooperation, context: EditorContext?) -> Person {
        guard i < c.parties.count else { return Person() }
        let party = c.parties[i]
        // The party's identity (stage 1) speaks first; it starts from the profile and may add
        // the appointment decree the naskah cite.
        if !party.representative.name.isEmpty { return party.representative }
        if let profile = context?.profile, party.regionCode == profile.regionCode, !profile.head.name.isEmpty {
            return profile.head
        }
        return party.representative
    }

    /// Signing defaults: the place from the profile, signers from an earlier signing (PKS after
    /// KB) or from the parties' heads.
    static func signing(_ s: inout Signing, _ c: Cooperation, context: EditorContext, from earlier: Signing?) {
        if s.place.isEmpty { s.place = earlier?.place.isEmpty == false ? earlier!.place : (context.profile?.city ?? "") }
        SigningScreens.sized(&s, parties: c.parties.count)
        for i in c.parties.indices where s.signatories[i].person.name.isEmpty && s.signatories[i].person.title.isEmpty {
            if let earlier, i < earlier.signatories.count, !earlier.signatories[i].person.name.isEmpty {
                s.signatories[i].person = earlier.signatories[i].person
            } else {
                s.signatories[i].person = head(ofParty: i, c, context: context)
            }
        }
    }

    static func builder(_ context: EditorContext) -> NaskahBuilder {
        context.documents.builder()
    }
}

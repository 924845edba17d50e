/// Persetujuan DPRD: council approval, needed only when the cooperation burdens the public and
/// the region or its funding is not yet budgeted in the current APBD (PP 28/2018 Pasal 6 ayat (2)).
public struct CouncilApprovalStage: Codable, Sendable, Hashable {
    public var progress: StageProgress
    /// One approval per region party that needs it.
    public var approvals: [CouncilApproval]

    public init(progress: StageProgress = StageProgress(), approvals: [CouncilApproval] = []) {
        self.progress = progress; self.approvals = approvals
    }
}

/// One council's request and decision (Keputusan DPRD).
public struct CouncilApproval: Codable, Sendable, Hashable {
    /// Index into `Cooperation.parties`.
    public var partyIndex: Int
    public var requestLetterNumber: String
    public var requestDate: CalendarDate?
    public var decisionNumber: String
    public var decisionDate: CalendarDate?
    public var approved: Bool?

    public init(partyIndex: Int, requestLetterNumber: String = "", requestDate: CalendarDate? = nil,
                decisionNumber: String = "", decisionDate: CalendarDate? = nil, approved: Bool? = nil) {
        self.partyIndex = partyIndex; self.requestLetterNumber = requestLetterNumber; self.requestDate = requestDate
        self.decisionNumber = decisionNumber; self.decisionDate = decisionDate; self.approved = approved
    }
}

extension Cooperation {
    /// Pihak yang memerlukan persetujuan DPRD: every region party when the cooperation burdens
    /// the public and the region; otherwise the region parties with a line charged to their own
    /// APBD that is not yet budgeted (PP 28/2018 Pasal 6 ayat (2)). APBN, another region's APBD,
    /// third-party and BUMD money never count.
    public var partiesNeedingCouncilApproval: [Int] {
        parties.indices.filter { i in
            guard parties[i].type == .region else { return false }
            return burdensPublic == true || !financing.unbudgetedOwnAPBDLines(party: i).isEmpty
        }
    }

    /// The approval recorded for party `index`, if any.
    public func councilApproval(ofParty index: Int) -> CouncilApproval? {
        councilApproval.approvals.first { $0.partyIndex == index }
    }

    /// Parties that need an approval and have none granted (none recorded, undecided, or refused).
    public var pendingCouncilApprovals: [Int] {
        partiesNeedingCouncilApproval.filter { councilApproval(ofParty: $0)?.approved != true }
    }

    /// Whether the PKS counts as signed: a signing date, or the stage marked done.
    public var isAgreementSigned: Bool { agreement.signing.date != nil || agreement.progress.status == .done }
    /// Whether the KB counts as signed.
    public var isMemorandumSigned: Bool { memorandum.signing.date != nil || memorandum.progress.status == .done }

    /// Perubahan (adendum): whether changing the stage amends a signed document. Only a signed
    /// KB or PKS is amended; before signing a stage is simply edited again.
    public func changeIsAmendment(_ section: StageSection) -> Bool {
        switch section {
        case .memorandum: memorandum.signing.documentSHA256 != nil || (isMemorandumSigned && memorandum.signing.date != nil)
        case .agreement: agreement.signing.documentSHA256 != nil || (isAgreementSigned && agreement.signing.date != nil)
        default: false
        }
    }

    /// Tanggal dokumen: the date of the document that completes a stage (the offer letter's date,
    /// the partner's answer, the KB and PKS signing dates, the last council decision), for the
    /// stage's "selesai" date; nil when the stage has no such document or it is not dated.
    public func documentDate(of section: StageSection) -> CalendarDate? {
        switch section {
        case .proposal: proposal.tkksdRecommendation?.date
        case .offer:
            ([offer.responseDate] + (offer.responses ?? []).map(\.letterDate)).compactMap { $0 }.max() ?? offer.letterDate
        case .memorandum: memorandum.signing.date
        case .councilApproval: councilApproval.approvals.compactMap(\.decisionDate).max()
        case .agreement: agreement.signing.date
        case .financing, .implementation, .custom: nil
        }
    }

    /// The same for any stage: a guided step (KSDPL/KSDLL) is done on the date of its latest
    /// registered document (the DPRD's decision, the central approval), not the day it is marked.
    public func documentDate(of section: StageSection, customID: String) -> CalendarDate? {
        guard section == .custom else { return documentDate(of: section) }
        return customStages[customID]?.documents?.compactMap(\.date).max()
    }
}

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

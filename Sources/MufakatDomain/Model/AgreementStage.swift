/// Perjanjian Kerja Sama (PKS): the agreement, drafted after the KB and signed by the heads or
/// by officials holding a surat kuasa (PP 28/2018 Pasal 6 ayat (1) huruf f–g, Pasal 13).
public struct AgreementStage: Codable, Sendable, Hashable {
    public var progress: StageProgress
    public var considerations: [String]
    /// Hak dan kewajiban: one entry per party, in party order.
    public var duties: [PartyDuties]
    /// Tanggal mulai berlaku; the end follows from the duration.
    public var startDate: CalendarDate?
    public var endDate: CalendarDate?
    /// Jangka waktu in years.
    public var durationYears: Int?
    /// Sector rule the officer invokes for a duration over the general limit (a rulebook id).
    public var durationExceptionID: String?
    /// Alasan pengecualian jangka waktu: why the sector rule applies.
    public var durationExceptionReason: String?
    /// Days within which a party must give notice of force majeure (keadaan kahar).
    public var forceMajeureNoticeDays: Int?
    /// Evaluations per budget year.
    public var evaluationsPerYear: Int?
    public var articles: [Article]
    public var signing: Signing

    public init(progress: StageProgress = StageProgress(), considerations: [String] = [], duties: [PartyDuties] = [],
                startDate: CalendarDate? = nil, endDate: CalendarDate? = nil, durationYears: Int? = nil,
                durationExceptionID: String? = nil, forceMajeureNoticeDays: Int? = nil, evaluationsPerYear: Int? = nil,
                articles: [Article] = [], signing: Signing = Signing()) {
        self.progress = progress; self.considerations = considerations; self.duties = duties
        self.startDate = startDate; self.endDate = endDate; self.durationYears = durationYears
        self.durationExceptionID = durationExceptionID; self.forceMajeureNoticeDays = forceMajeureNoticeDays
        self.evaluationsPerYear = evaluationsPerYear; self.articles = articles; self.signing = signing
    }
}

/// Hak dan kewajiban of one party.
public struct PartyDuties: Codable, Sendable, Hashable {
    public var partyIndex: Int
    /// Hak.
    public var rights: [String]
    /// Kewajiban.
    public var obligations: [String]

    public init(partyIndex: Int, rights: [String] = [], obligations: [String] = []) {
        self.partyIndex = partyIndex; self.rights = rights; self.obligations = obligations
    }
}

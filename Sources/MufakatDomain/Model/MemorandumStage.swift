/// Kesepakatan Bersama (KB): the MoU, drafted after the offer is accepted and signed by the
/// heads of region (PP 28/2018 Pasal 6 ayat (1) huruf c–d).
public struct MemorandumStage: Codable, Sendable, Hashable {
    public var progress: StageProgress
    /// Menimbang: the considerations ("bahwa ...") of the preamble.
    public var considerations: [String]
    /// Sumber pembiayaan, e.g. "APBD masing-masing pihak".
    public var fundingSource: String
    /// Tahun anggaran in which implementation starts.
    public var startBudgetYear: Int?
    public var durationYears: Int?
    /// The articles as edited; empty until pre-filled from the rulebook's clause templates.
    public var articles: [Article]
    public var signing: Signing

    public init(progress: StageProgress = StageProgress(), considerations: [String] = [], fundingSource: String = "",
                startBudgetYear: Int? = nil, durationYears: Int? = nil, articles: [Article] = [], signing: Signing = Signing()) {
        self.progress = progress; self.considerations = considerations; self.fundingSource = fundingSource
        self.startBudgetYear = startBudgetYear; self.durationYears = durationYears
        self.articles = articles; self.signing = signing
    }
}

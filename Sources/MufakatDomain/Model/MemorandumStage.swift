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
    /// Rencana aksi: the annex of a Nota Kesepakatan (PP 28/2018 Pasal 46); empty for a KB.
    public var actionPlan: [ActionPlanItem]

    public init(progress: StageProgress = StageProgress(), considerations: [String] = [], fundingSource: String = "",
                startBudgetYear: Int? = nil, durationYears: Int? = nil, articles: [Article] = [], signing: Signing = Signing(), actionPlan: [ActionPlanItem] = []) {
        self.progress = progress; self.considerations = considerations; self.fundingSource = fundingSource
        self.startBudgetYear = startBudgetYear; self.durationYears = durationYears
        self.articles = articles; self.signing = signing; self.actionPlan = actionPlan
    }

    enum CodingKeys: String, CodingKey {
        case progress, considerations, fundingSource, startBudgetYear, durationYears, articles, signing, actionPlan
    }

    /// Files written before the rencana aksi existed have no `actionPlan`; they read as empty.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        progress = try c.decode(StageProgress.self, forKey: .progress)
        considerations = try c.decode([String].self, forKey: .considerations)
        fundingSource = try c.decode(String.self, forKey: .fundingSource)
        startBudgetYear = try c.decodeIfPresent(Int.self, forKey: .startBudgetYear)
        durationYears = try c.decodeIfPresent(Int.self, forKey: .durationYears)
        articles = try c.decode([Article].self, forKey: .articles)
        signing = try c.decode(Signing.self, forKey: .signing)
        actionPlan = try c.decodeIfPresent([ActionPlanItem].self, forKey: .actionPlan) ?? []
    }
}

/// Persiapan / Usulan: the proposal, with the terms of reference (Kerangka Acuan Kerja, KAK)
/// written by the initiating agency and reviewed by the TKKSD.
public struct ProposalStage: Codable, Sendable, Hashable {
    public var progress: StageProgress
    /// Perangkat daerah pemrakarsa: the initiating agency (OPD).
    public var initiatingAgency: String
    /// Tanggal usulan.
    public var date: CalendarDate?
    /// Latar belakang.
    public var background: String
    /// Maksud.
    public var purpose: String
    /// Tujuan / sasaran.
    public var goals: String
    /// Objek kerja sama.
    public var object: String
    /// Ruang lingkup: the items of the scope, each one lettered in documents.
    public var scope: [String]
    /// Bentuk kerja sama.
    public var form: String
    /// Manfaat yang diharapkan.
    public var expectedBenefit: String
    /// Analisis manfaat dan biaya: cooperating versus acting alone.
    public var costBenefit: String
    /// Jangka waktu in years.
    public var durationYears: Int?
    /// Perkiraan biaya (indicative cost).
    public var indicativeCost: Rupiah?
    /// Whether the object is already a priority in the RPJMD/RKPD (PP 28/2018 Pasal 4).
    public var inRegionalPlan: Bool?
    /// Studi kelayakan (KSDPK only).
    public var feasibilityStudy: FeasibilityStudy?
    /// Rekomendasi TKKSD.
    public var tkksdRecommendation: TKKSDRecommendation?

    public init(progress: StageProgress = StageProgress(), initiatingAgency: String = "", date: CalendarDate? = nil,
                background: String = "", purpose: String = "", goals: String = "", object: String = "",
                scope: [String] = [], form: String = "", expectedBenefit: String = "", costBenefit: String = "",
                durationYears: Int? = nil, indicativeCost: Rupiah? = nil, inRegionalPlan: Bool? = nil,
                feasibilityStudy: FeasibilityStudy? = nil, tkksdRecommendation: TKKSDRecommendation? = nil) {
        self.progress = progress; self.initiatingAgency = initiatingAgency; self.date = date
        self.background = background; self.purpose = purpose; self.goals = goals; self.object = object
        self.scope = scope; self.form = form; self.expectedBenefit = expectedBenefit; self.costBenefit = costBenefit
        self.durationYears = durationYears; self.indicativeCost = indicativeCost; self.inRegionalPlan = inRegionalPlan
        self.feasibilityStudy = feasibilityStudy; self.tkksdRecommendation = tkksdRecommendation
    }
}

/// Studi kelayakan: required for a KSDPK (PP 28/2018 Pasal 17–18).
public struct FeasibilityStudy: Codable, Sendable, Hashable {
    public var author: String
    public var date: CalendarDate?
    public var summary: String
    /// Whether it concludes the cooperation is economically and financially feasible.
    public var feasible: Bool?

    public init(author: String = "", date: CalendarDate? = nil, summary: String = "", feasible: Bool? = nil) {
        self.author = author; self.date = date; self.summary = summary; self.feasible = feasible
    }
}

/// Rekomendasi Tim Koordinasi Kerja Sama Daerah (TKKSD).
public struct TKKSDRecommendation: Codable, Sendable, Hashable {
    public var number: String
    public var date: CalendarDate?
    public var summary: String
    public var recommended: Bool?

    public init(number: String = "", date: CalendarDate? = nil, summary: String = "", recommended: Bool? = nil) {
        self.number = number; self.date = date; self.summary = summary; self.recommended = recommended
    }
}

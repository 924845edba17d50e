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
    /// Pemrakarsa (KSDPK): the region (Pasal 17) or the third party (Pasal 18).
    public var initiator: Initiator?
    /// Surat penawaran pihak ketiga: the incoming offer letter a third-party initiative starts from.
    public var incomingOffer: RegisteredDocument?
    /// Pemilihan mitra (KSDPK).
    public var partnerSelection: PartnerSelection?
    /// Bentuk kerja sama chosen from the kind's rulebook forms (KSDPK: PP 28/2018 Pasal 15);
    /// when set, naskah print the rulebook's wording instead of `form`.
    public var formID: String?

    public init(progress: StageProgress = StageProgress(), initiatingAgency: String = "", date: CalendarDate? = nil,
                background: String = "", purpose: String = "", goals: String = "", object: String = "",
                scope: [String] = [], form: String = "", expectedBenefit: String = "", costBenefit: String = "",
                durationYears: Int? = nil, indicativeCost: Rupiah? = nil, inRegionalPlan: Bool? = nil,
                feasibilityStudy: FeasibilityStudy? = nil, tkksdRecommendation: TKKSDRecommendation? = nil,
                initiator: Initiator? = nil, incomingOffer: RegisteredDocument? = nil,
                partnerSelection: PartnerSelection? = nil, formID: String? = nil) {
        self.progress = progress; self.initiatingAgency = initiatingAgency; self.date = date
        self.background = background; self.purpose = purpose; self.goals = goals; self.object = object
        self.scope = scope; self.form = form; self.expectedBenefit = expectedBenefit; self.costBenefit = costBenefit
        self.durationYears = durationYears; self.indicativeCost = indicativeCost; self.inRegionalPlan = inRegionalPlan
        self.feasibilityStudy = feasibilityStudy; self.tkksdRecommendation = tkksdRecommendation
        self.initiator = initiator; self.incomingOffer = incomingOffer
        self.partnerSelection = partnerSelection; self.formID = formID
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

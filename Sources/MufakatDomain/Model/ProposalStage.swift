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
    /// Pengecualian RPJMD/RKPD: which of the three exceptions of PP 28/2018 Pasal 4 applies to an
    /// object not yet in the regional plans, and why.
    public var planException: PlanException?
    /// Pengecualian sektoral jangka waktu, chosen where the duration is entered (a rulebook
    /// `[[duration.exception]]` id), with its reason.
    public var durationExceptionID: String?
    public var durationExceptionReason: String?
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

/// Pengecualian objek di luar RPJMD/RKPD (PP 28/2018 Pasal 4): an object not yet a priority in
/// the regional plans may only be taken up for one of three reasons.
public struct PlanException: Codable, Sendable, Hashable {
    public enum Ground: String, Codable, Sendable, CaseIterable {
        /// Penanganan keadaan darurat (e.g. a disaster).
        case emergency = "keadaan-darurat"
        /// Mendukung program strategis nasional.
        case nationalStrategicProgramme = "program-strategis-nasional"
        /// Melaksanakan tugas pembantuan.
        case coAdministration = "tugas-pembantuan"

        public var label: String {
            switch self {
            case .emergency: "Penanganan keadaan darurat"
            case .nationalStrategicProgramme: "Mendukung program strategis nasional"
            case .coAdministration: "Melaksanakan tugas pembantuan"
            }
        }
    }
    public var ground: Ground?
    /// Alasan: why the ground applies (the emergency, the programme, the assignment).
    public var reason: String

    public init(ground: Ground? = nil, reason: String = "") { self.ground = ground; self.reason = reason }
}

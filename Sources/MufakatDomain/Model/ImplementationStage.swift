/// Pelaksanaan, penatausahaan dan pelaporan: milestones, evaluations and reports.
public struct ImplementationStage: Codable, Sendable, Hashable {
    public var progress: StageProgress
    public var milestones: [Milestone]
    /// Evaluasi: one region evaluates each PKS at least twice a budget year.
    public var evaluations: [Evaluation]
    public var reports: [Report]

    public init(progress: StageProgress = StageProgress(), milestones: [Milestone] = [],
                evaluations: [Evaluation] = [], reports: [Report] = []) {
        self.progress = progress; self.milestones = milestones; self.evaluations = evaluations; self.reports = reports
    }
}

/// Tonggak pelaksanaan.
public struct Milestone: Codable, Sendable, Hashable {
    public var title: String
    public var due: CalendarDate?
    public var completedOn: CalendarDate?
    public init(title: String, due: CalendarDate? = nil, completedOn: CalendarDate? = nil) {
        self.title = title; self.due = due; self.completedOn = completedOn
    }
}

/// Evaluasi pelaksanaan: one evaluation of a running cooperation, with what was found, what is
/// recommended, and who follows up by when (PP 28/2018 Pasal 6 ayat (1) huruf h–j, Pasal 44).
public struct Evaluation: Codable, Sendable, Hashable {
    public var date: CalendarDate
    public var evaluator: String
    public var summary: String
    /// Temuan.
    public var findings: [String]
    /// Rekomendasi.
    public var recommendations: [String]
    /// Tindak lanjut.
    public var followUps: [EvaluationFollowUp]
    /// Berita acara or report of the evaluation, when registered.
    public var document: RegisteredDocument?

    public init(date: CalendarDate, evaluator: String = "", summary: String = "", findings: [String] = [],
                recommendations: [String] = [], followUps: [EvaluationFollowUp] = [], document: RegisteredDocument? = nil) {
        self.date = date; self.evaluator = evaluator; self.summary = summary; self.findings = findings
        self.recommendations = recommendations; self.followUps = followUps; self.document = document
    }

    enum CodingKeys: String, CodingKey { case date, evaluator, summary, findings, recommendations, followUps, document }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        date = try c.decode(CalendarDate.self, forKey: .date)
        evaluator = try c.decode(String.self, forKey: .evaluator)
        summary = try c.decode(String.self, forKey: .summary)
        findings = try c.decodeIfPresent([String].self, forKey: .findings) ?? []
        recommendations = try c.decodeIfPresent([String].self, forKey: .recommendations) ?? []
        followUps = try c.decodeIfPresent([EvaluationFollowUp].self, forKey: .followUps) ?? []
        document = try c.decodeIfPresent(RegisteredDocument.self, forKey: .document)
    }
}

/// Tindak lanjut hasil evaluasi: an action, its owner and its deadline.
public struct EvaluationFollowUp: Codable, Sendable, Hashable {
    public var action: String
    /// Penanggung jawab.
    public var owner: String
    /// Tenggat.
    public var deadline: CalendarDate?
    public var completedOn: CalendarDate?

    public init(action: String = "", owner: String = "", deadline: CalendarDate? = nil, completedOn: CalendarDate? = nil) {
        self.action = action; self.owner = owner; self.deadline = deadline; self.completedOn = completedOn
    }
}

/// Laporan pelaksanaan kerja sama: a report for one period, sent with a cover letter to the
/// Governor (kab/kota) or the Minister (province) (PP 28/2018 Pasal 44).
public struct Report: Codable, Sendable, Hashable {
    public var date: CalendarDate
    /// Addressee, e.g. "Gubernur Jawa Barat"; empty = derived from the rulebook's [reporting].
    public var recipient: String
    public var summary: String
    /// Periode laporan.
    public var periodStart: CalendarDate?
    public var periodEnd: CalendarDate?
    /// Nomor surat pengantar.
    public var letterNumber: String
    /// Kendala (obstacles) and their handling.
    public var obstacles: [String]

    public init(date: CalendarDate, recipient: String = "", summary: String = "", periodStart: CalendarDate? = nil,
                periodEnd: CalendarDate? = nil, letterNumber: String = "", obstacles: [String] = []) {
        self.date = date; self.recipient = recipient; self.summary = summary
        self.periodStart = periodStart; self.periodEnd = periodEnd; self.letterNumber = letterNumber; self.obstacles = obstacles
    }

    enum CodingKeys: String, CodingKey { case date, recipient, summary, periodStart, periodEnd, letterNumber, obstacles }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        date = try c.decode(CalendarDate.self, forKey: .date)
        recipient = try c.decode(String.self, forKey: .recipient)
        summary = try c.decode(String.self, forKey: .summary)
        periodStart = try c.decodeIfPresent(CalendarDate.self, forKey: .periodStart)
        periodEnd = try c.decodeIfPresent(CalendarDate.self, forKey: .periodEnd)
        letterNumber = try c.decodeIfPresent(String.self, forKey: .letterNumber) ?? ""
        obstacles = try c.decodeIfPresent([String].self, forKey: .obstacles) ?? []
    }
}

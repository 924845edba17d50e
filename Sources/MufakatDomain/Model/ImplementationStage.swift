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

/// Evaluasi pelaksanaan.
public struct Evaluation: Codable, Sendable, Hashable {
    public var date: CalendarDate
    public var evaluator: String
    public var summary: String
    public init(date: CalendarDate, evaluator: String = "", summary: String = "") {
        self.date = date; self.evaluator = evaluator; self.summary = summary
    }
}

/// Laporan: a report sent to the Minister or the Governor (PP 28/2018 Pasal 44).
public struct Report: Codable, Sendable, Hashable {
    public var date: CalendarDate
    /// Addressee, e.g. "Gubernur Jawa Barat".
    public var recipient: String
    public var summary: String
    public init(date: CalendarDate, recipient: String = "", summary: String = "") {
        self.date = date; self.recipient = recipient; self.summary = summary
    }
}

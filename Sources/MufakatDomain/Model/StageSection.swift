/// The part of a `Cooperation` that holds a stage's answers. The rulebook names, orders and
/// gates stages; each rulebook stage points at one section. A stage a region adds by its own
/// rulebook (a Perkada step) has no section of its own and keeps its answers in `customStages`.
public enum StageSection: String, Codable, Sendable, CaseIterable {
    case proposal = "usulan"
    case offer = "penawaran"
    case memorandum = "kb"
    case councilApproval = "dprd"
    case agreement = "pks"
    case financing = "pembiayaan"
    case implementation = "pelaksanaan"
    case custom = "tambahan"
}

/// A stage added by a custom rulebook: its progress and free answers keyed by field id.
public struct CustomStage: Codable, Sendable, Hashable {
    public var progress: StageProgress
    public var answers: [String: String]
    /// Naskah teregistrasi of the step (KSDPL/KSDLL: letters, the rencana kerja sama, approvals),
    /// registered rather than generated where the format is not confirmed.
    public var documents: [RegisteredDocument]?
    public init(progress: StageProgress = StageProgress(), answers: [String: String] = [:], documents: [RegisteredDocument]? = nil) {
        self.progress = progress; self.answers = answers; self.documents = documents
    }
}

/// Perubahan / addendum: an explicit change to a signed document, kept as a new revision.
public struct Amendment: Codable, Sendable, Hashable {
    /// The stage whose signed document changes (a rulebook stage id).
    public var stageID: String
    public var reason: String
    public var date: CalendarDate
    /// Nomor adendum, one per party.
    public var numbers: [String]?
    /// The changes, each as it will read in the adendum ("Pasal 5 ayat (1) diubah sehingga berbunyi ...").
    public var changes: [String]?
    /// Store revision that was signed before the change.
    public var previousRevision: Int?
    /// Fingerprint of the document signed before the change.
    public var previousDocumentSHA256: String?

    public init(stageID: String, reason: String, date: CalendarDate, previousRevision: Int? = nil, previousDocumentSHA256: String? = nil) {
        self.stageID = stageID; self.reason = reason; self.date = date
        self.previousRevision = previousRevision; self.previousDocumentSHA256 = previousDocumentSHA256
    }
}

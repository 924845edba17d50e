import MufakatDomain
import MufakatStore

/// Sesudah penandatanganan: the use cases of a signed cooperation's life (evaluasi, tindak
/// lanjut, perpanjangan, pengakhiran), shared by the screens and the CLI so both roads give the
/// same revision. Each returns the changed cooperation or refuses with the reason; the rules
/// (which grounds a kind may end on, what an ending needs) come from the rulebook through the
/// `Validator`, never from here.
public struct AfterSigningService: Sendable {
    public let rulebook: Rulebook
    public let catalogues: Catalogues
    public let today: CalendarDate

    public init(rulebook: Rulebook, catalogues: Catalogues = .shared, today: CalendarDate = .today()) {
        self.rulebook = rulebook; self.catalogues = catalogues; self.today = today
    }

    /// Why a record is refused, in Indonesian.
    public enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
        case notSigned(String)
        case alreadyEnded(String, CalendarDate)
        case groundNotAllowed(ground: String, kind: String, allowed: [String])
        case noEvaluation(String)
        /// The stage named is not one the rulebook lets this record touch for the kind.
        case stageNotAllowed(stage: String, allowed: [String])
        /// Errors the rulebook finds in the changed record (warnings never refuse).
        case findings([Finding])
        /// The record to change is not there (1-based, as an officer counts).
        case noSuchRecord(Int)
        /// The reason of a change to a finished stage is shorter than `minimum` characters.
        case reasonTooShort(minimum: Int)

        public var description: String {
            switch self {
            case .notSigned(let id):
                ServiceText.current.archive.notSigned(id)
            case .alreadyEnded(let id, let d):
                ServiceText.current.archive.alreadyEnded(id, IndonesianDate.long(d))
            case .groundNotAllowed(let g, let k, let allowed):
                ServiceText.current.archive.groundNotAllowed(g, "\(k)", allowed.joined(separator: ", "))
            case .stageNotAllowed(let stage, let allowed):
                ServiceText.current.archive.stageNotAllowed(stage, allowed)
            case .noEvaluation(let id):
                ServiceText.current.archive.noEvaluation(id)
            case .findings(let f):
                f.map { "\($0.message) (\($0.basis))" }.joined(separator: "\n")
            case .noSuchRecord(let n):
                ServiceText.current.archive.noSuchRecord(n)
            case .reasonTooShort(let minimum):
                ServiceText.current.archive.reasonTooShort(minimum)
            }
        }
    }

    /// Evaluasi: adds one evaluation of a signed cooperation.
    public func addEvaluation(_ c: Cooperation, _ evaluation: Evaluation) throws(Failure) -> Cooperation {
        try add(.evaluation(evaluation), to: c)
    }

    /// Tindak lanjut: adds a follow-up to the evaluation at `evaluation` (default: the latest).
    public func addFollowUp(_ c: Cooperation, _ followUp: EvaluationFollowUp, evaluation: Int? = nil) throws(Failure) -> Cooperation {
        try add(.followUp(followUp, evaluation: evaluation ?? (c.implementation.evaluations.count - 1)), to: c)
    }

    /// Perpanjangan: adds a renewal of a signed cooperation, citing the latest evaluation.
    public func recordRenewal(_ c: Cooperation, date: CalendarDate? = nil, years: Int, reason: String,
                              numbers: [String] = []) throws(Failure) -> Cooperation {
        try add(.renewal(Renewal(date: date ?? today, years: years, reason: reason, numbers: numbers,
                                 evaluationIndex: c.implementation.evaluations.indices.last)), to: c)
    }

    /// Laporan pelaksanaan: adds one periodic report of a signed cooperation.
    public func recordReport(_ c: Cooperation, _ report: Report) throws(Failure) -> Cooperation {
        try add(.report(report), to: c)
    }

    /// Telaahan TKKSD: a review of one of the stages the rulebook has the TKKSD review.
    public func recordTKKSDReview(_ c: Cooperation, stageID: String, date: CalendarDate? = nil, recommendation: String,
                                  recommended: Bool? = nil, document: RegisteredDocument? = nil) throws(Failure) -> Cooperation {
        try add(.tkksdReview(TKKSDReview(stageID: stageID, date: date ?? today, recommendation: recommendation,
                                         recommended: recommended, document: Self.kept(document))), to: c)
    }

    /// The stages whose signed naskah an adendum may change: the KB, the Nota and the PKS of the kind.
    public func amendableStages(_ c: Cooperation) -> [Rulebook.StageRule] {
        rulebook.stages(for: c.kind).filter {
            $0.section == StageSection.memorandum.rawValue || $0.section == StageSection.agreement.rawValue
        }
    }

    /// Adendum: a change to a signed naskah, with its own numbers.
    public func recordAmendment(_ c: Cooperation, stageID: String, date: CalendarDate? = nil, reason: String,
                                changes: [String] = [], numbers: [String] = []) throws(Failure) -> Cooperation {
        var amendment = Amendment(stageID: stageID, reason: reason, date: date ?? today)
        amendment.changes = changes
        amendment.numbers = numbers.isEmpty ? nil : numbers
        return try add(.amendment(amendment), to: c)
    }

    /// The shortest reason accepted for changing a finished stage.
    public static let minimumChangeReason = 10

    /// Perubahan atas tahapan yang sudah selesai: reopens a finished stage (an officer types into
    /// it) and records why, as an `Amendment`. A signed KB or PKS keeps the fingerprint of the
    /// naskah it replaces, and loses its own: the changed naskah must be signed again (an adendum).
    public func reopenStage(_ c: Cooperation, section: StageSection, stageID: String, reason: String) throws(Failure) -> Cooperation {
        let reason = reason.trimmedWhitespaceAndNewlines()
        guard reason.count >= Self.minimumChangeReason else { throw .reasonTooShort(minimum: Self.minimumChangeReason) }
        var c = c
        let signed: String?? = switch section {
        case .memorandum: .some(c.memorandum.signing.documentSHA256)
        case .agreement: .some(c.agreement.signing.documentSHA256)
        default: .none
        }
        c.amendments.append(Amendment(stageID: stageID, reason: reason, date: today,
                                      previousRevision: nil, previousDocumentSHA256: signed ?? nil))
        var progress = c.progress(of: section, customID: stageID)
        progress.status = .draft
        progress.completedOn = nil
        c.setProgress(progress, of: section, customID: stageID)
        switch section {
        case .memorandum: c.memorandum.signing.documentSHA256 = nil; c.memorandum.signing.documentFormat = nil
        case .agreement: c.agreement.signing.documentSHA256 = nil; c.agreement.signing.documentFormat = nil
        default: break
        }
        return c
    }

    /// The ending record a ground starts, as the screens make it when a ground is picked: the
    /// date defaults to today, an existing record keeps its other answers.
    public func endRecord(_ existing: EndRecord?, ground: EndRecord.Ground, date: CalendarDate? = nil) -> EndRecord {
        guard var e = existing else { return EndRecord(ground: ground, date: date ?? today) }
        e.ground = ground
        if let date { e.date = date }
        return e
    }

    /// Pengakhiran: ends a signed cooperation on a ground the rulebook gives for its kind, with
    /// the supporting document and how the ending is put in writing.
    public func end(_ c: Cooperation, ground: EndRecord.Ground, date: CalendarDate? = nil,
                    document: RegisteredDocument? = nil, instrument: EndRecord.Instrument? = nil,
                    note: String = "") throws(Failure) -> Cooperation {
        guard c.signedOn != nil else { throw .notSigned(c.id) }
        if let e = c.ended { throw .alreadyEnded(c.id, e.date) }
        let allowed = rulebook.endingGrounds(for: c.kind)
        guard allowed.contains(where: { $0.id == ground.rawValue }) else {
            throw .groundNotAllowed(ground: ground.rawValue, kind: c.kind.label, allowed: allowed.map(\.id))
        }
        var record = endRecord(nil, ground: ground, date: date)
        record.note = note
        record.supportingDocument = (document?.isRegistered ?? false) ? document : nil
        record.instrument = instrument == .statement ? .statement : nil
        var out = c
        out.ended = record
        try refuseNewErrors(out, comparedWith: c, under: "ended")
        return out
    }

    /// A registered document, or one with at least its date, is kept; an empty one is none (as
    /// the screens' document fields do).
    public static func kept(_ d: RegisteredDocument?) -> RegisteredDocument? {
        guard let d, d.isRegistered || d.date != nil else { return nil }
        return d
    }

    /// Saves the changed cooperation as a new revision on top of `basedOn`.
    public func save(_ c: Cooperation, basedOn: Int?, in session: StoreSession) throws(StoreError) -> RevisionInfo {
        try session.save(c, basedOn: basedOn)
    }
}

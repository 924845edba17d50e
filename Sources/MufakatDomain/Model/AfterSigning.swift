/// Telaahan TKKSD: one review by the regional cooperation coordination team (Tim Koordinasi
/// Kerja Sama Daerah) of a document of the cooperation: the KAK, a draft KB or PKS, an evaluation.
public struct TKKSDReview: Codable, Sendable, Hashable {
    /// The stage whose document was reviewed (a rulebook stage id: "usulan", "kb", "pks", ...).
    public var stageID: String
    /// Tanggal rapat / telaahan.
    public var date: CalendarDate?
    /// Rekomendasi.
    public var recommendation: String
    /// Whether the team recommends going on.
    public var recommended: Bool?
    /// Naskah rekomendasi or berita acara, registered.
    public var document: RegisteredDocument?

    public init(stageID: String, date: CalendarDate? = nil, recommendation: String = "", recommended: Bool? = nil,
                document: RegisteredDocument? = nil) {
        self.stageID = stageID; self.date = date; self.recommendation = recommendation
        self.recommended = recommended; self.document = document
    }
}

/// Perpanjangan: the renewal of a running cooperation for a further term, by agreement of the parties.
public struct Renewal: Codable, Sendable, Hashable {
    /// Tanggal kesepakatan perpanjangan.
    public var date: CalendarDate
    /// Additional years.
    public var years: Int
    public var reason: String
    /// Nomor naskah perpanjangan, one per party.
    public var numbers: [String]
    /// Evaluation the renewal rests on (index into `implementation.evaluations`).
    public var evaluationIndex: Int?

    public init(date: CalendarDate, years: Int, reason: String = "", numbers: [String] = [], evaluationIndex: Int? = nil) {
        self.date = date; self.years = years; self.reason = reason; self.numbers = numbers; self.evaluationIndex = evaluationIndex
    }
}

/// Keadaan kerja sama: where a cooperation stands in its life. The one status of a cooperation
/// (issue 17): the index stores the first three from the files alone (`proses`, `berlaku`,
/// `berakhir`); `expired` (lewat masa) is what a running cooperation becomes once its term has
/// passed without an ending being recorded, which depends on the day it is read.
public enum CooperationStatus: String, Codable, Sendable, CaseIterable {
    /// Dalam proses: not signed yet.
    case inProgress = "proses"
    /// Berlaku: the agreement (or the Nota Kesepakatan) is signed and its term runs.
    case active = "berlaku"
    /// Lewat masa: signed, its (renewed) term has passed, but the ending is not recorded yet.
    case expired = "lewat-masa"
    /// Berakhir: ended by one of the grounds of PP 28/2018 Pasal 9 ayat (1) or Pasal 22.
    case ended = "berakhir"

    /// The Indonesian word (CLI tables, documents); screens take theirs from their catalogue.
    public var label: String {
        switch self {
        case .inProgress: "Dalam proses"
        case .active: "Berlaku"
        case .expired: "Lewat masa"
        case .ended: "Berakhir"
        }
    }

    /// The statuses the index stores, in the order of their codes in `index.bin`.
    public static let stored: [CooperationStatus] = [.inProgress, .active, .ended]
}

extension Cooperation {
    /// The date the term ends, with every renewal added.
    public var renewedExpiryDate: CalendarDate? {
        guard let base = expiryDate else { return nil }
        let extra = (renewals ?? []).reduce(0) { $0 + max(0, $1.years) }
        return extra == 0 ? base : base.adding(days: 1).adding(years: extra).adding(days: -1)
    }

    /// The date the cooperation was signed: the PKS, else (Nota Kesepakatan, or a cooperation
    /// with a KB only so far) the KB or Nota.
    public var signedOn: CalendarDate? {
        if agreement.progress.status == .done, let d = agreement.signing.date { return d }
        if kind == .notaKesepakatan, memorandum.progress.status == .done { return memorandum.signing.date }
        if let foreign = customStages["ln-penandatanganan"], foreign.progress.status == .done {
            return foreign.progress.completedOn
        }
        return nil
    }

    /// Status kerja sama on `today`. An ending record wins over everything; then a signed
    /// cooperation runs until its (renewed) term ends.
    public func status(on today: CalendarDate) -> CooperationStatus {
        if let ended, ended.date <= today { return .ended }
        guard signedOn != nil else { return .inProgress }
        let end: CalendarDate?
        if kind == .notaKesepakatan, agreement.startDate == nil, let start = memorandum.signing.date, let y = memorandum.durationYears {
            end = start.adding(years: y + (renewals ?? []).reduce(0) { $0 + max(0, $1.years) }).adding(days: -1)
        } else {
            end = renewedExpiryDate
        }
        if let end, end < today { return .expired }
        return .active
    }
}

extension Cooperation {
    /// The stages of the cooperation's kind whose documents the TKKSD reviews under the rulebook
    /// ([tkksd] review_stages), each with the review recorded for it (nil when none yet). The
    /// proposal's TKKSD recommendation counts as the review of the KAK.
    public func tkksdReviewPoints(rulebook: Rulebook) -> [(stage: Rulebook.StageRule, review: TKKSDReview?)] {
        let wanted = Set(rulebook.tkksd?.reviewStages ?? [])
        return rulebook.stages(for: kind).filter { wanted.contains($0.id) }.map { stage in
            if let review = (tkksdReviews ?? []).last(where: { $0.stageID == stage.id }) { return (stage, review) }
            if stage.section == StageSection.proposal.rawValue, let r = proposal.tkksdRecommendation, !(r.number + r.summary).isEmpty {
                return (stage, TKKSDReview(stageID: stage.id, date: r.date, recommendation: r.summary, recommended: r.recommended,
                                           document: RegisteredDocument(number: r.number, date: r.date, title: "Rekomendasi TKKSD")))
            }
            return (stage, nil)
        }
    }

    /// Ganti sub-urusan: the cooperation with another sub-affair (nil clears it), and what that
    /// changes in the findings (a duration exception that now fits or no longer fits, authority
    /// warnings), so a screen can say so before the officer confirms. Nothing else is touched:
    /// every check derives from the current sub-affair.
    public func changingSubAffair(to id: String?, rulebook: Rulebook, catalogues: Catalogues,
                                  today: CalendarDate) -> (cooperation: Cooperation, added: [Finding], removed: [Finding]) {
        var changed = self
        let trimmed = id?.trimmedWhitespace()
        changed.subAffairID = (trimmed?.isEmpty ?? true) ? nil : trimmed
        let before = Validator.validate(self, rulebook: rulebook, catalogues: catalogues, today: today)
        let after = Validator.validate(changed, rulebook: rulebook, catalogues: catalogues, today: today)
        return (changed, after.filter { !before.contains($0) }, before.filter { !after.contains($0) })
    }
}

import Foundation
import MufakatDomain

/// Catatan sesudah penandatanganan: one record of a signed cooperation's life as either road
/// collects it (the screens' record form, a CLI command's options), handed whole to the
/// `AfterSigningService`, which checks it and records it. Both roads call the same `add`, so the
/// same answers give the same revision.
extension AfterSigningService {
    /// Which list a record belongs to.
    public enum EntryKind: String, Sendable, CaseIterable {
        case evaluation, followUp, report, tkksdReview, renewal, amendment
    }

    /// One record: an evaluation, a follow-up of the evaluation at `evaluation`, a report, a
    /// TKKSD review, a renewal or an adendum.
    public enum Entry: Sendable, Hashable {
        case evaluation(Evaluation)
        case followUp(EvaluationFollowUp, evaluation: Int)
        case report(Report)
        case tkksdReview(TKKSDReview)
        case renewal(Renewal)
        case amendment(Amendment)

        /// The evaluation a follow-up belongs to.
        public var evaluationIndex: Int? {
            if case .followUp(_, let e) = self { return e }
            return nil
        }

        public var kind: EntryKind {
            switch self {
            case .evaluation: .evaluation
            case .followUp: .followUp
            case .report: .report
            case .tkksdReview: .tkksdReview
            case .renewal: .renewal
            case .amendment: .amendment
            }
        }
    }

    /// Where the rulebook's findings about a kind of record live.
    static func path(_ kind: EntryKind) -> String {
        switch kind {
        case .evaluation, .followUp: "implementation.evaluations"
        case .report: "implementation.reports"
        case .tkksdReview: "tkksdReviews"
        case .renewal: "renewals"
        case .amendment: "amendments"
        }
    }

    /// Why a record of `kind` cannot be added to `c` at all (nil: it can): not signed, no
    /// evaluation to follow up, no stage the rulebook lets the TKKSD review or an adendum change.
    public func refusalToAdd(_ kind: EntryKind, to c: Cooperation) -> Failure? {
        switch kind {
        case .evaluation, .report, .renewal:
            return c.signedOn == nil ? .notSigned(c.id) : nil
        case .followUp:
            return c.implementation.evaluations.isEmpty ? .noEvaluation(c.id) : nil
        case .tkksdReview:
            let allowed = c.tkksdReviewPoints(rulebook: rulebook).map(\.stage.id)
            return allowed.isEmpty ? .stageNotAllowed(stage: "", allowed: []) : nil
        case .amendment:
            if c.signedOn == nil { return .notSigned(c.id) }
            return amendableStages(c).isEmpty ? .stageNotAllowed(stage: "", allowed: []) : nil
        }
    }

    /// Checks what the record itself names against the rulebook: the stage a TKKSD review or an
    /// adendum names, the evaluation a follow-up joins or a renewal rests on. A record being
    /// edited (`previous`) keeps the stage it already had, even one recorded by an older rulebook.
    func checkEntry(_ entry: Entry, in c: Cooperation, previous: Entry? = nil) throws(Failure) {
        if previous == nil, let refusal = refusalToAdd(entry.kind, to: c) { throw refusal }
        switch entry {
        case .followUp(_, let e):
            guard c.implementation.evaluations.indices.contains(e) else { throw .noEvaluation(c.id) }
        case .tkksdReview(let r):
            if case .tkksdReview(let old)? = previous, old.stageID == r.stageID { break }
            let allowed = c.tkksdReviewPoints(rulebook: rulebook).map(\.stage.id)
            guard allowed.contains(r.stageID) else { throw .stageNotAllowed(stage: r.stageID, allowed: allowed) }
        case .amendment(let a):
            if case .amendment(let old)? = previous, old.stageID == a.stageID { break }
            let allowed = amendableStages(c).map(\.id)
            guard allowed.contains(a.stageID) else { throw .stageNotAllowed(stage: a.stageID, allowed: allowed) }
        case .renewal(let r):
            if let e = r.evaluationIndex, !c.implementation.evaluations.indices.contains(e) { throw .noEvaluation(c.id) }
        case .evaluation, .report:
            break
        }
    }

    /// Adds a record at the end of its list (a follow-up at the end of its evaluation's).
    public func add(_ entry: Entry, to c: Cooperation) throws(Failure) -> Cooperation {
        try checkEntry(entry, in: c)
        var out = c
        switch entry {
        case .evaluation(let e): out.implementation.evaluations.append(e)
        case .followUp(let f, let e): out.implementation.evaluations[e].followUps.append(f)
        case .report(let r): out.implementation.reports.append(r)
        case .tkksdReview(let r): out.tkksdReviews = (c.tkksdReviews ?? []) + [r]
        case .renewal(let r): out.renewals = (c.renewals ?? []) + [r]
        case .amendment(let a): out.amendments.append(a)
        }
        try refuseNewErrors(out, comparedWith: c, under: Self.path(entry.kind))
        return out
    }

    /// Replaces the record at `index` of its list (for a follow-up: of its evaluation's
    /// follow-ups) with `entry`, as the screens do when an existing record is edited.
    public func replace(_ c: Cooperation, at index: Int, with entry: Entry) throws(Failure) -> Cooperation {
        guard let previous = self.entry(entry.kind, at: index, evaluation: entry.evaluationIndex, in: c) else {
            throw .noSuchRecord(index + 1)
        }
        try checkEntry(entry, in: c, previous: previous)
        var out = c
        func put<T>(_ list: inout [T], _ value: T) throws(Failure) {
            guard list.indices.contains(index) else { throw .noSuchRecord(index + 1) }
            list[index] = value
        }
        switch entry {
        case .evaluation(let e): try put(&out.implementation.evaluations, e)
        case .followUp(let f, let e): try put(&out.implementation.evaluations[e].followUps, f)
        case .report(let r): try put(&out.implementation.reports, r)
        case .tkksdReview(let r):
            var list = c.tkksdReviews ?? []
            try put(&list, r)
            out.tkksdReviews = list
        case .renewal(let r):
            var list = c.renewals ?? []
            try put(&list, r)
            out.renewals = list
        case .amendment(let a): try put(&out.amendments, a)
        }
        try refuseNewErrors(out, comparedWith: c, under: Self.path(entry.kind))
        return out
    }

    /// The record at `index` of a list (for a follow-up, of the evaluation at `evaluation`), nil when absent.
    public func entry(_ kind: EntryKind, at index: Int, evaluation: Int? = nil, in c: Cooperation) -> Entry? {
        func at<T>(_ list: [T]?) -> T? { list.flatMap { $0.indices.contains(index) ? $0[index] : nil } }
        switch kind {
        case .evaluation: return at(c.implementation.evaluations).map { .evaluation($0) }
        case .followUp:
            guard let e = evaluation, c.implementation.evaluations.indices.contains(e) else { return nil }
            return at(c.implementation.evaluations[e].followUps).map { .followUp($0, evaluation: e) }
        case .report: return at(c.implementation.reports).map { .report($0) }
        case .tkksdReview: return at(c.tkksdReviews).map { .tkksdReview($0) }
        case .renewal: return at(c.renewals).map { .renewal($0) }
        case .amendment: return at(c.amendments).map { .amendment($0) }
        }
    }

    /// Takes away the record at `index` of its list (for a follow-up, `index` is within the
    /// evaluation at `evaluation`). A renewal that rested on a removed evaluation no longer
    /// cites it; one resting on a later evaluation follows it. An emptied optional list is nil.
    public func remove(_ kind: EntryKind, at index: Int, evaluation: Int? = nil, from c: Cooperation) -> Cooperation {
        var out = c
        switch kind {
        case .evaluation:
            guard c.implementation.evaluations.indices.contains(index) else { return c }
            out.implementation.evaluations.remove(at: index)
            out.renewals = c.renewals.map { list in
                list.map { r in
                    var r = r
                    if let e = r.evaluationIndex { r.evaluationIndex = e == index ? nil : (e > index ? e - 1 : e) }
                    return r
                }
            }
        case .followUp:
            guard let e = evaluation, c.implementation.evaluations.indices.contains(e),
                  c.implementation.evaluations[e].followUps.indices.contains(index) else { return c }
            out.implementation.evaluations[e].followUps.remove(at: index)
        case .report:
            guard c.implementation.reports.indices.contains(index) else { return c }
            out.implementation.reports.remove(at: index)
        case .tkksdReview:
            guard var list = c.tkksdReviews, list.indices.contains(index) else { return c }
            list.remove(at: index)
            out.tkksdReviews = list.isEmpty ? nil : list
        case .renewal:
            guard var list = c.renewals, list.indices.contains(index) else { return c }
            list.remove(at: index)
            out.renewals = list.isEmpty ? nil : list
        case .amendment:
            guard c.amendments.indices.contains(index) else { return c }
            out.amendments.remove(at: index)
        }
        return out
    }

    /// Refuses the errors the rulebook finds under `prefix` in `changed` that `before` did not
    /// have already: an old problem elsewhere in the list never blocks a new, correct record.
    func refuseNewErrors(_ changed: Cooperation, comparedWith before: Cooperation, under prefix: String) throws(Failure) {
        func errors(_ c: Cooperation) -> [Finding] {
            Validator.validate(c, rulebook: rulebook, catalogues: catalogues, today: today)
                .filter { $0.severity == .error && $0.path.hasPrefix(prefix) }
        }
        let old = Set(errors(before).map { "\($0.path)\u{0}\($0.message)" })
        let new = errors(changed).filter { !old.contains("\($0.path)\u{0}\($0.message)") }
        if !new.isEmpty { throw .findings(new) }
    }
}

extension AfterSigningService {
    /// Kepada: the addressee of a report by default, the Governor of the province for a kab/kota,
    /// the Minister for a province or anyone else (PP 28/2018 Pasal 44). The titles come from the
    /// rulebook's [reporting].
    public func defaultReportRecipient(_ c: Cooperation) -> String {
        let minister = rulebook.reporting?.recipientProvince ?? "Menteri Dalam Negeri"
        guard let code = c.parties.first?.regionCode, let region = catalogues.regions[code] else { return minister }
        if region.level == .provinsi { return minister }
        let governor = rulebook.reporting?.recipientKabKota ?? "Gubernur"
        let province = catalogues.regions[region.provinceCode]?.name.replacingOccurrences(of: "Provinsi ", with: "")
        return province.map { "\(governor) \($0)" } ?? governor
    }
}

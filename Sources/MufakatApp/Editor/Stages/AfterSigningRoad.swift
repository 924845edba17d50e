import MufakatDomain
import MufakatServices
import TerminalUI

/// One road for the life after signing: the record forms of the evaluations, follow-ups,
/// reports, TKKSD reviews, renewals and adendum only collect the answers; when a form is left
/// (Esc, Ctrl-N past its last part, Ctrl-S) the record is handed to `AfterSigningService`, which
/// checks it and records it, exactly as the CLI commands do. A refusal keeps the form open with
/// the service's reason.
struct PendingRecord: Sendable {
    /// The cooperation to record into: without the new record, or with the record as it was.
    var base: Cooperation
    var isNew: Bool
    /// The service refused the record once; a second Esc puts the list back as it was.
    var refused = false
}

extension ListKind {
    /// The service's kind of record for the lists of the life after signing; nil for the others.
    var afterSigningKind: AfterSigningService.EntryKind? {
        switch self {
        case .evaluations: .evaluation
        case .followUps: .followUp
        case .reports: .report
        case .tkksdReviews: .tkksdReview
        case .renewals: .renewal
        case .amendments: .amendment
        case .financing, .milestones, .actionPlan: nil
        }
    }
}

extension AfterSigningLists {
    /// Row `row` of `list` as the service's record, with its index in its own list (a follow-up's
    /// index among its evaluation's follow-ups).
    static func entry(_ list: ListKind, row: Int, in c: Cooperation, service: AfterSigningService) -> (entry: AfterSigningService.Entry, index: Int)? {
        guard let kind = list.afterSigningKind else { return nil }
        if kind == .followUp {
            let refs = followUpRefs(c)
            guard refs.indices.contains(row) else { return nil }
            return service.entry(.followUp, at: refs[row].followUp, evaluation: refs[row].evaluation, in: c).map { ($0, refs[row].followUp) }
        }
        return service.entry(kind, at: row, in: c).map { ($0, row) }
    }

    /// `c` without row `row` of `list`, taken away by the service.
    static func removing(_ list: ListKind, row: Int, from c: Cooperation, service: AfterSigningService) -> Cooperation {
        guard let kind = list.afterSigningKind else { return c }
        if kind == .followUp {
            let refs = followUpRefs(c)
            guard refs.indices.contains(row) else { return c }
            return service.remove(.followUp, at: refs[row].followUp, evaluation: refs[row].evaluation, from: c)
        }
        return service.remove(kind, at: row, from: c)
    }
}

extension CooperationEditor {
    var afterSigning: AfterSigningService {
        AfterSigningService(rulebook: context.rulebook, catalogues: context.catalogues, today: context.today)
    }

    /// Remembers what the form of row `index` starts from (called as the form opens).
    mutating func beginRecord(_ list: ListKind, _ index: Int, isNew: Bool) {
        guard list.afterSigningKind != nil else { pendingRecord = nil; return }
        let base = isNew ? AfterSigningLists.removing(list, row: index, from: draft, service: afterSigning) : draft
        pendingRecord = PendingRecord(base: base, isNew: isNew)
    }

    /// The service's refusal to add a record to `list` now, nil when it may be added.
    func afterSigningRefusalToAdd(_ list: ListKind) -> String? {
        guard let kind = list.afterSigningKind else { return nil }
        return afterSigning.refusalToAdd(kind, to: draft)?.description
    }

    /// Hands the record of the open form to the service. True when it is recorded (or nothing
    /// changed); false when refused: the form stays with the service's reason, and a second Esc
    /// (`escape`) after a refusal puts the list back as it was before the form opened.
    mutating func commitRecord(_ list: ListKind, _ index: Int, escape: Bool = false) -> Bool {
        guard list.afterSigningKind != nil, var pending = pendingRecord else { return true }
        if !pending.isNew, draft == pending.base { return true }
        let service = afterSigning
        do throws(AfterSigningService.Failure) {
            guard let (entry, at) = AfterSigningLists.entry(list, row: index, in: draft, service: service) else { return true }
            let base = pending.isNew ? AfterSigningLists.removing(list, row: index, from: draft, service: service) : pending.base
            let recorded = try pending.isNew ? service.add(entry, to: base) : service.replace(base, at: at, with: entry)
            if recorded != draft {
                draft = recorded
                answerChanged(nil)
            }
            pendingRecord = PendingRecord(base: draft, isNew: false)
            return true
        } catch {
            if escape, pending.refused {
                draft = pending.base
                pendingRecord = nil
                listRow[list] = max(0, min(index, list.count(draft) - 1))
                mode = .form
                answerChanged(nil)
                message = .notice("Perubahan \(list.noun) tidak dicatat: \(error.description)")
                return false
            }
            pending.refused = true
            pendingRecord = pending
            // The way out first: the message line is short, and the fields show every problem.
            message = .error("Belum dicatat (Esc sekali lagi membatalkan): \(error.description)")
            return false
        }
    }

    /// Takes row `index` of `list` away, through the service for the lists after signing.
    mutating func removeRecord(_ list: ListKind, at index: Int) {
        if list.afterSigningKind != nil {
            draft = AfterSigningLists.removing(list, row: index, from: draft, service: afterSigning)
        } else {
            list.remove(&draft, at: index)
        }
    }
}

import MufakatDomain
import MufakatServices
import MufakatStore
import TerminalUI

/// Sesudah penandatanganan: the lists of the life of a signed cooperation (the follow-ups of
/// evaluations, the TKKSD reviews, renewals and amendments), edited like every other list: a
/// table, and one form per record. The rules (how many evaluations a year, which stages the TKKSD
/// reviews, the grounds of an ending) come from the rulebook.
enum AfterSigningLists {
    /// Where a follow-up sits: the evaluation and its place in that evaluation's follow-ups.
    struct FollowUpRef: Hashable, Sendable { var evaluation: Int; var followUp: Int }

    /// Every follow-up of every evaluation, in order, as one flat list.
    static func followUpRefs(_ c: Cooperation) -> [FollowUpRef] {
        c.implementation.evaluations.indices.flatMap { e in
            c.implementation.evaluations[e].followUps.indices.map { FollowUpRef(evaluation: e, followUp: $0) }
        }
    }

    /// The stages whose signed document an adendum may change: the KB, the Nota and the PKS of the kind.
    static func amendableStages(_ c: Cooperation, rulebook: Rulebook) -> [Rulebook.StageRule] {
        AfterSigningService(rulebook: rulebook).amendableStages(c)
    }

    static func partyName(_ c: Cooperation, _ p: Int) -> String {
        "\(Party.displayLabel(at: p)) (\(c.parties.indices.contains(p) ? c.parties[p].name : "-"))"
    }

    static func date(_ d: MufakatDomain.CalendarDate?) -> String { d.map { $0.dayMonthYear } ?? "-" }

    // MARK: Table

    static func count(_ list: ListKind, _ c: Cooperation) -> Int {
        switch list {
        case .followUps: followUpRefs(c).count
        case .tkksdReviews: c.tkksdReviews?.count ?? 0
        case .renewals: c.renewals?.count ?? 0
        case .amendments: c.amendments.count
        default: 0
        }
    }

    static func columns(_ list: ListKind) -> [TableColumn] {
        switch list {
        case .followUps:
            [TableColumn("Ev.", width: .fixed(3)), TableColumn(AppText.current.editorFields.followUp, width: .flexible(3)),
             TableColumn(AppText.current.editorFields.responsibleParty, width: .flexible(2)), TableColumn(AppText.current.editorFields.deadline, width: .fixed(10)), TableColumn(AppText.current.editorFields.done, width: .fixed(10))]
        case .tkksdReviews:
            [TableColumn(AppText.current.editorFields.stage, width: .flexible(1)), TableColumn(AppText.current.editorFields.date3, width: .fixed(10)), TableColumn(AppText.current.editorFields.recommendations, width: .flexible(3))]
        case .renewals:
            [TableColumn(AppText.current.editorFields.date3, width: .fixed(10)), TableColumn(AppText.current.editorFields.added, width: .fixed(9)), TableColumn(AppText.current.editorFields.reason, width: .flexible(3))]
        case .amendments:
            [TableColumn(AppText.current.editorFields.document, width: .fixed(6)), TableColumn(AppText.current.editorFields.date3, width: .fixed(10)), TableColumn(AppText.current.editorFields.reason, width: .flexible(3))]
        default: []
        }
    }

    static func rows(_ list: ListKind, _ c: Cooperation) -> [[String]] {
        switch list {
        case .followUps:
            return followUpRefs(c).map { r in
                let f = c.implementation.evaluations[r.evaluation].followUps[r.followUp]
                return [String(r.evaluation + 1), f.action, f.owner, date(f.deadline), date(f.completedOn)]
            }
        case .tkksdReviews:
            return (c.tkksdReviews ?? []).map { [$0.stageID, date($0.date), $0.recommendation] }
        case .renewals:
            return (c.renewals ?? []).map { [date($0.date), AppText.current.editorFields.years("\($0.years)"), $0.reason] }
        case .amendments:
            return c.amendments.map { [$0.stageID, date($0.date), $0.reason] }
        default:
            return []
        }
    }

    /// Why a record cannot be added now (nil: it can).
    static func cannotAdd(_ list: ListKind, _ c: Cooperation, context: EditorContext) -> String? {
        switch list {
        case .followUps where c.implementation.evaluations.isEmpty:
            AppText.current.editorFields.followUpsComeWithEvaluationsRecord
        case .tkksdReviews where c.tkksdReviewPoints(rulebook: context.rulebook).isEmpty:
            AppText.current.editorFields.theRulebookNamesNoStageReviewed("\(c.kind.displayLabel)")
        case .renewals where c.signedOn == nil:
            AppText.current.editorFields.renewalsAreOnlyForACooperation
        case .amendments where c.signedOn == nil || amendableStages(c, rulebook: context.rulebook).isEmpty:
            AppText.current.editorFields.anAddendumOnlyChangesADocument
        default:
            nil
        }
    }

    /// Adds a record pre-filled from what is known; returns its index.
    static func add(_ list: ListKind, _ c: inout Cooperation, context: EditorContext, after index: Int?) -> Int {
        switch list {
        case .followUps:
            // A new follow-up joins the evaluation of the highlighted one, else the latest evaluation.
            let refs = followUpRefs(c)
            let e = index.flatMap { refs.indices.contains($0) ? refs[$0].evaluation : nil } ?? (c.implementation.evaluations.count - 1)
            guard c.implementation.evaluations.indices.contains(e) else { return 0 }
            c.implementation.evaluations[e].followUps.append(EvaluationFollowUp())
            let added = FollowUpRef(evaluation: e, followUp: c.implementation.evaluations[e].followUps.count - 1)
            return followUpRefs(c).firstIndex(of: added) ?? 0
        case .tkksdReviews:
            let points = c.tkksdReviewPoints(rulebook: context.rulebook)
            let stage = points.first { $0.review == nil }?.stage.id ?? points.first?.stage.id ?? ""
            c.tkksdReviews = (c.tkksdReviews ?? []) + [TKKSDReview(stageID: stage, date: context.today)]
            return c.tkksdReviews!.count - 1
        case .renewals:
            c.renewals = (c.renewals ?? []) + [Renewal(date: context.today, years: 1,
                                                       evaluationIndex: c.implementation.evaluations.indices.last)]
            return c.renewals!.count - 1
        case .amendments:
            let stage = amendableStages(c, rulebook: context.rulebook).last?.id ?? StageSection.agreement.rawValue
            var amendment = Amendment(stageID: stage, reason: "", date: context.today)
            amendment.changes = []
            c.amendments.append(amendment)
            return c.amendments.count - 1
        default:
            return 0
        }
    }

    static func remove(_ list: ListKind, _ c: inout Cooperation, at i: Int) {
        switch list {
        case .followUps:
            let refs = followUpRefs(c)
            guard refs.indices.contains(i) else { return }
            c.implementation.evaluations[refs[i].evaluation].followUps.remove(at: refs[i].followUp)
        case .tkksdReviews:
            if c.tkksdReviews?.indices.contains(i) ?? false { c.tkksdReviews!.remove(at: i) }
            if c.tkksdReviews?.isEmpty ?? false { c.tkksdReviews = nil }
        case .renewals:
            if c.renewals?.indices.contains(i) ?? false { c.renewals!.remove(at: i) }
            if c.renewals?.isEmpty ?? false { c.renewals = nil }
        case .amendments:
            if c.amendments.indices.contains(i) { c.amendments.remove(at: i) }
        default:
            break
        }
    }

    // MARK: Record forms

    static func recordGroups(_ list: ListKind, _ i: Int, cooperation c: Cooperation, context: EditorContext) -> [FieldGroup] {
        switch list {
        case .followUps: followUp(i, c)
        case .tkksdReviews: tkksdReview(i, c, context: context)
        case .renewals: renewal(i, c)
        case .amendments: amendment(i, c, context: context)
        default: []
        }
    }

    static func followUp(_ i: Int, _ c: Cooperation) -> [FieldGroup] {
        let refs = followUpRefs(c)
        guard refs.indices.contains(i) else { return [] }
        let r = refs[i]
        let base = "implementation.evaluations[\(r.evaluation)].followUps[\(r.followUp)]"
        @Sendable func edit(_ c: inout Cooperation, _ f: (inout EvaluationFollowUp) -> Void) {
            guard c.implementation.evaluations.indices.contains(r.evaluation),
                  c.implementation.evaluations[r.evaluation].followUps.indices.contains(r.followUp) else { return }
            f(&c.implementation.evaluations[r.evaluation].followUps[r.followUp])
        }
        @Sendable func read<T>(_ c: Cooperation, _ f: (EvaluationFollowUp) -> T, _ none: T) -> T {
            guard c.implementation.evaluations.indices.contains(r.evaluation),
                  c.implementation.evaluations[r.evaluation].followUps.indices.contains(r.followUp) else { return none }
            return f(c.implementation.evaluations[r.evaluation].followUps[r.followUp])
        }
        let when = date(c.implementation.evaluations[r.evaluation].date)
        return [FieldGroup(AppText.current.editorFields.followUpEvaluation("\(i + 1)", "\(r.evaluation + 1)", "\(when)"), [
            .text("\(base).action", AppText.current.editorFields.followUp, help: AppText.current.editorFields.whatIsToBeDoneFor,
                  get: { read($0, \.action, "") }, set: { c, v in edit(&c) { $0.action = v } }),
            .text("\(base).owner", AppText.current.editorFields.responsibleParty, help: AppText.current.editorFields.theRegionalAgencyOrOfficialFollowing,
                  get: { read($0, \.owner, "") }, set: { c, v in edit(&c) { $0.owner = v } }),
            .date("\(base).deadline", AppText.current.editorFields.deadline, get: { read($0, \.deadline, nil) }, set: { c, v in edit(&c) { $0.deadline = v } }),
            .date("\(base).completedOn", AppText.current.editorFields.completionDate, help: AppText.current.editorFields.leaveEmptyUntilItIsFinished,
                  get: { read($0, \.completedOn, nil) }, set: { c, v in edit(&c) { $0.completedOn = v } }),
        ])]
    }

    static func tkksdReview(_ i: Int, _ c: Cooperation, context: EditorContext) -> [FieldGroup] {
        let base = "tkksdReviews[\(i)]"
        @Sendable func edit(_ c: inout Cooperation, _ f: (inout TKKSDReview) -> Void) {
            guard c.tkksdReviews?.indices.contains(i) ?? false else { return }
            f(&c.tkksdReviews![i])
        }
        @Sendable func read<T>(_ c: Cooperation, _ f: (TKKSDReview) -> T, _ none: T) -> T {
            (c.tkksdReviews?.indices.contains(i) ?? false) ? f(c.tkksdReviews![i]) : none
        }
        let stages = c.tkksdReviewPoints(rulebook: context.rulebook).map { ($0.stage.id, $0.stage.displayName) }
        let basis = context.rulebook.tkksd?.basis ?? ""
        return [
            FieldGroup(AppText.current.editorFields.tkksdReview("\(i + 1)"), note: AppText.current.editorFields.stagesReviewedUnderTheRulebook("\(basis)"), [
                .choice("\(base).stageID", AppText.current.editorFields.reviewedDocument, options: stages,
                        get: { read($0, \.stageID, nil) }, set: { c, v in if let v { edit(&c) { $0.stageID = v } } }),
                .date("\(base).date", AppText.current.editorFields.meetingReviewDate, get: { read($0, \.date, nil) }, set: { c, v in edit(&c) { $0.date = v } }),
                .area("\(base).recommendation", AppText.current.editorFields.recommendations, rows: 3,
                      get: { read($0, \.recommendation, "") }, set: { c, v in edit(&c) { $0.recommendation = v } }),
                .yesNo("\(base).recommended", AppText.current.editorFields.recommendedToGoAhead,
                       get: { read($0, \.recommended, nil) }, set: { c, v in edit(&c) { $0.recommended = v } }),
            ]),
            FieldGroup(AppText.current.editorFields.tkksdReviewDocument("\(i + 1)"), note: AppText.current.editorFields.recommendationOrMinutesOfTheTkksd,
                        documentFields(base: "\(base).document", what: AppText.current.editorFields.tkksdRecommendation2,
                                       get: { c in read(c, \.document, nil) }, set: { c, d in edit(&c) { $0.document = d } })),
        ]
    }

    static func renewal(_ i: Int, _ c: Cooperation) -> [FieldGroup] {
        let base = "renewals[\(i)]"
        @Sendable func edit(_ c: inout Cooperation, _ f: (inout Renewal) -> Void) {
            guard c.renewals?.indices.contains(i) ?? false else { return }
            f(&c.renewals![i])
        }
        @Sendable func read<T>(_ c: Cooperation, _ f: (Renewal) -> T, _ none: T) -> T {
            (c.renewals?.indices.contains(i) ?? false) ? f(c.renewals![i]) : none
        }
        let evaluations = [(-1, AppText.current.editorFields.notRelatedToAnEvaluation)] + c.implementation.evaluations.indices.map {
            ($0, AppText.current.editorFields.evaluation("\($0 + 1)", "\(date(c.implementation.evaluations[$0].date))"))
        }
        return [
            FieldGroup(AppText.current.editorFields.renewal("\(i + 1)"), note: AppText.current.editorFields.renewalAgreedByThePartiesTaking, [
                .date("\(base).date", AppText.current.editorFields.dateOfTheRenewalAgreement, get: { read($0, \.date, nil) },
                      set: { c, v in if let v { edit(&c) { $0.date = v } } }),
                .number("\(base).years", AppText.current.editorFields.addedDurationYears, range: 1...99, get: { read($0, \.years, nil) },
                        set: { c, v in if let v { edit(&c) { $0.years = v } } }),
                .area("\(base).reason", AppText.current.editorFields.reasonForTheRenewal, rows: 3, get: { read($0, \.reason, "") }, set: { c, v in edit(&c) { $0.reason = v } }),
                .choice("\(base).evaluationIndex", AppText.current.editorFields.evaluationResultsItRestsOn, options: evaluations,
                        get: { read($0, { $0.evaluationIndex ?? -1 }, -1) },
                        set: { c, v in edit(&c) { $0.evaluationIndex = (v ?? -1) < 0 ? nil : v } }),
            ]),
            FieldGroup(AppText.current.editorFields.renewalDocumentNumber("\(i + 1)"), note: AppText.current.editorFields.eachPartyGivesItsOwnNumber2,
                        numberFields(base: "\(base).numbers", c,
                                     get: { c in read(c, \.numbers, []) }, set: { c, n in edit(&c) { $0.numbers = n } })),
        ]
    }

    static func amendment(_ i: Int, _ c: Cooperation, context: EditorContext) -> [FieldGroup] {
        let base = "amendments[\(i)]"
        @Sendable func edit(_ c: inout Cooperation, _ f: (inout Amendment) -> Void) {
            guard c.amendments.indices.contains(i) else { return }
            f(&c.amendments[i])
        }
        @Sendable func read<T>(_ c: Cooperation, _ f: (Amendment) -> T, _ none: T) -> T {
            c.amendments.indices.contains(i) ? f(c.amendments[i]) : none
        }
        let stages = amendableStages(c, rulebook: context.rulebook).map { ($0.id, $0.displayName) }
        return [
            FieldGroup(AppText.current.editorFields.addendum("\(i + 1)"), note: AppText.current.editorFields.aChangeToTheSignedDocument, [
                .choice("\(base).stageID", AppText.current.editorFields.changedDocument, options: stages,
                        get: { read($0, \.stageID, nil) }, set: { c, v in if let v { edit(&c) { $0.stageID = v } } }),
                .date("\(base).date", AppText.current.editorFields.addendumDate, get: { read($0, \.date, nil) }, set: { c, v in if let v { edit(&c) { $0.date = v } } }),
                .area("\(base).reason", AppText.current.editorFields.reasonForTheChange, rows: 3, get: { read($0, \.reason, "") }, set: { c, v in edit(&c) { $0.reason = v } }),
                .lines("\(base).changes", AppText.current.editorFields.detailsOfTheChange, help: AppText.current.editorFields.oneChangePerLineForExample,
                       rows: 3, get: { read($0, { $0.changes ?? [] }, []) }, set: { c, v in edit(&c) { $0.changes = v } }),
            ]),
            FieldGroup(AppText.current.editorFields.addendumDocumentNumber("\(i + 1)"), note: AppText.current.editorFields.eachPartyGivesItsOwnNumber3,
                        numberFields(base: "\(base).numbers", c,
                                     get: { c in read(c, { $0.numbers ?? [] }, []) }, set: { c, n in edit(&c) { $0.numbers = n } })),
        ]
    }

    // MARK: Shared fields

    /// One number field per party ("nomor naskah PIHAK PERTAMA (Kota Bogor)").
    static func numberFields(base: String, _ c: Cooperation,
                             get: @escaping @Sendable (Cooperation) -> [String],
                             set: @escaping @Sendable (inout Cooperation, [String]) -> Void) -> [FieldSpec] {
        c.parties.indices.map { p in
            .text("\(base)[\(p)]", AppText.current.editorFields.numberOf("\(partyName(c, p))"), maxLength: 120,
                  get: { c in let n = get(c); return n.indices.contains(p) ? n[p] : "" },
                  set: { c, v in
                      var n = get(c)
                      while n.count <= p { n.append("") }
                      n[p] = v
                      while n.last?.isEmpty ?? false { n.removeLast() }
                      set(&c, n)
                  })
        }
    }

    /// Nomor, tanggal and judul of a registered document; an empty one is taken away.
    static func documentFields(base: String, what: String,
                               get: @escaping @Sendable (Cooperation) -> RegisteredDocument?,
                               set: @escaping @Sendable (inout Cooperation, RegisteredDocument?) -> Void) -> [FieldSpec] {
        @Sendable func edit(_ c: inout Cooperation, _ f: (inout RegisteredDocument) -> Void) {
            var d = get(c) ?? RegisteredDocument()
            f(&d)
            set(&c, d.isRegistered || d.date != nil ? d : nil)
        }
        return [
            .text("\(base).title", AppText.current.editorFields.titleOfTheDocument("\(what)"), get: { get($0)?.title ?? "" }, set: { c, v in edit(&c) { $0.title = v } }),
            .text("\(base).number", AppText.current.editorFields.numberOfTheDocument("\(what)"), maxLength: 120, get: { get($0)?.number ?? "" }, set: { c, v in edit(&c) { $0.number = v } }),
            .date("\(base).date", AppText.current.editorFields.dateOfTheDocument("\(what)"), get: { get($0)?.date }, set: { c, v in edit(&c) { $0.date = v } }),
        ]
    }
}

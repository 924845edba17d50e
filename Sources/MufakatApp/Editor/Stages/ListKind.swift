import MufakatDomain
import MufakatServices
import MufakatStore
import TerminalUI

/// Daftar rekaman: a list of records edited as a table, one form per record.
enum ListKind: String, Sendable, Hashable {
    case financing, milestones, evaluations, reports, actionPlan
    /// After signing (see `AfterSigningLists`).
    case followUps, tkksdReviews, renewals, amendments

    /// Where the list lives in the cooperation ("financing.lines").
    var path: String {
        switch self {
        case .financing: "financing.lines"
        case .milestones: "implementation.milestones"
        case .evaluations: "implementation.evaluations"
        case .reports: "implementation.reports"
        case .actionPlan: "memorandum.actionPlan"
        case .followUps: "implementation.evaluations"
        case .tkksdReviews: "tkksdReviews"
        case .renewals: "renewals"
        case .amendments: "amendments"
        }
    }

    /// "baris pembiayaan", for messages.
    var noun: String {
        switch self {
        case .financing: AppText.current.editor.nounFinancing
        case .milestones: AppText.current.editor.nounMilestone
        case .evaluations: AppText.current.editor.nounEvaluation
        case .reports: AppText.current.editor.nounReport
        case .actionPlan: AppText.current.editor.nounActionPlan
        case .followUps: AppText.current.editor.nounFollowUp
        case .tkksdReviews: AppText.current.editor.nounTKKSDReview
        case .renewals: AppText.current.editor.nounRenewal
        case .amendments: AppText.current.editor.nounAmendment
        }
    }

    func count(_ c: Cooperation) -> Int {
        switch self {
        case .financing: c.financing.lines.count
        case .milestones: c.implementation.milestones.count
        case .evaluations: c.implementation.evaluations.count
        case .reports: c.implementation.reports.count
        case .actionPlan: c.memorandum.actionPlan.count
        case .followUps, .tkksdReviews, .renewals, .amendments: AfterSigningLists.count(self, c)
        }
    }

    var columns: [TableColumn] {
        let t = AppText.current.editor
        return switch self {
        case .financing:
            [TableColumn(t.columnYear, width: .fixed(5)), TableColumn(t.columnParty, width: .flexible(3)),
             TableColumn(t.columnAmount, width: .fixed(17), alignment: .right), TableColumn(t.columnSource, width: .flexible(1)),
             TableColumn("APBD", width: .fixed(5)), TableColumn(t.columnDescription, width: .flexible(2))]
        case .milestones:
            [TableColumn(t.columnMilestone, width: .flexible(3)), TableColumn(t.columnTarget, width: .fixed(10)), TableColumn(t.columnDone, width: .fixed(10))]
        case .evaluations:
            [TableColumn(t.columnDate, width: .fixed(10)), TableColumn(t.columnEvaluator, width: .flexible(1)), TableColumn(t.columnSummary, width: .flexible(2))]
        case .reports:
            [TableColumn(t.columnDate, width: .fixed(10)), TableColumn(t.columnTo, width: .flexible(1)), TableColumn(t.columnSummary, width: .flexible(2))]
        case .actionPlan:
            [TableColumn(t.columnActivity, width: .flexible(3)), TableColumn(t.columnParty, width: .flexible(2)), TableColumn(t.columnTime, width: .flexible(1)),
             TableColumn(t.columnFunds, width: .fixed(6))]
        case .followUps, .tkksdReviews, .renewals, .amendments:
            AfterSigningLists.columns(self)
        }
    }

    /// The rows of the list; a row may carry more cells than the 80×24 table shows (the
    /// financing planning code), which the review lists in full.
    func rows(_ c: Cooperation) -> [[String]] {
        func d(_ x: DomainDate?) -> String { x.map { $0.dayMonthYear } ?? "-" }
        switch self {
        case .financing:
            return c.financing.lines.map { l in
                let t = AppText.current.editor
                let party = c.parties.indices.contains(l.partyIndex) ? CooperationEditor.shortName(c.parties[l.partyIndex].name) : t.missingParty(l.partyIndex &+ 1)
                return [String(l.budgetYear), party, l.amount.grouped, l.source.displayLabel, l.source != .apbd ? "-" : l.budgeted ? t.yes : t.no, l.description.isEmpty ? t.notFilled : l.description, l.planningCode]
            }
        case .milestones:
            return c.implementation.milestones.map { [$0.title, d($0.due), d($0.completedOn)] }
        case .evaluations:
            return c.implementation.evaluations.map { e in
                [d(e.date), e.evaluator, e.summary.isEmpty ? (e.findings.first ?? "") : e.summary]
            }
        case .reports:
            return c.implementation.reports.map { [d($0.date), $0.recipient, $0.summary] }
        case .actionPlan:
            return c.memorandum.actionPlan.map { a in
                [a.activity, c.parties.indices.contains(a.partyIndex) ? c.parties[a.partyIndex].name : "-", a.timeline, a.funding.displayLabel]
            }
        case .followUps, .tkksdReviews, .renewals, .amendments:
            return AfterSigningLists.rows(self, c)
        }
    }

    /// Adds a record pre-filled from what is known; returns its index.
    func add(_ c: inout Cooperation, context: EditorContext, after index: Int?) -> Int {
        switch self {
        case .financing:
            // A new line continues from the highlighted one: same party, next year; else the first party, the start year.
            let base = index.flatMap { c.financing.lines.indices.contains($0) ? c.financing.lines[$0] : nil }
            let year = base.map { $0.budgetYear + 1 } ?? c.memorandum.startBudgetYear ?? c.targetYear ?? (context.today.year + 1)
            let line = FinancingLine(budgetYear: year, partyIndex: base?.partyIndex ?? 0, amount: .zero,
                                     source: base?.source ?? (c.parties.first.map { $0.type == .region } ?? true ? .apbd : .pihakKetiga),
                                     budgeted: base?.budgeted ?? false, planningCode: base?.planningCode ?? "",
                                     description: base?.description ?? "")
            c.financing.lines.append(line)
            return c.financing.lines.count - 1
        case .milestones:
            c.implementation.milestones.append(Milestone(title: ""))
            return c.implementation.milestones.count - 1
        case .evaluations:
            c.implementation.evaluations.append(Evaluation(date: context.today))
            return c.implementation.evaluations.count - 1
        case .reports:
            let recipient = ListKind.defaultReportRecipient(c, context: context)
            c.implementation.reports.append(Report(date: context.today, recipient: recipient))
            return c.implementation.reports.count - 1
        case .actionPlan:
            // A new activity continues from the highlighted one's party and its funding source.
            let base = index.flatMap { c.memorandum.actionPlan.indices.contains($0) ? c.memorandum.actionPlan[$0] : nil }
            let party = base?.partyIndex ?? 0
            let funding = base?.funding ?? (c.parties.indices.contains(party) ? FundingSource.default(for: c.parties[party].type) : .apbd)
            c.memorandum.actionPlan.append(ActionPlanItem(partyIndex: party, funding: funding))
            return c.memorandum.actionPlan.count - 1
        case .followUps, .tkksdReviews, .renewals, .amendments:
            return AfterSigningLists.add(self, &c, context: context, after: index)
        }
    }

    /// Governor for a kab/kota inside a province, the Minister otherwise (PP 28/2018 Pasal 44).
    /// The titles come from the rulebook's [reporting].
    static func defaultReportRecipient(_ c: Cooperation, context: EditorContext) -> String {
        AfterSigningService(rulebook: context.rulebook, catalogues: context.catalogues, today: context.today).defaultReportRecipient(c)
    }

    func remove(_ c: inout Cooperation, at i: Int) {
        switch self {
        case .financing: if c.financing.lines.indices.contains(i) { c.financing.lines.remove(at: i) }
        case .milestones: if c.implementation.milestones.indices.contains(i) { c.implementation.milestones.remove(at: i) }
        case .evaluations: if c.implementation.evaluations.indices.contains(i) { c.implementation.evaluations.remove(at: i) }
        case .reports: if c.implementation.reports.indices.contains(i) { c.implementation.reports.remove(at: i) }
        case .actionPlan: if c.memorandum.actionPlan.indices.contains(i) { c.memorandum.actionPlan.remove(at: i) }
        case .followUps, .tkksdReviews, .renewals, .amendments: AfterSigningLists.remove(self, &c, at: i)
        }
    }

    /// "Sudah dianggarkan dalam APBD?" is asked of a line charged to the party's own APBD only:
    /// APBN, another region's APBD, a company's own money and other sources never go to the
    /// DPRD (PP 28/2018 Pasal 6 ayat (2)).
    static func budgetedQuestion(_ base: String, source: FundingSource, get: @escaping @Sendable (Cooperation) -> Bool?,
                                 set: @escaping @Sendable (inout Cooperation, Bool?) -> Void) -> [FieldSpec] {
        guard source == .apbd else { return [] }
        return [.yesNo("\(base).budgeted", AppText.current.editorFields.alreadyBudgetedInTheApbd, help: AppText.current.editorFields.noTheCooperationNeedsTheDprd,
                       get: get, set: set)]
    }

    /// "Kode perencanaan" (Permendagri 90/2019) belongs to money spent through an APBD only: a
    /// company's own investment, APBN or other money has none, so it is not asked.
    static func planningCodeField(_ base: String, source: FundingSource, get: @escaping @Sendable (Cooperation) -> String,
                                  set: @escaping @Sendable (inout Cooperation, String) -> Void) -> [FieldSpec] {
        guard source.isRegionalBudget else { return [] }
        return [.text("\(base).planningCode", AppText.current.editorFields.planningCode, help: AppText.current.editorFields.affairFieldProgrammeActivityForExample,
                      maxLength: 40, get: get, set: set)]
    }

    /// The form of record `i`.
    func recordGroups(_ i: Int, cooperation c: Cooperation, context: EditorContext) -> [FieldGroup] {
        let base = "\(path)[\(i)]"
        switch self {
        case .followUps, .tkksdReviews, .renewals, .amendments:
            return AfterSigningLists.recordGroups(self, i, cooperation: c, context: context)
        case .financing:
            @Sendable func edit(_ c: inout Cooperation, _ f: (inout FinancingLine) -> Void) { if c.financing.lines.indices.contains(i) { f(&c.financing.lines[i]) } }
            @Sendable func read<T>(_ c: Cooperation, _ f: (FinancingLine) -> T, _ none: T) -> T { c.financing.lines.indices.contains(i) ? f(c.financing.lines[i]) : none }
            let parties = c.parties.indices.map { ($0, "\(Party.displayLabel(at: $0).capitalized) (\(c.parties[$0].name))") }
            return [FieldGroup(AppText.current.editorFields.financingLine("\(i + 1)"), [
                .number("\(base).budgetYear", AppText.current.editorFields.fiscalYear, range: 2000...2100, get: { read($0, \.budgetYear, nil) },
                        set: { c, v in if let v { edit(&c) { $0.budgetYear = v } } }),
                .choice("\(base).partyIndex", AppText.current.editorFields.partyBearingTheCost, options: parties, get: { read($0, \.partyIndex, nil) },
                        set: { c, v in if let v { let parties = c.parties; edit(&c) { $0.assign(party: v, of: parties) } } }),
                .money("\(base).amount", AppText.current.editorFields.amount, get: { read($0, \.amount, nil) }, set: { c, v in edit(&c) { $0.amount = v ?? .zero } }),
                .choice("\(base).source", AppText.current.editorFields.sourceOfFunds, options: FundingSource.allCases.map { ($0, $0.displayLabel) }, get: { read($0, \.source, nil) },
                        set: { c, v in if let v { edit(&c) { $0.take(from: v) } } }),
            ] + Self.budgetedQuestion(base, source: read(c, \.source, .apbd), get: { read($0, \.budgeted, nil) },
                                      set: { c, v in edit(&c) { $0.budgeted = v ?? false } })
              + Self.planningCodeField(base, source: read(c, \.source, .apbd), get: { read($0, \.planningCode, "") },
                                       set: { c, v in edit(&c) { $0.planningCode = v } }) + [
                .text("\(base).description", AppText.current.editorFields.description, help: AppText.current.editorFields.requiredAppearsInTheFinancingPlan, get: { read($0, \.description, "") }, set: { c, v in edit(&c) { $0.description = v } }),
            ])]
        case .milestones:
            @Sendable func edit(_ c: inout Cooperation, _ f: (inout Milestone) -> Void) { if c.implementation.milestones.indices.contains(i) { f(&c.implementation.milestones[i]) } }
            @Sendable func read<T>(_ c: Cooperation, _ f: (Milestone) -> T, _ none: T) -> T { c.implementation.milestones.indices.contains(i) ? f(c.implementation.milestones[i]) : none }
            return [FieldGroup(AppText.current.editorFields.milestone("\(i + 1)"), [
                .text("\(base).title", AppText.current.editorFields.milestoneDescription, get: { read($0, \.title, "") }, set: { c, v in edit(&c) { $0.title = v } }),
                .date("\(base).due", AppText.current.editorFields.targetDate, get: { read($0, \.due, nil) }, set: { c, v in edit(&c) { $0.due = v } }),
                .date("\(base).completedOn", AppText.current.editorFields.completionDate, get: { read($0, \.completedOn, nil) }, set: { c, v in edit(&c) { $0.completedOn = v } }),
            ])]
        case .evaluations:
            @Sendable func edit(_ c: inout Cooperation, _ f: (inout Evaluation) -> Void) { if c.implementation.evaluations.indices.contains(i) { f(&c.implementation.evaluations[i]) } }
            @Sendable func read<T>(_ c: Cooperation, _ f: (Evaluation) -> T, _ none: T) -> T { c.implementation.evaluations.indices.contains(i) ? f(c.implementation.evaluations[i]) : none }
            return [
                FieldGroup(AppText.current.editorFields.evaluation2("\(i + 1)"), [
                    .date("\(base).date", AppText.current.editorFields.evaluationDate, get: { read($0, \.date, nil) }, set: { c, v in if let v { edit(&c) { $0.date = v } } }),
                    .text("\(base).evaluator", AppText.current.editorFields.evaluator, help: AppText.current.editorFields.theTeamOrRegionalAgencyEvaluating,
                          get: { read($0, \.evaluator, "") }, set: { c, v in edit(&c) { $0.evaluator = v } }),
                    .area("\(base).summary", AppText.current.editorFields.summaryOfResults, rows: 3, get: { read($0, \.summary, "") }, set: { c, v in edit(&c) { $0.summary = v } }),
                ]),
                FieldGroup(AppText.current.editorFields.evaluationFindingsAndRecommendations("\(i + 1)"), note: AppText.current.editorFields.followUpsAreRecordedInThe, [
                    .lines("\(base).findings", AppText.current.editorFields.findings, rows: 3, get: { read($0, \.findings, []) }, set: { c, v in edit(&c) { $0.findings = v } }),
                    .lines("\(base).recommendations", AppText.current.editorFields.recommendations, rows: 3,
                           get: { read($0, \.recommendations, []) }, set: { c, v in edit(&c) { $0.recommendations = v } }),
                ]),
                FieldGroup(AppText.current.editorFields.evaluationMinutes("\(i + 1)"), note: AppText.current.editorFields.minutesOrReportOfTheEvaluation,
                           AfterSigningLists.documentFields(base: "\(base).document", what: AppText.current.editorFields.evaluationResults,
                                                            get: { c in read(c, \.document, nil) }, set: { c, d in edit(&c) { $0.document = d } })),
            ]
        case .reports:
            @Sendable func edit(_ c: inout Cooperation, _ f: (inout Report) -> Void) { if c.implementation.reports.indices.contains(i) { f(&c.implementation.reports[i]) } }
            @Sendable func read<T>(_ c: Cooperation, _ f: (Report) -> T, _ none: T) -> T { c.implementation.reports.indices.contains(i) ? f(c.implementation.reports[i]) : none }
            return [
                FieldGroup(AppText.current.editorFields.reportCoverLetter("\(i + 1)"), [
                    .date("\(base).date", AppText.current.editorFields.reportDate, get: { read($0, \.date, nil) }, set: { c, v in if let v { edit(&c) { $0.date = v } } }),
                    .text("\(base).recipient", AppText.current.editorFields.to, help: AppText.current.editorFields.theGovernorForARegencyCity,
                          get: { read($0, \.recipient, "") }, set: { c, v in edit(&c) { $0.recipient = v } }),
                    .text("\(base).letterNumber", AppText.current.editorFields.coverLetterNumber, maxLength: 120,
                          get: { read($0, \.letterNumber, "") }, set: { c, v in edit(&c) { $0.letterNumber = v } }),
                    .date("\(base).periodStart", AppText.current.editorFields.periodStart, get: { read($0, \.periodStart, nil) }, set: { c, v in edit(&c) { $0.periodStart = v } }),
                    .date("\(base).periodEnd", AppText.current.editorFields.periodEnd, get: { read($0, \.periodEnd, nil) }, set: { c, v in edit(&c) { $0.periodEnd = v } }),
                ]),
                FieldGroup(AppText.current.editorFields.reportContents("\(i + 1)"), note: AppText.current.editorFields.evaluationsWithinThisPeriodGoInto, [
                    .area("\(base).summary", AppText.current.editorFields.summaryOfImplementation, rows: 3, get: { read($0, \.summary, "") }, set: { c, v in edit(&c) { $0.summary = v } }),
                    .lines("\(base).obstacles", AppText.current.editorFields.obstaclesAndTheirResolution, rows: 3,
                           get: { read($0, \.obstacles, []) }, set: { c, v in edit(&c) { $0.obstacles = v } }),
                ]),
            ]
        case .actionPlan:
            @Sendable func edit(_ c: inout Cooperation, _ f: (inout ActionPlanItem) -> Void) { if c.memorandum.actionPlan.indices.contains(i) { f(&c.memorandum.actionPlan[i]) } }
            @Sendable func read<T>(_ c: Cooperation, _ f: (ActionPlanItem) -> T, _ none: T) -> T { c.memorandum.actionPlan.indices.contains(i) ? f(c.memorandum.actionPlan[i]) : none }
            let parties = c.parties.indices.map { ($0, "\(Party.displayLabel(at: $0).capitalized) (\(c.parties[$0].name))") }
            return [FieldGroup(AppText.current.editorFields.actionPlanActivity("\(i + 1)"), [
                .text("\(base).activity", AppText.current.editorFields.activity, get: { read($0, \.activity, "") }, set: { c, v in edit(&c) { $0.activity = v } }),
                .text("\(base).output", AppText.current.editorFields.output, get: { read($0, \.output, "") }, set: { c, v in edit(&c) { $0.output = v } }),
                .choice("\(base).partyIndex", AppText.current.editorFields.responsibleParty, options: parties, get: { read($0, \.partyIndex, nil) },
                        set: { c, v in if let v { let parties = c.parties; edit(&c) { $0.assign(party: v, of: parties) } } }),
                .text("\(base).unit", AppText.current.editorFields.responsibleUnit, get: { read($0, \.unit, "") }, set: { c, v in edit(&c) { $0.unit = v } }),
                .text("\(base).timeline", AppText.current.editorFields.implementationTime, help: AppText.current.editorFields.forExampleQuarterIiOr,
                      get: { read($0, \.timeline, "") }, set: { c, v in edit(&c) { $0.timeline = v } }),
                .choice("\(base).funding", AppText.current.editorFields.sourceOfFunds, options: FundingSource.allCases.map { ($0, $0.displayLabel) }, get: { read($0, \.funding, nil) },
                        set: { c, v in if let v { edit(&c) { $0.funding = v } } }),
            ])]
        }
    }
}

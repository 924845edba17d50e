import MufakatDocuments
import MufakatDomain
import MufakatServices
import MufakatStore
import TerminalUI

/// Pelaksanaan, penatausahaan dan pelaporan: the pages of a signed cooperation's life, in the
/// order an officer meets them: milestones, evaluations and their follow-ups, the periodic
/// report, the TKKSD reviews, renewals, amendments, and the ending (PP 28/2018 Pasal 6 ayat (1)
/// huruf h–j, Pasal 9, 22 and 44).
enum AfterSigningScreens {
    static func groups(_ c: Cooperation, context: EditorContext) -> [FieldGroup] {
        let r = context.rulebook
        let perYear = r.evaluationsPerYear(for: c)
        let recipient = ListKind.defaultReportRecipient(c, context: context)
        var groups = [
            FieldGroup(AppText.current.editorFields.implementationMilestones, list: .milestones),
            FieldGroup(AppText.current.editorFields.evaluations, note: AppText.current.editorFields.atLeastTimesInOneFiscal("\(perYear)", "\(r.reminders.evaluationBasis)"),
                       list: .evaluations),
            FieldGroup(AppText.current.editorFields.evaluationFollowUps, note: AppText.current.editorFields.eachFollowUpWithItsResponsible, list: .followUps),
            FieldGroup(AppText.current.editorFields.implementationReports, note: AppText.current.editor.reportsNote(recipient, r.reporting?.basis ?? "PP 28/2018 Pasal 44"),
                       list: .reports),
        ]
        if !c.tkksdReviewPoints(rulebook: r).isEmpty {
            groups.append(FieldGroup(AppText.current.editorFields.tkksdReviews, note: AppText.current.editor.tkksdNote(r.tkksd?.basis ?? ""), list: .tkksdReviews))
        }
        groups.append(FieldGroup(AppText.current.editorFields.renewals, note: AppText.current.editorFields.eachRenewalProducesARenewalDocument, list: .renewals))
        if !AfterSigningLists.amendableStages(c, rulebook: r).isEmpty {
            groups.append(FieldGroup(AppText.current.editorFields.addendum2, note: AppText.current.editorFields.eachChangeToASignedDocument, list: .amendments))
        }
        groups += ending(c, context: context)
        return groups
    }

    /// Pengakhiran: the ground (from the rulebook, for the kind), the date, the supporting
    /// document and the notification letter. Choosing "Belum berakhir" takes the record away.
    static func ending(_ c: Cooperation, context: EditorContext) -> [FieldGroup] {
        let grounds = context.rulebook.endingGrounds(for: c.kind).compactMap { g in
            EndRecord.Ground(rawValue: g.id).map { ($0.rawValue, "\(g.displayName) (\(g.basis))") }
        }
        let service = AfterSigningService(rulebook: context.rulebook, catalogues: context.catalogues, today: context.today)
        @Sendable func edit(_ c: inout Cooperation, _ f: (inout EndRecord) -> Void) {
            guard var e = c.ended else { return }
            f(&e)
            c.ended = e
        }
        return [
            FieldGroup(AppText.current.editorFields.endingTheCooperation, note: AppText.current.editorFields.groundsUnderPpArticleAndArticle, [
                .choice("ended.ground", AppText.current.editorFields.groundForEnding, help: AppText.current.editorFields.choosesChooseNotEndedToCancel,
                        options: [("", AppText.current.editorFields.notEnded)] + grounds,
                        get: { $0.ended?.ground.rawValue ?? "" },
                        set: { c, v in
                            guard let v, let ground = EndRecord.Ground(rawValue: v) else { c.ended = nil; return }
                            c.ended = service.endRecord(c.ended, ground: ground)
                        }),
                .date("ended.date", AppText.current.editorFields.endDate, help: AppText.current.editorFields.ifLeftEmptyTheDateThe,
                      get: { $0.ended?.date }, set: { c, v in if let v { edit(&c) { $0.date = v } } }),
                .area("ended.note", AppText.current.editorFields.remarks, rows: 2, get: { $0.ended?.note ?? "" }, set: { c, v in edit(&c) { $0.note = v } }),
            ]),
            FieldGroup(AppText.current.editorFields.endingSupportingDocument, note: AppText.current.editorFields.theTerminationAgreementCourtDecisionOr,
                       AfterSigningLists.documentFields(base: "ended.supportingDocument", what: "pendukung",
                                                        get: { $0.ended?.supportingDocument },
                                                        set: { c, d in edit(&c) { $0.supportingDocument = d } })),
            FieldGroup(AppText.current.editorFields.endingDocument, note: AppText.current.editorFields.noticeLetterFromTheHeadOf, [
                .choice("ended.instrument", AppText.current.editorFields.endingDocument2, options: EndRecord.Instrument.allCases.map { ($0, $0.displayLabel) },
                        get: { $0.ended.map { $0.instrument ?? .notification } },
                        set: { c, v in edit(&c) { $0.instrument = v == .statement ? .statement : nil } }),
                .text("ended.notificationLetter.number", AppText.current.editorFields.noticeLetterNumber, maxLength: 120,
                      get: { $0.ended?.notificationLetter?.number ?? "" },
                      set: { c, v in edit(&c) { var d = $0.notificationLetter ?? RegisteredDocument(title: DocumentKind.pengakhiran.label); d.number = v; $0.notificationLetter = d } }),
                .date("ended.notificationLetter.date", AppText.current.editorFields.noticeLetterDate,
                      get: { $0.ended?.notificationLetter?.date },
                      set: { c, v in edit(&c) { var d = $0.notificationLetter ?? RegisteredDocument(title: DocumentKind.pengakhiran.label); d.date = v; $0.notificationLetter = d } }),
                .date("ended.statementDate", AppText.current.editorFields.jointStatementDate, help: AppText.current.editorFields.onlyWhenTheDocumentIsA,
                      get: { $0.ended?.statementDate }, set: { c, v in edit(&c) { $0.statementDate = v } }),
            ]),
            FieldGroup(AppText.current.editorFields.endingJointStatementNumber, note: AppText.current.editorFields.eachPartyGivesItsOwnNumber,
                       AfterSigningLists.numberFields(base: "ended.statementNumbers", c,
                                                      get: { $0.ended?.statementNumbers ?? [] },
                                                      set: { c, n in edit(&c) { $0.statementNumbers = n.isEmpty ? nil : n } })),
        ]
    }

    /// The naskah the implementation stage can export, those with their record present.
    static func documents(_ c: Cooperation) -> [DocumentKind] {
        var out: [DocumentKind] = [.ringkasan]
        if !c.implementation.reports.isEmpty { out.append(.laporan) }
        if !(c.renewals ?? []).isEmpty { out.append(.perpanjangan) }
        if !c.amendments.isEmpty { out.append(.adendum) }
        if c.ended != nil { out.append(.pengakhiran) }
        return out
    }
}

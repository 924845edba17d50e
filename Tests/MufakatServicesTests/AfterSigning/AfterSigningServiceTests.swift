import Foundation
import MufakatDomain
import MufakatServices
import MufakatStore
import MufakatTestSupport
import Testing

/// Issue 14 part 4, one road: the records of a signed cooperation's life are use cases that the
/// screens and the CLI share, checked against the rulebook.
@Suite struct AfterSigningServiceTests {
    static let today = CalendarDate(year: 2028, month: 3, day: 1)!
    let service = AfterSigningService(rulebook: CooperationFixture.rulebook, today: AfterSigningServiceTests.today)

    @Test func anEndingTakesAGroundOfTheKindAndTodayByDefault() throws {
        let c = CooperationFixture.bogorRaya()
        let doc = RegisteredDocument(number: "180/12/2028", date: Self.today, title: "Kesepakatan pengakhiran")
        let ended = try service.end(c, ground: .mutualAgreement, document: doc, instrument: .statement)
        #expect(ended.ended?.ground == .mutualAgreement)
        #expect(ended.ended?.date == Self.today)
        #expect(ended.ended?.supportingDocument == doc)
        #expect(ended.ended?.instrument == .statement)
        #expect(ended.status(on: Self.today) == .ended)
        // The record the screens start from a picked ground is the same one.
        #expect(service.endRecord(nil, ground: .mutualAgreement) == EndRecord(ground: .mutualAgreement, date: Self.today))
    }

    @Test func anEndingIsRefusedOnAGroundTheRulebookDoesNotGiveTheKind() {
        let c = CooperationFixture.bogorRaya()
        #expect(throws: AfterSigningService.Failure.self) { try service.end(c, ground: .thirdPartyBankrupt) }
        do {
            _ = try service.end(c, ground: .thirdPartyBankrupt)
        } catch {
            #expect(error.description.contains("tidak berlaku untuk"))
        }
    }

    @Test func anUnsignedOrEndedCooperationIsRefused() throws {
        var unsigned = CooperationFixture.bogorRaya()
        unsigned.agreement.progress.status = .draft
        unsigned.memorandum.progress.status = .draft
        #expect(throws: AfterSigningService.Failure.notSigned(unsigned.id)) { try service.end(unsigned, ground: .termExpired) }
        let ended = try service.end(CooperationFixture.bogorRaya(), ground: .termExpired)
        #expect(throws: AfterSigningService.Failure.alreadyEnded(ended.id, Self.today)) { try service.end(ended, ground: .termExpired) }
    }

    @Test func evaluationsFollowUpsAndRenewalsAreAdded() throws {
        let c = CooperationFixture.bogorRaya()
        #expect(throws: AfterSigningService.Failure.noEvaluation(c.id)) {
            try service.addFollowUp(c, EvaluationFollowUp(action: "Lengkapi halte", owner: "Dinas Perhubungan"))
        }
        var out = try service.addEvaluation(c, Evaluation(date: Self.today, evaluator: "Tim evaluasi", findings: ["Halte belum lengkap"]))
        out = try service.addFollowUp(out, EvaluationFollowUp(action: "Lengkapi halte", owner: "Dinas Perhubungan", deadline: Self.today))
        out = try service.recordRenewal(out, years: 2, reason: "Hasil evaluasi baik")
        #expect(out.implementation.evaluations.count == 1)
        #expect(out.implementation.evaluations[0].followUps.map(\.action) == ["Lengkapi halte"])
        #expect(out.renewals == [Renewal(date: Self.today, years: 2, reason: "Hasil evaluasi baik", evaluationIndex: 0)])
    }

    @Test func reportsReviewsAndAmendmentsTakeTheStagesOfTheRulebook() throws {
        let c = CooperationFixture.bogorRaya()
        var out = try service.recordReport(c, Report(date: Self.today, recipient: "Gubernur Jawa Barat"))
        #expect(out.implementation.reports.map(\.recipient) == ["Gubernur Jawa Barat"])
        let reviewed = c.tkksdReviewPoints(rulebook: CooperationFixture.rulebook).map(\.stage.id)
        #expect(throws: AfterSigningService.Failure.stageNotAllowed(stage: "tidak-ada", allowed: reviewed)) {
            try service.recordTKKSDReview(c, stageID: "tidak-ada", recommendation: "Lanjut")
        }
        let first = try #require(reviewed.first)
        out = try service.recordTKKSDReview(out, stageID: first, recommendation: "Lanjut", recommended: true)
        #expect(out.tkksdReviews == [TKKSDReview(stageID: first, date: Self.today, recommendation: "Lanjut", recommended: true)])
        let amendable = service.amendableStages(c).map(\.id)
        #expect(!amendable.isEmpty)
        #expect(throws: AfterSigningService.Failure.self) { try service.recordAmendment(c, stageID: "usulan", reason: "x") }
        let stage = try #require(amendable.last)
        out = try service.recordAmendment(out, stageID: stage, reason: "Penambahan koridor", changes: ["Pasal 3 diubah"],
                                          numbers: ["1/Add", "2/Add"])
        #expect(out.amendments.last?.stageID == stage)
        #expect(out.amendments.last?.numbers == ["1/Add", "2/Add"])
        #expect(out.amendments.last?.changes == ["Pasal 3 diubah"])
    }

    @Test func theChangeIsSavedAsANewRevision() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mufakat-after-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: folder) }
        let session = try StoreSession.open(folder: folder)
        let first = try session.save(CooperationFixture.bogorRaya(), basedOn: nil)
        let stored = try session.load(id: "ks-bogor-raya-2026")
        let ended = try service.end(stored.cooperation, ground: .termExpired)
        let info = try service.save(ended, basedOn: stored.revision, in: session)
        #expect(info.revision == first.revision + 1)
        #expect(try session.load(id: "ks-bogor-raya-2026").cooperation.ended?.ground == .termExpired)
    }

    // MARK: One road for the screens: add, replace, remove

    @Test func aFollowUpWithoutOwnerOrDeadlineIsRefusedWithTheRulebookReason() throws {
        let c = try service.addEvaluation(CooperationFixture.bogorRaya(), Evaluation(date: Self.today, evaluator: "Tim"))
        do {
            _ = try service.addFollowUp(c, EvaluationFollowUp(action: "Lengkapi halte"))
            Issue.record("a follow-up with no owner and no deadline was recorded")
        } catch {
            guard case .findings(let f) = error else { Issue.record("\(error)"); return }
            #expect(Set(f.map(\.ruleID)) == [RuleID.followUpIncomplete.rawValue])
            #expect(f.map(\.path).sorted() == ["implementation.evaluations[0].followUps[0].deadline", "implementation.evaluations[0].followUps[0].owner"])
            #expect(error.description.contains("belum memiliki penanggung jawab"))
            #expect(error.description.contains("belum memiliki tenggat"))
            // The reason an officer reads names no internal field path.
            #expect(!error.description.contains("implementation."))
        }
    }

    @Test func anOldProblemElsewhereDoesNotBlockANewRecord() throws {
        var c = try service.addEvaluation(CooperationFixture.bogorRaya(), Evaluation(date: Self.today, evaluator: "Tim"))
        // A follow-up stored before the rule, without an owner.
        c.implementation.evaluations[0].followUps = [EvaluationFollowUp(action: "Lama", deadline: Self.today)]
        let out = try service.addEvaluation(c, Evaluation(date: Self.today, evaluator: "Tim kedua"))
        #expect(out.implementation.evaluations.count == 2)
        // But a new follow-up that is itself incomplete is refused.
        #expect(throws: AfterSigningService.Failure.self) {
            try service.addFollowUp(out, EvaluationFollowUp(action: "Baru", owner: "Dinas"), evaluation: 1)
        }
    }

    @Test func replaceChecksTheEditedRecordAndKeepsItsPlace() throws {
        var c = try service.addEvaluation(CooperationFixture.bogorRaya(), Evaluation(date: Self.today, evaluator: "Tim"))
        let complete = EvaluationFollowUp(action: "Lengkapi halte", owner: "Dinas Perhubungan", deadline: Self.today)
        c = try service.add(.followUp(complete, evaluation: 0), to: c)
        var edited = complete
        edited.completedOn = Self.today
        let out = try service.replace(c, at: 0, with: .followUp(edited, evaluation: 0))
        #expect(out.implementation.evaluations[0].followUps == [edited])
        edited.owner = ""
        #expect(throws: AfterSigningService.Failure.self) { try service.replace(c, at: 0, with: .followUp(edited, evaluation: 0)) }
        #expect(throws: AfterSigningService.Failure.noSuchRecord(3)) { try service.replace(c, at: 2, with: .followUp(complete, evaluation: 0)) }
        // An adendum keeps a stage it already had; changing it to one the rulebook does not name is refused.
        var old = Amendment(stageID: "usulan", reason: "Dicatat oleh rulebook lama", date: Self.today)
        c.amendments = [old]
        old.reason = "Diperbaiki"
        #expect(try service.replace(c, at: 0, with: .amendment(old)).amendments.first?.reason == "Diperbaiki")
        old.stageID = "tidak-ada"
        #expect(throws: AfterSigningService.Failure.self) { try service.replace(c, at: 0, with: .amendment(old)) }
    }

    @Test func removingAnEvaluationMovesTheRenewalsThatCiteIt() throws {
        var c = CooperationFixture.bogorRaya()
        c = try service.addEvaluation(c, Evaluation(date: Self.today, evaluator: "Pertama"))
        c = try service.addEvaluation(c, Evaluation(date: Self.today, evaluator: "Kedua"))
        c = try service.recordRenewal(c, years: 1, reason: "Baik")
        #expect(c.renewals?.first?.evaluationIndex == 1)
        let first = service.remove(.evaluation, at: 0, from: c)
        #expect(first.implementation.evaluations.map(\.evaluator) == ["Kedua"])
        #expect(first.renewals?.first?.evaluationIndex == 0)
        let second = service.remove(.evaluation, at: 1, from: c)
        #expect(second.renewals?.first?.evaluationIndex == nil)
        #expect(service.remove(.renewal, at: 0, from: c).renewals == nil)
    }

    @Test func refusalsToAddComeBeforeAnyForm() {
        var unsigned = CooperationFixture.bogorRaya()
        unsigned.agreement.progress.status = .draft
        unsigned.memorandum.progress.status = .draft
        for kind in [AfterSigningService.EntryKind.evaluation, .report, .renewal, .amendment] {
            #expect(service.refusalToAdd(kind, to: unsigned) == .notSigned(unsigned.id))
        }
        #expect(service.refusalToAdd(.followUp, to: CooperationFixture.bogorRaya()) == .noEvaluation("ks-bogor-raya-2026"))
        #expect(service.refusalToAdd(.evaluation, to: CooperationFixture.bogorRaya()) == nil)
    }

    @Test func theReportGoesToTheGovernorOfAKotaByDefault() {
        #expect(service.defaultReportRecipient(CooperationFixture.bogorRaya()) == "Gubernur Jawa Barat")
    }

    /// The screens' change of a finished stage goes through the service (one road): a signed KB
    /// reopened keeps the fingerprint it replaces and loses its own; a short reason is refused.
    @Test func reopeningASignedKBRecordsTheChangeAndAsksForANewSignature() throws {
        var c = CooperationFixture.bogorRaya()
        c.memorandum.signing.documentSHA256 = String(repeating: "a", count: 64)
        c.memorandum.signing.documentFormat = "docx"
        #expect(c.memorandum.progress.status == .done)
        let stageID = try #require(service.amendableStages(c).first { $0.section == StageSection.memorandum.rawValue }).id
        let reopened = try service.reopenStage(c, section: .memorandum, stageID: stageID, reason: "  Penyesuaian jadwal pelaksanaan  ")
        #expect(reopened.memorandum.progress.status == .draft)
        #expect(reopened.memorandum.progress.completedOn == nil)
        #expect(reopened.memorandum.signing.documentSHA256 == nil)
        #expect(reopened.memorandum.signing.documentFormat == nil)
        let amendment = try #require(reopened.amendments.last)
        #expect(amendment.stageID == stageID)
        #expect(amendment.reason == "Penyesuaian jadwal pelaksanaan")
        #expect(amendment.date == Self.today)
        #expect(amendment.previousDocumentSHA256 == String(repeating: "a", count: 64))
        #expect(throws: AfterSigningService.Failure.reasonTooShort(minimum: 10)) {
            try service.reopenStage(c, section: .memorandum, stageID: stageID, reason: " singkat  ")
        }
        DisplayLanguage.$override.withValue(.english) {
            #expect(AfterSigningService.Failure.reasonTooShort(minimum: 10).description.contains("at least 10 characters"))
        }
    }
}

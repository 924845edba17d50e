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
        out = try service.addFollowUp(out, EvaluationFollowUp(action: "Lengkapi halte", owner: "Dinas Perhubungan"))
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
}

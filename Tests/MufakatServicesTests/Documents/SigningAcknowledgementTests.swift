import Foundation
import Testing
import MufakatDocuments
import MufakatDomain
import MufakatServices
import MufakatTestSupport

/// Issue 13: a warning at signing time is shown again and must be acknowledged; an error or an
/// unfilled value still refuses outright.
@Suite struct SigningAcknowledgementTests {
    let service = DocumentService(rulebook: CooperationFixture.rulebook, profile: nil)

    /// The Bogor Raya KB, unsigned, with a 10-year term: the 5-year limit is a to_confirm warning.
    func withWarning() -> Cooperation {
        var c = CooperationFixture.bogorRaya()
        c.proposal.durationYears = 10
        c.memorandum.durationYears = 10
        c.memorandum.signing.documentSHA256 = nil
        c.memorandum.progress = StageProgress(status: .draft)
        return c
    }

    @Test func aWarningIsRefusedUntilAcknowledged() throws {
        let c = withWarning()
        let today = CooperationFixture.today
        let report = service.signingReport(c, kind: .kb, today: today)
        #expect(report.blocking.isEmpty, "\(report.blocking.map(\.text))")
        let warnings = service.signingWarnings(c, kind: .kb, today: today)
        #expect(!warnings.isEmpty)
        #expect(warnings.allSatisfy { $0.contains("dasar:") })
        let data = Data("naskah".utf8)
        let day = CooperationFixture.date("2026-04-15")
        #expect(throws: DocumentServiceError.self) {
            _ = try service.markSigned(c, kind: .kb, data: data, format: "txt", on: day, today: today)
        }
        do {
            _ = try service.markSigned(c, kind: .kb, data: data, format: "txt", on: day, today: today)
        } catch {
            guard case .warningsNotAcknowledged(_, let open) = error else { Issue.record("wrong refusal: \(error)"); return }
            #expect(open == warnings)
            #expect(error.description.contains("peringatan harus dibaca dan diakui"))
        }
        // Acknowledging only some of them is not enough.
        #expect(throws: DocumentServiceError.self) {
            _ = try service.markSigned(c, kind: .kb, data: data, format: "txt", on: day, acknowledged: Array(warnings.dropLast()), today: today)
        }
        let signed = try service.markSigned(c, kind: .kb, data: data, format: "txt", on: day, acknowledged: warnings, today: today)
        #expect(signed.memorandum.signing.documentSHA256 != nil)
    }

    @Test func anUnfilledValueRefusesEvenWhenWarningsAreAcknowledged() {
        var c = withWarning()
        c.parties[1].address = ""
        let today = CooperationFixture.today
        let warnings = service.signingWarnings(c, kind: .kb, today: today)
        do {
            _ = try service.markSigned(c, kind: .kb, data: Data("x".utf8), format: "txt", on: CooperationFixture.date("2026-04-15"),
                                       acknowledged: warnings, today: today)
            Issue.record("an incomplete KB was signed")
        } catch {
            guard case .notSignable(_, let problems) = error else { Issue.record("wrong refusal: \(error)"); return }
            #expect(problems.contains { $0.contains("Alamat kantor") && $0.contains("dasar:") })
        }
    }
}

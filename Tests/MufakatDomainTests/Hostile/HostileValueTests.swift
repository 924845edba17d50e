import Foundation
import Testing
import MufakatDomain
import MufakatTestSupport

/// Issue 20: values read from damaged files never trap in date arithmetic or indexing.
@Suite struct HostileDomainValueTests {
    @Test func addingHugeYearsOrDaysDoesNotTrap() {
        let d = CalendarDate(year: 2026, month: 1, day: 31)!
        _ = d.adding(years: Int.max)
        _ = d.adding(years: Int.min)
        _ = d.adding(days: Int.max)
        _ = d.adding(days: Int.min)
        #expect(d.adding(years: 3) == CalendarDate(year: 2029, month: 1, day: 31))
    }

    @Test func expiryOfAHugeDurationDoesNotTrap() {
        var c = CooperationFixture.bogorRaya()
        c.agreement.endDate = nil
        c.agreement.durationYears = 100_000_000_000_000_000
        _ = c.expiryDate
        #expect(ValueLimits.problems(in: c).map(\.path) == ["agreement.durationYears"])
    }

    @Test func decodingRefusesOutOfRangeValuesNamingTheField() throws {
        var c = CooperationFixture.bogorRaya()
        c.financing.lines[0].partyIndex = -1
        let data = try JSONEncoder().encode(c)
        #expect(throws: CooperationDecodingError.self) { try CooperationDecoding.decode(data) }
        do { _ = try CooperationDecoding.decode(data) } catch {
            #expect(error.path == "financing.lines[0].partyIndex")
            #expect(error.problem.contains("di luar batas"))
        }
    }

    @Test func theValidatorSurvivesANegativePartyIndex() {
        var c = CooperationFixture.bogorRaya()
        c.financing.lines[0].partyIndex = -1
        c.councilApproval.approvals = [CouncilApproval(partyIndex: -2, requestDate: CooperationFixture.date("2026-01-02"))]
        let findings = Validator.validate(c, rulebook: CooperationFixture.rulebook, catalogues: CooperationFixture.catalogues, today: CooperationFixture.today)
        #expect(findings.contains { $0.path == "financing.lines[0].partyIndex" })
        #expect(Party.label(at: -1).hasPrefix("PIHAK"))
    }

    @Test func theFixtureIsInsideEveryRange() {
        #expect(ValueLimits.problems(in: CooperationFixture.bogorRaya()).isEmpty)
    }
}

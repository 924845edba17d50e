import Foundation
import Testing
@testable import MufakatDomain

/// Issue 17: what the Domain fills into a message (the validator's placeholder words, the value
/// limits) follows the interface language: an English finding has no Indonesian label or month
/// in it and never names an internal field path.
@Suite struct EnglishFindingValuesTests {
    func validate(_ c: Cooperation) -> [Finding] {
        Validator.validate(c, rulebook: Fixture.rulebook, catalogues: Fixture.catalogues, today: Fixture.today)
    }

    func expectEnglish(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for word in ["Tanggal", "tanggal", "penandatanganan", "Perjanjian", "Kesepakatan", "PIHAK", "bernilai", "di luar batas", "Januari"] {
            #expect(!text.contains(word), "Indonesian '\(word)' in: \(text)", sourceLocation: sourceLocation)
        }
        #expect(text.range(of: #"[a-z]+\.[a-z][A-Za-z]+"#, options: .regularExpression) == nil, "dotted path in: \(text)", sourceLocation: sourceLocation)
    }

    @Test func datesOutOfOrderInEnglish() throws {
        var c = Fixture.bogorRaya()
        c.offer.letterDate = Fixture.date("2026-01-10")
        let en = try DisplayLanguage.$override.withValue(.english) { try #require(validate(c).first { $0.ruleID == "urutan-tanggal" }) }
        #expect(en.message.hasPrefix("The offer letter date (10 January 2026) is earlier than the proposal date (12 January 2026)"), "\(en.message)")
        expectEnglish(en.message)
        let id = try DisplayLanguage.$override.withValue(.indonesian) { try #require(validate(c).first { $0.ruleID == "urutan-tanggal" }) }
        #expect(id.message.hasPrefix("Tanggal surat penawaran (10 Januari 2026) lebih awal daripada tanggal usulan (12 Januari 2026)"), "\(id.message)")
    }

    @Test func pksBeforeKBInEnglish() throws {
        var c = Fixture.bogorRaya()
        c.agreement.signing.date = Fixture.date("2026-04-01")
        let en = DisplayLanguage.$override.withValue(.english) { validate(c) }
        let order = try #require(en.first { $0.ruleID == "urutan-tanggal" })
        #expect(order.message.contains("The PKS signing date (1 April 2026)") && order.message.contains("the signing date of the Joint Agreement (15 April 2026)"), "\(order.message)")
        for f in en { expectEnglish(f.message) }
    }

    @Test func valueLimitsInEnglish() throws {
        var c = Fixture.bogorRaya()
        c.agreement.durationYears = 100
        c.financing.lines[0].partyIndex = -1
        let en = DisplayLanguage.$override.withValue(.english) { ValueLimits.problems(in: c) }
        #expect(en.map(\.problem) == ["PKS duration (years) is 100, out of range; it should be 1 to 99",
                                      "party number is -1, out of range; it should be 0 to 999"])
        for p in en { expectEnglish(p.problem) }
        let id = DisplayLanguage.$override.withValue(.indonesian) { ValueLimits.problems(in: c) }
        #expect(id.first?.problem == "jangka waktu PKS (tahun) bernilai 100, di luar batas; seharusnya 1 sampai 99")
    }

    @Test func everyValidatorWordDiffersBetweenTheLanguages() {
        for (a, b) in zip(Mirror(reflecting: ValidatorText.indonesian).children, Mirror(reflecting: ValidatorText.english).children) {
            if let a = a.value as? String, let b = b.value as? String { #expect(a != b, "\(a)") }
        }
        for (a, b) in zip(Mirror(reflecting: ValueLimitsText.indonesian).children, Mirror(reflecting: ValueLimitsText.english).children) {
            if let a = a.value as? String, let b = b.value as? String { #expect(a != b, "\(a)") }
        }
    }
}

/// The RPJMD/RKPD exception's ground inside a finding follows the interface language.
@Suite struct PlanExceptionGroundLanguageTests {
    @Test func theGroundIsEnglishInEnglish() {
        #expect(DisplayLanguage.$override.withValue(.english) { PlanException.Ground.emergency.displayLabel } == "Handling an emergency")
        #expect(DisplayLanguage.$override.withValue(.indonesian) { PlanException.Ground.emergency.displayLabel } == "Penanganan keadaan darurat")
    }
}

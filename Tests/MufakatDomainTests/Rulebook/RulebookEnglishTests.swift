import Foundation
import Testing
@testable import MufakatDomain

/// The rulebook's interface texts in English (`…_en` keys): `rulebook check` refuses a text
/// without its English or with other {placeholders}, and the loaded rulebook shows the English
/// only when the interface is English.
@Suite struct RulebookEnglishTests {
    var bundled: String { RulebookLoader.bundledText() ?? "" }

    /// A warning, not an error: a region's own rulebook written before the English keys existed
    /// still loads (the Indonesian text is shown in an English interface).
    @Test func aTextWithoutItsEnglishIsAWarning() throws {
        let english = "name_en = \"Offer\"\n"
        #expect(bundled.contains(english))
        let text = bundled.replacingOccurrences(of: english, with: "")
        #expect(RulebookChecker.check(text, file: "r.toml").filter { $0.severity == .error }.isEmpty)
        let problems = RulebookChecker.check(text, file: "r.toml").filter { $0.severity == .warning && $0.message.contains("_en") }
        #expect(problems.count == 1, "\(problems.map(\.description))")
        let p = try #require(problems.first)
        #expect(p.message.contains("name_en"))
        #expect(p.location.contains("penawaran"))
        #expect(p.line == text.components(separatedBy: "\n").firstIndex(of: "name = \"Penawaran\"").map { $0 + 1 })
    }

    @Test func englishWithOtherPlaceholdersIsAnError() throws {
        let old = "message_en = \"The cooperation ends on {tanggal}, in {sisa} days."
        #expect(bundled.contains(old))
        let text = bundled.replacingOccurrences(of: old, with: "message_en = \"The cooperation ends on {date}, in {sisa} days.")
        let problems = RulebookChecker.check(text, file: "r.toml").filter { $0.severity == .error }
        #expect(problems.count == 1, "\(problems.map(\.description))")
        let p = try #require(problems.first)
        #expect(p.message.contains("{date}") && p.message.contains("{tanggal}"), "\(p.message)")
    }

    @Test func everyInterfaceTextOfTheBundledRulebookHasItsEnglish() throws {
        let rb = try RulebookLoader.load()
        for stage in rb.stages { #expect(stage.nameEn != nil && stage.summaryEn != nil, "\(stage.id)") }
        for rule in rb.rules { #expect(rule.messageEn != nil, "\(rule.id)") }
        for field in rb.stages.flatMap(\.requiredFields) { #expect(field.labelEn != nil, "\(field.path)") }
    }

    @Test func theEnglishIsShownOnlyInAnEnglishInterface() throws {
        let rb = try RulebookLoader.load()
        let offer = try #require(rb.stage("penawaran"))
        #expect(DisplayLanguage.$override.withValue(.indonesian) { offer.displayName } == "Penawaran")
        #expect(DisplayLanguage.$override.withValue(.english) { offer.displayName } == "Offer")
        // The name written into documents stays Indonesian whatever the language.
        #expect(DisplayLanguage.$override.withValue(.english) { offer.name } == "Penawaran")
    }

    @Test func validationMessagesFollowTheLanguage() throws {
        let rb = try RulebookLoader.load()
        let values = ["tanggal": "1 Januari 2027", "sisa": "30"]
        let id = DisplayLanguage.$override.withValue(.indonesian) {
            Validator.finding(.expiringSoon, path: "", values: values, rulebook: rb).message
        }
        let en = DisplayLanguage.$override.withValue(.english) {
            Validator.finding(.expiringSoon, path: "", values: values, rulebook: rb).message
        }
        #expect(id.hasPrefix("Kerja sama berakhir pada 1 Januari 2027, 30 hari lagi."))
        #expect(en.hasPrefix("The cooperation ends on 1 Januari 2027, in 30 days."))
    }

    /// Found on a walk in English: the conditions' English texts had slid one place down, so a DPRD
    /// needed for unbudgeted money read "Needed because every required partner has accepted the offer".
    /// Each condition's English says what its Indonesian says (a key word of each, both languages).
    @Test func eachConditionsEnglishMatchesItsIndonesian() throws {
        let rb = try RulebookLoader.load()
        let expected: [String: (id: String, en: String, blockedID: String, blockedEN: String)] = [
            "membebani-masyarakat": ("membebani", "burden", "membebani", "burden"),
            "pembiayaan-belum-dianggarkan": ("dianggarkan", "budget", "rencana pembiayaan", "financing plan"),
            "penawaran-diterima": ("menerima penawaran", "accepted the offer", "menerima penawaran", "accept the offer"),
            "sekretariat-bersama": ("sekretariat", "secretariat", "sekretariat", "secretariat"),
        ]
        for condition in rb.conditions {
            guard let e = expected[condition.id] else { continue }
            #expect(condition.label.contains(e.id) && (condition.labelEn ?? "").contains(e.en), "\(condition.id): \(condition.labelEn ?? "-")")
            #expect(condition.blockedReason.contains(e.blockedID) && (condition.blockedReasonEn ?? "").contains(e.blockedEN),
                    "\(condition.id): \(condition.blockedReasonEn ?? "-")")
        }
        #expect(Set(rb.conditions.map(\.id)).isSuperset(of: expected.keys))
    }
}

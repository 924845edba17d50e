import Foundation
import Testing
@testable import MufakatDomain

/// Issue 17 item 5: the mapping check's and the mapping reader's messages live in the rulebook
/// (`[[mapping_message]]`), show in English in an English interface, and `rulebook check` checks
/// their placeholders and their English.
@Suite struct MappingMessagesTests {
    static func sample(_ id: MappingMessageID) -> [String: String] {
        Dictionary(uniqueKeysWithValues: id.placeholders.map { ($0, "«\($0)»") })
    }

    @Test func everyMessageIsInTheBundledRulebookInBothLanguages() throws {
        let rb = try RulebookLoader.load()
        for id in MappingMessageID.allCases {
            let m = try #require(rb.mappingMessages.first { $0.id == id.rawValue }, "\(id.rawValue)")
            let english = try #require(m.messageEn, "\(id.rawValue)")
            #expect((m.field == nil) == (m.fieldEn == nil), "\(id.rawValue)")
            let filled = DisplayLanguage.$override.withValue(.english) { MappingMessages(rulebook: rb).text(id, Self.sample(id)) }
            #expect(filled == Validator.fill(english, Self.sample(id)), "\(id.rawValue)")
            // Every placeholder filled, none left raw ("{ ... }" is JSON written out).
            #expect(!filled.replacingOccurrences(of: "{ ... }", with: "").contains("{"), "\(id.rawValue): \(filled)")
            for p in id.placeholders { #expect(filled.contains("«\(p)»"), "\(id.rawValue) lacks {\(p)}") }
            if id != .valueIsNull { #expect(english != m.message, "\(id.rawValue)") }
        }
    }

    @Test func theValidatorSpeaksEnglishInAnEnglishInterface() throws {
        let m = RegionMapping(regionCode: "32.71", contact: Person(name: ""), entries: [
            MappingEntry(affairCode: "2.15", offer: "Terminal", partnerRegions: ["32.71", "99.99"], intendedKind: .ksdpk,
                         priority: .tinggi, targetYear: 2020, inRPJMD: false, rkpdYear: 1990),
            MappingEntry(affairCode: "2.99"),
        ])
        let validator = MappingValidator(catalogues: .shared, currentYear: 2026)
        let indonesian = DisplayLanguage.$override.withValue(.indonesian) { validator.validate(m) }
        let english = DisplayLanguage.$override.withValue(.english) { validator.validate(m) }
        #expect(indonesian.map(\.rule) == english.map(\.rule))
        #expect(english.count >= 6, "\(english.map(\.rule))")
        #expect(indonesian.map(\.field) == english.map(\.field), "the stable field names do not follow the language")
        let text = english.map { "\($0.displayField) \($0.message)" }.joined(separator: "\n")
        for word in ["urusan", "daerah", "tahun", "mitra", "kosong", "belum", "petugas"] {
            #expect(!text.lowercased().contains(word), "'\(word)' in \(text)")
        }
        #expect(text.contains("Kota Bogor, affair 2.15") && text.contains("Partner region") && text.contains("target year 2020 has passed"), "\(text)")
        #expect(indonesian.contains { $0.message.contains("tahun target 2020 sudah lewat; isi tahun 2026") })
    }

    @Test func theReaderSpeaksEnglishAndNamesFieldsByLabel() throws {
        let bad = Data(#"{"regionCode": "32.71", "entries": [{"affairCode": "2.15", "targetYear": "x"}]}"#.utf8)
        func problem() -> String {
            do { _ = try MappingJSONReader.parse(bad, path: "m.json"); return "" } catch { return error.problem }
        }
        let id = DisplayLanguage.$override.withValue(.indonesian) { problem() }
        let en = DisplayLanguage.$override.withValue(.english) { problem() }
        #expect(id == "bukan pemetaan yang sah: isian Tahun target (baris 1) berjenis salah", "\(id)")
        #expect(en == "not a valid mapping: field Target year (row 1) has the wrong type", "\(en)")
        for text in [id, en] { #expect(!text.contains("entries") && !text.contains("targetYear")) }
        func listProblem() -> String {
            do { _ = try MappingJSONReader.parse(Data("[1]".utf8), path: "m.json"); return "" } catch { return error.problem }
        }
        let notJSON = DisplayLanguage.$override.withValue(.english) { listProblem() }
        #expect(notJSON == "item 1 is not a mapping object { ... }.")
    }

    @Test func aWrongPlaceholderFailsTheCheck() throws {
        let bundled = try #require(RulebookLoader.bundledText())
        #expect(RulebookChecker.check(bundled, file: "rulebook.toml").filter { $0.severity == .error }.isEmpty)
        let old = "message = \"tahun target {tahun} sudah lewat; isi tahun {tahun_ini} atau sesudahnya.\""
        #expect(bundled.contains(old))
        let wrong = bundled.replacingOccurrences(of: old, with: "message = \"tahun target {tahun} sudah lewat; isi tahun {tahun_kini} atau sesudahnya.\"")
        let errors = RulebookChecker.check(wrong, file: "r.toml").filter { $0.severity == .error }
        #expect(errors.contains { $0.message.contains("{tahun_kini}") && $0.location.contains("mapping_message") }, "\(errors.map(\.description))")
        let englishOld = "message_en = \"target year {tahun} has passed; enter {tahun_ini} or later.\""
        #expect(bundled.contains(englishOld))
        let wrongEnglish = bundled.replacingOccurrences(of: englishOld, with: "message_en = \"target year {year} has passed; enter {tahun_ini} or later.\"")
        #expect(!RulebookChecker.check(wrongEnglish, file: "r.toml").filter { $0.severity == .error && $0.message.contains("{year}") }.isEmpty)
    }

    @Test func aMessageWithoutEnglishIsAWarning() throws {
        let bundled = try #require(RulebookLoader.bundledText())
        let english = "message_en = \"partner {kode} is listed more than once.\"\n"
        #expect(bundled.contains(english))
        let problems = RulebookChecker.check(bundled.replacingOccurrences(of: english, with: ""), file: "r.toml")
        #expect(problems.filter { $0.severity == .error }.isEmpty)
        #expect(problems.contains { $0.severity == .warning && $0.message.contains("message_en") && $0.location.contains("mapping_message") })
    }
}

import Testing
import MufakatDomain
@testable import MufakatDocuments

/// Official documents stay Indonesian whatever the interface language: a KB rendered with English
/// chosen is byte-identical to the one rendered in Indonesian (a Nota for the ministry fixture).
@Suite struct DocumentLanguageTests {
    static func render(_ fixture: String, _ language: DisplayLanguage) throws -> String {
        let f = try #require(Fixtures.all.first { $0.name == fixture })
        return try DisplayLanguage.$override.withValue(language) {
            let naskah = try NaskahBuilder(rulebook: Fixtures.rulebook, letterhead: f.letterhead).build(f.cooperation.kind == .notaKesepakatan ? .nota : .kb, for: f.cooperation)
            let missing = naskah.missingFields.map { "\($0.path)\t\($0.label)" }.joined(separator: "\n")
            return MarkdownRenderer().render(naskah) + "\n---\n" + PlainTextRenderer().render(naskah) + "\n---\n" + missing
        }
    }

    @Test(arguments: Fixtures.all.map(\.name))
    func aKBIsTheSameIndonesianTextWhenEnglishIsChosen(_ fixture: String) throws {
        let indonesian = try Self.render(fixture, .indonesian)
        #expect(indonesian.contains("PIHAK PERTAMA"))
        #expect(Array(try Self.render(fixture, .english).utf8) == Array(indonesian.utf8))
    }
}

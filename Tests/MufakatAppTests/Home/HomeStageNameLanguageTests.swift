import MufakatDomain
import Testing
@testable import MufakatApp

/// A stage the rulebook adds for a kind (the KSDLL's "Surat Pernyataan Minat" …) is named in
/// the interface language on the home list: the rulebook's `name_en` in English (the English
/// home showed "Surat Per…" and "Penandata…").
@Suite struct HomeStageNameLanguageTests {
    @Test func aRulebookStageIsNamedInTheInterfaceLanguage() throws {
        let abroad = WalkedExamples.all(referenceDate: Fixture.today).filter { $0.kind == .ksdll || $0.kind == .ksdpl }
        try #require(!abroad.isEmpty)
        let english = DisplayLanguage.$override.withValue(.english) { Harness(items: abroad).program.home.all.map(\.stageName) }
        let indonesian = DisplayLanguage.$override.withValue(.indonesian) { Harness(items: abroad).program.home.all.map(\.stageName) }
        let names = Dictionary(uniqueKeysWithValues: Fixture.rulebook.stages.map { ($0.name, $0.nameEn) })
        // At least one of them waits at a stage of the rulebook's own (not a fixed section).
        #expect(indonesian.contains { names[$0] != nil && names[$0]! != nil })
        for (id, en) in zip(indonesian, english) {
            if let translated = names[id] ?? nil { #expect(en == translated, "\(id) shown as \(en) in English") }
        }
    }
}

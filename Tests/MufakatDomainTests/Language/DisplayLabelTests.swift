import Testing
@testable import MufakatDomain

/// Screens read `displayLabel` (interface language); documents read `label` (always Indonesian).
@Suite struct DisplayLabelTests {
    /// Every case has an English display label different from its Indonesian one (or, for an
    /// acronym such as "KSDPK", one that is not an Indonesian word), and `label` stays Indonesian.
    static func check<T: CaseIterable>(_ type: T.Type, label: (T) -> String, display: (T) -> String,
                                       sameAllowed: Set<String> = []) {
        for value in T.allCases {
            let id = DisplayLanguage.$override.withValue(.indonesian) { label(value) }
            let idDisplay = DisplayLanguage.$override.withValue(.indonesian) { display(value) }
            let en = DisplayLanguage.$override.withValue(.english) { display(value) }
            let labelInEnglish = DisplayLanguage.$override.withValue(.english) { label(value) }
            #expect(idDisplay == id, "\(value): Indonesian display label is the label")
            #expect(labelInEnglish == id, "\(value): label must stay Indonesian in English mode")
            #expect(!en.isEmpty && (en != id || sameAllowed.contains(id)), "\(value): no English display label")
        }
    }

    @Test func cooperationKinds() {
        Self.check(CooperationKind.self, label: \.label, display: \.displayLabel, sameAllowed: ["KSDPK", "KSDPL", "KSDLL"])
        #expect(DisplayLanguage.$override.withValue(.english) { CooperationKind.ksddWajib.displayLabel } == "Mandatory KSDD")
    }

    @Test func fundingSources() { Self.check(FundingSource.self, label: \.label, display: \.displayLabel, sameAllowed: ["APBD", "APBN"]) }
    @Test func offerResponses() { Self.check(OfferResponse.self, label: \.label, display: \.displayLabel) }
    @Test func stageStatuses() { Self.check(StageStatus.self, label: \.label, display: \.displayLabel) }
    @Test func legalForms() { Self.check(LegalForm.self, label: \.label, display: \.displayLabel) }
    @Test func initiators() { Self.check(Initiator.self, label: \.label, display: \.displayLabel) }
    @Test func endingInstruments() { Self.check(EndRecord.Instrument.self, label: \.label, display: \.displayLabel) }
    @Test func mappingImportOutcomes() {
        Self.check(MappingImportOutcome.self, label: \.label, display: \.displayLabel)
        #expect(DisplayLanguage.$override.withValue(.english) { MappingImportOutcome.added.displayLabel } == "new")
    }

    @Test func partyLabels() {
        for i in 0..<12 {
            let id = Party.label(at: i)
            #expect(DisplayLanguage.$override.withValue(.indonesian) { Party.displayLabel(at: i) } == id)
            #expect(DisplayLanguage.$override.withValue(.english) { Party.label(at: i) } == id)
            let en = DisplayLanguage.$override.withValue(.english) { Party.displayLabel(at: i) }
            #expect(en.contains("PARTY") && !en.contains("PIHAK"), "\(i): \(en)")
        }
        #expect(DisplayLanguage.$override.withValue(.english) { Party.displayLabel(at: 0) } == "FIRST PARTY")
        #expect(DisplayLanguage.$override.withValue(.english) { Party.displayLabel(at: 10) } == "PARTY 11")
    }

    @Test func datesOnScreensFollowTheLanguageButDocumentsStayIndonesian() throws {
        let date = try #require(CalendarDate(year: 2016, month: 6, day: 15))
        #expect(DisplayLanguage.$override.withValue(.english) { DisplayDate.long(date) } == "15 June 2016")
        #expect(DisplayLanguage.$override.withValue(.indonesian) { DisplayDate.long(date) } == "15 Juni 2016")
        #expect(DisplayLanguage.$override.withValue(.english) { IndonesianDate.long(date) } == "15 Juni 2016")
        #expect(DisplayDate.englishMonthNames.count == 12)
    }
}

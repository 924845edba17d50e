import Testing
import MufakatDomain
@testable import MufakatApp

/// "Muat contoh" shows real-looking parties: no "Contoh" placeholder in a party's name, its
/// representative or its representative's title (issue 14, item 6).
@Suite struct ExamplePartiesTests {
    @Test func noExampleOfTheOwnRegionNamesAPlaceholderParty() {
        let made = ExampleCooperations.make(profile: ExampleCooperations.defaultProfile, context: Fixture.context)
        #expect(made.count == 4)
        let all = made + WalkedExamples.all(referenceDate: Fixture.context.today, catalogues: Fixture.context.catalogues)
        let found = all.flatMap { c in
            c.parties.flatMap { [$0.name, $0.representative.name, $0.representative.title, $0.address] }
                .filter { $0.lowercased().contains("contoh") }.map { "\(c.id): \($0)" }
        }
        #expect(found.isEmpty, "\(found)")
    }
}

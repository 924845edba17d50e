import Foundation
import Testing
@testable import MufakatDomain

@Suite struct MappingDemoTests {
    let today = CalendarDate(year: 2026, month: 3, day: 2)!

    @Test func sameSeedSameMappingDifferentSeedsDifferentRegions() {
        let r = MappingDemo.suggestedRegion(seed: 1)
        #expect(MappingDemo.generate(region: r, seed: 1, today: today) == MappingDemo.generate(region: r, seed: 1, today: today))
        let regions = (0..<8).map { MappingDemo.suggestedRegion(seed: UInt64($0)).code }
        #expect(Set(regions).count == 8)
        #expect(Set(regions.map { Catalogues.shared.regions[$0]!.provinceCode }) == ["32"])
        #expect(MappingDemo.suggestedRegion(seed: 8).provinceCode == "33")
    }

    @Test func realisticContent() throws {
        let r = try #require(Catalogues.shared.regions["32.71"])
        let m = MappingDemo.generate(region: r, seed: 42, today: today)
        #expect((7...12).contains(m.entries.count))
        #expect(!m.contact.name.isEmpty)
        #expect(m.contact.nip?.count == 18)
        #expect(m.contactEmail == "kerjasama@bogor.go.id")
        for e in m.entries {
            #expect(e.hasOffer || e.hasNeed)
            #expect((2026...2029).contains(e.targetYear ?? 0))
            for p in e.partnerRegions { #expect(Catalogues.shared.regions[p]?.provinceCode == "32") }
        }
    }

    @Test func demoStoresOfOneProvinceProduceMatches() {
        let ms = (0..<3).map { s in MappingDemo.generate(region: MappingDemo.suggestedRegion(seed: UInt64(s)), seed: UInt64(s), today: today) }
        #expect(!MatchFinder(catalogues: .shared).find(in: ms).isEmpty)
    }

    @Test func jsonRoundTripAndLenientDecoding() throws {
        let m = MappingDemo.generate(region: MappingDemo.suggestedRegion(seed: 5), seed: 5, today: today)
        let data = try JSONEncoder().encode(m)
        #expect(try JSONDecoder().decode(RegionMapping.self, from: data) == m)
        let minimal = #"{"schemaVersion":1,"regionCode":"32.71","contact":{"name":"","title":""},"entries":[{"affairCode":"1.03","offer":"IPA"}]}"#
        let decoded = try JSONDecoder().decode(RegionMapping.self, from: Data(minimal.utf8))
        #expect(decoded.entries[0].offer == "IPA")
        #expect(decoded.entries[0].partnerRegions.isEmpty)
    }
}

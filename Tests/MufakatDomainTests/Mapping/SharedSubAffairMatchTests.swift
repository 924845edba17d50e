import Testing
@testable import MufakatDomain

/// Persampahan sits under 1.03 and 2.11 in the Lampiran of UU 23/2014: a TPA need filed under one
/// meets an offer filed under the other, once, and the reason says where each was mapped.
@Suite struct SharedSubAffairMatchTests {
    @Test func aTPANeedUnder103MeetsAnOfferUnder211() {
        let offer = RegionMapping(regionCode: "35.07", entries: [MappingEntry(affairCode: "2.11", subAffairID: "persampahan-kabkota-lh", offer: "TPA regional")])
        let need = RegionMapping(regionCode: "35.73", entries: [MappingEntry(affairCode: "1.03", subAffairID: "persampahan-kabkota", need: "Pemrosesan akhir sampah")])
        let matches = MatchFinder(catalogues: .shared).find(in: [offer, need])
        #expect(matches.count == 1)
        #expect(matches.first?.affairCode == "1.03")
        #expect(matches.first?.regionCodes == ["35.07", "35.73"])
        #expect(matches.first?.reasons.contains { $0.contains("memetakannya pada urusan 2.11") } == true)
        #expect(MappingGaps.find(mappings: [offer, need], matches: matches, catalogues: .shared).isEmpty)
    }

    @Test func twoEntriesUnder211MeetOnceUnder211() {
        let offer = RegionMapping(regionCode: "35.07", entries: [MappingEntry(affairCode: "2.11", subAffairID: "persampahan-kabkota-lh", offer: "TPA regional")])
        let need = RegionMapping(regionCode: "35.73", entries: [MappingEntry(affairCode: "2.11", subAffairID: "persampahan-kabkota-lh", need: "TPA")])
        let matches = MatchFinder(catalogues: .shared).find(in: [offer, need])
        #expect(matches.map(\.affairCode) == ["2.11"])
    }
}

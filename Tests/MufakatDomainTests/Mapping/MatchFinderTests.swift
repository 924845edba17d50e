import Testing
@testable import MufakatDomain

@Suite struct MatchFinderTests {
    let catalogues = Catalogues.shared

    /// The answer key, worked out by hand from the scoring rules:
    /// offer↔need 30, mutual naming 40, one-way naming 15, same province 10,
    /// wajib group 30 + 10 + size + 20 when the group holds both an offer and a need.
    @Test func fiveRegionsGiveTheKnownMatchesInRankOrder() {
        let matches = MatchFinder(catalogues: catalogues).find(in: FiveRegions.mappings)
        let got = matches.map { "\($0.affairCode) \($0.regionCodes.joined(separator: ">")) \($0.score)" }
        #expect(got == [
            "2.15 32.71>32.76 80",        // B offers, C needs, they name each other
            "3.26 36.03>31 70",           // D offers, E needs, across provinces, mutual
            "2.15 32.01>32.71>32.76 63",  // A, B, C all list Perhubungan as KSDD wajib in Jawa Barat
            "2.15 32.71>32.01 55",        // B offers, A needs and names B
            "1.03 32.01>32.71 40",        // A's TPA for B
            "1.03 32.01>32.76 40",        // A's TPA for C
            "2.11 31>32.76 40",           // C and E name each other, neither needs
            "1.03 32.01>36.03 30",        // no offer in Banten: the strongest offer elsewhere
        ])
        // Kesehatan: two offers, no need: nothing.
        #expect(!matches.contains { $0.affairCode == "1.02" })
    }

    @Test func kindsReasonsAndSuggestedKind() throws {
        let matches = MatchFinder(catalogues: catalogues).find(in: FiveRegions.mappings)
        let top = try #require(matches.first)
        #expect(top.kinds == [.offerNeed, .mutualPartners])
        #expect(top.suggestedKind == .ksddSukarela)
        #expect(top.reason.contains("potensi Kota Bogor (Terminal tipe A) menjawab kebutuhan Kota Depok (Integrasi trayek)"))
        #expect(top.reason.contains("saling mencantumkan"))
        let group = try #require(matches.first { $0.isGroup })
        #expect(group.kinds == [.sameProvinceWajib])
        #expect(group.suggestedKind == .ksddWajib)
        #expect(group.reason.contains("3 daerah di Provinsi Jawa Barat"))
        let oneWay = try #require(matches.first { $0.id == "2.15:32.71+32.01" })
        #expect(oneWay.reason.contains("Kabupaten Bogor mencantumkan Kota Bogor sebagai calon mitra"))
    }

    @Test func distantOffersCanBeSwitchedOff() {
        let matches = MatchFinder(catalogues: catalogues, distantOffersPerNeed: 0).find(in: FiveRegions.mappings)
        #expect(!matches.contains { $0.id == "1.03:32.01+36.03" })
        #expect(matches.count == 7)
    }

    @Test func twoWajibRegionsMakeAWajibPair() throws {
        let ms = [
            RegionMapping(regionCode: "32.71", entries: [MappingEntry(affairCode: "1.03", offer: "IPA", intendedKind: .ksddWajib, priority: .tinggi, targetYear: 2030)]),
            RegionMapping(regionCode: "32.01", entries: [MappingEntry(affairCode: "1.03", need: "Air baku", intendedKind: .ksddWajib, priority: .tinggi, targetYear: 2031)]),
        ]
        let matches = MatchFinder(catalogues: catalogues).find(in: ms)
        let m = try #require(matches.first)
        #expect(matches.count == 1)
        #expect(m.regionCodes == ["32.71", "32.01"])
        #expect(m.kinds == [.offerNeed, .sameProvinceWajib])
        #expect(m.suggestedKind == .ksddWajib)
        #expect(m.targetYear == 2031)
        #expect(m.reason.contains("semua pihak memberi prioritas tinggi"))
    }

    @Test func exchangeBothWaysScoresAboveOneWay() throws {
        let ms = [
            RegionMapping(regionCode: "32.71", entries: [MappingEntry(affairCode: "3.26", offer: "Kebun raya", need: "Wisata alam")]),
            RegionMapping(regionCode: "32.01", entries: [MappingEntry(affairCode: "3.26", offer: "Wisata alam Puncak", need: "Promosi kota")]),
        ]
        let m = try #require(MatchFinder(catalogues: catalogues).find(in: ms).first)
        #expect(m.score == 70)
        #expect(m.reason.hasPrefix("saling melengkapi"))
    }

    @Test func unknownRegionsAndAffairsAreIgnored() {
        let ms = FiveRegions.mappings + [
            RegionMapping(regionCode: "99.99", entries: [MappingEntry(affairCode: "1.03", offer: "x")]),
            RegionMapping(regionCode: "31.71", entries: [MappingEntry(affairCode: "1.03", offer: "x")]),
            RegionMapping(regionCode: "32.75", entries: [MappingEntry(affairCode: "9.99", need: "x")]),
        ]
        let matches = MatchFinder(catalogues: catalogues).find(in: ms)
        #expect(matches.allSatisfy { !$0.regionCodes.contains("99.99") && !$0.regionCodes.contains("31.71") })
        #expect(matches.count == 8)
    }

    @Test func draftCooperationCarriesPartiesAffairKindAndYear() throws {
        var ms = FiveRegions.mappings
        ms[0].entries[1].indicativeBudget = Rupiah(500_000_000)
        ms[0].entries[1].targetYear = 2027
        let matches = MatchFinder(catalogues: catalogues).find(in: ms)
        let m = try #require(matches.first { $0.id == "2.15:32.71+32.01" })
        let coop = m.draftCooperation(id: "ks-perhubungan", catalogues: catalogues, mappings: ms)
        #expect(coop.parties.map(\.regionCode) == ["32.71", "32.01"])
        #expect(coop.parties[0].representative.title == "Wali Kota Bogor")
        #expect(coop.affairCode == "2.15")
        #expect(coop.kind == .ksddSukarela)
        #expect(coop.targetYear == 2027)
        #expect(coop.title == "Kerja Sama Urusan Perhubungan antara Kota Bogor dan Kabupaten Bogor")
        #expect(coop.financing.lines.count == 1)
        #expect(coop.financing.lines.first?.partyIndex == 1)
        #expect(coop.financing.lines.first?.budgetYear == 2027)
        #expect(coop.proposal.indicativeCost == Rupiah(500_000_000))
    }

    /// A whole province's meeting yields a matrix column per region and matches (speed at
    /// national scale is measured by the benchmark, not here).
    @Test func provincialMeetingScale() {
        let today = CalendarDate(year: 2026, month: 3, day: 2)!
        let mappings = catalogues.regions.all.filter { $0.autonomous && $0.provinceCode == "35" }.enumerated().map {
            MappingDemo.generate(region: $0.element, seed: UInt64($0.offset), catalogues: catalogues, today: today)
        }
        let matrix = MappingMatrix(mappings: mappings, catalogues: catalogues)
        #expect(matrix.columnCount == mappings.count)
        #expect(MatchFinder(catalogues: catalogues).find(in: mappings).count > 10)
    }
}

@Suite struct MatchFinderSubAffairTests {
    @Test func offersMeetNeedsOfTheSameSubAffairOnly() {
        let ms = [
            RegionMapping(regionCode: "32.71", entries: [MappingEntry(affairCode: "1.03", subAffairID: "air-minum-kabkota", offer: "IPA")]),
            RegionMapping(regionCode: "32.01", entries: [MappingEntry(affairCode: "1.03", subAffairID: "persampahan-kabkota", need: "TPA")]),
            RegionMapping(regionCode: "32.76", entries: [MappingEntry(affairCode: "1.03", subAffairID: "air-minum-kabkota", need: "Air curah")]),
            RegionMapping(regionCode: "32.75", entries: [MappingEntry(affairCode: "1.03", need: "Apa saja dari PU")]),
        ]
        let ids = MatchFinder(catalogues: .shared).find(in: ms).map(\.id).sorted()
        // Kota Bogor's water meets Depok's water need and Bekasi's whole-affair need, not Kab. Bogor's waste need.
        #expect(ids == ["1.03:32.71+32.75", "1.03:32.71+32.76"])
    }
}

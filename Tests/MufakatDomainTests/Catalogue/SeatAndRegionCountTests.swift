import Testing
@testable import MufakatDomain

@Suite struct SeatAndRegionCountTests {
    @Test func seatsOfKabupatenNotNamedAfterTheirSeat() throws {
        let c = try Catalogues.loadBundled()
        #expect(c.seats.seat(of: c.regions["33.22"]!) == "Ungaran")   // Kabupaten Semarang
        #expect(c.seats.seat(of: c.regions["32.01"]!) == "Cibinong")   // Kabupaten Bogor
        #expect(c.seats.seat(of: c.regions["32.04"]!) == "Soreang")    // Kabupaten Bandung
        #expect(c.seats.seat(of: c.regions["32"]!) == "Bandung")       // Jawa Barat
        #expect(c.seats.seat(of: c.regions["32.71"]!) == "Bogor")      // Kota Bogor: its own name
        #expect(c.seats["33.22"]?.source.isEmpty == false)
    }

    @Test func everyProvinceHasASeatAndEverySeatARegion() throws {
        let c = try Catalogues.loadBundled()
        for p in c.regions.provinces { #expect(c.seats[p.code] != nil, "ibu kota \(p.name)") }
        #expect(c.seats.count >= 38 + 100)
    }

    @Test func oneCountOfRegionsWithItsReason() throws {
        let c = try Catalogues.loadBundled()
        #expect(c.regions.countSentence == "552 daerah, 6 di antaranya bukan daerah otonom")
        #expect(c.regions.all.filter(\.autonomous).count == 546)
    }

    @Test func jakartaCarriesItsNameUnderUU2Of2024() throws {
        let c = try Catalogues.loadBundled()
        #expect(c.regions["31"]?.name == "Daerah Khusus Jakarta")
        #expect(!c.regions.all.contains { $0.name.contains("Ibukota") })
    }

    /// Checked row by row (issue 18): corrections, doubts marked, and every kabupaten whose seat
    /// is not its name covered (the checks below are a sample across the islands).
    @Test func seatsCheckedRowByRow() throws {
        let c = try Catalogues.loadBundled()
        #expect(c.seats.seat(of: c.regions["33.08"]!) == "Kota Mungkid")     // Kabupaten Magelang
        #expect(c.seats.seat(of: c.regions["73.13"]!) == "Sengkang")         // Kabupaten Wajo
        #expect(c.seats.seat(of: c.regions["81.01"]!) == "Masohi")           // Kabupaten Maluku Tengah
        #expect(c.seats.seat(of: c.regions["75.01"]!) == "Limboto")          // Kabupaten Gorontalo
        #expect(c.seats["36.04"]?.toConfirm == true)                         // Kabupaten Serang: Ciruas
        #expect(c.seats["33.22"]?.toConfirm == false)
        #expect(c.seats.count >= 38 + 300)
    }

    @Test func aSeatDoubtMustBeYaOrTidak() throws {
        #expect(throws: CatalogueError.self) { _ = try SeatCatalogue(csv: "kode,ibukota,sumber,perlu_konfirmasi\n33.22,Ungaran,UU,mungkin\n") }
        let seats = try SeatCatalogue(csv: "kode,ibukota,sumber,perlu_konfirmasi\n33.22,Ungaran,UU,ya\n")
        #expect(seats["33.22"]?.toConfirm == true)
    }

    @Test func aSeatRowWithoutSourceIsRefused() {
        #expect(throws: CatalogueError.self) { _ = try SeatCatalogue(csv: "kode,ibukota,sumber\n33.22,Ungaran,\n") }
    }
}

@Suite struct FinancingHelperTests {
    func line(_ year: Int, _ party: Int, _ amount: Int64) -> FinancingLine {
        FinancingLine(budgetYear: year, partyIndex: party, amount: Rupiah(amount)!, planningCode: "1.03.05.2.01", description: "Layanan sampah")
    }

    @Test func repeatOverFiveYearsCopiesEverythingButTheYear() {
        var plan = FinancingStage(lines: [line(2027, 1, 500)])
        #expect(plan.repeatLine(at: 0, years: 5) == 5)
        #expect(plan.lines.map(\.budgetYear) == [2027, 2028, 2029, 2030, 2031, 2032])
        #expect(plan.lines.allSatisfy { $0.partyIndex == 1 && $0.amount.value == 500 && $0.description == "Layanan sampah" && $0.planningCode == "1.03.05.2.01" })
    }

    @Test func repeatLeavesAYearThePartyAlreadyHas() {
        var plan = FinancingStage(lines: [line(2027, 0, 500), line(2029, 0, 900)])
        #expect(plan.repeatLine(at: 0, years: 3) == 2)
        #expect(plan.lines.first { $0.budgetYear == 2029 }?.amount.value == 900)
    }

    @Test func splitFortyThirtyFiveTwentyFiveAddsUpExactly() {
        var plan = FinancingStage()
        let amounts = plan.split(total: Rupiah(1_000_000_001)!, percents: [40, 35, 25], template: line(2027, 0, 0))
        #expect(amounts?.map(\.value) == [400_000_001, 350_000_000, 250_000_000])
        #expect(plan.lines.map(\.partyIndex) == [0, 1, 2])
        #expect(plan.lines.reduce(Int64(0)) { $0 + $1.amount.value } == 1_000_000_001)
        #expect(plan.lines.allSatisfy { $0.budgetYear == 2027 && $0.description == "Layanan sampah" })
    }

    @Test func splitRefusesSharesThatDoNotMakeAHundred() {
        var plan = FinancingStage()
        #expect(plan.split(total: Rupiah(100)!, percents: [40, 35], template: line(2027, 0, 0)) == nil)
        #expect(plan.lines.isEmpty)
    }

    @Test func splitUpdatesAnExistingLineOfThatYearAndParty() {
        var plan = FinancingStage(lines: [line(2027, 1, 5)])
        _ = plan.split(total: Rupiah(100)!, percents: [50, 50], template: line(2027, 0, 0))
        #expect(plan.lines.count == 2)
        #expect(plan.lines.map(\.amount.value) == [50, 50])
    }

    @Test func linesSortByYearThenParty() {
        var plan = FinancingStage(lines: [line(2028, 0, 1), line(2027, 2, 2), line(2027, 0, 3)])
        plan.sortLines()
        #expect(plan.lines.map(\.amount.value) == [3, 2, 1])
    }

    @Test func sharesAreReadInTheUsualWays() {
        #expect(FinancingStage.parsePercents("40/35/25") == [40, 35, 25])
        #expect(FinancingStage.parsePercents("40% 35% 25%") == [40, 35, 25])
        #expect(FinancingStage.parsePercents("40/x") == nil)
    }
}

import Foundation
import Testing
import MufakatDomain

@Suite struct DemoGeneratorTests {
    let reference = CalendarDate(year: 2026, month: 1, day: 15)!

    @Test func theSameSeedGivesTheSameCooperations() {
        let a = Array(DemoGenerator(seed: 42, referenceDate: reference).cooperations(count: 50))
        let b = Array(DemoGenerator(seed: 42, referenceDate: reference).cooperations(count: 50))
        let c = Array(DemoGenerator(seed: 43, referenceDate: reference).cooperations(count: 50))
        #expect(a == b)
        #expect(a != c)
        // Cooperation n does not depend on how many are generated.
        #expect(DemoGenerator(seed: 42, referenceDate: reference).cooperation(number: 17) == a[16])
    }

    @Test func splitMixIsStableAcrossPlatforms() {
        var g = SplitMix64(seed: 0)
        // Reference values of SplitMix64 for seed 0.
        #expect(g.next() == 0xE220_A839_7B1D_CDAF)
        #expect(g.next() == 0x6E78_9E6A_A1B9_65F4)
    }

    @Test func theDataIsVariedAndRealistic() throws {
        let all = Array(DemoGenerator(seed: 1, referenceDate: reference).cooperations(count: 600))
        let regions = Catalogues.shared.regions
        #expect(Set(all.map(\.id)).count == all.count)
        #expect(all.allSatisfy { Cooperation.isValidID($0.id) && $0.title.hasPrefix("Kerja Sama ") })
        #expect(Set(all.map(\.kind)) == [.ksddWajib, .ksddSukarela, .ksdpk, .notaKesepakatan])
        #expect(Set(all.map(\.affairCode)).count >= 10)
        #expect(all.allSatisfy { Catalogues.shared.affairs[$0.affairCode] != nil })
        // Region parties of a KSDD are real, autonomous and from one province.
        for c in all where c.kind.isBetweenRegions {
            let found = c.parties.compactMap { $0.regionCode.flatMap { regions[$0] } }
            #expect(found.count == c.parties.count && found.allSatisfy(\.autonomous))
            #expect(Set(found.map(\.provinceCode)).count == 1, "\(c.id): \(c.parties.map(\.name))")
            let title = c.parties[0].representative.title
            #expect(!title.hasPrefix("Wali Kota Kota ") && !title.hasPrefix("Bupati Kabupaten ") && !title.hasPrefix("Gubernur Provinsi "))
        }
        // A city with the regency of the same name (Kota Malang and Kabupaten Malang).
        #expect(all.contains { c in c.parties.count == 2 && c.parties[0].name.hasPrefix("Kota ") && c.parties[1].name == "Kabupaten " + c.parties[0].name.dropFirst(5) })
        // Every stage is reached somewhere, and some have ended.
        let firstOpen = all.map { c in
            [StageSection.proposal, .offer, .memorandum, .councilApproval, .agreement, .financing, .implementation]
                .first { c.progress(of: $0).status != .done && c.progress(of: $0).status != .skipped }
        }
        for stage in [StageSection.proposal, .offer, .memorandum, .councilApproval, .agreement, .financing, .implementation] {
            #expect(firstOpen.contains(stage), "no cooperation waits at \(stage)")
        }
        #expect(all.contains { $0.ended != nil })
        // Some expire within 90 days of the reference date; some need DPRD approval for unbudgeted funds.
        #expect(all.contains { c in c.ended == nil && c.expiryDate.map { (0...90).contains(reference.days(until: $0)) } == true })
        #expect(all.contains { $0.financing.hasUnbudgetedLine && $0.councilApproval.progress.status != .skipped })
        #expect(all.contains { $0.councilApproval.progress.status == .skipped })
        // KSDPK with a company and a feasibility study; signed numbers like 180/12/KB/2025.
        #expect(all.contains { $0.kind == .ksdpk && $0.parties[1].name.hasPrefix("PT ") && $0.proposal.feasibilityStudy != nil })
        let numbers = all.flatMap { $0.memorandum.signing.numbers + $0.agreement.signing.numbers }
        #expect(!numbers.isEmpty && numbers.allSatisfy { $0.split(separator: "/").count == 4 })
        #expect(numbers.contains { $0.contains("/KB/") } && numbers.contains { $0.contains("/PKS/") })
        // Dates around 2020–2027, money positive.
        let dates = all.compactMap(\.proposal.date)
        #expect(dates.allSatisfy { (2019...2026).contains($0.year) })
        #expect(all.allSatisfy { ($0.proposal.indicativeCost?.value ?? 0) > 0 })
        // Encodes and decodes as the store will.
        let data = try JSONEncoder().encode(all[0])
        #expect(try JSONDecoder().decode(Cooperation.self, from: data) == all[0])
    }

    /// Large batches stay well-formed (speed is the benchmark's job).
    @Test func largeBatchesAreComplete() {
        let g = DemoGenerator(seed: 9, referenceDate: reference)
        var count = 0
        for c in g.cooperations(count: 2000) { count += c.parties.count > 0 ? 1 : 0 }
        #expect(count == 2000)
    }
}

/// A generated example is a cooperation an officer could have entered: no blocking finding on
/// any of them, whatever stage it has reached (31 of the demo store's 51 had one: financing that
/// did not add up to the KAK, a PKS outliving its KB, an object outside the plan with no ground,
/// a PKS signed before the DPRD decided). A signed example that the validator refuses would make
/// its own documents unexportable.
@Suite struct DemoConsistencyTests {
    let reference = CalendarDate(year: 2026, month: 1, day: 15)!
    let rulebook = try! RulebookLoader.load()

    @Test func noGeneratedCooperationHasABlockingFinding() {
        for seed: UInt64 in [1, 7] {
            for c in DemoGenerator(seed: seed, referenceDate: reference).cooperations(count: 400) {
                let errors = Validator.validate(c, rulebook: rulebook, catalogues: .shared, today: reference).filter { $0.severity == .error }
                #expect(errors.isEmpty, "seed \(seed), \(c.id): \(errors.map(\.ruleID))")
            }
        }
    }
}

import Testing
@testable import MufakatDomain

@Suite struct MappingValidatorTests {
    let validator = MappingValidator(catalogues: .shared, currentYear: 2026)

    func rules(_ m: RegionMapping) -> [String] { validator.validate(m).map(\.rule) }

    @Test func cleanMappingHasNoFindings() {
        let m = RegionMapping(regionCode: "32.71", contact: Person(name: "Budi Santoso"), entries: [
            MappingEntry(affairCode: "2.15", offer: "Terminal", partnerRegions: ["32.01"], intendedKind: .ksddSukarela,
                         priority: .sedang, targetYear: 2026, inRPJMD: true, rkpdYear: 2026),
        ])
        #expect(validator.validate(m).isEmpty)
    }

    @Test func unknownAffairCodeIsAnErrorNamingRegionAndAffair() throws {
        let m = RegionMapping(regionCode: "32.71", contact: Person(name: "Budi"), entries: [MappingEntry(affairCode: "2.99", offer: "x")])
        let f = try #require(validator.validate(m).first)
        #expect(f.rule == "urusan-tidak-dikenal")
        #expect(f.severity == .error)
        #expect(f.field == "Kode urusan")
        #expect(f.message.hasPrefix("Kota Bogor, urusan '2.99': kode urusan tidak dikenal"))
    }

    @Test func absoluteAffairIsRefusedWithItsBasis() throws {
        let m = RegionMapping(regionCode: "32.71", contact: Person(name: "Budi"), entries: [MappingEntry(affairCode: "pertahanan", offer: "x")])
        let f = try #require(validator.validate(m).first)
        #expect(f.rule == "urusan-absolut")
        #expect(f.basis == AbsoluteAffair.basis)
    }

    @Test func regionNamingItselfAsPartner() throws {
        let m = RegionMapping(regionCode: "32.71", contact: Person(name: "Budi"), entries: [
            MappingEntry(affairCode: "2.15", offer: "Terminal", partnerRegions: ["32.01", "32.71"]),
        ])
        let f = try #require(validator.validate(m).first)
        #expect(f.rule == "mitra-diri-sendiri")
        #expect(f.severity == .error)
        #expect(f.field == "Calon mitra daerah")
        #expect(f.message == "Kota Bogor, urusan 2.15 Perhubungan: daerah mencantumkan dirinya sendiri sebagai calon mitra; hapus kode 32.71 dari calon mitra.")
    }

    @Test func targetYearInThePast() throws {
        let m = RegionMapping(regionCode: "32.01", contact: Person(name: "Ahmad"), entries: [
            MappingEntry(affairCode: "1.03", need: "TPA", targetYear: 2025),
            MappingEntry(affairCode: "1.02", need: "RS", targetYear: 2026),
        ])
        let findings = validator.validate(m)
        #expect(findings.map(\.rule) == ["tahun-target-lampau"])
        #expect(findings[0].affairCode == "1.03")
        #expect(findings[0].message.contains("tahun target 2025 sudah lewat; isi tahun 2026 atau sesudahnya"))
    }

    @Test func otherChecks() {
        #expect(rules(RegionMapping(regionCode: "99.99", contact: Person(name: "X"), entries: [MappingEntry(affairCode: "1.03", offer: "x")])) == ["daerah-tidak-dikenal"])
        #expect(rules(RegionMapping(regionCode: "31.71", contact: Person(name: "X"), entries: [MappingEntry(affairCode: "1.03", offer: "x")])) == ["daerah-tidak-otonom"])
        #expect(rules(RegionMapping(regionCode: "32.71", entries: [])) == ["petugas-kosong", "pemetaan-kosong"])
        #expect(rules(RegionMapping(regionCode: "32.71", contact: Person(name: "B"), entries: [
            MappingEntry(affairCode: "1.03", offer: "x"), MappingEntry(affairCode: "1.03", need: "y"),
        ])) == ["urusan-ganda"])
        #expect(rules(RegionMapping(regionCode: "32.71", contact: Person(name: "B"), entries: [MappingEntry(affairCode: "1.03")])) == ["potensi-kebutuhan-kosong"])
        #expect(rules(RegionMapping(regionCode: "32.71", contact: Person(name: "B"), entries: [
            MappingEntry(affairCode: "1.03", offer: "x", partnerRegions: ["31.71", "00"]),
        ])) == ["mitra-tidak-otonom", "mitra-tidak-dikenal"])
        #expect(rules(RegionMapping(regionCode: "32.71", contact: Person(name: "B"), entries: [
            MappingEntry(affairCode: "1.01", subAffairID: "pendidikan-menengah", offer: "SMA"),
        ])) == ["sub-urusan-di-luar-kewenangan"])
        #expect(rules(RegionMapping(regionCode: "32.71", contact: Person(name: "B"), entries: [
            MappingEntry(affairCode: "1.02", subAffairID: "pendidikan-menengah", offer: "SMA"),
        ])) == ["sub-urusan-salah-urusan"])
        #expect(rules(RegionMapping(regionCode: "32.71", contact: Person(name: "B"), entries: [
            MappingEntry(affairCode: "1.02", offer: "x", intendedKind: .ksdpl),
        ])) == ["jenis-tidak-untuk-pemetaan"])
        #expect(rules(RegionMapping(regionCode: "32.71", contact: Person(name: "B"), entries: [
            MappingEntry(affairCode: "1.02", offer: "x", partnerRegions: ["32.01"], intendedKind: .ksdpk),
        ])) == ["jenis-tidak-cocok-mitra"])
        #expect(rules(RegionMapping(regionCode: "32.71", contact: Person(name: "B"), entries: [
            MappingEntry(affairCode: "1.02", offer: "x", priority: .tinggi, targetYear: 2027, rkpdYear: 2028),
        ])) == ["rkpd-sesudah-target"])
        #expect(rules(RegionMapping(regionCode: "32.71", contact: Person(name: "B"), entries: [
            MappingEntry(affairCode: "1.02", offer: "x", priority: .tinggi),
        ])) == ["prioritas-belum-direncanakan"])
    }

    @Test func demoMappingsAreClean() {
        let today = CalendarDate(year: 2026, month: 1, day: 5)!
        for seed: UInt64 in 0..<40 {
            let region = MappingDemo.suggestedRegion(seed: seed)
            let m = MappingDemo.generate(region: region, seed: seed, today: today)
            let errors = validator.validate(m).filter { $0.severity != .notice }
            #expect(errors.isEmpty, "seed \(seed): \(errors)")
        }
    }
}

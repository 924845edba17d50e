import Foundation

/// Pemetaan contoh: a realistic mapping for a region, the same for the same seed, so that demo
/// stores made with different seeds can be merged in a trial meeting.
public enum MappingDemo {
    /// Provinces whose regions the demo seeds walk through (seeds 0–7 fall in the first, 8–15 in
    /// the second, ...), so a handful of demo stores share a province and produce matches.
    public static let trialProvinces = ["32", "33", "35", "51", "64", "73", "12", "18"]

    /// A region for a demo store: consecutive seeds give different kab/kota of one province.
    public static func suggestedRegion(seed: UInt64, catalogues: Catalogues = .shared) -> Region {
        let provinces = trialProvinces.filter { catalogues.regions[$0] != nil }
        let province = provinces.isEmpty ? catalogues.regions.provinces[0].code
                                         : provinces[Int((seed / 8) % UInt64(provinces.count))]
        let members = catalogues.regions.members(ofProvince: province).filter(\.autonomous)
        guard !members.isEmpty else { return catalogues.regions[province] ?? catalogues.regions.all[0] }
        var stride = 7
        while gcd(stride, members.count) != 1 { stride += 1 }
        let index = (Int(seed % 8) * stride + Int((seed / 8) % UInt64(members.count))) % members.count
        return members[index]
    }

    /// The mapping of `region` for `seed`; target years start at `today`'s year.
    public static func generate(region: Region, seed: UInt64, catalogues: Catalogues = .shared,
                                today: CalendarDate = .today()) -> RegionMapping {
        var rng = DemoRandom(seed: seed ^ fnv1a(region.code))
        let year = today.year

        // Affairs, weighted towards those regions cooperate on most.
        let pool = catalogues.affairs.all.compactMap { a in MappingDemoPhrases.byAffair[a.code].map { (a, $0) } }
        let count = region.level == .provinsi ? rng.int(in: 8...14) : rng.int(in: 7...12)
        var chosen: [(Affair, MappingDemoPhrases.Phrases)] = []
        var remaining = pool
        while chosen.count < count && !remaining.isEmpty {
            let total = remaining.reduce(0) { $0 + $1.1.weight }
            var pick = rng.int(in: 0...(total - 1))
            var index = 0
            for (i, item) in remaining.enumerated() {
                if pick < item.1.weight { index = i; break }
                pick -= item.1.weight
            }
            chosen.append(remaining.remove(at: index))
        }
        chosen.sort { $0.0.code < $1.0.code }

        // Partners from the same province (the province itself for a kab/kota).
        let neighbours: [Region]
        if region.level == .provinsi {
            neighbours = catalogues.regions.members(ofProvince: region.code).filter(\.autonomous)
        } else {
            neighbours = ([catalogues.regions[region.provinceCode]].compactMap { $0 }
                          + catalogues.regions.members(ofProvince: region.provinceCode))
                .filter { $0.autonomous && $0.code != region.code }
        }

        var entries: [MappingEntry] = []
        for (affair, phrases) in chosen {
            var e = MappingEntry(affairCode: affair.code)
            let theme = rng.pick(phrases.themes)
            let role = rng.int(in: 0...99)
            let offers = role < 57, needs = role >= 42
            // Offering and needing the same thing is not a mapping; "both" takes another theme.
            let needTheme = offers && needs && phrases.themes.count > 1
                ? phrases.themes[(phrases.themes.firstIndex { $0.offer == theme.offer }! + 1) % phrases.themes.count] : theme
            if offers { e.offer = theme.offer }
            if needs { e.need = needTheme.need }
            if let heading = theme.subAffair, !(offers && needs && needTheme.subAffair != heading) {
                e.subAffairID = catalogues.authority.forAffair(affair.code)
                    .first { $0.subAffair == heading && $0.level.includes(region.level) }?.id
            }
            let kindRoll = rng.int(in: 0...99)
            if kindRoll < 15 {
                e.intendedKind = .ksdpk
                let forms: [LegalForm] = [.bumd, .badanUsahaSwasta, .bumn, .koperasi, .organisasiBerbadanHukum]
                e.partnerThirdParties = Array(Set((0..<rng.int(in: 1...2)).map { _ in rng.pick(forms) })).sorted { $0.rawValue < $1.rawValue }
            } else {
                e.intendedKind = kindRoll < 40 ? .ksddWajib : .ksddSukarela
                if !neighbours.isEmpty {
                    var partners: [String] = []
                    for _ in 0..<rng.int(in: 1...3) {
                        let p = rng.pick(neighbours).code
                        if !partners.contains(p) { partners.append(p) }
                    }
                    e.partnerRegions = partners.sorted()
                }
            }
            let p = rng.int(in: 0...99)
            e.priority = p < 35 ? .tinggi : p < 80 ? .sedang : .rendah
            e.targetYear = year + rng.int(in: 0...3)
            e.inRPJMD = rng.int(in: 0...99) < 40
            if e.inRPJMD && rng.int(in: 0...1) == 1 { e.rkpdYear = min(year + rng.int(in: 0...1), e.targetYear!) }
            e.indicativeBudget = Rupiah(Int64(rng.int(in: 2...100)) * 50_000_000)
            e.plannedCooperation = offers ? theme.plan : needTheme.plan
            e.notes = rng.pick(MappingDemoPhrases.notes)
            entries.append(e)
        }

        let name = rng.pick(MappingDemoPhrases.givenNames) + " " + rng.pick(MappingDemoPhrases.familyNames)
        let birth = (1970 + rng.int(in: 0...20), rng.int(in: 1...12), rng.int(in: 1...28))
        let appointed = (birth.0 + 22 + rng.int(in: 0...5), rng.int(in: 1...12))
        let nip = String(format4(birth.0)) + two(birth.1) + two(birth.2) + String(format4(appointed.0)) + two(appointed.1)
            + String(rng.int(in: 1...2)) + three(rng.int(in: 1...999))
        let unit = region.level == .provinsi
            ? "Biro Pemerintahan dan Otonomi Daerah Sekretariat Daerah \(region.fullName)"
            : "Bagian Tata Pemerintahan Sekretariat Daerah \(region.name)"
        let slug = Cooperation.slug(region.name.replacingOccurrences(of: "Kabupaten ", with: "").replacingOccurrences(of: "Kota ", with: ""))
            .replacingOccurrences(of: "-", with: "")
        let phone = "08" + String(rng.int(in: 11...59)) + "-" + four(rng.int(in: 0...9999)) + "-" + four(rng.int(in: 0...9999))
        return RegionMapping(
            regionCode: region.code,
            contact: Person(name: name, title: region.level == .provinsi ? "Kepala Bagian Kerja Sama" : "Kepala Subbagian Kerja Sama", nip: nip),
            entries: entries,
            updatedOn: today,
            contactUnit: unit,
            contactPhone: phone,
            contactEmail: "kerjasama@\(slug).go.id")
    }

    /// The mapping for a region code; nil when the code is not in the catalogue.
    public static func generate(regionCode: String, seed: UInt64, catalogues: Catalogues = .shared,
                                today: CalendarDate = .today()) -> RegionMapping? {
        catalogues.regions[regionCode].map { generate(region: $0, seed: seed, catalogues: catalogues, today: today) }
    }

    private static func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }
    private static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    private static func three(_ n: Int) -> String { String(repeating: "0", count: max(0, 3 - String(n).count)) + String(n) }
    private static func four(_ n: Int) -> String { String(repeating: "0", count: max(0, 4 - String(n).count)) + String(n) }
    private static func format4(_ n: Int) -> String { four(n) }

    /// FNV-1a: a stable hash of the region code (Swift's Hasher is seeded per process).
    static func fnv1a(_ text: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in text.utf8 { h ^= UInt64(b); h = h &* 0x0000_0100_0000_01b3 }
        return h
    }
}

/// SplitMix64 with its own range reduction, so the same seed gives the same mapping on every
/// platform and Swift version (the standard library's `random(in:using:)` does not promise that).
struct DemoRandom {
    private var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func int(in range: ClosedRange<Int>) -> Int {
        let span = UInt64(range.upperBound - range.lowerBound + 1)
        return range.lowerBound + Int(next() % span)
    }

    mutating func pick<T>(_ items: [T]) -> T { items[int(in: 0...(items.count - 1))] }
}

/// Jenis kecocokan: why two or more regions are put forward to cooperate on an affair.
public enum MatchKind: String, Codable, Sendable, CaseIterable, Comparable {
    /// Potensi bertemu kebutuhan: one region's offer meets another's need.
    case offerNeed = "potensi-kebutuhan"
    /// Saling menyebut: each names the other as a candidate partner.
    case mutualPartners = "saling-menyebut"
    /// Wajib satu provinsi: regions in one province all list the affair as KSDD wajib.
    case sameProvinceWajib = "wajib-satu-provinsi"

    public var label: String {
        switch self {
        case .offerNeed: "Potensi bertemu kebutuhan"
        case .mutualPartners: "Saling menyebut sebagai calon mitra"
        case .sameProvinceWajib: "Sama-sama KSDD wajib dalam satu provinsi"
        }
    }

    public static func < (a: MatchKind, b: MatchKind) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// Kecocokan: a candidate cooperation found in the mappings, ranked, with its reasons.
public struct MappingMatch: Codable, Sendable, Hashable, Identifiable {
    public let affairCode: String
    /// Region codes; for a one-way offer↔need pair the offering region comes first.
    public let regionCodes: [String]
    public let kinds: [MatchKind]
    /// Alasan: one Indonesian sentence per reason, strongest first.
    public let reasons: [String]
    /// Higher is stronger; used only to rank.
    public let score: Int
    /// Jenis kerja sama yang disarankan.
    public let suggestedKind: CooperationKind
    /// Latest target year named by the regions, if any.
    public let targetYear: Int?
    /// Daerah pemberi potensi: the region whose offer the others need (one-way offer↔need
    /// matches and groups built around one offer); nil otherwise.
    public var offeringRegion: String?

    /// "2.15:32.01+32.71".
    public var id: String { affairCode + ":" + regionCodes.joined(separator: "+") }
    /// The reasons in one line.
    public var reason: String { reasons.joined(separator: "; ") }
    public var isGroup: Bool { regionCodes.count > 2 }

    public init(affairCode: String, regionCodes: [String], kinds: [MatchKind], reasons: [String], score: Int,
                suggestedKind: CooperationKind, targetYear: Int?, offeringRegion: String? = nil) {
        self.affairCode = affairCode; self.regionCodes = regionCodes; self.kinds = kinds; self.reasons = reasons
        self.score = score; self.suggestedKind = suggestedKind; self.targetYear = targetYear
        self.offeringRegion = offeringRegion
    }

    /// Ranking order: score, then affair, then regions, so equal inputs give equal lists.
    public static func ranked(_ a: MappingMatch, _ b: MappingMatch) -> Bool {
        if a.score != b.score { return a.score > b.score }
        if a.affairCode != b.affairCode { return a.affairCode < b.affairCode }
        return a.regionCodes.lexicographicallyPrecedes(b.regionCodes)
    }
}

/// Pencarian kecocokan: for each affair, the pairs and groups of regions worth putting together.
///
/// Work is kept near-linear for a national meeting (552 regions × 32 affairs): mappings are
/// indexed by affair and, inside an affair, by province; an offer is paired with a need only
/// inside the province, when either region names the other, or (for a need nobody nearby can
/// meet) with the `distantOffersPerNeed` strongest offers elsewhere.
public struct MatchFinder: Sendable {
    public let catalogues: Catalogues
    /// How many offers from other provinces to suggest for a need that none in its province meets.
    public var distantOffersPerNeed: Int

    public init(catalogues: Catalogues, distantOffersPerNeed: Int = 3) {
        self.catalogues = catalogues; self.distantOffersPerNeed = distantOffersPerNeed
    }

    /// One region's stance on one affair, merged over its entries (sub-affairs).
    private struct Stance {
        let region: Int
        var offer: String = ""
        var need: String = ""
        var wajib = false
        var weight = 0
        var planned = false
        var targetYear: Int?
        var partners: Set<Int> = []
        /// Sub-affair headings of the offers and needs; `...Any` when an entry covers the whole affair.
        var offerTopics: Set<String> = []
        var offerAny = false
        var needTopics: Set<String> = []
        var needAny = false
        /// `offer` and `need` cut for reason lines (once per stance, not once per pair).
        var offerQuote = ""
        var needQuote = ""
        /// Whether the region mapped this very affair (not only a shared sub-affair heading of another).
        var genuine = false
        /// The affair a borrowed entry was mapped under ("2.11" for persampahan under Lingkungan Hidup).
        var borrowedFrom: String?
        var hasOffer: Bool { !offer.isEmpty }
        var hasNeed: Bool { !need.isEmpty }

        /// Whether this region's offer can meet `other`'s need: same sub-affair heading (air minum
        /// with air minum, not with persampahan), or either side maps the affair as a whole.
        func offerMeets(_ other: Stance) -> Bool {
            offerAny || other.needAny || !offerTopics.isDisjoint(with: other.needTopics)
        }
    }

    private struct PairKey: Hashable { let affair: Int32; let a: Int32; let b: Int32 }

    private struct PairFacts {
        var aOffersB = false
        var bOffersA = false
        var aNamesB = false
        var bNamesA = false
        var wajibPair = false
    }

    public func find(in mappings: [RegionMapping]) -> [MappingMatch] {
        // Regions with a usable mapping, in catalogue order; later duplicates of a region win.
        var byCode: [String: RegionMapping] = [:]
        for m in mappings { byCode[m.regionCode] = m }
        var regions: [Region] = []
        var regionMappings: [RegionMapping] = []
        for (code, m) in byCode {
            guard let r = catalogues.regions[code], r.autonomous else { continue }
            regions.append(r); regionMappings.append(m)
        }
        let order = regions.indices.sorted { MappingMatrix.catalogueOrder(regions[$0], regions[$1]) }
        regions = order.map { regions[$0] }
        regionMappings = order.map { regionMappings[$0] }
        var regionIndex: [String: Int] = [:]
        for (i, r) in regions.enumerated() { regionIndex[r.code] = i }

        let affairs = catalogues.affairs.all
        var affairIndex: [String: Int] = [:]
        for (i, a) in affairs.enumerated() { affairIndex[a.code] = i }

        var subAffairHeadings: [String: String] = [:]
        for row in catalogues.authority.all { subAffairHeadings[row.id] = row.subAffair }

        // Index: affair -> region -> stance.
        var stances = [[Int: Stance]](repeating: [:], count: affairs.count)
        // A sub-affair heading that the Lampiran of UU 23/2014 puts under two affairs (Persampahan
        // under 1.03 and 2.11) meets across them: an entry under the other affair also stands,
        // marked as borrowed, under the lowest affair carrying the heading.
        var headingAffairs: [String: String] = [:]
        var sharedHeadings = Set<String>()
        for row in catalogues.authority.all {
            if let known = headingAffairs[row.subAffair], known != row.affairCode { sharedHeadings.insert(row.subAffair) }
            headingAffairs[row.subAffair] = min(headingAffairs[row.subAffair] ?? row.affairCode, row.affairCode)
        }
        for (ri, m) in regionMappings.enumerated() {
            for e in m.entries {
                guard let ai = affairIndex[e.affairCode] else { continue }
                let topic = e.subAffairID.flatMap { subAffairHeadings[$0] }
                func add(to ai: Int, borrowed: Bool) {
                    var s = stances[ai][ri] ?? Stance(region: ri)
                    if borrowed { s.borrowedFrom = s.borrowedFrom ?? e.affairCode } else { s.genuine = true }
                    if e.hasOffer {
                        s.offer = s.offer.isEmpty ? e.offer : s.offer + "; " + e.offer
                        if let topic { s.offerTopics.insert(topic) } else { s.offerAny = true }
                    }
                    if e.hasNeed {
                        s.need = s.need.isEmpty ? e.need : s.need + "; " + e.need
                        if let topic { s.needTopics.insert(topic) } else { s.needAny = true }
                    }
                    if e.intendedKind == .ksddWajib { s.wajib = true }
                    s.weight = max(s.weight, e.priority?.weight ?? 0)
                    if e.isPlanned { s.planned = true }
                    if let y = e.targetYear { s.targetYear = max(s.targetYear ?? y, y) }
                    for p in e.partnerRegions { if let pi = regionIndex[p], pi != ri { s.partners.insert(pi) } }
                    stances[ai][ri] = s
                }
                add(to: ai, borrowed: false)
                if let topic, sharedHeadings.contains(topic), let home = headingAffairs[topic], home != e.affairCode, let hi = affairIndex[home] {
                    add(to: hi, borrowed: true)
                }
            }
        }

        for ai in stances.indices {
            for key in stances[ai].keys {
                stances[ai][key]!.offerQuote = Self.quote(stances[ai][key]!.offer)
                stances[ai][key]!.needQuote = Self.quote(stances[ai][key]!.need)
            }
        }
        let names = regions.map(\.fullName)
        let provinceNames = regions.map { catalogues.regions[$0.provinceCode]?.name ?? $0.provinceCode }
        let context = Context(regions: regions, names: names, provinceNames: provinceNames)

        var matches: [MappingMatch] = []
        for (ai, affairStances) in stances.enumerated() where affairStances.count >= 2 {
            var pairs: [PairKey: PairFacts] = [:]
            func update(_ x: Int, _ y: Int, _ change: (inout PairFacts, Bool) -> Void) {
                let key = PairKey(affair: Int32(ai), a: Int32(min(x, y)), b: Int32(max(x, y)))
                change(&pairs[key, default: PairFacts()], x < y)
            }

            // Partner naming (only between regions that both mapped this affair).
            for (ri, s) in affairStances {
                for pi in s.partners where affairStances[pi] != nil {
                    update(ri, pi) { f, forward in if forward { f.aNamesB = true } else { f.bNamesA = true } }
                }
            }

            // Province buckets.
            var byProvince: [String: [Int]] = [:]
            for ri in affairStances.keys.sorted() { byProvince[regions[ri].provinceCode, default: []].append(ri) }

            // Offers ranked for the distant suggestions.
            let offerers = affairStances.values.filter(\.hasOffer)
                .sorted { $0.weight != $1.weight ? $0.weight > $1.weight : $0.region < $1.region }.map(\.region)

            for (_, members) in byProvince {
                for n in members where affairStances[n]!.hasNeed {
                    var metNearby = false
                    for o in members where o != n && affairStances[o]!.hasOffer && affairStances[o]!.offerMeets(affairStances[n]!) {
                        update(o, n) { f, forward in if forward { f.aOffersB = true } else { f.bOffersA = true } }
                        metNearby = true
                    }
                    for o in affairStances[n]!.partners where affairStances[o]?.hasOffer == true && affairStances[o]!.offerMeets(affairStances[n]!) {
                        update(o, n) { f, forward in if forward { f.aOffersB = true } else { f.bOffersA = true } }
                        metNearby = true
                    }
                    if !metNearby && distantOffersPerNeed > 0 {
                        var taken = 0
                        for o in offerers where o != n && regions[o].provinceCode != regions[n].provinceCode
                            && affairStances[o]!.offerMeets(affairStances[n]!) {
                            update(o, n) { f, forward in if forward { f.aOffersB = true } else { f.bOffersA = true } }
                            taken += 1
                            if taken == distantOffersPerNeed { break }
                        }
                    }
                }
                // Offers to regions that name the offerer (either way round) across provinces.
                for o in members where affairStances[o]!.hasOffer {
                    for n in affairStances[o]!.partners where affairStances[n]?.hasNeed == true && affairStances[o]!.offerMeets(affairStances[n]!) {
                        update(o, n) { f, forward in if forward { f.aOffersB = true } else { f.bOffersA = true } }
                    }
                }
            }

            // KSDD wajib groups inside a province.
            for province in byProvince.keys.sorted() {
                let wajib = byProvince[province]!.filter { affairStances[$0]!.wajib }
                guard wajib.contains(where: { affairStances[$0]!.genuine }) else { continue }
                if wajib.count == 2 {
                    update(wajib[0], wajib[1]) { f, _ in f.wajibPair = true }
                } else if wajib.count > 2 {
                    matches.append(group(affair: affairs[ai], members: wajib, stances: affairStances, context: context))
                }
            }

            for (key, facts) in pairs {
                if let m = pair(affair: affairs[ai], key: key, facts: facts, stances: affairStances, context: context) {
                    matches.append(m)
                }
            }
        }
        // Sort light keys, not the matches (moving whole matches costs more than finding them).
        let ranking = matches.indices.sorted { MappingMatch.ranked(matches[$0], matches[$1]) }
        return ranking.map { matches[$0] }
    }

    /// Names looked up once per search.
    private struct Context {
        let regions: [Region]
        let names: [String]
        let provinceNames: [String]
    }

    private func pair(affair: Affair, key: PairKey, facts f: PairFacts, stances: [Int: Stance], context: Context) -> MappingMatch? {
        let a = stances[Int(key.a)]!, b = stances[Int(key.b)]!
        let ra = context.regions[a.region], rb = context.regions[b.region]
        let na = context.names[a.region], nb = context.names[b.region]
        let mutual = f.aNamesB && f.bNamesA
        guard f.aOffersB || f.bOffersA || mutual || f.wajibPair else { return nil }
        // Two borrowed stances meet under their own affair already.
        guard a.genuine || b.genuine else { return nil }
        var kinds: [MatchKind] = []
        var reasons: [String] = []
        var score = 0
        if f.aOffersB && f.bOffersA {
            kinds.append(.offerNeed)
            score += 60
            reasons.append("saling melengkapi: potensi \(na) (\(a.offerQuote)) menjawab kebutuhan \(nb) (\(b.needQuote)), dan potensi \(nb) (\(b.offerQuote)) menjawab kebutuhan \(na) (\(a.needQuote))")
        } else if f.aOffersB || f.bOffersA {
            kinds.append(.offerNeed)
            score += 30
            let (o, n) = f.aOffersB ? (a, b) : (b, a)
            reasons.append("potensi \(context.names[o.region]) (\(o.offerQuote)) menjawab kebutuhan \(context.names[n.region]) (\(n.needQuote))")
        }
        if mutual {
            kinds.append(.mutualPartners)
            score += 40
            reasons.append("kedua daerah saling mencantumkan sebagai calon mitra")
        } else if f.aNamesB || f.bNamesA {
            score += 15
            let (x, y) = f.aNamesB ? (na, nb) : (nb, na)
            reasons.append("\(x) mencantumkan \(y) sebagai calon mitra")
        }
        if f.wajibPair {
            kinds.append(.sameProvinceWajib)
            score += 30
            let province = context.provinceNames[a.region]
            reasons.append("keduanya di Provinsi \(province) memetakan urusan ini sebagai KSDD wajib; pastikan wilayahnya berbatasan (PP 28/2018 Pasal 3 ayat (2))")
        } else if ra.provinceCode == rb.provinceCode {
            score += 10
            let province = context.provinceNames[a.region]
            reasons.append("berada dalam satu provinsi (\(province))")
        }
        score += Self.commonBonus([a, b], reasons: &reasons)
        for x in [a, b] where !x.genuine {
            if let from = x.borrowedFrom {
                reasons.append("\(context.names[x.region]) memetakannya pada urusan \(from) dengan sub urusan yang sama (UU 23/2014 Lampiran)")
            }
        }
        let codes: [String]
        if kinds.first == .offerNeed && !(f.aOffersB && f.bOffersA) && f.bOffersA {
            codes = [rb.code, ra.code]
        } else {
            codes = [ra.code, rb.code]
        }
        let oneWay = (f.aOffersB != f.bOffersA) ? codes.first : nil
        return MappingMatch(affairCode: affair.code, regionCodes: codes, kinds: kinds, reasons: reasons, score: score,
                            suggestedKind: f.wajibPair ? .ksddWajib : .ksddSukarela,
                            targetYear: [a.targetYear, b.targetYear].compactMap { $0 }.max(), offeringRegion: oneWay)
    }

    private func group(affair: Affair, members: [Int], stances: [Int: Stance], context: Context) -> MappingMatch {
        let ss = members.map { stances[$0]! }
        let regions = context.regions
        var reasons = ["\(members.count) daerah di Provinsi \(context.provinceNames[members[0]]) memetakan urusan ini sebagai KSDD wajib; pastikan wilayahnya berbatasan (PP 28/2018 Pasal 3 ayat (2))"]
        var score = 30 + 10 + min(members.count, 10)
        let offering = ss.filter(\.hasOffer).map { context.names[$0.region] }
        let needing = ss.filter(\.hasNeed).map { context.names[$0.region] }
        if !offering.isEmpty && !needing.isEmpty {
            score += 20
            reasons.append("potensi dari \(offering.joined(separator: ", ")) dan kebutuhan dari \(needing.joined(separator: ", "))")
        }
        score += Self.commonBonus(ss, reasons: &reasons)
        return MappingMatch(affairCode: affair.code, regionCodes: members.map { regions[$0].code }, kinds: [.sameProvinceWajib],
                            reasons: reasons, score: score, suggestedKind: .ksddWajib,
                            targetYear: ss.compactMap(\.targetYear).max())
    }

    /// Priority, planning and timing shared by all members.
    private static func commonBonus(_ ss: [Stance], reasons: inout [String]) -> Int {
        var score = 0
        let weights = ss.map(\.weight)
        score += 5 * weights.reduce(0, +) / max(ss.count / 2, 1)
        if weights.allSatisfy({ $0 == 2 }) { reasons.append("semua pihak memberi prioritas tinggi") }
        if ss.allSatisfy(\.planned) {
            score += 10
            reasons.append("sudah tercantum dalam dokumen perencanaan (RPJMD/RKPD) semua pihak")
        }
        let years = Set(ss.compactMap(\.targetYear))
        if years.count == 1 && ss.allSatisfy({ $0.targetYear != nil }) {
            score += 5
            reasons.append("tahun target sama (\(years.first!))")
        }
        return score
    }

    /// Free text quoted in a reason line, on one line and whole: a reason may end up in a KAK
    /// background, where a quote cut mid-word ("dan fasilita…") is not acceptable. Screens wrap it.
    static func quote(_ text: String) -> String {
        text.contains(where: \.isNewline) ? text.split(whereSeparator: \.isNewline).joined(separator: " ") : text
    }
}

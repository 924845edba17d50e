/// Kecocokan kelompok: turns pairs that share one offer, or regions that all name each other,
/// into one group match, so that one offer meeting two needs makes one three-party draft (with
/// the offering region's budget counted once) instead of two two-party drafts. Also labels every
/// match that crosses a province with the level of coordination it belongs to (PP 28/2018 Pasal 5).
public enum MatchGrouping {
    /// The level of technical coordination for a set of regions: provincial when they are all
    /// kabupaten/kota of one province, national otherwise (PP 28/2018 Pasal 5).
    public static func coordinationLevel(_ codes: [String], catalogues: Catalogues) -> MeetingLevel {
        let regions = codes.compactMap { catalogues.regions[$0] }
        let provinces = Set(regions.map(\.provinceCode))
        if provinces.count == 1 && regions.allSatisfy({ $0.level != .provinsi }) { return .provinsi }
        return .nasional
    }

    /// The regions' provinces in order of first appearance, when there are several.
    public static func provinces(of codes: [String], catalogues: Catalogues) -> [String] {
        var seen: [String] = []
        for c in codes { if let p = catalogues.regions[c]?.provinceCode, !seen.contains(p) { seen.append(p) } }
        return seen
    }

    /// Groups and labels `matches` (ranked as `MatchFinder` ranks them). `changes` are the
    /// facilitator's own: a split group stays as its pairs, merged matches become one group.
    public static func refine(_ matches: [MappingMatch], catalogues: Catalogues, changes: [GroupChange] = []) -> [MappingMatch] {
        let splits = changes.filter { $0.kind == .split }
        var out: [MappingMatch] = []
        var consumed = Set<String>()
        // One offer against several needs.
        var byOffer: [String: [MappingMatch]] = [:]
        var offerOrder: [String] = []
        for m in matches where m.regionCodes.count == 2 {
            guard let o = m.offeringRegion else { continue }
            // A wajib pair and a sukarela pair are different legal kinds: one draft cannot be both.
            let key = m.affairCode + "|" + o + "|" + m.suggestedKind.rawValue
            if byOffer[key] == nil { offerOrder.append(key) }
            byOffer[key, default: []].append(m)
        }
        for key in offerOrder {
            let pairs = byOffer[key]!
            guard pairs.count >= 2 else { continue }
            let regions = Set(pairs.flatMap(\.regionCodes))
            if splits.contains(where: { $0.affairCode == pairs[0].affairCode && Set($0.regionCodes) == regions }) { continue }
            out.append(offerGroup(pairs, catalogues: catalogues))
            for p in pairs { consumed.insert(p.id) }
        }
        // Regions that all name each other (three or more).
        var mutual: [String: [MappingMatch]] = [:]
        for m in matches where m.regionCodes.count == 2 && m.kinds.contains(.mutualPartners) && !consumed.contains(m.id) {
            mutual[m.affairCode, default: []].append(m)
        }
        for affair in mutual.keys.sorted() {
            for clique in cliques(mutual[affair]!) where !splits.contains(where: { $0.affairCode == affair && Set($0.regionCodes) == Set(clique) }) {
                let members = mutual[affair]!.filter { clique.contains($0.regionCodes[0]) && clique.contains($0.regionCodes[1]) }
                out.append(mutualGroup(affair: affair, regions: clique, pairs: members, catalogues: catalogues))
                for p in members { consumed.insert(p.id) }
            }
        }
        out += matches.filter { !consumed.contains($0.id) }
        for change in changes where change.kind == .merge {
            let members = out.filter { change.covers($0) }
            guard members.count >= 2 else { continue }
            out.removeAll { change.covers($0) }
            out.append(merged(members, catalogues: catalogues))
        }
        return out.map { label($0, catalogues: catalogues) }.sorted(by: MappingMatch.ranked)
    }

    /// Matches of one affair joined by the facilitator.
    static func merged(_ members: [MappingMatch], catalogues: Catalogues) -> MappingMatch {
        var regions: [String] = []
        for m in members { for r in m.regionCodes where !regions.contains(r) { regions.append(r) } }
        let names = regions.map { catalogues.regions[$0]?.fullName ?? $0 }
        var reasons = ["digabung oleh fasilitator menjadi satu kerja sama bersama (\(names.joined(separator: ", ")))"]
        for m in members { for r in m.reasons where !reasons.contains(r) { reasons.append(r) } }
        var kinds: [MatchKind] = []
        for m in members { for k in m.kinds where !kinds.contains(k) { kinds.append(k) } }
        let offerers = Set(members.compactMap(\.offeringRegion))
        return MappingMatch(affairCode: members[0].affairCode, regionCodes: regions, kinds: kinds.sorted(), reasons: reasons,
                            score: members.map(\.score).max() ?? 0,
                            suggestedKind: members.allSatisfy { $0.suggestedKind == .ksddWajib } ? .ksddWajib : .ksddSukarela,
                            targetYear: members.compactMap(\.targetYear).max(), offeringRegion: offerers.count == 1 ? offerers.first : nil)
    }

    private static func offerGroup(_ pairs: [MappingMatch], catalogues: Catalogues) -> MappingMatch {
        let offerer = pairs[0].offeringRegion!
        let needers = pairs.map { $0.regionCodes.first { $0 != offerer }! }
        let name = { (c: String) in catalogues.regions[c]?.fullName ?? c }
        var reasons = ["satu potensi \(name(offerer)) menjawab kebutuhan \(needers.count) daerah (\(needers.map(name).joined(separator: ", "))): dibahas sebagai satu kerja sama bersama, anggaran setiap pihak dihitung sekali"]
        for p in pairs { for r in p.reasons where !reasons.contains(r) { reasons.append(r) } }
        var kinds: [MatchKind] = []
        for p in pairs { for k in p.kinds where !kinds.contains(k) { kinds.append(k) } }
        let wajib = pairs.allSatisfy { $0.suggestedKind == .ksddWajib }
        return MappingMatch(affairCode: pairs[0].affairCode, regionCodes: [offerer] + needers, kinds: kinds.sorted(), reasons: reasons,
                            score: (pairs.map(\.score).max() ?? 0) + 10 * (pairs.count - 1),
                            suggestedKind: wajib ? .ksddWajib : .ksddSukarela,
                            targetYear: pairs.compactMap(\.targetYear).max(), offeringRegion: offerer)
    }

    private static func mutualGroup(affair: String, regions: [String], pairs: [MappingMatch], catalogues: Catalogues) -> MappingMatch {
        let names = regions.map { catalogues.regions[$0]?.fullName ?? $0 }
        var reasons = ["\(regions.count) daerah saling mencantumkan sebagai calon mitra (\(names.joined(separator: ", "))): dibahas sebagai satu kerja sama bersama"]
        for p in pairs { for r in p.reasons where !reasons.contains(r) && r != "kedua daerah saling mencantumkan sebagai calon mitra" { reasons.append(r) } }
        var kinds: [MatchKind] = []
        for p in pairs { for k in p.kinds where !kinds.contains(k) { kinds.append(k) } }
        return MappingMatch(affairCode: affair, regionCodes: regions, kinds: kinds.sorted(), reasons: reasons,
                            score: (pairs.map(\.score).max() ?? 0) + 10,
                            suggestedKind: pairs.allSatisfy { $0.suggestedKind == .ksddWajib } ? .ksddWajib : .ksddSukarela,
                            targetYear: pairs.compactMap(\.targetYear).max())
    }

    /// Connected sets of three or more regions in which every two name each other.
    private static func cliques(_ pairs: [MappingMatch]) -> [[String]] {
        var links: [String: Set<String>] = [:]
        var order: [String] = []
        for p in pairs {
            let a = p.regionCodes[0], b = p.regionCodes[1]
            for x in [a, b] where links[x] == nil { order.append(x); links[x] = [] }
            links[a]!.insert(b); links[b]!.insert(a)
        }
        var seen = Set<String>()
        var out: [[String]] = []
        for start in order where !seen.contains(start) {
            var component: [String] = []
            var stack = [start]
            seen.insert(start)
            while let x = stack.popLast() {
                component.append(x)
                for y in links[x]!.sorted() where seen.insert(y).inserted { stack.append(y) }
            }
            guard component.count >= 3 else { continue }
            let complete = component.allSatisfy { x in links[x]!.count == component.count - 1 }
            if complete { out.append(component.sorted()) }
        }
        return out
    }

    /// Adds the cross-province reason (once).
    static func label(_ m: MappingMatch, catalogues: Catalogues) -> MappingMatch {
        let provinces = provinces(of: m.regionCodes, catalogues: catalogues)
        guard provinces.count > 1 else { return m }
        let names = provinces.map { catalogues.regions[$0]?.name ?? $0 }
        let text = "lintas provinsi (\(names.joined(separator: " dan "))): koordinasi teknis tingkat nasional (PP 28/2018 Pasal 5)"
        guard !m.reasons.contains(text) else { return m }
        return MappingMatch(affairCode: m.affairCode, regionCodes: m.regionCodes, kinds: m.kinds, reasons: m.reasons + [text],
                            score: m.score, suggestedKind: m.suggestedKind, targetYear: m.targetYear, offeringRegion: m.offeringRegion)
    }
}

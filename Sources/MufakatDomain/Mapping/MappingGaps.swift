/// Celah pemetaan: what the meeting found no partner for. "Kebutuhan tanpa pasangan" is a need
/// that no match of its affair takes up; "Potensi tanpa peminat" is an offer nobody's match uses.
/// Both are listed in the matches screen, the minutes, the annex and the matrix workbook, so a
/// need is never lost as a lone "K" cell.
public struct MappingGap: Sendable, Hashable, Codable {
    public enum Side: String, Sendable, Hashable, Codable {
        /// Kebutuhan tanpa pasangan.
        case need = "kebutuhan"
        /// Potensi tanpa peminat.
        case offer = "potensi"
    }
    public let side: Side
    public let affairCode: String
    public let regionCode: String
    /// The region's own words (the offers or needs of its entries for the affair, joined).
    public let text: String

    public init(side: Side, affairCode: String, regionCode: String, text: String) {
        self.side = side; self.affairCode = affairCode; self.regionCode = regionCode; self.text = text
    }
}

public enum MappingGaps {
    /// Section titles, the same in every output.
    public static let needTitle = "Kebutuhan tanpa pasangan"
    public static let offerTitle = "Potensi tanpa peminat"

    /// The gaps of `mappings` given the `matches` found among them: a region's need (offer) on an
    /// affair is a gap when no match of that affair includes the region. Ordered by affair, then
    /// by region code.
    /// With `catalogues`, an entry under a sub-affair heading shared by two affairs (Persampahan)
    /// is met by a match under the other affair too, as `MatchFinder` matches them.
    public static func find(mappings: [RegionMapping], matches: [MappingMatch], catalogues: Catalogues? = nil) -> [MappingGap] {
        var inMatch = Set<String>()
        for m in matches { for r in m.regionCodes { inMatch.insert(m.affairCode + "|" + r) } }
        var headingOf: [String: String] = [:], affairsOf: [String: Set<String>] = [:]
        for row in catalogues?.authority.all ?? [] {
            headingOf[row.id] = row.subAffair
            affairsOf[row.subAffair, default: []].insert(row.affairCode)
        }
        var out: [MappingGap] = []
        for mapping in mappings {
            var needs: [String: [String]] = [:], offers: [String: [String]] = [:]
            for e in mapping.entries {
                // A shared heading's other affairs count as the entry's own for the gap check.
                let others = e.subAffairID.flatMap { headingOf[$0] }.flatMap { affairsOf[$0] }?.subtracting([e.affairCode]) ?? []
                if others.contains(where: { inMatch.contains($0 + "|" + mapping.regionCode) }) { continue }
                if e.hasNeed { needs[e.affairCode, default: []].append(e.need) }
                if e.hasOffer { offers[e.affairCode, default: []].append(e.offer) }
            }
            for (affair, texts) in needs where !inMatch.contains(affair + "|" + mapping.regionCode) {
                out.append(MappingGap(side: .need, affairCode: affair, regionCode: mapping.regionCode, text: texts.joined(separator: "; ")))
            }
            for (affair, texts) in offers where !inMatch.contains(affair + "|" + mapping.regionCode) {
                out.append(MappingGap(side: .offer, affairCode: affair, regionCode: mapping.regionCode, text: texts.joined(separator: "; ")))
            }
        }
        return out.sorted { ($0.side.rawValue, $0.affairCode, $0.regionCode) < ($1.side.rawValue, $1.affairCode, $1.regionCode) }
    }

    /// Affairs that some region offers and no region needs ("hanya potensi"), marked in the matrix.
    public static func offerOnlyAffairs(_ mappings: [RegionMapping]) -> Set<String> {
        var offered = Set<String>(), needed = Set<String>()
        for m in mappings {
            for e in m.entries {
                if e.hasOffer { offered.insert(e.affairCode) }
                if e.hasNeed { needed.insert(e.affairCode) }
            }
        }
        return offered.subtracting(needed)
    }
}

/// Jumlah P/K: how many offers (P) and needs (K) a row or a column of the matrix holds.
public struct OfferNeedCount: Sendable, Hashable {
    public var offers = 0
    public var needs = 0
    public init(offers: Int = 0, needs: Int = 0) { self.offers = offers; self.needs = needs }
    /// "2P 1K".
    public var text: String { "\(offers)P \(needs)K" }
    /// Only offers: the row of an affair no participant needs.
    public var isOfferOnly: Bool { offers > 0 && needs == 0 }
}

extension MappingMatrix {
    /// Totals of a displayed row (an affair, or a region when transposed).
    public func rowTotal(_ row: Int) -> OfferNeedCount {
        var t = OfferNeedCount()
        for c in 0..<columnCount {
            let cell = cell(row: row, column: c)
            if cell.hasOffer { t.offers += 1 }
            if cell.hasNeed { t.needs += 1 }
        }
        return t
    }

    /// Totals of a displayed column.
    public func columnTotal(_ column: Int) -> OfferNeedCount {
        var t = OfferNeedCount()
        for r in 0..<rowCount {
            let cell = cell(row: r, column: column)
            if cell.hasOffer { t.offers += 1 }
            if cell.hasNeed { t.needs += 1 }
        }
        return t
    }
}

import MufakatDomain

/// Indonesian wording shared by the mapping outputs.
enum MappingLabels {
    static func regionName(_ code: String, _ catalogues: Catalogues) -> String {
        catalogues.regions[code]?.fullName ?? code
    }

    static func partners(_ e: MappingEntry, _ catalogues: Catalogues) -> String {
        e.partnerRegions.map { regionName($0, catalogues) }.joined(separator: ", ")
    }

    static func thirdParties(_ e: MappingEntry) -> String {
        e.partnerThirdParties.map(\.label).joined(separator: ", ")
    }

    /// "RPJMD; RKPD 2026", "RPJMD", "RKPD 2027", or "Belum tercantum".
    static func planningStatus(_ e: MappingEntry) -> String {
        var parts: [String] = []
        if e.inRPJMD { parts.append("RPJMD") }
        if let y = e.rkpdYear { parts.append("RKPD \(y)") }
        return parts.isEmpty ? "Belum tercantum" : parts.joined(separator: "; ")
    }

    static func contact(_ m: RegionMapping) -> String {
        var parts: [String] = []
        if !m.contact.name.isEmpty { parts.append(m.contact.name) }
        if !m.contact.title.isEmpty { parts.append(m.contact.title) }
        if let u = m.contactUnit, !u.isEmpty { parts.append(u) }
        return parts.joined(separator: ", ")
    }

    static func contactMeans(_ m: RegionMapping) -> String {
        [m.contactPhone, m.contactEmail].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
    }

    static func subAffair(_ e: MappingEntry, _ catalogues: Catalogues) -> String {
        guard let id = e.subAffairID else { return "" }
        return catalogues.authority[id]?.description ?? id
    }

    static func cellStyle(_ kind: MatrixCellKind) -> CellStyle {
        switch kind {
        case .empty: .normal
        case .listed: .listed
        case .offer: .offer
        case .need: .need
        case .both: .both
        case .planned: .planned
        }
    }
}

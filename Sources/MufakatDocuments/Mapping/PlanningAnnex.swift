import MufakatDomain

/// Lampiran rencana kerja sama untuk RPJMD/RKPD: per region, the cooperations it plans, in the
/// column order of a planning table, so the planning agency (Bappeda) can carry them over.
public struct PlanningAnnex: Sendable, Hashable {
    public let regions: [RegionAnnex]
    public let meeting: Meeting?

    /// Column headings, in the order of a planning table.
    public static let headers = ["No", "Kode Urusan", "Urusan Pemerintahan", "Rencana Kerja Sama", "Mitra Kerja Sama",
                                 "Jenis Kerja Sama", "Tahun Target", "Pagu Indikatif (Rp)", "Status Perencanaan", "Keterangan"]

    /// Builds the annex. An entry becomes a row when it names a kind or a partner, or when the
    /// meeting agreed on a cooperation for its affair; a meeting agreement for an affair the
    /// region did not map becomes a row too. `regionCode` limits the annex to one region.
    public static func build(mappings: [RegionMapping], meeting: Meeting?, catalogues: Catalogues,
                             regionCode: String? = nil) -> PlanningAnnex {
        var out: [RegionAnnex] = []
        let chosen = mappings
            .filter { regionCode == nil || $0.regionCode == regionCode }
            .compactMap { m in catalogues.regions[m.regionCode].map { ($0, m) } }
            .sorted { ($0.0.provinceCode, $0.0.level == .provinsi ? 0 : 1, $0.0.code) < ($1.0.provinceCode, $1.0.level == .provinsi ? 0 : 1, $1.0.code) }
        for (region, mapping) in chosen {
            let agreements = (meeting?.agreements ?? []).filter { $0.regionCodes.contains(region.code) }
            var rows: [AnnexRow] = []
            var coveredAffairs = Set<String>()
            for e in mapping.sortedEntries {
                guard let affair = catalogues.affairs[e.affairCode] else { continue }
                let agreed = agreements.filter { $0.affairCode == e.affairCode }
                let planned = e.intendedKind != nil || !e.partnerRegions.isEmpty || !e.partnerThirdParties.isEmpty
                guard planned || !agreed.isEmpty else { continue }
                if agreed.isEmpty || coveredAffairs.contains(e.affairCode) {
                    rows.append(AnnexRow(affairCode: affair.code, affairName: affair.name,
                                         plannedCooperation: e.plannedCooperation ?? defaultTitle(e, affair),
                                         partners: partnerText(e, catalogues), kind: e.intendedKind?.label ?? "",
                                         targetYear: e.targetYear, budget: e.indicativeBudget,
                                         planningStatus: MappingLabels.planningStatus(e), notes: e.notes, agreed: false))
                } else {
                    for a in agreed {
                        let partners = a.regionCodes.filter { $0 != region.code }.map { MappingLabels.regionName($0, catalogues) }
                        rows.append(AnnexRow(affairCode: affair.code, affairName: affair.name, plannedCooperation: a.title,
                                             partners: partners.joined(separator: ", "), kind: a.kind.label,
                                             targetYear: a.targetYear ?? e.targetYear, budget: e.indicativeBudget,
                                             planningStatus: MappingLabels.planningStatus(e),
                                             notes: ["Disepakati dalam rapat", e.notes].filter { !$0.isEmpty }.joined(separator: ". "),
                                             agreed: true))
                    }
                }
                coveredAffairs.insert(e.affairCode)
            }
            for a in agreements where !coveredAffairs.contains(a.affairCode) {
                guard let affair = catalogues.affairs[a.affairCode] else { continue }
                let partners = a.regionCodes.filter { $0 != region.code }.map { MappingLabels.regionName($0, catalogues) }
                rows.append(AnnexRow(affairCode: affair.code, affairName: affair.name, plannedCooperation: a.title,
                                     partners: partners.joined(separator: ", "), kind: a.kind.label, targetYear: a.targetYear,
                                     budget: nil, planningStatus: "Belum tercantum",
                                     notes: "Disepakati dalam rapat; belum ada dalam pemetaan daerah", agreed: true))
                coveredAffairs.insert(a.affairCode)
            }
            rows.sort { $0.affairCode < $1.affairCode }
            out.append(RegionAnnex(region: region, mapping: mapping, rows: rows))
        }
        return PlanningAnnex(regions: out, meeting: meeting)
    }

    static func defaultTitle(_ e: MappingEntry, _ affair: Affair) -> String {
        if e.hasOffer && !e.hasNeed { return "Pemanfaatan bersama: \(e.offer)" }
        if e.hasNeed && !e.hasOffer { return "Pemenuhan kebutuhan: \(e.need)" }
        if e.hasOffer && e.hasNeed { return "Kerja sama urusan \(affair.name): \(e.offer); \(e.need)" }
        return "Kerja sama urusan \(affair.name)"
    }

    static func partnerText(_ e: MappingEntry, _ catalogues: Catalogues) -> String {
        var parts = e.partnerRegions.map { MappingLabels.regionName($0, catalogues) }
        parts += e.partnerThirdParties.map(\.label)
        return parts.isEmpty ? "Belum ditentukan" : parts.joined(separator: ", ")
    }

    public var rowCount: Int { regions.reduce(0) { $0 + $1.rows.count } }

    /// The annex as one worksheet: title rows, then the table; with more than one region the
    /// region code and name lead each row.
    public func workbook() -> Workbook {
        let many = regions.count != 1
        var rows: [[SpreadsheetCell]] = []
        rows.append([.text("LAMPIRAN RENCANA KERJA SAMA DAERAH UNTUK RPJMD/RKPD", .title)])
        if many {
            rows.append([.text(meeting.map { m in
                "Lampiran Berita Acara \(m.title) Nomor \(MeetingMinutesBuilder.number(m))" + (m.date.map { " tanggal \(IndonesianDate.long($0))" } ?? "")
            } ?? "Hasil pemetaan urusan pemerintahan yang dapat dikerjasamakan", .bold)])
        } else if let r = regions.first {
            rows.append([.text(r.region.governmentName.uppercased(), .bold)])
        }
        rows.append([])
        let headers = (many ? ["Kode Daerah", "Daerah"] : []) + PlanningAnnex.headers
        rows.append(headers.map { .text($0, .header) })
        let headerRow = rows.count
        var number = 0
        for r in regions {
            for row in r.rows {
                number += 1
                var line: [SpreadsheetCell] = many ? [.text(r.region.code, .centered), .text(r.region.fullName, .wrap)] : []
                line += [
                    .number(Int64(number), .centered), .text(row.affairCode, .centered), .text(row.affairName, .wrap),
                    .text(row.plannedCooperation, .wrap), .text(row.partners, .wrap), .text(row.kind, .wrap),
                    row.targetYear.map { .number(Int64($0), .centered) } ?? SpreadsheetCell(.empty, style: .centered),
                    row.budget.map { .number($0.value, .money) } ?? SpreadsheetCell(.empty, style: .money),
                    .text(row.planningStatus, .wrap), .text(row.notes, .wrap),
                ]
                rows.append(line)
            }
        }
        let total = Rupiah.sum(regions.flatMap { $0.rows.compactMap(\.budget) }) ?? .max
        var totalRow = [SpreadsheetCell](repeating: SpreadsheetCell(.empty, style: .wrap), count: headers.count)
        totalRow[many ? 4 : 2] = .text("Jumlah pagu indikatif", .bold)
        totalRow[headers.count - 3] = .number(total.value, .money)
        rows.append(totalRow)
        let widths: [Double] = (many ? [9, 26] : []) + [5, 8, 28, 40, 32, 16, 9, 18, 18, 30]
        return Workbook(sheets: [Worksheet(name: "Lampiran", rows: rows, columnWidths: widths,
                                           frozenRows: headerRow, frozenColumns: 0, autoFilter: true)],
                        title: "Lampiran Rencana Kerja Sama Daerah untuk RPJMD/RKPD")
    }
}

/// One region's part of the annex.
public struct RegionAnnex: Sendable, Hashable {
    public let region: Region
    public let mapping: RegionMapping
    public let rows: [AnnexRow]

    /// Nil when no row has a budget (the table prints "-", not a misleading 0).
    public var totalBudget: Rupiah? {
        let budgets = rows.compactMap(\.budget)
        return budgets.isEmpty ? nil : Rupiah.sum(budgets)
    }
}

/// One planned cooperation in the annex.
public struct AnnexRow: Sendable, Hashable {
    public let affairCode: String
    public let affairName: String
    public let plannedCooperation: String
    public let partners: String
    public let kind: String
    public let targetYear: Int?
    public let budget: Rupiah?
    public let planningStatus: String
    public let notes: String
    /// Whether the row comes from a meeting agreement rather than the region's own mapping.
    public let agreed: Bool
}

import MufakatDomain

/// Bagian tambahan berita acara: the gaps ("Kebutuhan tanpa pasangan", "Potensi tanpa peminat")
/// and the revision of the agreements (withdrawn ones with their reason, ones to review). Kept
/// apart from `MeetingMinutesBuilder` and inserted before the follow-ups, so the builder's
/// wording can change without touching these sections.
public enum MeetingMinutesExtras {
    /// The extra blocks.
    public static func blocks(meeting: Meeting, gaps: [MappingGap], catalogues: Catalogues) -> [Block] {
        var blocks: [Block] = []
        let needs = gaps.filter { $0.side == .need }, offers = gaps.filter { $0.side == .offer }
        blocks.append(.paragraph(Paragraph(.bold(MappingGaps.needTitle.uppercased()), keepWithNext: true)))
        blocks.append(contentsOf: gapTable(needs, empty: "Setiap kebutuhan yang dipetakan mendapat calon pasangan.", catalogues: catalogues))
        blocks.append(.paragraph(Paragraph(.bold(MappingGaps.offerTitle.uppercased()), keepWithNext: true)))
        blocks.append(contentsOf: gapTable(offers, empty: "Setiap potensi yang dipetakan mendapat calon peminat.", catalogues: catalogues))

        let changed = meeting.agreements.enumerated().filter { $0.element.withdrawal != nil || $0.element.reviewNote != nil }
        if !changed.isEmpty {
            blocks.append(.paragraph(Paragraph(.bold("REVISI KESEPAKATAN"), keepWithNext: true)))
            blocks.append(.list(changed.map { i, a in
                let parties = a.regionCodes.map { catalogues.regions[$0]?.fullName ?? $0 }.joined(separator: ", ")
                var text = RichText("Kesepakatan yang dicatat sebagai nomor \(i + 1), \(a.affairCode) \(a.title) (\(parties)),")
                if let w = a.withdrawal {
                    text += " dicabut pada \(IndonesianDate.long(w.withdrawnOn)) dengan alasan: \(w.reason);"
                } else if let r = a.reviewNote {
                    text += " perlu ditinjau: \(r);"
                }
                return ListItem(marker: "-", text: text)
            }))
        }
        return blocks
    }

    static func gapTable(_ gaps: [MappingGap], empty: String, catalogues: Catalogues) -> [Block] {
        guard !gaps.isEmpty else { return [.paragraph(Paragraph(RichText(empty)))] }
        let rows = gaps.enumerated().map { i, g in
            Table.Row([RichText("\(i + 1)."), RichText("\(g.affairCode) \(catalogues.affairs[g.affairCode]?.name ?? "")"),
                       RichText(catalogues.regions[g.regionCode]?.fullName ?? g.regionCode), RichText(g.text)])
        }
        return [.table(Table(columns: [.init(weight: 2, alignment: .center), .init(weight: 6), .init(weight: 6), .init(weight: 10)],
                             header: ["No.", "Urusan", "Daerah", "Uraian"], rows: rows))]
    }

    /// `blocks` with the extra sections put before the follow-ups (heading "E. ..."), or before
    /// the closing sentence when there is no such heading.
    public static func insert(into blocks: [Block], meeting: Meeting, gaps: [MappingGap], catalogues: Catalogues) -> [Block] {
        let extra = self.blocks(meeting: meeting, gaps: gaps, catalogues: catalogues)
        let at = blocks.firstIndex { if case .heading(let t) = $0 { return t.plain.hasPrefix("E.") }; return false }
            ?? blocks.firstIndex { if case .paragraph(let p) = $0 { return p.text.plain.hasPrefix("Demikian") }; return false }
            ?? blocks.count
        var out = blocks
        out.insert(contentsOf: extra, at: at)
        return out
    }
}

/// Celah dan jumlah P/K dalam buku kerja: extra sheets for the matrix workbook ("Jumlah P-K",
/// "Tanpa Pasangan") and for the annex, added beside `MatrixExport`'s own sheet.
public enum MappingGapSheets {
    /// P/K totals per affair and per region, offer-only affairs marked.
    public static func totals(_ matrix: MappingMatrix) -> Worksheet {
        var rows: [[SpreadsheetCell]] = [[.text("JUMLAH POTENSI (P) DAN KEBUTUHAN (K)", .title)], []]
        rows.append([.text(matrix.isTransposed ? "Daerah" : "Urusan", .header), .text("P", .header), .text("K", .header), .text("Keterangan", .header)])
        for r in 0..<matrix.rowCount {
            let t = matrix.rowTotal(r)
            rows.append([.text(matrix.rowLabel(r), .wrap), .number(Int64(t.offers), .centered), .number(Int64(t.needs), .centered),
                         .text(!matrix.isTransposed && t.isOfferOnly ? "Hanya potensi: tidak ada peserta yang membutuhkan" : "", .wrap)])
        }
        rows.append([])
        rows.append([.text(matrix.isTransposed ? "Urusan" : "Daerah", .header), .text("P", .header), .text("K", .header)])
        for c in 0..<matrix.columnCount {
            let t = matrix.columnTotal(c)
            rows.append([.text(matrix.columnLabel(c), .wrap), .number(Int64(t.offers), .centered), .number(Int64(t.needs), .centered)])
        }
        return Worksheet(name: "Jumlah P-K", rows: rows, columnWidths: [44, 8, 8, 44], frozenRows: 0, frozenColumns: 0, autoFilter: false)
    }

    /// The gaps as one sheet.
    public static func gaps(_ gaps: [MappingGap], catalogues: Catalogues) -> Worksheet {
        var rows: [[SpreadsheetCell]] = []
        for (side, title) in [(MappingGap.Side.need, MappingGaps.needTitle), (.offer, MappingGaps.offerTitle)] {
            rows.append([.text(title.uppercased(), .title)])
            rows.append([.text("No", .header), .text("Urusan", .header), .text("Daerah", .header), .text("Uraian", .header)])
            let list = gaps.filter { $0.side == side }
            if list.isEmpty { rows.append([.text("-", .centered), .text("Tidak ada", .wrap)]) }
            for (i, g) in list.enumerated() {
                rows.append([.number(Int64(i + 1), .centered), .text("\(g.affairCode) \(catalogues.affairs[g.affairCode]?.name ?? "")", .wrap),
                             .text(catalogues.regions[g.regionCode]?.fullName ?? g.regionCode, .wrap), .text(g.text, .wrap)])
            }
            rows.append([])
        }
        return Worksheet(name: "Tanpa Pasangan", rows: rows, columnWidths: [5, 36, 28, 50], frozenRows: 0, frozenColumns: 0, autoFilter: false)
    }
}

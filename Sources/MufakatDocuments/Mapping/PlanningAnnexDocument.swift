import MufakatDomain

extension PlanningAnnex {
    /// The annex's page: landscape A4 in 10 pt, so that the nine columns of a planning table
    /// keep their words whole; margins of the tata naskah dinas (left 3 cm, bottom 2.5 cm).
    public static let pageSetup = PageSetup(fontSize: 10, marginTop: 20, marginRight: 20, marginBottom: 25, marginLeft: 30, landscape: true)

    /// The annex's page on the paper and typeface the officer chose (`--paper`, `--font`):
    /// landscape, 10 pt unless told otherwise.
    public static func pageSetup(paper: Paper, typeface: Typeface = .bookmanOldStyle, fontSize: Int = 10) -> PageSetup {
        var setup = pageSetup
        setup.paper = paper; setup.typeface = typeface; setup.fontSize = fontSize
        return setup
    }

    /// The annex as a naskah (for DOCX): one titled table per region, in the column order of a
    /// planning table, with the total of the indicative budget.
    public func naskah() -> Naskah {
        var blocks: [Block] = []
        var title: [RichText] = [.bold("LAMPIRAN"), .bold("RENCANA KERJA SAMA DAERAH UNTUK RPJMD DAN RKPD")]
        if let meeting, !meeting.title.isEmpty {
            // The annex cites the minutes it belongs to: number and date.
            var line = "Lampiran Berita Acara \(meeting.title) Nomor \(MeetingMinutesBuilder.number(meeting))"
            if let d = meeting.date { line += " tanggal \(IndonesianDate.long(d))" }
            title.append(RichText(line))
        }
        blocks.append(.title(title))
        if regions.isEmpty {
            blocks.append(.paragraph(Paragraph("Belum ada rencana kerja sama dalam pemetaan daerah.")))
        }
        for (i, r) in regions.enumerated() {
            if i > 0 { blocks.append(.pageBreak) }
            blocks.append(.heading(.bold(r.region.governmentName.uppercased())))
            guard !r.rows.isEmpty else {
                blocks.append(.paragraph(Paragraph("Pemetaan daerah ini belum memuat rencana kerja sama (jenis atau calon mitra belum diisi).")))
                continue
            }
            var rows: [Table.Row] = r.rows.enumerated().map { n, row in
                Table.Row([
                    RichText("\(n + 1)"), RichText(row.affairCode), RichText(row.affairName), RichText(row.plannedCooperation),
                    RichText(row.partners), RichText(row.kind), RichText(row.targetYear.map(String.init) ?? "-"),
                    RichText(row.budget?.grouped ?? "-"), RichText(row.planningStatus),
                ])
            }
            rows.append(Table.Row(["", "", "", "", "", "", .bold("Jumlah"), .bold(r.totalBudget?.grouped ?? "-"), ""], emphasised: true))
            blocks.append(.table(Table(
                columns: [.init(weight: 2, alignment: .center), .init(weight: 3, alignment: .center), .init(weight: 5), .init(weight: 7),
                          .init(weight: 6), .init(weight: 4), .init(weight: 3, alignment: .center), .init(weight: 6, alignment: .right), .init(weight: 5)],
                header: ["No", "Kode", "Urusan", "Rencana Kerja Sama", "Mitra", "Jenis", "Tahun", "Pagu Indikatif (Rp)", "Status RPJMD/ RKPD"],
                rows: rows)))
            let notes = r.rows.enumerated().filter { !$0.element.notes.isEmpty }
            if !notes.isEmpty {
                blocks.append(.paragraph(Paragraph("Keterangan:")))
                // Each note names the table row (No) it belongs to.
                blocks.append(.list(notes.map { ListItem(marker: "No. \($0.offset + 1):", text: RichText($0.element.notes)) }))
            }
        }
        if regions.count > 1 {
            // Jumlah seluruhnya: the grand total over every region's table.
            let budgets = regions.flatMap { $0.rows.compactMap(\.budget) }
            let total = budgets.isEmpty ? nil : Rupiah.sum(budgets)
            blocks.append(.paragraph(Paragraph(.bold("Jumlah seluruh pagu indikatif \(regions.count) (\(NumberWords.spell(regions.count))) daerah: "
                + (total.map { "\($0.figures)" } ?? "-")))))
        }
        return Naskah(kind: MeetingMinutesBuilder.carrierKind, title: "Lampiran Rencana Kerja Sama Daerah untuk RPJMD/RKPD", blocks: blocks)
    }
}

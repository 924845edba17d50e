import MufakatDomain

/// Rencana pembiayaan: the financing plan per budget year and party, in figures with totals
/// written in words, each line marked budgeted or not (the DPRD trigger of PP 28/2018 Pasal 6 ayat (2)).
struct FinancingPlanBuilder {
    let context: BuildContext

    func build() -> Naskah {
        var blocks: [Block] = [.title(["RENCANA PEMBIAYAAN KERJA SAMA", "TENTANG", BuildContext.upper(context.title)])]
        blocks.append(.paragraph(Paragraph("Para pihak: " + context.formalNames + ".")))
        blocks += tableBlocks()
        return Naskah(kind: .pembiayaan, title: "Rencana Pembiayaan Kerja Sama tentang \(context.cooperation.title)", blocks: blocks)
    }

    /// The table with subtotals per year, then totals in words per party and overall.
    func tableBlocks() -> [Block] {
        let c = context.cooperation
        let lines = c.financing.lines.enumerated().sorted { a, b in
            (a.element.budgetYear, a.element.partyIndex, a.offset) < (b.element.budgetYear, b.element.partyIndex, b.offset)
        }
        if lines.isEmpty {
            return [.paragraph(Paragraph(RichText(missing: MissingValue(path: "financing.lines", label: "Rencana pembiayaan per pihak dan tahun anggaran"))))]
        }
        var rows: [Table.Row] = []
        var number = 0
        for year in c.financing.years {
            for (index, line) in lines where line.budgetYear == year {
                number += 1
                let base = "financing.lines[\(index)]"
                let party = context.parties.indices.contains(line.partyIndex)
                    ? RichText(context.parties[line.partyIndex].name)
                    : RichText(missing: MissingValue(path: "\(base).partyIndex", label: "Pihak pada baris pembiayaan \(number)"))
                rows.append(Table.Row([
                    RichText("\(number)"), RichText("\(year)"), party,
                    context.phrase(line.description, "\(base).description", "Uraian baris pembiayaan \(number) (\(year))")
                        + " (" + context.text(line.planningCode, "\(base).planningCode", "Kode perencanaan baris pembiayaan \(number) (\(year))") + ")",
                    RichText(line.source.label),
                    RichText(line.budgeted ? "Sudah" : "Belum"),
                    RichText(line.amount.grouped),
                ]))
            }
            let sum = c.financing.total(forYear: year) ?? .max
            rows.append(Table.Row(["", "", "", RichText("Jumlah Tahun Anggaran \(year)"), "", "", RichText(sum.grouped)], emphasised: true))
        }
        let total = c.financing.total ?? .max
        rows.append(Table.Row(["", "", "", "Jumlah seluruhnya", "", "", RichText(total.grouped)], emphasised: true))
        let table = Table(
            columns: [.init(weight: 6, alignment: .right), .init(weight: 11, alignment: .center), .init(weight: 14),
                      .init(weight: 24), .init(weight: 12), .init(weight: 11, alignment: .center),
                      .init(weight: 22, alignment: .right)],
            header: ["No.", "Tahun Anggaran", "Pihak", "Uraian (Kode Perencanaan)", "Sumber Dana", "Dalam APBD", "Jumlah (Rp)"],
            rows: rows)
        var blocks: [Block] = [.table(table)]
        var totals: [RichText] = []
        for i in context.parties.indices {
            guard let sum = c.financing.total(forParty: i), sum.value > 0 else { continue }
            totals.append(RichText("bagian \(context.partyLabel(i)) (\(context.parties[i].name)): \(sum.figuresAndWords)"))
        }
        blocks.append(.paragraph(Paragraph(RichText("Jumlah seluruh rencana pembiayaan sebesar \(total.figuresAndWords), terdiri atas:"))))
        blocks.append(.list(BuildContext.lettered(BuildContext.punctuated(totals))))
        let unbudgeted = c.financing.lines.filter { !$0.budgeted }
        if !unbudgeted.isEmpty {
            let sum = Rupiah.sum(unbudgeted.map(\.amount)) ?? .max
            blocks.append(.paragraph(Paragraph(RichText(
                "Sebesar \(sum.figuresAndWords) belum dianggarkan dalam APBD tahun berjalan sehingga memerlukan persetujuan Dewan Perwakilan Rakyat Daerah (Peraturan Pemerintah Nomor 28 Tahun 2018 Pasal 6 ayat (2))."))))
        }
        return blocks
    }
}

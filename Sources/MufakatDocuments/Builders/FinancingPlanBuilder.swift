import MufakatDomain

/// Rencana pembiayaan: the financing plan per budget year and party, in figures with totals
/// written in words, each line marked budgeted or not (the DPRD trigger of PP 28/2018 Pasal 6 ayat (2)).
struct FinancingPlanBuilder {
    let context: BuildContext

    func build() -> Naskah {
        var blocks: [Block] = [.title(["RENCANA PEMBIAYAAN KERJA SAMA", "TENTANG", BuildContext.upper(context.title)])]
        blocks.append(.paragraph(Paragraph("Para pihak: " + context.formalNames + ".")))
        blocks += tableBlocks()
        return Naskah(kind: .pembiayaan, title: "Rencana Pembiayaan Kerja Sama tentang \(BuildContext.withoutLeadingKerjaSama(context.cooperation.title))", blocks: blocks)
    }

    /// The table with subtotals per year, then totals in words per party and overall. With
    /// `party`, only that party's lines charged to its own APBD (the annex of its DPRD letter).
    func tableBlocks(party: Int? = nil) -> [Block] {
        let c = context.cooperation
        let chosen = c.financing.lines.enumerated().filter { party == nil || ($0.element.partyIndex == party && $0.element.source == .apbd) }
        let lines = chosen.sorted { a, b in
            (a.element.budgetYear, a.element.partyIndex, a.offset) < (b.element.budgetYear, b.element.partyIndex, b.offset)
        }
        if lines.isEmpty {
            let label = party.map { "Rencana pembiayaan APBD \(context.partyDescriptor($0)) per tahun anggaran" } ?? "Rencana pembiayaan per pihak dan tahun anggaran"
            return [.paragraph(Paragraph(RichText(missing: MissingValue(path: "financing.lines", label: label))))]
        }
        let plan = chosen.map(\.element)
        let years = Array(Set(plan.map(\.budgetYear))).sorted()
        var rows: [Table.Row] = []
        var number = 0
        for year in years {
            for (index, line) in lines where line.budgetYear == year {
                number += 1
                let base = "financing.lines[\(index)]"
                let partyName = context.parties.indices.contains(line.partyIndex)
                    ? RichText(context.parties[line.partyIndex].name)
                    : RichText(missing: MissingValue(path: "\(base).partyIndex", label: "Pihak pada baris pembiayaan \(number)"))
                rows.append(Table.Row([
                    RichText("\(number)"), RichText("\(year)"), partyName,
                    context.phrase(line.description, "\(base).description", "Uraian baris pembiayaan \(number) (\(year))")
                        + planningCode(line, base: base, number: number, year: year),
                    RichText(line.source.label),
                    // Asked of a party's own APBD only: other money is never "in the APBD".
                    RichText(line.source != .apbd ? "-" : line.budgeted ? "Sudah" : "Belum"),
                    RichText(line.amount.grouped),
                ]))
            }
            let sum = Rupiah.sum(plan.filter { $0.budgetYear == year }.map(\.amount)) ?? .max
            rows.append(Table.Row(["", "", "", RichText("Jumlah Tahun Anggaran \(year)"), "", "", RichText(sum.grouped)], emphasised: true))
        }
        let total = Rupiah.sum(plan.map(\.amount)) ?? .max
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
            guard let sum = Rupiah.sum(plan.filter { $0.partyIndex == i }.map(\.amount)), sum.value > 0 else { continue }
            totals.append(RichText("bagian \(context.partyLabel(i)) (\(context.parties[i].name)): \(sum.figuresAndWords)"))
        }
        blocks.append(.paragraph(Paragraph(RichText("Jumlah seluruh rencana pembiayaan sebesar \(total.figuresAndWords), terdiri atas:"))))
        blocks.append(.list(BuildContext.lettered(BuildContext.punctuated(totals))))
        // Only lines charged to a party's own APBD count for the DPRD (PP 28/2018 Pasal 6 ayat (2)),
        // and only where the kind has a DPRD stage (not a Nota Kesepakatan), citing the kind's own
        // provision; once a council's approval is recorded, its decision is cited instead.
        let kindRule = context.rulebook.kind(c.kind)
        let basis = "Peraturan Pemerintah Nomor 28 Tahun 2018" + (kindRule?.councilArticle.map { " \($0)" } ?? "")
        for i in context.parties.indices where (party == nil || party == i) && (kindRule?.stages.contains("dprd") ?? true) {
            let unbudgeted = plan.filter { $0.partyIndex == i && $0.needsCouncilApproval }
            guard !unbudgeted.isEmpty else { continue }
            let sum = Rupiah.sum(unbudgeted.map(\.amount)) ?? .max
            let who = context.parties[i].name
            var text = RichText("Bagian \(context.partyLabel(i)) (\(who)) sebesar \(sum.figuresAndWords) dibebankan pada APBD \(who) dan belum dianggarkan dalam APBD tahun berjalan")
            if let approval = c.councilApproval(ofParty: i), approval.approved == true {
                let index = c.councilApproval.approvals.firstIndex { $0.partyIndex == i } ?? 0
                text += "; rencana kerja sama telah disetujui Dewan Perwakilan Rakyat Daerah \(who) dengan Keputusan Nomor "
                    + context.text(approval.decisionNumber, "councilApproval.approvals[\(index)].decisionNumber", "Nomor keputusan DPRD \(context.partyDescriptor(i))")
                    + " tanggal " + context.date(approval.decisionDate, "councilApproval.approvals[\(index)].decisionDate", "Tanggal keputusan DPRD \(context.partyDescriptor(i))") + "."
            } else {
                text += " sehingga memerlukan persetujuan Dewan Perwakilan Rakyat Daerah \(who) (\(basis))."
            }
            blocks.append(.paragraph(Paragraph(text)))
        }
        return blocks
    }

    /// " (2.15.02.2.01)" for a line paid from an APBD; money that never passes through the
    /// region's budget (APBN, the company's own investment) carries no planning code.
    private func planningCode(_ line: FinancingLine, base: String, number: Int, year: Int) -> RichText {
        if !line.needsPlanningCode { return "" }
        return " (" + context.text(line.planningCode, "\(base).planningCode", "Kode perencanaan baris pembiayaan \(number) (\(year))") + ")"
    }
}

import MufakatDomain

/// Laporan pelaksanaan kerja sama: the cover letter from the head of the own region to the
/// Governor (kab/kota) or the Minister (province), then the report of one period: the
/// cooperation's identity, the evaluations of the period with their findings, recommendations
/// and follow-ups, obstacles, and the signature (PP 28/2018 Pasal 44). The report is the last
/// one recorded in `implementation.reports`.
struct ImplementationReportBuilder {
    let context: BuildContext

    func build() -> Naskah {
        let c = context.cooperation
        let own = context.ownIndex
        let index = c.implementation.reports.indices.last
        let report = index.map { c.implementation.reports[$0] }
        let base = index.map { "implementation.reports[\($0)]" } ?? "implementation.reports"
        let recipient = report.map(\.recipient).flatMap { $0.trimmedWhitespace().isEmpty ? nil : $0 }
            ?? context.reportRecipient.title
        let period = periodText(report, base: base)
        var blocks: [Block] = [
            context.letterheadBlock(sender: own),
            context.placeAndDate(report?.date, sender: own, datePath: "\(base).date", dateLabel: "Tanggal laporan"),
            context.letterDetails(number: context.text(report?.letterNumber, "\(base).letterNumber", "Nomor surat pengantar laporan"),
                                  nature: "Biasa", attachments: 1,
                                  subject: "Laporan Pelaksanaan Kerja Sama tentang " + context.title),
        ]
        blocks += context.addressee(context.phrase(recipient, "\(base).recipient", "Penerima laporan (Gubernur atau Menteri)"))
        blocks.append(.paragraph(Paragraph(
            "Dalam rangka pembinaan dan pengawasan penyelenggaraan kerja sama daerah sebagaimana diatur dalam " + RichText(context.reportRecipient.basis)
            + ", bersama ini kami sampaikan laporan pelaksanaan kerja sama " + context.formalName(own) + " dengan " + context.partnerNames(besides: own)
            + " tentang " + context.title + " untuk periode " + period + " sebagaimana terlampir.")))
        blocks.append(.paragraph(Paragraph("Demikian kami sampaikan. Atas perhatian Bapak/Ibu, kami ucapkan terima kasih.", keepWithNext: true)))
        blocks.append(context.letterSignature(c.parties[own].representative, path: "parties[\(own)].representative", who: "kepala daerah"))

        blocks += copies(recipient: recipient)

        // The report itself, as the letter's attachment.
        blocks.append(.pageBreak)
        let head = c.parties[own].representative
        blocks.append(.table(Table(
            columns: [.init(weight: 36), .init(weight: 14), .init(weight: 3), .init(weight: 47)],
            rows: [
                Table.Row(["", "LAMPIRAN", ":", BuildContext.upper("SURAT " + context.phrase(head.title, "parties[\(own)].representative.title", "Jabatan kepala daerah"))]),
                Table.Row(["", "NOMOR", ":", context.text(report?.letterNumber, "\(base).letterNumber", "Nomor surat pengantar laporan")]),
                Table.Row(["", "TANGGAL", ":", context.date(report?.date, "\(base).date", "Tanggal laporan")]),
            ],
            style: .plain)))
        blocks.append(.title(["LAPORAN PELAKSANAAN KERJA SAMA", "TENTANG", BuildContext.upper(context.title), RichText("PERIODE ") + BuildContext.upper(period)]))
        blocks.append(.heading("A. IDENTITAS KERJA SAMA"))
        let signed = c.signedOn ?? c.agreement.signing.date ?? c.memorandum.signing.date
        blocks.append(.table(Table(columns: [.init(weight: 36), .init(weight: 3), .init(weight: 61)], rows: [
            Table.Row(["Jenis kerja sama", ":", RichText(c.kind.label)]),
            Table.Row(["Para pihak", ":", context.formalNames]),
            Table.Row(["Urusan pemerintahan", ":", context.affairName]),
            Table.Row(["Tanggal penandatanganan", ":", context.date(signed, "agreement.signing.date", "Tanggal penandatanganan naskah kerja sama")]),
            Table.Row(["Berlaku sampai dengan", ":", context.date(c.renewedExpiryDate, "agreement.endDate", "Tanggal berakhir kerja sama")]),
        ], style: .plain)))
        blocks.append(.heading("B. PELAKSANAAN"))
        blocks.append(.paragraph(Paragraph(context.phrase(report?.summary, "\(base).summary", "Ringkasan pelaksanaan pada periode laporan") + ".")))
        blocks.append(.heading("C. EVALUASI"))
        let evaluations = c.implementation.evaluations.enumerated().filter { _, e in inPeriod(e.date, report) }
        if evaluations.isEmpty {
            blocks.append(.paragraph(Paragraph("Belum ada evaluasi yang tercatat pada periode ini.")))
        } else {
            var rows: [Table.Row] = []
            for (n, (_, e)) in evaluations.enumerated() {
                let findings = e.findings.isEmpty ? [e.summary] : e.findings
                let follow = e.followUps.map { f in
                    "\(f.action) (\(f.owner.isEmpty ? "-" : f.owner)\(f.deadline.map { ", tenggat \(context.options.dateStyle.format($0))" } ?? ""))"
                }
                rows.append(Table.Row([RichText("\(n + 1)"), RichText(context.options.dateStyle.format(e.date)),
                                       RichText(BuildContext.punctuated(findings.filter { !$0.isEmpty }).joined(separator: " ")),
                                       RichText(BuildContext.punctuated(e.recommendations).joined(separator: " ")),
                                       RichText(BuildContext.punctuated(follow).joined(separator: " "))]))
            }
            blocks.append(.table(Table(columns: [.init(weight: 5, alignment: .center), .init(weight: 14), .init(weight: 27), .init(weight: 27), .init(weight: 27)],
                                       header: ["No.", "Tanggal", "Temuan", "Rekomendasi", "Tindak Lanjut"], rows: rows)))
        }
        blocks.append(.heading("D. KENDALA DAN UPAYA PENYELESAIAN"))
        let obstacles = report?.obstacles.filter { !$0.trimmedWhitespace().isEmpty } ?? []
        if obstacles.isEmpty {
            blocks.append(.paragraph(Paragraph("Tidak terdapat kendala yang perlu dilaporkan.")))
        } else {
            blocks.append(.list(BuildContext.numbered(BuildContext.punctuated(obstacles).map { RichText($0) })))
        }
        // The closing sentence keeps the signature from standing alone on a page.
        blocks.append(.paragraph(Paragraph("Demikian laporan ini disusun dengan sebenarnya untuk dipergunakan sebagaimana mestinya.", keepWithNext: true)))
        blocks.append(context.letterSignature(c.parties[own].representative, path: "parties[\(own)].representative", who: "kepala daerah"))
        return Naskah(kind: .laporan, title: "Laporan Pelaksanaan Kerja Sama tentang \(c.title)", blocks: blocks)
    }

    /// Tembusan: the rulebook's list for the report ([[document]] id = "laporan"), without the
    /// addressee itself (a province reports to the Minister, who is then no copy).
    private func copies(recipient: String) -> [Block] {
        let lines = (context.rulebook.document(DocumentKind.laporan.rawValue)?.copies ?? [])
            .compactMap(context.copyLine)
            .filter { $0.caseInsensitiveCompare(recipient.trimmedWhitespace()) != .orderedSame }
        return context.copies(lines)
    }

    private func periodText(_ report: Report?, base: String) -> RichText {
        guard let report else { return RichText(missing: MissingValue(path: "implementation.reports", label: "Laporan pelaksanaan (periode dan ringkasan)")) }
        return context.date(report.periodStart, "\(base).periodStart", "Awal periode laporan") + " sampai dengan "
            + context.date(report.periodEnd, "\(base).periodEnd", "Akhir periode laporan")
    }

    private func inPeriod(_ date: CalendarDate, _ report: Report?) -> Bool {
        guard let report else { return false }
        if let start = report.periodStart, date < start { return false }
        if let end = report.periodEnd ?? Optional(report.date), date > end { return false }
        return true
    }
}

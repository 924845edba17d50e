import Foundation
import MufakatDomain

/// Kerangka Acuan Kerja (KAK) / rencana kerja sama, written by the initiating agency
/// (Permendagri 22/2020: background, purpose and goals, object, scope, partner, form, expected
/// benefit, cost–benefit, duration, indicative cost; for a KSDPK the feasibility study).
struct TermsOfReferenceBuilder {
    let context: BuildContext

    func build() -> Naskah {
        let blocks: [Block] = [.title(["KERANGKA ACUAN KERJA", "RENCANA KERJA SAMA DAERAH", "TENTANG", BuildContext.upper(context.title)])]
            + sections()
        return Naskah(kind: .kak, title: "Kerangka Acuan Kerja tentang \(context.cooperation.title)", blocks: blocks)
    }

    /// The lettered sections, also appended behind an offer letter.
    func sections() -> [Block] {
        let c = context.cooperation
        let p = c.proposal
        var sections: [(String, [Block])] = []

        sections.append(("LATAR BELAKANG", paragraphs(p.background, "proposal.background", "Latar belakang")))
        sections.append(("MAKSUD DAN TUJUAN", [
            .paragraph(Paragraph("Maksud kerja sama ini adalah " + context.inSentence(p.purpose, "proposal.purpose", "Maksud kerja sama") + ".")),
            .paragraph(Paragraph("Tujuan kerja sama ini adalah " + context.inSentence(p.goals, "proposal.goals", "Tujuan kerja sama") + ".")),
        ]))
        let variables = ClauseVariables(context: context, document: .kb)
        var scope: [RichText] = []
        if case .list(let items)? = variables.value("lingkup") { scope = items }
        sections.append(("OBJEK DAN RUANG LINGKUP", [
            .paragraph(Paragraph("Objek kerja sama adalah " + context.inSentence(p.object, "proposal.object", "Objek kerja sama")
                                 + " dalam urusan pemerintahan bidang " + context.affairName + ".")),
            .paragraph(Paragraph("Ruang lingkup kerja sama meliputi:")),
            .list(BuildContext.lettered(scope)),
        ]))
        // The KAK is the initiator's: it names the initiator and its partners. After a company's
        // own initiative (PP 28/2018 Pasal 18) it stays the region's assessment: the region plans
        // with the company, whose offer letter and feasibility study are named.
        let company = c.initiatingThirdParty
        let own = company != nil ? (c.parties.firstIndex { $0.type == .region } ?? 0) : context.initiatorIndex
        let partners = context.parties.indices.filter { $0 != own }.map { i -> RichText in
            var t = context.formalName(i)
            // "PT X (Badan Usaha Milik Daerah (BUMD))" nests brackets: the form follows a comma.
            if let form = context.parties[i].legalForm { t += ", \(form.label)" }
            return t
        }
        var partner: [Block] = [
            .paragraph(Paragraph(context.formalName(own) + " merencanakan kerja sama dengan:")),
            .list(BuildContext.numbered(BuildContext.punctuated(partners))),
        ]
        if let company, let letter = p.incomingOffer, !letter.number.trimmedWhitespace().isEmpty {
            var t = "Kerja sama ini diprakarsai oleh " + context.formalName(company) + RichText(" melalui surat Nomor \(BuildContext.trimPunctuation(letter.number))")
            if let d = letter.date { t += RichText(" tanggal \(IndonesianDate.long(d))") }
            if !letter.title.isEmpty { t += RichText(" perihal \(BuildContext.trimPunctuation(letter.title))") }
            if p.feasibilityStudy != nil { t += RichText(" beserta studi kelayakannya") }
            t += RichText(", sebagaimana dimaksud dalam Pasal 18 Peraturan Pemerintah Nomor 28 Tahun 2018 tentang Kerja Sama Daerah.")
            partner.append(.paragraph(Paragraph(t)))
        }
        sections.append(("CALON MITRA KERJA SAMA", partner))
        // A form chosen from the rulebook (KSDPK, PP 28/2018 Pasal 15) is printed with its basis;
        // else the officer's own words.
        if let id = p.formID, let form = context.rulebook.kind(c.kind)?.form(id) {
            let name = form.name.prefix(1).uppercased() + form.name.dropFirst()
            sections.append(("BENTUK KERJA SAMA", [.paragraph(Paragraph(RichText("\(name) sebagaimana dimaksud dalam \(Self.formal(form.basis)).")))]))
        } else {
            sections.append(("BENTUK KERJA SAMA", paragraphs(p.form, "proposal.form", "Bentuk kerja sama")))
        }
        sections.append(("MANFAAT YANG DIHARAPKAN", paragraphs(p.expectedBenefit, "proposal.expectedBenefit", "Manfaat yang diharapkan")))
        sections.append(("ANALISIS MANFAAT DAN BIAYA", paragraphs(p.costBenefit, "proposal.costBenefit", "Analisis manfaat dan biaya")))
        var term: [Block] = [.paragraph(Paragraph(
            "Kerja sama direncanakan berlangsung selama " + context.count(p.durationYears, "proposal.durationYears", "Jangka waktu kerja sama (tahun)")
            + " tahun sejak Perjanjian Kerja Sama ditandatangani."))]
        // A term beyond the general limit says which sector exception allows it, and why.
        if let id = p.durationExceptionID, let exception = context.rulebook.durationException(id) {
            var why = RichText("Jangka waktu tersebut melebihi batas umum \(context.rulebook.duration.maxYears) tahun berdasarkan pengecualian "
                               + "\(exception.name.prefix(1).lowercased() + exception.name.dropFirst()) paling lama \(exception.maxYears) tahun (\(exception.basis))")
            if let reason = p.durationExceptionReason?.trimmedWhitespace(), !reason.isEmpty {
                why += RichText(", dengan alasan ") + context.inSentence(reason, "proposal.durationExceptionReason", "Alasan pengecualian")
            }
            term.append(.paragraph(Paragraph(why + ".")))
        }
        sections.append(("JANGKA WAKTU", term))
        var cost: [Block] = []
        if let amount = p.indicativeCost {
            cost.append(.paragraph(Paragraph(RichText("Perkiraan biaya kerja sama sebesar \(amount.figuresAndWords)."))))
        } else {
            cost.append(.paragraph(Paragraph("Perkiraan biaya kerja sama sebesar " + RichText(missing: MissingValue(path: "proposal.indicativeCost", label: "Perkiraan biaya kerja sama")) + ".")))
        }
        if !c.financing.lines.isEmpty {
            cost.append(.paragraph(Paragraph("Rincian rencana pembiayaan per tahun anggaran dan per pihak sebagai berikut:")))
            cost += FinancingPlanBuilder(context: context).tableBlocks()
        }
        sections.append(("PERKIRAAN BIAYA", cost))
        if c.kind == .ksdpk {
            let f = p.feasibilityStudy
            var study: [Block] = paragraphs(f?.summary ?? "", "proposal.feasibilityStudy.summary", "Ringkasan studi kelayakan")
            var line = "Studi kelayakan disusun oleh " + context.phrase(f?.author, "proposal.feasibilityStudy.author", "Penyusun studi kelayakan")
            line += " pada tanggal " + context.date(f?.date, "proposal.feasibilityStudy.date", "Tanggal studi kelayakan")
            switch f?.feasible {
            case true?: line += " dan menyimpulkan bahwa kerja sama layak secara ekonomi dan finansial."
            case false?: line += " dan menyimpulkan bahwa kerja sama belum layak secara ekonomi dan finansial."
            case nil: line += ", dengan kesimpulan " + RichText(missing: MissingValue(path: "proposal.feasibilityStudy.feasible", label: "Kesimpulan kelayakan")) + "."
            }
            study.append(.paragraph(Paragraph(line)))
            sections.append(("STUDI KELAYAKAN", study))
        }
        var blocks: [Block] = []
        for (n, (heading, body)) in sections.enumerated() {
            blocks.append(.heading(RichText("\(BuildContext.letter(n).uppercased()). \(heading)")))
            blocks += body
        }
        blocks.append(.paragraph(Paragraph("Kerangka Acuan Kerja ini disusun oleh " + context.phrase(p.initiatingAgency, "proposal.initiatingAgency", "Perangkat daerah pemrakarsa")
                                           + (company != nil ? " sebagai dasar penilaian prakarsa dan pembahasan kerja sama." : " sebagai dasar penawaran dan pembahasan kerja sama."))))
        return blocks
    }

    /// A rulebook basis "PP 28/2018 Pasal 15 huruf a" as a drafter writes it in a naskah:
    /// "Pasal 15 huruf a Peraturan Pemerintah Nomor 28 Tahun 2018 tentang Kerja Sama Daerah".
    static func formal(_ basis: String) -> String {
        let prefix = "PP 28/2018 "
        guard basis.hasPrefix(prefix) else { return basis }
        return "\(basis.dropFirst(prefix.count)) Peraturan Pemerintah Nomor 28 Tahun 2018 tentang Kerja Sama Daerah"
    }

    private func paragraphs(_ text: String, _ path: String, _ label: String) -> [Block] {
        let paras = BuildContext.paragraphs(text)
        if paras.isEmpty { return [.paragraph(Paragraph(RichText(missing: MissingValue(path: path, label: label))))] }
        return paras.map { .paragraph(Paragraph(RichText(TermsOfReferenceBuilder.asSentence($0)))) }
    }

    /// An answer standing as a paragraph of its own reads as a sentence: a capital first letter
    /// and a closing full stop ("pemanfaatan barang milik daerah" -> "Pemanfaatan barang milik daerah.").
    static func asSentence(_ text: String) -> String {
        guard let first = text.first else { return text }
        var out = ASCIIText.uppercased(String(first)) + text.dropFirst()
        if let last = out.last, !".!?:;".contains(last) { out += "." }
        return out
    }
}

import MufakatDomain

/// Surat permohonan persetujuan DPRD: the head of region asks the council to approve a
/// cooperation that burdens the public and the region or is not yet budgeted (PP 28/2018 Pasal 6 ayat (2)).
struct CouncilRequestBuilder {
    let context: BuildContext

    /// The triggers that hold, in words; empty when no approval is needed.
    static func reasons(_ c: Cooperation, ownIndex: Int) -> [String] {
        var out: [String] = []
        if c.burdensPublic == true { out.append("rencana kerja sama membebani masyarakat dan Daerah") }
        // Only the party's own APBD lines count; APBN, third-party and BUMD money never do.
        let unbudgeted = c.financing.unbudgetedOwnAPBDLines(party: ownIndex)
        if !unbudgeted.isEmpty {
            let years = Array(Set(unbudgeted.map(\.budgetYear))).sorted().map(String.init)
            let sum = Rupiah.sum(unbudgeted.map(\.amount)) ?? .max
            out.append("pembiayaan sebesar \(sum.figuresAndWords) pada Tahun Anggaran \(years.joined(separator: ", ")) belum dianggarkan dalam Anggaran Pendapatan dan Belanja Daerah tahun anggaran berjalan")
        }
        return out
    }

    func build() throws(NaskahError) -> Naskah {
        let c = context.cooperation
        let own = context.party ?? context.ownIndex
        let reasons = CouncilRequestBuilder.reasons(c, ownIndex: own)
        if reasons.isEmpty || c.councilApproval.progress.status == .skipped {
            let why = context.rulebook.gate("dprd")?.skipReason
                ?? "kerja sama tidak membebani masyarakat dan daerah, dan seluruh pembiayaan telah dianggarkan dalam APBD"
            let reason = why.hasPrefix("Tidak diperlukan: ") ? String(why.dropFirst("Tidak diperlukan: ".count)) : why
            throw NaskahError(document: .dprd, problem: "persetujuan DPRD tidak diperlukan bagi \(context.parties[own].name): \(reason)")
        }
        let approvalIndex = c.councilApproval.approvals.firstIndex { $0.partyIndex == own }
        let approval = approvalIndex.map { c.councilApproval.approvals[$0] }
        let base = approvalIndex.map { "councilApproval.approvals[\($0)]" } ?? "councilApproval.approvals"
        let regionName = context.parties[own].name
        var blocks: [Block] = [
            context.letterheadBlock(sender: own),
            context.placeAndDate(approval?.requestDate, sender: own, datePath: "\(base).requestDate", dateLabel: "Tanggal surat permohonan persetujuan DPRD"),
            context.letterDetails(number: context.text(approval?.requestLetterNumber, "\(base).requestLetterNumber", "Nomor surat permohonan persetujuan DPRD"),
                                  nature: "Penting", attachments: 1,
                                  subject: "Permohonan Persetujuan atas Rencana Kerja Sama Daerah tentang " + context.title),
        ]
        blocks += context.addressee(RichText("Ketua Dewan Perwakilan Rakyat Daerah \(regionName)"))
        var kb = RichText()
        if c.memorandum.progress.status == .done || c.memorandum.signing.date != nil {
            let number = own < c.memorandum.signing.numbers.count ? c.memorandum.signing.numbers[own] : ""
            kb = " sebagaimana telah disepakati dalam \(context.memorandumName) Nomor "
                + context.text(number, "memorandum.signing.numbers[\(own)]", "Nomor \(context.memorandumName) \(context.partyDescriptor(own))")
                + " tanggal " + context.date(c.memorandum.signing.date, "memorandum.signing.date", "Tanggal penandatanganan \(context.memorandumName)")
        }
        blocks.append(.paragraph(Paragraph(
            "Dalam rangka penyelenggaraan urusan pemerintahan bidang " + context.affairName + ", " + context.formalName(own)
            + " merencanakan kerja sama daerah dengan " + context.partnerNames(besides: own) + " tentang " + context.title + kb + ".")))
        blocks.append(.paragraph(Paragraph(RichText(
            "Sesuai dengan ketentuan \(context.rulebook.kind(c.kind)?.councilArticle.map { "\($0) " } ?? "")Peraturan Pemerintah Nomor 28 Tahun 2018 tentang Kerja Sama Daerah, rencana kerja sama yang membebani masyarakat dan Daerah dan/atau yang pembiayaannya belum dianggarkan dalam Anggaran Pendapatan dan Belanja Daerah tahun anggaran berjalan memerlukan persetujuan Dewan Perwakilan Rakyat Daerah. Rencana kerja sama ini memerlukan persetujuan karena:"))))
        blocks.append(.list(BuildContext.lettered(BuildContext.punctuated(reasons).map { RichText($0) })))
        blocks.append(.paragraph(Paragraph("Pokok-pokok rencana kerja sama tersebut sebagai berikut:")))
        let p = c.proposal
        let ownLines = c.financing.lines.filter { $0.partyIndex == own && $0.source == .apbd }
        var financing = RichText("pembiayaan bagian \(context.formalName(own).plain) dari APBD \(context.parties[own].name): ")
        if let sum = Rupiah.sum(ownLines.map(\.amount)), !ownLines.isEmpty {
            financing += "\(sum.figuresAndWords)"
        } else {
            financing += RichText(missing: MissingValue(path: "financing.lines", label: "Rencana pembiayaan APBD bagian \(context.partyDescriptor(own))"))
        }
        let points: [RichText] = [
            "para pihak: " + context.formalNames,
            "objek: " + context.inSentence(p.object, "proposal.object", "Objek kerja sama"),
            "jangka waktu: " + context.count(c.agreement.durationYears ?? c.memorandum.durationYears ?? p.durationYears,
                                             "agreement.durationYears", "Jangka waktu kerja sama (tahun)") + " tahun",
            financing,
        ]
        blocks.append(.list(BuildContext.lettered(BuildContext.punctuated(points))))
        blocks.append(.paragraph(Paragraph(RichText(
            "Bersama ini kami sampaikan \(context.memorandumName), Kerangka Acuan Kerja, dan rencana pembiayaan kerja sama sebagai bahan pertimbangan. Sehubungan dengan hal tersebut, kami mohon persetujuan Dewan Perwakilan Rakyat Daerah \(regionName) atas rencana kerja sama dimaksud."))))
        blocks.append(.paragraph(Paragraph("Demikian permohonan ini kami sampaikan. Atas perhatian dan persetujuan Saudara, kami ucapkan terima kasih.", keepWithNext: true)))
        blocks.append(context.letterSignature(c.parties[own].representative, path: "parties[\(own)].representative",
                                              who: "kepala daerah \(context.partyDescriptor(own))"))
        blocks += context.copies([], for: .dprd)
        if context.options.includeAttachments && !ownLines.isEmpty {
            blocks.append(.pageBreak)
            blocks.append(.title(["LAMPIRAN", "RENCANA PEMBIAYAAN KERJA SAMA", "DARI APBD " + BuildContext.upper(RichText(context.parties[own].name)), "TENTANG", BuildContext.upper(context.title)]))
            blocks += FinancingPlanBuilder(context: context).tableBlocks(party: own)
        }
        return Naskah(kind: .dprd, title: "Permohonan Persetujuan DPRD atas Kerja Sama tentang \(BuildContext.withoutLeadingKerjaSama(c.title))", blocks: blocks)
    }
}

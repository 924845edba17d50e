import MufakatDomain

/// Naskah Perjanjian Kerja Sama: like the KB, with the KB and the DPRD approval recalled in the
/// preamble, the PKS articles, signatures (on a power of attorney where given), and the
/// financing plan attached under the agreement's full heading and signed again.
struct AgreementBuilder {
    let context: BuildContext

    func build() -> Naskah {
        let c = context.cooperation
        let stage = c.agreement
        let name = "Perjanjian Kerja Sama"
        var blocks: [Block] = [
            context.titleBlock(name),
            context.numberLines(stage.signing, stagePath: "agreement", documentName: name),
            context.opening(stage.signing, stagePath: "agreement", documentName: name, weSign: false),
            context.partyBlocks(stage.signing, stagePath: "agreement"),
            .paragraph(Paragraph(RichText("\(context.partyLabels) yang selanjutnya secara bersama-sama disebut PARA PIHAK, terlebih dahulu menerangkan hal-hal sebagai berikut:"))),
        ]
        let variables = ClauseVariables(context: context, document: .pks)
        var considerations: [RichText] = []
        if case .inline(let numbers)? = variables.value("nomor_kb"), case .inline(let date)? = variables.value("tanggal_kb") {
            considerations.append(RichText("bahwa PARA PIHAK telah menandatangani \(context.memorandumName) ") + numbers
                                  + " tanggal " + date + " tentang " + context.title)
        }
        considerations += councilApprovals()
        considerations += stage.considerations.map(BuildContext.trimPunctuation).filter { !$0.isEmpty }.map { RichText($0) }
        blocks.append(.list(context.considerations(considerations, agreeing: name)))
        blocks += context.legalBases()
        blocks.append(.paragraph(Paragraph(RichText("PARA PIHAK sepakat untuk mengadakan \(name) dengan ketentuan sebagai berikut:"))))
        blocks += ArticleSet(context: context, document: .pks).blocks(edited: stage.articles)
        blocks.append(context.signatureBlocks(stage.signing, stagePath: "agreement"))
        if context.options.includeAttachments && !c.financing.lines.isEmpty {
            blocks.append(.pageBreak)
            // "LAMPIRAN / PERJANJIAN KERJA SAMA / ANTARA ... DAN ... / TENTANG ...", the numbers,
            // then the plan, signed by the same signatories as the agreement.
            var heading: [RichText] = ["LAMPIRAN"]
            if case .title(let lines) = context.titleBlock(name) { heading += lines }
            blocks.append(.title(heading))
            blocks.append(.numbers(numbersLines(stage.signing)))
            blocks.append(.title(["RENCANA PEMBIAYAAN"]))
            blocks += FinancingPlanBuilder(context: context).tableBlocks()
            blocks.append(context.signatureBlocks(stage.signing, stagePath: "agreement"))
        }
        return Naskah(kind: .pks, title: "\(name) tentang \(c.title)", blocks: blocks)
    }

    private func numbersLines(_ signing: Signing) -> [RichText] {
        context.parties.indices.map { i in
            let number = i < signing.numbers.count ? signing.numbers[i] : ""
            return "NOMOR : " + context.text(number, "agreement.signing.numbers[\(i)]", "Nomor Perjanjian Kerja Sama \(context.partyDescriptor(i))")
        }
    }

    /// "bahwa rencana kerja sama ini telah mendapat persetujuan DPRD ... Nomor ... tanggal ...",
    /// one per council; a missing field when approval is needed but not recorded.
    private func councilApprovals() -> [RichText] {
        let c = context.cooperation
        let stage = c.councilApproval
        if stage.progress.status == .skipped { return [] }
        if stage.approvals.isEmpty {
            guard c.burdensPublic == true || c.financing.hasUnbudgetedLine else { return [] }
            return [RichText("bahwa rencana kerja sama ini telah mendapat persetujuan Dewan Perwakilan Rakyat Daerah ")
                    + RichText(missing: MissingValue(path: "councilApproval.approvals",
                                                     label: "Keputusan persetujuan DPRD (diperlukan menurut PP 28/2018 Pasal 6 ayat (2))"))]
        }
        return stage.approvals.enumerated().compactMap { n, approval in
            guard approval.approved != false, context.parties.indices.contains(approval.partyIndex) else { return nil }
            let i = approval.partyIndex
            let base = "councilApproval.approvals[\(n)]"
            return RichText("bahwa rencana kerja sama ini telah mendapat persetujuan Dewan Perwakilan Rakyat Daerah \(context.parties[i].name) sebagaimana tercantum dalam Keputusan Dewan Perwakilan Rakyat Daerah \(context.parties[i].name) Nomor ")
                + context.text(approval.decisionNumber, "\(base).decisionNumber", "Nomor Keputusan DPRD \(context.parties[i].name)")
                + " tanggal " + context.date(approval.decisionDate, "\(base).decisionDate", "Tanggal Keputusan DPRD \(context.parties[i].name)")
        }
    }
}

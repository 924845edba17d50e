import MufakatDomain

/// Naskah Kesepakatan Bersama (or Nota Kesepakatan with a ministry): title, numbers per party,
/// opening, party blocks, considerations, legal bases, articles, signatures.
struct MemorandumBuilder {
    let context: BuildContext
    /// `.kb` or `.nota`.
    var document: DocumentKind = .kb

    func build() -> Naskah {
        let c = context.cooperation
        let stage = c.memorandum
        let name = context.memorandumName
        var blocks: [Block] = [
            context.titleBlock(name),
            context.numberLines(stage.signing, stagePath: "memorandum", documentName: name),
            context.opening(stage.signing, stagePath: "memorandum", documentName: name, weSign: true),
            context.partyBlocks(stage.signing, stagePath: "memorandum"),
            .paragraph(Paragraph(RichText("\(context.partyLabels) selanjutnya secara bersama-sama disebut PARA PIHAK, terlebih dahulu menerangkan hal-hal sebagai berikut:"))),
        ]
        let given = stage.considerations.map(BuildContext.trimPunctuation).filter { !$0.isEmpty }.map { RichText($0) }
        let considerations = given.isEmpty
            ? [RichText(missing: MissingValue(path: "memorandum.considerations", label: "Pertimbangan (bahwa ...) \(name)"))]
            : given
        blocks.append(.list(context.considerations(considerations, agreeing: name)))
        blocks += context.legalBases()
        blocks.append(.paragraph(Paragraph(RichText("PARA PIHAK sepakat untuk mengikatkan diri dalam \(name) dengan ketentuan sebagai berikut:"))))
        blocks += ArticleSet(context: context, document: document).blocks(edited: stage.articles)
        blocks.append(context.signatureBlocks(stage.signing, stagePath: "memorandum"))
        if document == .nota { blocks += actionPlanAnnex(name: name) }
        let title = "\(name) tentang \(c.title)"
        return Naskah(kind: document, title: title, blocks: blocks)
    }

    /// Lampiran: the rencana aksi table (kegiatan, keluaran, penanggung jawab, jadwal, sumber
    /// pendanaan), which the Nota makes "bagian yang tidak terpisahkan" (PP 28/2018 Pasal 46).
    func actionPlanAnnex(name: String) -> [Block] {
        let c = context.cooperation
        var blocks: [Block] = [.pageBreak]
        var heading: [RichText] = ["LAMPIRAN", RichText(name.uppercased())]
        heading += context.parties.indices.map { i in
            let n = i < c.memorandum.signing.numbers.count ? c.memorandum.signing.numbers[i] : ""
            return "NOMOR : " + context.text(n, "memorandum.signing.numbers[\(i)]", "Nomor \(name) \(context.partyDescriptor(i))")
        }
        heading += ["TENTANG", BuildContext.upper(context.title)]
        blocks.append(.title(heading))
        blocks.append(.heading("RENCANA AKSI"))
        let rows: [Table.Row]
        if c.memorandum.actionPlan.isEmpty {
            rows = [Table.Row(["1", RichText(missing: MissingValue(path: "memorandum.actionPlan", label: "Rencana aksi (lampiran \(name))")), "", "", "", ""])]
        } else {
            rows = c.memorandum.actionPlan.enumerated().map { n, item in
                let base = "memorandum.actionPlan[\(n)]"
                var owner: RichText = item.partyIndex >= 0 && item.partyIndex < context.parties.count
                    ? RichText(context.parties[item.partyIndex].name)
                    : RichText(missing: MissingValue(path: "\(base).partyIndex", label: "Penanggung jawab rencana aksi \(n + 1)"))
                let unit = item.unit.trimmedWhitespace()
                if !unit.isEmpty { owner = RichText(unit) + " (" + owner + ")" }
                return Table.Row([
                    RichText("\(n + 1)"),
                    context.phrase(item.activity, "\(base).activity", "Kegiatan rencana aksi \(n + 1)"),
                    context.phrase(item.output, "\(base).output", "Keluaran rencana aksi \(n + 1)"),
                    owner,
                    context.text(item.timeline, "\(base).timeline", "Jadwal rencana aksi \(n + 1)"),
                    RichText(item.funding.label),
                ])
            }
        }
        blocks.append(.table(Table(columns: [Table.Column(weight: 2, alignment: .center), Table.Column(weight: 6), Table.Column(weight: 5),
                                             Table.Column(weight: 5), Table.Column(weight: 3), Table.Column(weight: 4)],
                                   header: ["No.", "Kegiatan", "Keluaran", "Penanggung Jawab", "Jadwal", "Sumber Pendanaan"], rows: rows)))
        blocks.append(context.signatureBlocks(c.memorandum.signing, stagePath: "memorandum"))
        return blocks
    }
}

/// The articles of a KB or PKS: the officer's edited articles when there are any, else the
/// rulebook's clause templates for the kind, numbered "Pasal 1", "Pasal 2", ... in order.
struct ArticleSet {
    let context: BuildContext
    let document: DocumentKind

    var variables: ClauseVariables { ClauseVariables(context: context, document: document) }

    /// Articles pre-filled from the templates (what the wizard shows for editing).
    func prefilled() -> [Article] {
        context.rulebook.clauses(for: document.rawValue, cooperation: context.cooperation)
            .map { ArticleText.prefill($0, variables: variables) }
    }

    func blocks(edited: [Article]) -> [Block] {
        let articles = edited.isEmpty ? prefilled() : edited
        if articles.isEmpty {
            return [.paragraph(Paragraph(RichText(missing: MissingValue(
                path: "rulebook.clause",
                label: "Templat pasal \(document.label) dalam rulebook (bagian [[clause]] dengan document = \"\(document.rawValue)\")"))))]
        }
        return articles.enumerated().map { i, article in
            .article(ArticleBlock(number: i + 1,
                                  heading: BuildContext.upper(ArticleText.resolve(article.heading, variables, article: article)),
                                  items: ArticleText.items(article, variables: variables),
                                  clauseID: article.clauseID))
        }
    }
}

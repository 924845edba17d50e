import MufakatDomain

/// Naskah Kesepakatan Bersama (or Nota Kesepakatan with a ministry): title, numbers per party,
/// opening, party blocks, considerations, legal bases, articles, signatures.
struct MemorandumBuilder {
    let context: BuildContext

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
        blocks += ArticleSet(context: context, document: .kb).blocks(edited: stage.articles)
        blocks.append(context.signatureBlocks(stage.signing, stagePath: "memorandum"))
        let title = "\(name) tentang \(c.title)"
        return Naskah(kind: .kb, title: title, blocks: blocks)
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

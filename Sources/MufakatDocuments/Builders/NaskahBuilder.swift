import MufakatDomain

/// Builds naskah from a cooperation: the one entry point for the app and the CLI.
///
/// A document that does not apply to the cooperation (a PKS for a Nota Kesepakatan, a DPRD
/// request when no approval is needed) throws `NaskahError`; a document that applies but is not
/// complete yet builds with `MissingValue`s (see `Naskah.missingFields`).
public struct NaskahBuilder: Sendable {
    public var rulebook: Rulebook
    public var letterhead: Letterhead?
    public var options: BuildOptions

    public init(rulebook: Rulebook, letterhead: Letterhead? = nil, options: BuildOptions = BuildOptions()) {
        self.rulebook = rulebook; self.letterhead = letterhead; self.options = options
    }

    func context(_ cooperation: Cooperation, party: Int? = nil) -> BuildContext {
        BuildContext(cooperation: cooperation, rulebook: rulebook, letterhead: letterhead, options: options, party: party)
    }

    /// Whether `document` applies to the cooperation's kind under the rulebook; the reason when not.
    public func applicability(of document: DocumentKind, to cooperation: Cooperation) -> String? {
        guard let kind = rulebook.kind(cooperation.kind) else {
            return "jenis kerja sama \(cooperation.kind.label) tidak ada dalam rulebook"
        }
        if !kind.allowed { return kind.refusal ?? "jenis kerja sama \(kind.name) tidak didukung" }
        if cooperation.parties.count < 2 {
            return "kerja sama baru memiliki \(cooperation.parties.count) pihak; isi paling sedikit dua pihak (parties)"
        }
        if let stage = document.stageID, !kind.stages.contains(stage) {
            if document == .kb && cooperation.kind == .notaKesepakatan {
                return "kerja sama dengan kementerian/lembaga memakai Nota Kesepakatan, bukan Kesepakatan Bersama; pilih naskah nota"
            }
            return "naskah ini tidak termasuk tahapan \(kind.name) menurut rulebook"
        }
        if document == .adendum && cooperation.amendments.isEmpty {
            return "belum ada perubahan (adendum) yang dicatat"
        }
        if document == .perpanjangan && (cooperation.renewals ?? []).isEmpty {
            return "belum ada perpanjangan yang dicatat"
        }
        if document == .pengakhiran && cooperation.ended == nil {
            return "berakhirnya kerja sama belum dicatat (alasan, tanggal, dan naskah pendukung)"
        }
        return nil
    }

    /// Builds `document`. Letters come from one party: the offer from the initiator, an answer
    /// from a partner, a DPRD letter from the party whose council is asked. `party` names it
    /// (an answer per partner, a DPRD letter per party); nil lets the document decide from the
    /// store's letterhead region.
    public func build(_ document: DocumentKind, for cooperation: Cooperation, party: Int? = nil) throws(NaskahError) -> Naskah {
        if let problem = applicability(of: document, to: cooperation) {
            throw NaskahError(document: document, problem: problem)
        }
        if let party, !cooperation.parties.indices.contains(party) {
            throw NaskahError(document: document, problem: "pihak nomor \(party + 1) tidak ada dalam daftar para pihak")
        }
        let ctx = context(cooperation, party: party)
        var naskah: Naskah
        switch document {
        case .penawaran: naskah = try OfferLetterBuilder(context: ctx).build()
        case .jawaban: naskah = try AnswerLetterBuilder(context: ctx).build()
        case .kak: naskah = TermsOfReferenceBuilder(context: ctx).build()
        case .kb, .nota: naskah = MemorandumBuilder(context: ctx, document: document).build()
        case .pks: naskah = AgreementBuilder(context: ctx).build()
        case .dprd: naskah = try CouncilRequestBuilder(context: ctx).build()
        case .pembiayaan: naskah = FinancingPlanBuilder(context: ctx).build()
        case .ringkasan: naskah = SummaryBuilder(context: ctx).build()
        case .laporan: naskah = ImplementationReportBuilder(context: ctx).build()
        case .pengakhiran:
            naskah = cooperation.ended?.instrument == .statement ? EndingStatementBuilder(context: ctx).build() : EndingNoticeBuilder(context: ctx).build()
        case .adendum, .perpanjangan: naskah = ChangeDocumentBuilder(context: ctx, document: document).build()
        }
        naskah.isDraft = options.draft
        naskah.initials = PageFurniture.initials(for: document, rulebook: rulebook, parties: cooperation.parties.count)
        // An answer letter is dated by its own partner (AnswerLetterBuilder).
        if document != .jawaban { naskah.date = NaskahBuilder.documentDate(document, of: cooperation) }
        naskah.pageNumber = PageFurniture.pageNumber(for: document, rulebook: rulebook)
        return naskah
    }

    /// The date a document bears: its signing or letter date.
    static func documentDate(_ document: DocumentKind, of c: Cooperation) -> CalendarDate? {
        switch document {
        case .penawaran: c.offer.letterDate
        case .kb, .nota: c.memorandum.signing.date
        case .pks, .pembiayaan: c.agreement.signing.date ?? c.memorandum.signing.date
        case .dprd: c.councilApproval.approvals.compactMap(\.requestDate).first
        case .jawaban: c.offer.responseDate // one partner: see AnswerLetterBuilder
        case .kak, .ringkasan: c.proposal.date
        case .laporan: c.implementation.reports.last.map(\.date)
        case .pengakhiran: c.ended?.instrument == .statement ? (c.ended?.statementDate ?? c.ended?.date) : c.ended.map(\.date)
        case .adendum: c.amendments.last.map(\.date)
        case .perpanjangan: c.renewals?.last?.date
        }
    }

    /// Pasal pre-filled from the rulebook's clause templates for a KB (`.kb`) or PKS (`.pks`),
    /// for the wizard to show as editable articles. Values known today are filled in; the
    /// others stay as `{variable}` and are filled (or flagged) when the document is built.
    /// Store the result in `memorandum.articles` / `agreement.articles` once the officer edits it.
    /// A Nota Kesepakatan's memorandum articles come from the "nota" templates even when asked as `.kb`.
    public func prefilledArticles(_ document: DocumentKind, for cooperation: Cooperation) -> [Article] {
        guard document.clauseDocument != nil else { return [] }
        let doc = document == .kb || document == .nota ? DocumentKind.memorandum(for: cooperation.kind) : document
        return ArticleSet(context: context(cooperation), document: doc).prefilled()
    }

    /// The {variables} the clause templates may use.
    public static var clauseVariableNames: [String] { ClauseVariables.names }

    /// Variables in a rulebook's clause templates that the program does not fill, as
    /// (clause id, variable name), for `mufakat rulebook check` and tests.
    public static func unknownClauseVariables(in rulebook: Rulebook) -> [(clauseID: String, name: String)] {
        let known = Set(ClauseVariables.names)
        var out: [(clauseID: String, name: String)] = []
        for clause in rulebook.clauses {
            for text in [clause.heading] + clause.paragraphs {
                for line in text.linesAtLineFeeds() {
                    for token in ArticleText.tokens(in: line) where !known.contains(token.name) {
                        out.append((clause.id, token.name))
                    }
                }
            }
        }
        return out
    }
}

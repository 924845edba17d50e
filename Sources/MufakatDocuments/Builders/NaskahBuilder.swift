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

    func context(_ cooperation: Cooperation) -> BuildContext {
        BuildContext(cooperation: cooperation, rulebook: rulebook, letterhead: letterhead, options: options)
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

    public func build(_ document: DocumentKind, for cooperation: Cooperation) throws(NaskahError) -> Naskah {
        if let problem = applicability(of: document, to: cooperation) {
            throw NaskahError(document: document, problem: problem)
        }
        let ctx = context(cooperation)
        switch document {
        case .penawaran: return OfferLetterBuilder(context: ctx).build()
        case .kak: return TermsOfReferenceBuilder(context: ctx).build()
        case .kb, .nota: return MemorandumBuilder(context: ctx, document: document).build()
        case .pks: return AgreementBuilder(context: ctx).build()
        case .dprd: return try CouncilRequestBuilder(context: ctx).build()
        case .pembiayaan: return FinancingPlanBuilder(context: ctx).build()
        case .ringkasan: return SummaryBuilder(context: ctx).build()
        case .laporan: return ImplementationReportBuilder(context: ctx).build()
        case .pengakhiran: return EndingNoticeBuilder(context: ctx).build()
        case .adendum, .perpanjangan: return ChangeDocumentBuilder(context: ctx, document: document).build()
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
                for line in text.components(separatedBy: "\n") {
                    for token in ArticleText.tokens(in: line) where !known.contains(token.name) {
                        out.append((clause.id, token.name))
                    }
                }
            }
        }
        return out
    }
}

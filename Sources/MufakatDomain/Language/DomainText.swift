/// Katalog teks domain: the Domain's own messages that reach users (the value limits, the
/// rulebook check) as typed entries in both languages; the memberwise init makes the compiler
/// check both languages have every entry and argument. Follows `DisplayLanguage.current`.
/// The law's own texts (validation messages, stage names) stay in the rulebook.
struct DomainText: Sendable {
    /// Why a number lies outside its range (`ValueLimits`).
    var limits: Catalogue<ValueLimitsText>
    /// The words the validator fills into a rule's placeholders (`DomainText+Validator.swift`).
    var validator: Catalogue<ValidatorText>
    /// What the rulebook check reports (`DomainText+RulebookCheck.swift`).
    var rulebookCheck: Catalogue<RulebookCheckText>
    /// What the rulebook check says about the rulebook's meaning (`DomainText+RulebookMeaning.swift`).
    var rulebookMeaning: Catalogue<RulebookMeaningText>

    static let indonesian = DomainText(limits: Catalogue(.indonesian), validator: Catalogue(.indonesian), rulebookCheck: Catalogue(.indonesian), rulebookMeaning: Catalogue(.indonesian))
    static let english = DomainText(limits: Catalogue(.english), validator: Catalogue(.english), rulebookCheck: Catalogue(.english), rulebookMeaning: Catalogue(.english))

    /// The catalogue of the language in use, by reference (reading an entry copies nothing).
    static var current: Catalogue<DomainText> { DisplayLanguage.current == .english ? englishCatalogue : indonesianCatalogue }
    private static let indonesianCatalogue = Catalogue(indonesian)
    private static let englishCatalogue = Catalogue(english)
}

/// `DomainText.limits`: the names of the limited numbers and the out-of-range sentence.
struct ValueLimitsText: Sendable {
    var proposalDuration: String, memorandumDuration: String, agreementDuration: String
    var startBudgetYear: String, forceMajeureNoticeDays: String, evaluationsPerYear: String
    var targetYear: String, budgetYear: String, partyIndex: String, revisionNumber: String, rkpdYear: String
    var outOfRange: @Sendable (_ what: String, _ value: Int, _ lower: Int, _ upper: Int) -> String
    var tooManyParties: @Sendable (_ count: Int, _ limit: Int) -> String

    static let indonesian = ValueLimitsText(
        proposalDuration: "jangka waktu usulan (tahun)", memorandumDuration: "jangka waktu Kesepakatan Bersama atau Nota Kesepakatan (tahun)",
        agreementDuration: "jangka waktu PKS (tahun)",
        startBudgetYear: "tahun anggaran mulai", forceMajeureNoticeDays: "pemberitahuan keadaan kahar (hari)",
        evaluationsPerYear: "evaluasi per tahun anggaran",
        targetYear: "tahun target", budgetYear: "tahun anggaran", partyIndex: "indeks pihak", revisionNumber: "nomor revisi",
        rkpdYear: "tahun RKPD",
        outOfRange: { "\($0) bernilai \($1), di luar batas; seharusnya \($2) sampai \($3)" },
        tooManyParties: { "berisi \($0) pihak; paling banyak \($1)" })

    static let english = ValueLimitsText(
        proposalDuration: "proposal duration (years)", memorandumDuration: "joint agreement (KB) or Nota Kesepakatan duration (years)",
        agreementDuration: "PKS duration (years)",
        startBudgetYear: "starting budget year", forceMajeureNoticeDays: "force majeure notice (days)",
        evaluationsPerYear: "evaluations per budget year",
        targetYear: "target year", budgetYear: "budget year", partyIndex: "party number", revisionNumber: "revision number",
        rkpdYear: "RKPD year",
        outOfRange: { "\($0) is \($1), out of range; it should be \($2) to \($3)" },
        tooManyParties: { "holds \($0) parties; at most \($1)" })
}

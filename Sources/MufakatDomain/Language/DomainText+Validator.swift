/// `DomainText.validator`: the words the validator puts into a rule's {placeholders} (which
/// part, which date, what is missing), in the interface language, so that an English finding
/// carries no Indonesian label. The rule's sentence itself comes from the rulebook.
struct ValidatorText: Sendable {
    var none: String
    var spanProposal: String, spanAgreement: String, spanAgreementByDates: String
    var memorandumOfAgreement: String, jointAgreement: String
    var dateRange: @Sendable (_ from: String, _ to: String) -> String
    var authorMissing: String, dateMissing: String, dateMissingParenthesized: String
    var today: @Sendable (_ date: String) -> String
    var ownerMissing: String, descriptionMissing: String
    var followUpDescription: String, followUpOwner: String, followUpDeadline: String
    var unnamed: String, titleEmpty: String
    var proposalDate: String, offerLetterDate: String, offerResponseDate: String
    var signingDate: @Sendable (_ document: String) -> String
    var pksSigningDate: String
    var councilRequestDate: @Sendable (_ party: String) -> String
    var councilDecisionDate: @Sendable (_ party: String) -> String
    var memorandumDurationMissing: String
    var comesIntoForce: String, ends: String
    var councilNotRequested: String, councilRefused: String, councilUndecided: String
    var partyRegion: String, partyThirdParty: String, partyMinistry: String, partyForeign: String
    var ruleMissing: @Sendable (_ id: String) -> String
    var ruleMissingBasis: String
    var stageRequiredFor: @Sendable (_ kind: String) -> String

    static let indonesian = ValidatorText(
        none: "tidak ada",
        spanProposal: "pada KAK", spanAgreement: "Perjanjian Kerja Sama",
        spanAgreementByDates: "Perjanjian Kerja Sama menurut tanggal mulai dan berakhir",
        memorandumOfAgreement: "Nota Kesepakatan", jointAgreement: "Kesepakatan Bersama",
        dateRange: { "\($0) s.d. \($1)" },
        authorMissing: "penyusun belum diisi", dateMissing: "tanggal belum diisi", dateMissingParenthesized: "(tanggal belum diisi)",
        today: { "hari ini (\($0))" },
        ownerMissing: "(penanggung jawab belum diisi)", descriptionMissing: "(uraian belum diisi)",
        followUpDescription: "uraian", followUpOwner: "penanggung jawab", followUpDeadline: "tenggat",
        unnamed: "(tanpa nama)", titleEmpty: "jabatan kosong",
        proposalDate: "Tanggal usulan", offerLetterDate: "Tanggal surat penawaran", offerResponseDate: "Tanggal jawaban penawaran",
        signingDate: { "Tanggal penandatanganan \($0)" },
        pksSigningDate: "Tanggal penandatanganan PKS",
        councilRequestDate: { "Tanggal surat permohonan persetujuan DPRD \($0)" },
        councilDecisionDate: { "Tanggal keputusan DPRD \($0)" },
        memorandumDurationMissing: "(jangka waktu KB belum diisi)",
        comesIntoForce: "mulai berlaku", ends: "berakhir",
        councilNotRequested: "belum dimohonkan", councilRefused: "ditolak", councilUndecided: "belum diputuskan",
        partyRegion: "daerah", partyThirdParty: "pihak ketiga", partyMinistry: "kementerian/lembaga", partyForeign: "pihak luar negeri",
        ruleMissing: { "Pemeriksaan '\($0)' menemukan masalah, tetapi rulebook tidak memuat aturan ini sehingga pesannya tidak tersedia. Tambahkan [[rule]] dengan id = \"\($0)\" pada rulebook (periksa dengan `mufakat rulebook check`)." },
        ruleMissingBasis: "(aturan tidak ada dalam rulebook)",
        stageRequiredFor: { "tahapan ini wajib untuk \($0)" })

    static let english = ValidatorText(
        none: "none",
        spanProposal: "in the KAK", spanAgreement: "the cooperation agreement (PKS)",
        spanAgreementByDates: "the cooperation agreement (PKS) by its start and end dates",
        memorandumOfAgreement: "the Memorandum of Agreement", jointAgreement: "the Joint Agreement",
        dateRange: { "\($0) to \($1)" },
        authorMissing: "author not filled in", dateMissing: "date not filled in", dateMissingParenthesized: "(date not filled in)",
        today: { "today (\($0))" },
        ownerMissing: "(person in charge not filled in)", descriptionMissing: "(description not filled in)",
        followUpDescription: "description", followUpOwner: "person in charge", followUpDeadline: "deadline",
        unnamed: "(no name)", titleEmpty: "no position",
        proposalDate: "The proposal date", offerLetterDate: "The offer letter date", offerResponseDate: "The offer response date",
        signingDate: { "The signing date of \($0)" },
        pksSigningDate: "The PKS signing date",
        councilRequestDate: { "The date of the DPRD approval request of \($0)" },
        councilDecisionDate: { "The date of the DPRD decision of \($0)" },
        memorandumDurationMissing: "(Joint Agreement duration not filled in)",
        comesIntoForce: "of coming into force", ends: "of ending",
        councilNotRequested: "has not been requested", councilRefused: "was refused", councilUndecided: "is not decided yet",
        partyRegion: "region", partyThirdParty: "third party", partyMinistry: "ministry/agency", partyForeign: "foreign party",
        ruleMissing: { "The check '\($0)' found a problem, but the rulebook has no such rule, so its message is not available. Add a [[rule]] with id = \"\($0)\" to the rulebook (check it with `mufakat rulebook check`)." },
        ruleMissingBasis: "(rule not in the rulebook)",
        stageRequiredFor: { "this stage is required for a \($0)" })
}

import MufakatDomain

/// Katalog teks naskah (antarmuka): the words of the documents layer that reach the interface,
/// not the documents, which stay Indonesian whatever the interface language. Typed entries in
/// both languages (the memberwise init makes the compiler check both). Follows
/// `DisplayLanguage.current`; held by reference (`Catalogue`).
struct DocumentsText: Sendable {
    /// Why a KB, Nota or PKS cannot be signed yet (`SigningCheck`).
    var signing: Catalogue<SigningCheckText>

    static let indonesian = DocumentsText(signing: Catalogue(.indonesian))
    static let english = DocumentsText(signing: Catalogue(.english))

    /// The catalogue of the language in use, by reference (reading an entry copies nothing).
    static var current: Catalogue<DocumentsText> { DisplayLanguage.current == .english ? englishCatalogue : indonesianCatalogue }
    private static let indonesianCatalogue = Catalogue(indonesian)
    private static let englishCatalogue = Catalogue(english)
}

/// `DocumentsText.signing`: the problems `SigningCheck` reports, in the interface language.
struct SigningCheckText: Sendable {
    var notSignedAsStage: @Sendable (_ document: String) -> String
    var unfilled: @Sendable (_ marker: String) -> String
    var offerAnswer: @Sendable (_ party: String) -> String
    var offerNotAccepted: @Sendable (_ state: String, _ document: String) -> String
    var burdensPublic: String, burdensPublicUnanswered: String
    var memorandumDate: String, memorandumNotSigned: String
    var financingPlan: String, financingPlanMissing: String
    var councilApproval: @Sendable (_ party: String) -> String
    var councilNotRequested: String, councilRefused: String, councilUndecided: String
    var councilPending: @Sendable (_ state: String) -> String
    /// " (dasar: …; perlu konfirmasi)" after a problem.
    var basis: @Sendable (_ basis: String, _ toConfirm: Bool) -> String

    static let indonesian = SigningCheckText(
        notSignedAsStage: { "\($0) tidak ditandatangani sebagai tahapan; yang ditandatangani adalah Kesepakatan Bersama dan Perjanjian Kerja Sama" },
        unfilled: { "belum diisi; naskah masih memuat \($0)" },
        offerAnswer: { "Jawaban penawaran \($0)" },
        offerNotAccepted: { "masih '\($0)'; \($1) ditandatangani setelah setiap mitra menerima penawaran" },
        burdensPublic: "Membebani masyarakat dan daerah",
        burdensPublicUnanswered: "belum dijawab; jawaban ini menentukan apakah persetujuan DPRD diperlukan sebelum PKS",
        memorandumDate: "Tanggal penandatanganan Kesepakatan Bersama",
        memorandumNotSigned: "Kesepakatan Bersama belum ditandatangani; PKS disusun dan ditandatangani sesudahnya",
        financingPlan: "Rencana pembiayaan",
        financingPlanMissing: "belum disusun; tanpa rencana pembiayaan tidak dapat ditentukan apakah persetujuan DPRD diperlukan",
        councilApproval: { "Persetujuan DPRD \($0)" },
        councilNotRequested: "belum dimohonkan", councilRefused: "ditolak", councilUndecided: "belum diputuskan",
        councilPending: { "\($0); PKS ditandatangani setelah DPRD menyetujui kerja sama yang membebani masyarakat dan daerah atau yang pembiayaannya dari APBD belum dianggarkan" },
        basis: { " (dasar: \($0)\($1 ? "; perlu konfirmasi" : ""))" })

    static let english = SigningCheckText(
        notSignedAsStage: { "\($0) is not signed as a stage; what is signed is the joint agreement (Kesepakatan Bersama) and the cooperation agreement (Perjanjian Kerja Sama)" },
        unfilled: { "not filled in; the document still shows \($0)" },
        offerAnswer: { "Answer to the offer, \($0)" },
        offerNotAccepted: { "still '\($0)'; the \($1) is signed after every partner has accepted the offer" },
        burdensPublic: "Burdens the public and the region",
        burdensPublicUnanswered: "not answered yet; the answer decides whether DPRD approval is needed before the PKS",
        memorandumDate: "Signing date of the joint agreement (KB)",
        memorandumNotSigned: "The joint agreement (KB) is not signed yet; the PKS is drawn up and signed after it",
        financingPlan: "Financing plan",
        financingPlanMissing: "not drawn up yet; without a financing plan it cannot be decided whether DPRD approval is needed",
        councilApproval: { "DPRD approval, \($0)" },
        councilNotRequested: "not requested", councilRefused: "refused", councilUndecided: "not decided yet",
        councilPending: { "\($0); the PKS is signed after the DPRD approves a cooperation that burdens the public and the region or whose APBD financing is not yet budgeted" },
        basis: { " (basis: \($0)\($1 ? "; to be confirmed" : ""))" })
}

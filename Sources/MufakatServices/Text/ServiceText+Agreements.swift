/// `ServiceText.agreements`: the meeting's agreements (kesepakatan rapat): the draft preview, the
/// agreement lines and the refusals of recording, withdrawing, splitting and merging.
struct AgreementServiceText: Sendable {
    var draftTitle: @Sendable (_ title: String) -> String
    var parties: @Sendable (_ count: Int, _ names: String) -> String
    var kind: @Sendable (_ kind: String) -> String
    var targetYear: @Sendable (_ year: Int) -> String
    var indicativeCost: @Sendable (_ amount: String) -> String
    var recordedIn: @Sendable (_ meeting: String, _ number: Int) -> String
    var alreadyRecorded: @Sendable (_ number: Int) -> String
    var noSuchAgreement: @Sendable (_ number: Int, _ meeting: String, _ count: Int) -> String
    var reasonRequired: String
    var alreadyWithdrawn: @Sendable (_ number: Int) -> String
    var draftPart: @Sendable (_ id: String) -> String
    var withdrawnPart: @Sendable (_ date: String, _ reason: String) -> String
    var reviewPart: @Sendable (_ note: String) -> String
    var noGroupToSplit: @Sendable (_ affair: String, _ regions: String) -> String
    var nothingToMerge: @Sendable (_ affair: String, _ regions: String) -> String

    static let indonesian = AgreementServiceText(
        draftTitle: { "Draf kerja sama: \($0)" },
        parties: { "Para pihak (\($0)): \($1)" },
        kind: { "Jenis: \($0)" },
        targetYear: { "; tahun target \($0)" },
        indicativeCost: { "Anggaran indikatif (setiap pihak dihitung sekali): Rp\($0)" },
        recordedIn: { "Dicatat dalam berita acara rapat '\($0)' sebagai kesepakatan ke-\($1)." },
        alreadyRecorded: { "kesepakatan ke-\($0) untuk urusan dan para pihak yang sama sudah dicatat" },
        noSuchAgreement: { "tidak ada kesepakatan nomor \($0); rapat '\($1)' memuat \($2) kesepakatan" },
        reasonRequired: "alasan pencabutan wajib diisi",
        alreadyWithdrawn: { "kesepakatan nomor \($0) sudah dicabut sebelumnya" },
        draftPart: { " (draf '\($0)')" },
        withdrawnPart: { " [DICABUT \($0): \($1)]" },
        reviewPart: { " [PERLU DITINJAU: \($0)]" },
        noGroupToSplit: { "tidak ada kelompok urusan \($0) dengan daerah \($1) untuk dipisah" },
        nothingToMerge: { "urusan \($0) tidak memuat dua kecocokan atau lebih di antara daerah \($1) untuk digabung" })

    static let english = AgreementServiceText(
        draftTitle: { "Draft cooperation: \($0)" },
        parties: { "Parties (\($0)): \($1)" },
        kind: { "Kind: \($0)" },
        targetYear: { "; target year \($0)" },
        indicativeCost: { "Indicative budget (each party counted once): Rp\($0)" },
        recordedIn: { "Recorded in the minutes of meeting '\($0)' as agreement no. \($1)." },
        alreadyRecorded: { "agreement no. \($0) for the same affair and parties is already recorded" },
        noSuchAgreement: { "there is no agreement no. \($0); meeting '\($1)' holds \($2) agreement(s)" },
        reasonRequired: "a reason for the withdrawal is required",
        alreadyWithdrawn: { "agreement no. \($0) was already withdrawn" },
        draftPart: { " (draft '\($0)')" },
        withdrawnPart: { " [WITHDRAWN \($0): \($1)]" },
        reviewPart: { " [TO BE REVIEWED: \($0)]" },
        noGroupToSplit: { "there is no group for affair \($0) with regions \($1) to split" },
        nothingToMerge: { "affair \($0) has no two or more matches among regions \($1) to merge" })
}

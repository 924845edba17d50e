/// Teks dialog: the words of the shell's dialogs that list differences (save and sync conflicts,
/// the merge question) and of the names of answers outside the stage forms. Part of `AppText`
/// (`AppText.current.dialogs`). The stages' and fields' own names come from the rulebook.
struct DialogsText: Sendable {
    var empty: String, yes: String, no: String
    var otherFieldOf: @Sendable (_ stage: String) -> String
    var partyRow: @Sendable (_ number: Int) -> String
    var row: @Sendable (_ number: Int) -> String
    var otherField: String
    // Answers outside any stage form, by the root of their path.
    var title: String, kind: String, parties: String, partiesBordering: String, affairCode: String, subAffairID: String
    var burdensPublic: String, renews: String, amendments: String, notes: String, customStages: String
    // The merge question.
    var moreFields: @Sendable (_ count: Int) -> String
    var onlyTheirs: @Sendable (_ count: Int) -> String
    var onlyMine: @Sendable (_ count: Int) -> String
    var noneBoth: String
    var bothAsked: @Sendable (_ count: Int) -> String

    static let indonesian = DialogsText(
        empty: "(kosong)", yes: "ya", no: "tidak",
        otherFieldOf: { "\($0) › isian lain" },
        partyRow: { " (pihak ke-\($0))" },
        row: { " (baris \($0))" },
        otherField: "Isian lain",
        title: "Judul kerja sama", kind: "Jenis kerja sama", parties: "Para pihak",
        partiesBordering: "Wilayah para pihak berbatasan", affairCode: "Urusan pemerintahan",
        subAffairID: "Sub-urusan", burdensPublic: "Membebani masyarakat", renews: "Memperpanjang kerja sama",
        amendments: "Perubahan (adendum)", notes: "Catatan", customStages: "Tahapan tambahan",
        moreFields: { "\n… dan \($0) isian lain" },
        onlyTheirs: { "\nHanya diubah mereka, dipakai milik mereka (\($0)):" },
        onlyMine: { "\nHanya diubah Anda, tetap milik Anda (\($0)):" },
        noneBoth: "\nTidak ada isian yang diubah kedua pihak: Gabungkan menyimpan keduanya.",
        bothAsked: { "\nDiubah kedua pihak (\($0)), Gabungkan menanyakannya satu per satu:" })

    static let english = DialogsText(
        empty: "(empty)", yes: "yes", no: "no",
        otherFieldOf: { "\($0) › other field" },
        partyRow: { " (party \($0))" },
        row: { " (row \($0))" },
        otherField: "Other field",
        title: "Title of the cooperation", kind: "Kind of cooperation", parties: "Parties",
        partiesBordering: "The parties' territories border each other", affairCode: "Government affair",
        subAffairID: "Sub-affair", burdensPublic: "Burdens the public", renews: "Renews a cooperation",
        amendments: "Amendments (addendum)", notes: "Notes", customStages: "Additional stages",
        moreFields: { "\n… and \($0) more \($0 == 1 ? "field" : "fields")" },
        onlyTheirs: { "\nChanged only by them, theirs used (\($0)):" },
        onlyMine: { "\nChanged only by you, yours kept (\($0)):" },
        noneBoth: "\nNo field was changed by both sides: Merge keeps both.",
        bothAsked: { "\nChanged by both sides (\($0)), Merge asks about them one by one:" })

    /// The name of an answer outside any stage form, by the root of its path.
    func general(_ root: String) -> String? {
        switch root {
        case "title": title
        case "kind": kind
        case "parties": parties
        case "partiesBordering": partiesBordering
        case "affairCode": affairCode
        case "subAffairID": subAffairID
        case "burdensPublic": burdensPublic
        case "renews": renews
        case "amendments": amendments
        case "notes": notes
        case "customStages": customStages
        default: nil
        }
    }
}

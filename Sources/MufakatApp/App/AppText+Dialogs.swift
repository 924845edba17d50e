/// Teks dialog: the words of the shell's dialogs that list differences (save and sync conflicts,
/// the merge question). Part of `AppText` (`AppText.current.dialogs`). The stages' and fields' own names come from the rulebook.
struct DialogsText: Sendable {
    var empty: String, yes: String, no: String
    var otherFieldOf: @Sendable (_ stage: String) -> String
    var row: @Sendable (_ number: Int) -> String
    // The merge question.
    var moreFields: @Sendable (_ count: Int) -> String
    var onlyTheirs: @Sendable (_ count: Int) -> String
    var onlyMine: @Sendable (_ count: Int) -> String
    var noneBoth: String
    var bothAsked: @Sendable (_ count: Int) -> String

    static let indonesian = DialogsText(
        empty: "(kosong)", yes: "ya", no: "tidak",
        otherFieldOf: { "\($0) › isian lain" },
        row: { " (baris \($0))" },
        moreFields: { "\n… dan \($0) isian lain" },
        onlyTheirs: { "\nHanya diubah mereka, dipakai milik mereka (\($0)):" },
        onlyMine: { "\nHanya diubah Anda, tetap milik Anda (\($0)):" },
        noneBoth: "\nTidak ada isian yang diubah kedua pihak: Gabungkan menyimpan keduanya.",
        bothAsked: { "\nDiubah kedua pihak (\($0)), Gabungkan menanyakannya satu per satu:" })

    static let english = DialogsText(
        empty: "(empty)", yes: "yes", no: "no",
        otherFieldOf: { "\($0) › other field" },
        row: { " (row \($0))" },
        moreFields: { "\n… and \($0) more \($0 == 1 ? "field" : "fields")" },
        onlyTheirs: { "\nChanged only by them, theirs used (\($0)):" },
        onlyMine: { "\nChanged only by you, yours kept (\($0)):" },
        noneBoth: "\nNo field was changed by both sides: Merge keeps both.",
        bothAsked: { "\nChanged by both sides (\($0)), Merge asks about them one by one:" })
}

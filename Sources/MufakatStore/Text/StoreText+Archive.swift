/// `StoreText.archive`: what the store says about archived files (`files/`) and the profile's
/// emblem: a name that is no hash, changed or missing bytes, and how to restore them.
struct StoreArchiveText: Sendable {
    var invalidName: String
    var contentMismatch: @Sendable (_ recorded: String, _ actual: String) -> String
    var fileProblem: @Sendable (_ name: String, _ key: String, _ stage: String, _ kind: String, _ problem: String) -> String
    var fileFix: @Sendable (_ key: String, _ stage: String, _ kind: String, _ sha: String) -> String
    var logoProblem: @Sendable (_ name: String, _ problem: String) -> String
    var logoFix: @Sendable (_ sha: String) -> String
    var tempRemoved: @Sendable (_ name: String) -> String
    var changedByName: @Sendable (_ actual: String, _ named: String) -> String
    var restoreFix: String
    var invalidHash: String
    var unreadable: @Sendable (_ error: String) -> String
    var missing: String
    var changed: @Sendable (_ actual: String, _ recorded: String) -> String
    var sizeMismatch: @Sendable (_ size: Int, _ recorded: Int64) -> String

    static let indonesian = StoreArchiveText(
        invalidName: "nama berkas arsip tidak sah (harus SHA-256 heksadesimal)",
        contentMismatch: { "isi berkas arsip tidak sesuai dengan SHA-256 yang tercatat (tercatat \($0)…, isi \($1)…): berkas diubah atau rusak" },
        fileProblem: { "berkas arsip '\($0)' (kerja sama '\($1)', tahapan \($2), jenis \($3)) \($4)" },
        fileFix: { "Lampirkan kembali berkas aslinya dengan `mufakat lampirkan \($0) --stage \($1) --kind \($2) BERKAS`, atau pulihkan 'files/\($3)' dari cadangan atau bundel." },
        logoProblem: { "lambang profil daerah '\($0)' \($1)" },
        logoFix: { "Tetapkan lambangnya lagi dengan `mufakat profil --logo BERKAS.png` atau di layar Profil daerah, atau pulihkan 'files/\($0)' dari cadangan." },
        tempRemoved: { "Berkas sementara 'files/\($0)' dihapus." },
        changedByName: { "berkas arsip telah diubah: SHA-256 isinya \($0)…, padahal namanya \($1)…" },
        restoreFix: "Pulihkan berkas itu dari salinan lain.",
        invalidHash: "mencatat SHA-256 yang tidak sah",
        unreadable: { "tidak dapat dibaca (\($0))" },
        missing: "tidak ada di folder files/",
        changed: { "telah diubah: SHA-256 isinya \($0)…, padahal tercatat \($1)…" },
        sizeMismatch: { "berukuran \($0) bita, padahal tercatat \($1) bita" })

    static let english = StoreArchiveText(
        invalidName: "invalid archive file name (it must be a hexadecimal SHA-256)",
        contentMismatch: { "the archive file's contents do not match the recorded SHA-256 (recorded \($0)…, contents \($1)…): the file was changed or is damaged" },
        fileProblem: { "the archive file '\($0)' (cooperation '\($1)', stage \($2), kind \($3)) \($4)" },
        fileFix: { "Attach the original file again with `mufakat lampirkan \($0) --stage \($1) --kind \($2) FILE`, or restore 'files/\($3)' from a backup or bundle." },
        logoProblem: { "the region profile's emblem '\($0)' \($1)" },
        logoFix: { "Set the emblem again with `mufakat profil --logo FILE.png` or on the Region profile screen, or restore 'files/\($0)' from a backup." },
        tempRemoved: { "Temporary file 'files/\($0)' removed." },
        changedByName: { "the archive file was changed: the SHA-256 of its contents is \($0)…, but its name says \($1)…" },
        restoreFix: "Restore the file from another copy.",
        invalidHash: "records an invalid SHA-256",
        unreadable: { "cannot be read (\($0))" },
        missing: "is missing from the files/ folder",
        changed: { "was changed: the SHA-256 of its contents is \($0)…, but \($1)… is recorded" },
        sizeMismatch: { "is \($0) bytes, but \($1) bytes are recorded" })
}

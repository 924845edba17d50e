/// Teks arsip berkas: the file archive's words, one entry each with typed arguments. Part of
/// `AppText` (`AppText.current.archive`). File names and the rulebook's file kinds are data.
struct ArchiveText: Sendable {
    var writePath: String, writeFolder: String, pathPlaceholder: String, folderPlaceholder: String, nothingToCopy: String
    var keyAttach: String, keyComplete: String, keyCancel: String, keyCopy: String, keyStage: String, keyKind: String
    var keyBack: String, keyHelp: String
    var help: [(key: String, text: String)]
    var title: @Sendable (_ cooperation: String) -> String
    var nextAttachment: @Sendable (_ stage: String, _ kind: String, _ kindName: String) -> String
    var reading: String, empty: String
    var columnStage: String, columnKind: String, columnFile: String, columnSize: String, columnIntact: String
    var intact: String, damaged: String
    var fileLabel: String, copyLabel: String
    var noArchive: String, saveFirst: String
    var attaching: @Sendable (_ path: String) -> String
    var alreadyAttached: String
    var attached: @Sendable (_ file: String, _ size: String, _ revision: Int) -> String
    var copied: @Sendable (_ count: Int, _ folder: String) -> String
    var screenTitle: String

    static let indonesian = ArchiveText(
        writePath: "Tulis jalur berkas yang akan dilampirkan.", writeFolder: "Tulis folder tujuan salinan.",
        pathPlaceholder: "/jalur/ke/berkas.pdf", folderPlaceholder: "/jalur/folder/tujuan", nothingToCopy: "Belum ada berkas untuk disalin.",
        keyAttach: "lampirkan", keyComplete: "lengkapi jalur", keyCancel: "batal", keyCopy: "salin ke folder", keyStage: "tahapan", keyKind: "jenis",
        keyBack: "kembali", keyHelp: "bantuan",
        help: [
            ("a", "lampirkan berkas: tulis jalurnya (Tab melengkapi), Enter; berkas disimpan menurut SHA-256 isinya dan dicatat pada revisi baru"),
            ("t / j", "pilih tahapan dan jenis berkas untuk lampiran berikutnya (jenis dari rulebook)"),
            ("e", "salin semua berkas ke sebuah folder; setiap salinan diperiksa dengan SHA-256-nya"),
            ("Esc", "kembali ke penyuntingan"),
        ],
        title: { "Arsip berkas: \($0)" },
        nextAttachment: { "Lampiran berikutnya: tahapan \($0) · jenis \($1) (\($2))" },
        reading: "Membaca arsip…",
        empty: "Belum ada berkas. Tekan a untuk melampirkan pindaian naskah bertanda tangan atau dokumen lain.",
        columnStage: "Tahap", columnKind: "Jenis", columnFile: "Berkas", columnSize: "Ukuran", columnIntact: "Utuh",
        intact: "ya", damaged: "RUSAK",
        fileLabel: "Berkas: ", copyLabel: "Salin ke folder: ",
        noArchive: "Penyimpanan ini tidak menyimpan berkas arsip; buka penyimpanan dalam folder.",
        saveFirst: "Simpan dulu perubahan (Ctrl-S) sebelum membuka arsip berkas: lampiran disimpan sebagai revisi baru.",
        attaching: { "Melampirkan \($0)…" },
        alreadyAttached: "Berkas itu sudah terlampir; tidak ada yang diubah.",
        attached: { "\($0) dilampirkan (\($1)); revisi \($2)." },
        copied: { "\($0) berkas disalin ke \($1)" },
        screenTitle: "Arsip berkas")

    static let english = ArchiveText(
        writePath: "Write the path of the file to attach.", writeFolder: "Write the folder to copy to.",
        pathPlaceholder: "/path/to/file.pdf", folderPlaceholder: "/path/to/folder", nothingToCopy: "No file to copy yet.",
        keyAttach: "attach", keyComplete: "complete path", keyCancel: "cancel", keyCopy: "copy to folder", keyStage: "stage", keyKind: "kind",
        keyBack: "back", keyHelp: "help",
        help: [
            ("a", "attach a file: write its path (Tab completes), Enter; the file is stored by the SHA-256 of its content and recorded in a new revision"),
            ("t / j", "choose the stage and the kind of file for the next attachment (kinds from the rulebook)"),
            ("e", "copy every file to a folder; each copy is checked against its SHA-256"),
            ("Esc", "back to editing"),
        ],
        title: { "File archive: \($0)" },
        nextAttachment: { "Next attachment: stage \($0) · kind \($1) (\($2))" },
        reading: "Reading the archive…",
        empty: "No files yet. Press a to attach a scan of a signed document or another file.",
        columnStage: "Stage", columnKind: "Kind", columnFile: "File", columnSize: "Size", columnIntact: "Whole",
        intact: "yes", damaged: "DAMAGED",
        fileLabel: "File: ", copyLabel: "Copy to folder: ",
        noArchive: "This store keeps no archive files; open a store in a folder.",
        saveFirst: "Save the changes first (Ctrl-S) before opening the file archive: an attachment is saved as a new revision.",
        attaching: { "Attaching \($0)…" },
        alreadyAttached: "That file is attached already; nothing changed.",
        attached: { "\($0) attached (\($1)); revision \($2)." },
        copied: { "\(counted($0, "file")) copied to \($1)" },
        screenTitle: "File archive")
}

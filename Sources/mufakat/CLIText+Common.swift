/// The root command, the options every subcommand shares, `open` and `gallery`, and the prefixes
/// of every printed message (`CLIText.common`).
struct CommonCLIText: Sendable {
    var rootAbstract: String
    var rootDiscussion: String
    /// "Kesalahan: " before an error on standard error.
    var errorPrefix: String
    /// "Catatan: " before a note.
    var notePrefix: String
    /// "Perhatian: " before a warning.
    var warningPrefix: String
    var storeHelp: String, storeValue: String
    var rulebookHelp: String, fileValue: String
    var jsonHelp: String
    var idHelp: String
    var themeHelp: String, nameValue: String
    var openAbstract: String
    var demoHelp: String
    var langHelp: String, langValue: String
    var demoWithStore: String
    var galleryAbstract: String
    var galleryDiscussion: String

    static let indonesian = CommonCLIText(
        rootAbstract: "Mufakat: pendamping kerja sama daerah dari usulan hingga pelaksanaan.",
        rootDiscussion: """
        Tanpa subperintah, Mufakat membuka antarmuka layar pada penyimpanan Anda sendiri.
        Kode keluar: 0 berhasil, 1 ada temuan atau konflik, 2 masukan tidak dapat dipakai.
        Bahasa antarmuka: --lang en (atau $MUFAKAT_LANG=en) untuk bahasa Inggris; naskah tetap berbahasa Indonesia.
        """,
        errorPrefix: "Kesalahan: ", notePrefix: "Catatan: ", warningPrefix: "Perhatian: ",
        storeHelp: "Folder penyimpanan (bawaan: $MUFAKAT_STORE atau ~/.local/share/mufakat).", storeValue: "FOLDER",
        rulebookHelp: "Berkas rulebook TOML milik daerah (bawaan: rulebook bawaan Mufakat).", fileValue: "BERKAS",
        jsonHelp: "Keluaran dalam format JSON.",
        idHelp: "Id kerja sama.",
        themeHelp: "Nama tema (default, terang, kontras, monokrom) atau jalur berkas .toml.", nameValue: "NAMA",
        openAbstract: "Buka antarmuka layar (bawaan bila tanpa subperintah).",
        demoHelp: "Buka penyimpanan demo sementara berisi contoh kerja sama.",
        langHelp: "Bahasa antarmuka: id (bawaan) atau en; juga $MUFAKAT_LANG. Naskah tetap berbahasa Indonesia.", langValue: "BAHASA",
        demoWithStore: "Kesalahan: --demo membuat penyimpanan sementara sendiri; jangan dipakai bersama --store.",
        galleryAbstract: "Menampilkan semua widget dan tema pada satu layar untuk memeriksa terminal.",
        galleryDiscussion: "Tab berpindah widget, F2 membuka dialog contoh, F3 mengganti tema, Esc atau Ctrl-C keluar.")

    static let english = CommonCLIText(
        rootAbstract: "Mufakat: a companion for regional cooperation, from the proposal to implementation.",
        rootDiscussion: """
        Without a subcommand, Mufakat opens the screen interface on your own store.
        Exit codes: 0 success, 1 findings or a conflict, 2 unusable input.
        Interface language: --lang en (or $MUFAKAT_LANG=en) for English; documents stay in Indonesian.
        """,
        errorPrefix: "Error: ", notePrefix: "Note: ", warningPrefix: "Warning: ",
        storeHelp: "Store folder (default: $MUFAKAT_STORE or ~/.local/share/mufakat).", storeValue: "FOLDER",
        rulebookHelp: "The region's own TOML rulebook file (default: Mufakat's bundled rulebook).", fileValue: "FILE",
        jsonHelp: "Output in JSON format.",
        idHelp: "Cooperation id.",
        themeHelp: "Theme name (default, terang, kontras, monokrom) or the path of a .toml file.", nameValue: "NAME",
        openAbstract: "Open the screen interface (the default without a subcommand).",
        demoHelp: "Open a temporary demo store with example cooperations.",
        langHelp: "Interface language: id (default) or en; also $MUFAKAT_LANG. Documents stay in Indonesian.", langValue: "LANGUAGE",
        demoWithStore: "Error: --demo makes its own temporary store; do not use it together with --store.",
        galleryAbstract: "Shows every widget and theme on one screen to check the terminal.",
        galleryDiscussion: "Tab moves between widgets, F2 opens an example dialog, F3 changes the theme, Esc or Ctrl-C quits.")
}

/// Teks galeri: the widget gallery's words (its sample data, Indonesian names and amounts, stays
/// as it is). Part of `AppText` (`AppText.current.gallery`).
struct GalleryText: Sendable {
    var hint: String
    var keyMove: String, keyDialog: String, keyTheme: String, keyQuit: String
    var stayInGallery: String
    var dialogAnswer: @Sendable (_ answer: String) -> String
    var dialogClosed: String
    var sampleDialogTitle: String, sampleDialogText: String, save: String, discard: String, cancel: String
    var themeChanged: @Sendable (_ theme: String) -> String
    var digitsOnly: String
    var chosen: @Sendable (_ item: String) -> String
    var quitTitle: String, quitText: String
    var title: String
    var themeInfo: @Sendable (_ theme: String) -> String
    var name: String, date: String, budget: String, notes: String
    var hardLines: @Sendable (_ count: Int) -> String
    var regionsHead: String, affairsHead: String
    var themeBox: String
    var roleNormal: String, roleMuted: String, roleTitle: String, roleFocused: String, roleSelection: String
    var roleError: String, roleWarning: String, roleOK: String
    var stagesTitle: String
    var columnCode: String, columnName: String, columnValue: String
    /// The widgets' sample content (the gallery shows the toolkit, not a cooperation).
    var sampleNotes: String, sampleAffairs: [String], sampleStages: [String], sampleTableRow: String
    var sampleDetail: @Sendable (_ what: String) -> String, sampleRegion: @Sendable (_ number: Int) -> String

    static let indonesian = GalleryText(
        hint: "Tab berpindah widget, F2 dialog, F3 ganti tema, Esc keluar.",
        keyMove: "pindah", keyDialog: "dialog", keyTheme: "tema", keyQuit: "keluar",
        stayInGallery: "Tetap di galeri.",
        dialogAnswer: { "Jawaban dialog: \($0)." },
        dialogClosed: "Dialog ditutup.",
        sampleDialogTitle: "Contoh dialog", sampleDialogText: "Dialog modal menahan semua tombol sampai dijawab. Pilih salah satu.",
        save: "Simpan", discard: "Buang", cancel: "Batal",
        themeChanged: { "Tema diganti: \($0)." },
        digitsOnly: "Hanya angka, dan nilai tidak boleh melebihi batas.",
        chosen: { "Dipilih: \($0)." },
        quitTitle: "Keluar", quitText: "Keluar dari galeri? Isian contoh tidak disimpan.",
        title: "Galeri Mufakat: widget dan tema",
        themeInfo: { "Tema: \($0) (F3) " },
        name: "Nama", date: "Tanggal", budget: "Anggaran", notes: "Catatan",
        hardLines: { ", \($0) baris keras" },
        regionsHead: "Wilayah (ketik menyaring)", affairsHead: "Urusan (Spasi mencentang)",
        themeBox: "Tema",
        roleNormal: "normal", roleMuted: "redup", roleTitle: "judul", roleFocused: "fokus", roleSelection: "pilihan",
        roleError: "kesalahan", roleWarning: "awas", roleOK: "baik",
        stagesTitle: "Tahapan",
        columnCode: "Kode", columnName: "Nama", columnValue: "Nilai (Rp)",
        sampleNotes: "Catatan bebas: teks dibungkus menurut lebar tampilan, termasuk 漢字 dan 🙂.",
        sampleAffairs: ["Pendidikan", "Kesehatan", "Pekerjaan umum", "Perhubungan", "Pariwisata", "Lingkungan hidup", "Kependudukan"],
        sampleStages: ["Persiapan", "Pengisian data", "Pemeriksaan", "Persetujuan", "Penandatanganan", "Lampiran", "Pelaporan"],
        sampleTableRow: "東京 kerja sama",
        sampleDetail: { "contoh \($0)" }, sampleRegion: { "Wilayah contoh \($0)" })

    static let english = GalleryText(
        hint: "Tab moves between widgets, F2 dialog, F3 changes the theme, Esc quits.",
        keyMove: "move", keyDialog: "dialog", keyTheme: "theme", keyQuit: "quit",
        stayInGallery: "Staying in the gallery.",
        dialogAnswer: { "Dialog answer: \($0)." },
        dialogClosed: "Dialog closed.",
        sampleDialogTitle: "Sample dialog", sampleDialogText: "A modal dialog holds every key until it is answered. Choose one.",
        save: "Save", discard: "Discard", cancel: "Cancel",
        themeChanged: { "Theme changed: \($0)." },
        digitsOnly: "Digits only, and the value may not exceed the limit.",
        chosen: { "Chosen: \($0)." },
        quitTitle: "Quit", quitText: "Quit the gallery? The sample answers are not saved.",
        title: "Mufakat gallery: widgets and themes",
        themeInfo: { "Theme: \($0) (F3) " },
        name: "Name", date: "Date", budget: "Budget", notes: "Notes",
        hardLines: { ", \($0) hard lines" },
        regionsHead: "Regions (type to filter)", affairsHead: "Affairs (Space ticks)",
        themeBox: "Theme",
        roleNormal: "normal", roleMuted: "muted", roleTitle: "title", roleFocused: "focus", roleSelection: "selection",
        roleError: "error", roleWarning: "warning", roleOK: "ok",
        stagesTitle: "Stages",
        columnCode: "Code", columnName: "Name", columnValue: "Value (Rp)",
        sampleNotes: "Free notes: the text wraps to the width of the view, 漢字 and 🙂 included.",
        sampleAffairs: ["Education", "Health", "Public works", "Transport", "Tourism", "Environment", "Civil registration"],
        sampleStages: ["Preparation", "Data entry", "Review", "Approval", "Signing", "Attachments", "Reporting"],
        sampleTableRow: "東京 cooperation",
        sampleDetail: { "sample \($0)" }, sampleRegion: { "Sample area \($0)" })
}

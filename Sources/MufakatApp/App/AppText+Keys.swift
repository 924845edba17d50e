/// Kata bantuan tombol: the words of the help bar and the help page of the screens whose keys are
/// maps (`MappingKeys`, `DashboardKeys`, `ArchiveKeys`): the short word for the bar and, where the
/// help page says more, the longer text. Part of `AppText` (`AppText.current.keys`).
struct KeysText: Sendable {
    // Shared.
    var help: String, quit: String, back: String, cancel: String, save: String, choose: String
    // Mapping screen (`MappingKeys`).
    var mappingMove: String
    var mappingOpen: String, mappingOpenHelp: String
    var mappingContact: String, mappingContactHelp: String
    var mappingSaveHelp: String
    var mappingDelete: String, mappingDeleteHelp: String
    var mappingBackHelp: String
    var mappingFieldsHelp: String
    var mappingNextRowHelp: String
    // Dashboard (`DashboardKeys`).
    var dashboardChoose: String, dashboardChooseHelp: String
    var dashboardDetails: String, dashboardDetailsHelp: String
    var dashboardHome: String, dashboardBackHelp: String
    var dashboardBackToChart: String
    // Archive (`ArchiveKeys`).
    var archiveAttach: String, archiveAttachHelp: String
    var archiveStage: String, archiveKind: String, archiveStageKindHelp: String
    var archiveCopy: String, archiveCopyHelp: String
    var archiveBackHelp: String
    var archiveCompletePath: String

    static let indonesian = KeysText(
        help: "bantuan", quit: "keluar", back: "kembali", cancel: "batal", save: "simpan", choose: "pilih",
        mappingMove: "pindah urusan",
        mappingOpen: "isi urusan",
        mappingOpenHelp: "buka isian urusan: potensi, kebutuhan, calon mitra, jenis, prioritas, tahun, RPJMD/RKPD, anggaran, catatan",
        mappingContact: "petugas", mappingContactHelp: "ubah petugas penghubung (nama, NIP, unit, telepon, surel)",
        mappingSaveHelp: "simpan pemetaan sebagai revisi baru; bila berubah di tempat lain, Mufakat menanyakan mana yang dipakai",
        mappingDelete: "hapus isian", mappingDeleteHelp: "hapus isian urusan yang disorot",
        mappingBackHelp: "kembali ke beranda; bila ada perubahan, Mufakat bertanya dulu",
        mappingFieldsHelp: "pada isian urusan: pindah isian; ←/→ atau Spasi mengganti pilihan; Enter pada calon mitra membuka daftar daerah",
        mappingNextRowHelp: "pada isian urusan: baris berikut urusan yang sama (sub-urusan lain), lalu baris baru",
        dashboardChoose: "pilih angka", dashboardChooseHelp: "pilih angka pada grafik",
        dashboardDetails: "rincian kerja sama", dashboardDetailsHelp: "daftar kerja sama di balik angka yang dipilih",
        dashboardHome: "beranda", dashboardBackHelp: "kembali (dari rincian ke grafik, dari grafik ke beranda)",
        dashboardBackToChart: "kembali ke grafik",
        archiveAttach: "lampirkan",
        archiveAttachHelp: "lampirkan berkas: tulis jalurnya (Tab melengkapi), Enter; berkas disimpan menurut SHA-256 isinya dan dicatat pada revisi baru",
        archiveStage: "tahapan", archiveKind: "jenis",
        archiveStageKindHelp: "pilih tahapan dan jenis berkas untuk lampiran berikutnya (jenis dari rulebook)",
        archiveCopy: "salin ke folder", archiveCopyHelp: "salin semua berkas ke sebuah folder; setiap salinan diperiksa dengan SHA-256-nya",
        archiveBackHelp: "kembali ke penyuntingan",
        archiveCompletePath: "lengkapi jalur")

    static let english = KeysText(
        help: "help", quit: "quit", back: "back", cancel: "cancel", save: "save", choose: "choose",
        mappingMove: "move between affairs",
        mappingOpen: "fill in affair",
        mappingOpenHelp: "open the affair's entry: offer, need, candidate partners, kind, priority, year, RPJMD/RKPD, budget, notes",
        mappingContact: "contact officer", mappingContactHelp: "change the contact officer (name, NIP, unit, telephone, e-mail)",
        mappingSaveHelp: "save the mapping as a new revision; if it changed elsewhere, Mufakat asks which changes to keep",
        mappingDelete: "delete entry", mappingDeleteHelp: "delete the highlighted affair's entry",
        mappingBackHelp: "back to the home screen; with unsaved changes Mufakat asks first",
        mappingFieldsHelp: "in an affair's entry: move between fields; ←/→ or Space changes a choice; Enter on the candidate partners opens the list of regions",
        mappingNextRowHelp: "in an affair's entry: the next row of the same affair (another sub-affair), then a new row",
        dashboardChoose: "choose a figure", dashboardChooseHelp: "choose a figure of the chart",
        dashboardDetails: "cooperations behind it", dashboardDetailsHelp: "list the cooperations behind the chosen figure",
        dashboardHome: "home", dashboardBackHelp: "back (from the details to the chart, from the chart to the home screen)",
        dashboardBackToChart: "back to the chart",
        archiveAttach: "attach",
        archiveAttachHelp: "attach a file: type its path (Tab completes it), Enter; the file is kept by the SHA-256 of its content and recorded in a new revision",
        archiveStage: "stage", archiveKind: "kind",
        archiveStageKindHelp: "choose the stage and the kind of file for the next attachment (kinds from the rulebook)",
        archiveCopy: "copy to folder", archiveCopyHelp: "copy every file to a folder; each copy is checked against its SHA-256",
        archiveBackHelp: "back to the editor",
        archiveCompletePath: "complete the path")
}

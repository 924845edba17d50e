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
    // Meeting matrix (`MatrixKeys`): the bar's word, then the help page's text.
    var matrixMoveHelp: String, matrixEndsHelp: String
    var matrixDetail: String, matrixDetailHelp: String
    var matrixTranspose: String, matrixTransposeHelp: String
    var matrixFilter: String, matrixProvinceHelp: String, matrixGroupHelp: String, matrixPriorityHelp: String
    var matrixMappedOnlyHelp: String, matrixClearHelp: String
    var matrixMatches: String, matrixMatchesHelp: String
    var matrixImport: String, matrixImportHelp: String
    var matrixExport: String, matrixExportHelp: String
    var matrixDocuments: String, matrixDocumentsHelp: String
    var matrixCreateMeetingHelp: String, matrixParticipantsHelp: String
    var matrixBackHelp: String
    // Meeting matches (`MatchesKeys`).
    var matchesChoose: String, matchesChooseHelp: String
    var matchesDraft: String, matchesDraftHelp: String
    var matchesGaps: String, matchesGapsHelp: String
    var matchesSplitHelp: String, matchesMergeHelp: String
    var matchesWithdraw: String, matchesWithdrawHelp: String
    var matchesGroup: String
    var matchesScroll: String, matchesScrollHelp: String
    var matchesBack: String, matchesBackHelp: String
    var matchesBackToMatches: String
    // A matrix cell's details (`CellDetail.Keys`).
    var cellClose: String
    // The meeting picker (`MeetingMode.PickerKeys`).
    var meetingOpen: String
    // The profile form (`ProfileKeys`).
    var profileSetRegion: String, profileType: String, profileTypeKey: String, profileSave: String, profileChangeRegion: String
    // The new-cooperation wizard (`NewCooperationKeys`).
    var newChooseKind: String, newNext: String, newSet: String, newNextField: String, newCancelAdding: String
    var newAddRegion: String, newThirdParty: String, newMinistry: String, newForeign: String, newRemove: String
    var newBordering: String, newCreate: String, newProposedTitle: String

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
        archiveCompletePath: "lengkapi jalur",
        matrixMoveHelp: "pindah sel; PgUp/PgDn satu halaman baris; Tab/Shift-Tab satu halaman kolom",
        matrixEndsHelp: "kolom pertama/terakhir; Ctrl-↑/Ctrl-↓ baris pertama/terakhir",
        matrixDetail: "rinci", matrixDetailHelp: "rincian sel: isian daerah untuk urusan itu dan daerah lain yang memetakannya",
        matrixTranspose: "transpos", matrixTransposeHelp: "transpos: daerah sebagai baris, urusan sebagai kolom (tekan lagi untuk kembali)",
        matrixFilter: "saring", matrixProvinceHelp: "saring menurut provinsi (tekan lagi untuk provinsi berikutnya)",
        matrixGroupHelp: "saring menurut kelompok urusan (wajib pelayanan dasar, wajib nonpelayanan dasar, pilihan)",
        matrixPriorityHelp: "saring menurut prioritas (tinggi, sedang, rendah)",
        matrixMappedOnlyHelp: "hanya urusan yang dipetakan sekurang-kurangnya satu daerah (tekan lagi: semua urusan)",
        matrixClearHelp: "hapus semua saringan",
        matrixMatches: "cocok", matrixMatchesHelp: "daftar kecocokan antardaerah; Enter atau d menjadikan kecocokan draf kerja sama",
        matrixImport: "impor", matrixImportHelp: "impor bundel atau berkas pemetaan dari daerah peserta",
        matrixExport: "ekspor", matrixExportHelp: "ekspor matriks (XLSX atau CSV) ke folder ekspor penyimpanan",
        matrixDocuments: "berita acara", matrixDocumentsHelp: "tulis berita acara atau lampiran RPJMD/RKPD rapat ke folder ekspor penyimpanan",
        matrixCreateMeetingHelp: "buat rapat (belum ada rapat): semua pemetaan tersimpan menjadi peserta; sama dengan `mufakat pemetaan rapat create --take-existing`",
        matrixParticipantsHelp: "daftar peserta rapat dan pemetaan tersimpan yang bukan peserta",
        matrixBackHelp: "kembali ke beranda",
        matchesChoose: "pilih", matchesChooseHelp: "pilih kecocokan; Home/End ke awal/akhir daftar",
        matchesDraft: "draf",
        matchesDraftHelp: "jadikan kecocokan draf kerja sama di penyimpanan: para pihak, urusan, jenis dan tahun target terisi; dicatat sebagai kesepakatan rapat, sesudah dikonfirmasi",
        matchesGaps: "celah", matchesGapsHelp: "daftar kebutuhan tanpa pasangan dan potensi tanpa peminat",
        matchesSplitHelp: "pisahkan kelompok (satu potensi untuk beberapa kebutuhan) menjadi pasangan-pasangannya",
        matchesMergeHelp: "tandai kecocokan, lalu + pada kecocokan lain dengan urusan yang sama: digabung menjadi satu kelompok",
        matchesWithdraw: "cabut",
        matchesWithdrawHelp: "cabut kesepakatan dari kecocokan ini, dengan alasan (tetap tercatat; berita acara memuatnya pada Revisi Kesepakatan)",
        matchesGroup: "kelompok",
        matchesScroll: "gulir", matchesScrollHelp: "gulir alasan kecocokan di kotak bawah (tanda ▼ bila masih ada baris)",
        matchesBack: "matriks", matchesBackHelp: "kembali ke matriks",
        matchesBackToMatches: "kembali ke kecocokan",
        cellClose: "tutup rincian",
        meetingOpen: "buka",
        profileSetRegion: "tetapkan daerah", profileType: "ketik untuk mencari", profileTypeKey: "huruf",
        profileSave: "simpan profil", profileChangeRegion: "ganti daerah",
        newChooseKind: "pilih jenis", newNext: "lanjut", newSet: "tetapkan", newNextField: "isian berikut", newCancelAdding: "batal menambah",
        newAddRegion: "tambah daerah", newThirdParty: "pihak ketiga", newMinistry: "kementerian", newForeign: "luar negeri", newRemove: "hapus",
        newBordering: "berbatasan", newCreate: "buat kerja sama", newProposedTitle: "pakai usulan judul")

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
        archiveCompletePath: "complete the path",
        matrixMoveHelp: "move between cells; PgUp/PgDn a page of rows; Tab/Shift-Tab a page of columns",
        matrixEndsHelp: "first/last column; Ctrl-↑/Ctrl-↓ first/last row",
        matrixDetail: "details", matrixDetailHelp: "cell details: the region's entry for that affair and the other regions that map it",
        matrixTranspose: "transpose", matrixTransposeHelp: "transpose: regions as rows, affairs as columns (press again to go back)",
        matrixFilter: "filter", matrixProvinceHelp: "filter by province (press again for the next province)",
        matrixGroupHelp: "filter by group of affairs (mandatory basic services, mandatory other, optional)",
        matrixPriorityHelp: "filter by priority (high, medium, low)",
        matrixMappedOnlyHelp: "only affairs mapped by at least one region (press again: every affair)",
        matrixClearHelp: "clear every filter",
        matrixMatches: "matches", matrixMatchesHelp: "matches between regions; Enter or d turns a match into a draft cooperation",
        matrixImport: "import", matrixImportHelp: "import bundles or mapping files of the participating regions",
        matrixExport: "export", matrixExportHelp: "export the matrix (XLSX or CSV) to the store's export folder",
        matrixDocuments: "minutes", matrixDocumentsHelp: "write the meeting's minutes or its RPJMD/RKPD annex to the store's export folder",
        matrixCreateMeetingHelp: "create a meeting (when there is none): every stored mapping takes part; the same as `mufakat pemetaan rapat create --take-existing`",
        matrixParticipantsHelp: "the meeting's participants and the stored mappings that do not take part",
        matrixBackHelp: "back to the home screen",
        matchesChoose: "choose", matchesChooseHelp: "choose a match; Home/End to the start/end of the list",
        matchesDraft: "draft",
        matchesDraftHelp: "turn the match into a draft cooperation in the store: parties, affair, kind and target year filled in; recorded as an agreement of the meeting, after confirmation",
        matchesGaps: "gaps", matchesGapsHelp: "needs without a partner and offers nobody asked for",
        matchesSplitHelp: "split a group (one offer for several needs) into its pairs",
        matchesMergeHelp: "mark a match, then + on another match of the same affair: they are merged into one group",
        matchesWithdraw: "withdraw",
        matchesWithdrawHelp: "withdraw the agreement made from this match, with a reason (it stays recorded; the minutes list it under Revised Agreements)",
        matchesGroup: "group",
        matchesScroll: "scroll", matchesScrollHelp: "scroll the reasons of the match in the box below (▼ while there are more lines)",
        matchesBack: "matrix", matchesBackHelp: "back to the matrix",
        matchesBackToMatches: "back to the matches",
        cellClose: "close the details",
        meetingOpen: "open",
        profileSetRegion: "set the region", profileType: "type to search", profileTypeKey: "letters",
        profileSave: "save the profile", profileChangeRegion: "change the region",
        newChooseKind: "choose the kind", newNext: "next", newSet: "set", newNextField: "next field", newCancelAdding: "stop adding",
        newAddRegion: "add a region", newThirdParty: "third party", newMinistry: "ministry", newForeign: "foreign partner", newRemove: "remove",
        newBordering: "bordering", newCreate: "create the cooperation", newProposedTitle: "use the proposed title")
}

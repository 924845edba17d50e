import MufakatDomain

/// Teks mode rapat: the meeting screens' words (matrix, matches, cell detail, the import and text
/// prompts, meeting mode's questions and messages), one entry each with typed arguments. Part of
/// `AppText` (`AppText.current.meeting`). Region and affair names are data and are not here.
struct MeetingText: Sendable {
    // Meeting mode: titles, questions, messages.
    var titlePicking: String, titleMeeting: String, titleMatrix: String, titleMatches: String
    var helpTitle: @Sendable (_ meeting: String) -> String
    var cancelled: String, withdrawing: String, creatingMeeting: String, importCancelled: String
    var importing: @Sendable (_ files: Int) -> String
    var confirmDraftTitle: String, confirmDraftYes: String, cancel: String
    var groupNeedsMeeting: String, savingGroups: String, withdrawNeedsMeeting: String, nothingToWithdraw: String
    var allMappingsNoMeeting: String
    var meetingChoice: @Sendable (_ summary: String, _ regions: Int) -> String
    var meetingExists: String
    var participantsHeading: @Sendable (_ count: Int) -> String
    var noMeetingPressN: @Sendable (_ mappings: Int) -> String
    var participantsTitle: String
    var documentsNeedMeeting: String
    var documentsTitle: String, documentsText: String
    var nothingToExport: String
    var exportTitle: String, exportText: String
    var noDocumentWritten: String, writingDocument: String, noDraftMade: String, makingDraft: String, exportCancelled: String
    var writingMatrix: @Sendable (_ format: String) -> String
    var skippedImports: @Sendable (_ count: Int) -> String
    var conflictText: @Sendable (_ region: String, _ source: String, _ differences: Int) -> String
    var conflictNote: @Sendable (_ note: String) -> String
    var conflictAsk: String
    var moreDifferences: @Sendable (_ count: Int) -> String
    var conflictTitle: @Sendable (_ region: String) -> String
    var replaceNew: String, keepOld: String
    var savingImportDecisions: String
    var importConflicts: @Sendable (_ count: Int) -> String
    var moreProblems: @Sendable (_ count: Int) -> String
    var nothingImported: String
    var importDone: @Sendable (_ lines: String) -> String
    var draftCreated: @Sendable (_ id: String, _ title: String) -> String
    var alreadyDrafted: @Sendable (_ id: String) -> String
    var documentWrittenTitle: String, matrixExportedTitle: String
    var matrixExported: @Sendable (_ rows: Int, _ columns: Int, _ path: String) -> String
    var matrixWritten: @Sendable (_ path: String) -> String
    var readingMappings: String
    var pickMeeting: @Sendable (_ count: Int) -> String
    // Keys.
    var keyChoose: String, keyOpen: String, keyBack: String, keyDetail: String, keyTranspose: String, keyFilter: String
    var keyMatches: String, keyImport: String, keyExport: String, keyMinutes: String, keyHelp: String
    var keyScroll: String, keyBackToMatches: String, keyMatrix: String, keyDraft: String, keyGaps: String, keyWithdraw: String
    var keyGroups: String, keyCloseDetail: String, keySave: String, keyCancel: String
    // The matrix.
    var matrixHelp: [(key: String, text: String)]
    var noMappings: String, noRegionMatches: String
    var meetingHeading: @Sendable (_ title: String) -> String
    var noMeetingHeading: String
    var notParticipants: @Sendable (_ count: String) -> String
    var matrixCounts: @Sendable (_ affairs: Int, _ regions: Int) -> String
    var transposed: String
    var cellPosition: @Sendable (_ row: Int, _ rows: Int, _ column: Int, _ columns: Int) -> String
    var chipAll: String, chipProvince: String, chipGroup: String, chipPriority: String, chipAffair: String, chipMapped: String
    var groupShortBasic: String, groupShortNonBasic: String, groupShortChoice: String
    var legendOffer: String, legendNeed: String, legendBoth: String, legendPlannedWide: String, legendPlanned: String
    var legendDutyWide: String, legendDuty: String, legendBlankWide: String, legendBlank: String, legendEmpty: String
    var legendShortenedWide: String, legendShortened: String
    var notMapped: String
    var cursorPriority: @Sendable (_ priority: String) -> String
    var rowColumnTotals: @Sendable (_ row: String, _ column: String) -> String
    var offerOnly: String
    var offerAndNeed: String, offer: String, need: String, mappedBlank: String, planned: String
    var affairNotMapped: @Sendable (_ region: String, _ affair: String) -> String
    // Matches.
    var matchesHelp: [(key: String, text: String)]
    var none: String
    var onlyGroupsSplit: String
    var marked: @Sendable (_ number: Int) -> String
    var sameAffairOnly: String
    var noMatchesImport: String
    var alreadyDraftedOpen: @Sendable (_ id: String) -> String
    var reasonOfferNeedWide: String, reasonOfferNeed: String, reasonMutualWide: String, reasonMutual: String
    var reasonWajibWide: String, reasonWajib: String
    var gapsHeading: @Sendable (_ needs: Int, _ offers: Int) -> String
    var gapsNeeds: String, gapsOffers: String
    var matchesHeading: String
    var matchesHeadingOf: @Sendable (_ number: Int, _ of: Int) -> String
    var noMatchesYet: String
    var columnNumber: String, columnAffair: String, columnRegions: String, columnReason: String, columnDraft: String
    var matchTitle: @Sendable (_ number: Int) -> String
    var suggestedKind: @Sendable (_ kind: String) -> String
    var targetYear: @Sendable (_ year: Int) -> String
    var draftedAs: @Sendable (_ id: String) -> String
    var moreLines: @Sendable (_ count: Int) -> String
    // Cell detail.
    var noOtherRegion: String
    var otherRegions: @Sendable (_ count: Int) -> String
    var subAffair: @Sendable (_ id: String) -> String
    var fieldOffer: String, fieldNeed: String, fieldPartners: String, fieldKind: String, fieldPriority: String
    var fieldTargetYear: String, fieldPlanning: String, fieldBudget: String, fieldPlannedCooperation: String, fieldNotes: String
    var inRPJMD: String, notInRPJMD: String
    var rkpdYear: @Sendable (_ year: Int) -> String
    var contactOfficer: @Sendable (_ contact: String) -> String
    // Import prompt and text prompt.
    var importPlaceholder: String, importRefused: String, importTitle: String, importHint: String, importLabel: String
    var withdrawPlaceholder: String, meetingPlaceholder: String
    var withdrawTitle: @Sendable (_ number: Int) -> String
    var createMeetingTitle: String
    var withdrawHint: @Sendable (_ summary: String) -> String
    var createMeetingHint: @Sendable (_ level: String, _ province: String?, _ mappings: Int) -> String
    var reasonLabel: String, titleLabel: String, reasonRequired: String, titleRequired: String
    // Effects and documents.
    var documentMinutes: String, documentAnnexXLSX: String, documentAnnexDOCX: String
    var documentWritten: @Sendable (_ document: String, _ path: String) -> String
    var meetingCreated: @Sendable (_ id: String, _ participants: Int, _ refused: Int) -> String
    var groupsSplit: @Sendable (_ affair: String, _ regions: String) -> String
    var groupsJoined: @Sendable (_ affair: String, _ regions: String) -> String
    var withdrawn: @Sendable (_ number: Int, _ agreement: String, _ reason: String) -> String
    var notParticipant: @Sendable (_ why: String) -> String
    var noMeetingYet: String
    // The domain's words shown on these screens (Indonesian: the domain's own label).
    var priority: @Sendable (_ priority: MappingPriority) -> String
    var level: @Sendable (_ level: MeetingLevel) -> String
    var importOutcome: @Sendable (_ outcome: MappingImportOutcome) -> String

    static let indonesian = MeetingText(
        titlePicking: "Mode rapat: pilih rapat", titleMeeting: "Mode rapat", titleMatrix: "Matriks pemetaan urusan", titleMatches: "Kecocokan pemetaan",
        helpTitle: { "Mode rapat: \($0)" },
        cancelled: "Dibatalkan.", withdrawing: "Mencabut kesepakatan…", creatingMeeting: "Membuat rapat…", importCancelled: "Impor dibatalkan.",
        importing: { "Mengimpor \($0) berkas…" },
        confirmDraftTitle: "Jadikan draf dan kesepakatan?", confirmDraftYes: "Ya, buat draf", cancel: "Batal",
        groupNeedsMeeting: "Belum ada rapat; pemisahan dan penggabungan kelompok dicatat dalam rapat.",
        savingGroups: "Menyimpan perubahan kelompok…",
        withdrawNeedsMeeting: "Belum ada rapat; kesepakatan dicatat dalam rapat.",
        nothingToWithdraw: "Kecocokan ini belum menjadi kesepakatan rapat (atau sudah dicabut); tidak ada yang dicabut.",
        allMappingsNoMeeting: "Semua pemetaan di penyimpanan (tanpa rapat)",
        meetingChoice: { "\($0) (\($1) daerah)" },
        meetingExists: "Rapat sudah ada; ubah datanya dengan `mufakat pemetaan rapat update`.",
        participantsHeading: { "Peserta rapat (\($0)):" },
        noMeetingPressN: { "Belum ada rapat. Tekan n untuk membuat rapat dari \($0) pemetaan tersimpan." },
        participantsTitle: "Peserta",
        documentsNeedMeeting: "Belum ada rapat. Buat dengan `mufakat pemetaan rapat create --title ... --level provinsi --province KODE --take-existing`.",
        documentsTitle: "Dokumen rapat",
        documentsText: "Ditulis ke folder ekspor penyimpanan, sama dengan `mufakat pemetaan berita-acara` dan `lampiran`. Pilih dokumen:",
        nothingToExport: "Belum ada pemetaan untuk diekspor. Tekan i untuk mengimpor bundel daerah peserta.",
        exportTitle: "Ekspor matriks",
        exportText: "Matriks seperti tampil di layar (saringan dan arah transpos ikut) ditulis ke folder ekspor penyimpanan. Pilih format:",
        noDocumentWritten: "Tidak ada dokumen ditulis.", writingDocument: "Menulis dokumen…", noDraftMade: "Tidak dibuat draf.",
        makingDraft: "Membuat draf kerja sama…", exportCancelled: "Ekspor dibatalkan.",
        writingMatrix: { "Menulis matriks \($0)…" },
        skippedImports: { "\($0) pemetaan yang berbeda tidak diimpor (dibatalkan); pemetaan lama tetap dipakai." },
        conflictText: { "Pemetaan \($0) dari \($1) berbeda dengan impor sebelumnya (\($2) perbedaan):" },
        conflictNote: { "\nCatatan: \($0)." },
        conflictAsk: "\nGanti dengan pemetaan yang baru, pertahankan yang lama, atau batalkan?",
        moreDifferences: { "\n… dan \($0) perbedaan lain." },
        conflictTitle: { "Pemetaan berbeda: \($0)" },
        replaceNew: "Ganti (baru)", keepOld: "Pertahankan (lama)",
        savingImportDecisions: "Menyimpan keputusan impor…",
        importConflicts: { "\($0) pemetaan berbeda dengan impor sebelumnya; pilih yang dipakai." },
        moreProblems: { " (dan \($0) masalah lain)" },
        nothingImported: "Tidak ada pemetaan yang diimpor.",
        importDone: { "Impor selesai: \($0)" },
        draftCreated: { "Draf kerja sama '\($0)' dibuat: \($1). Buka dari beranda untuk melengkapinya." },
        alreadyDrafted: { "Kecocokan ini sudah dijadikan draf kerja sama '\($0)'; tidak dibuat lagi." },
        documentWrittenTitle: "Dokumen ditulis", matrixExportedTitle: "Matriks diekspor",
        matrixExported: { "Matriks \($0) urusan × \($1) daerah ditulis ke:\n\($2)" },
        matrixWritten: { "Matriks ditulis ke \($0)" },
        readingMappings: "Membaca pemetaan daerah dan mencari kecocokan…",
        pickMeeting: { "Penyimpanan ini memuat \($0) rapat. Pilih rapat yang dibuka di layar:" },
        keyChoose: "pilih", keyOpen: "buka", keyBack: "kembali", keyDetail: "rinci", keyTranspose: "transpos", keyFilter: "saring",
        keyMatches: "cocok", keyImport: "impor", keyExport: "ekspor", keyMinutes: "berita acara", keyHelp: "bantuan",
        keyScroll: "gulir", keyBackToMatches: "kembali ke kecocokan", keyMatrix: "matriks", keyDraft: "draf", keyGaps: "celah", keyWithdraw: "cabut",
        keyGroups: "kelompok", keyCloseDetail: "tutup rincian", keySave: "simpan", keyCancel: "batal",
        matrixHelp: [
            ("←↑↓→", "pindah sel; PgUp/PgDn satu halaman baris; Tab/Shift-Tab satu halaman kolom"),
            ("Home/End", "kolom pertama/terakhir; Ctrl-↑/Ctrl-↓ baris pertama/terakhir"),
            ("Enter", "rincian sel: isian daerah untuk urusan itu dan daerah lain yang memetakannya"),
            ("t", "transpos: daerah sebagai baris, urusan sebagai kolom (tekan lagi untuk kembali)"),
            ("p", "saring menurut provinsi (tekan lagi untuk provinsi berikutnya)"),
            ("k", "saring menurut kelompok urusan (wajib pelayanan dasar, wajib nonpelayanan dasar, pilihan)"),
            ("o", "saring menurut prioritas (tinggi, sedang, rendah)"),
            ("u", "hanya urusan yang dipetakan sekurang-kurangnya satu daerah (tekan lagi: semua urusan)"),
            ("x", "hapus semua saringan"),
            ("m", "daftar kecocokan antardaerah; Enter atau d menjadikan kecocokan draf kerja sama"),
            ("i", "impor bundel atau berkas pemetaan dari daerah peserta"),
            ("e", "ekspor matriks (XLSX atau CSV) ke folder ekspor penyimpanan"),
            ("b", "tulis berita acara atau lampiran RPJMD/RKPD rapat ke folder ekspor penyimpanan"),
            ("n", "buat rapat (belum ada rapat): semua pemetaan tersimpan menjadi peserta; sama dengan `mufakat pemetaan rapat create --take-existing`"),
            ("a", "daftar peserta rapat dan pemetaan tersimpan yang bukan peserta"),
            ("Esc/q", "kembali ke beranda"),
            ("", "Simbol sel: P potensi, K kebutuhan, PK keduanya, tanda * sudah tercantum dalam RPJMD/RKPD (R tanpa potensi/kebutuhan), ? dipetakan tanpa isian, · tidak dipetakan."),
        ],
        noMappings: "Belum ada pemetaan daerah. Tekan i untuk mengimpor bundel atau berkas pemetaan.",
        noRegionMatches: "Tidak ada daerah yang cocok dengan saringan. Tekan x untuk menghapus saringan.",
        meetingHeading: { "Rapat: \($0)" },
        noMeetingHeading: "Belum ada rapat: tekan n untuk membuat rapat",
        notParticipants: { "+\($0) bukan peserta · " },
        matrixCounts: { "\($0) urusan × \($1) daerah" },
        transposed: " · transpos",
        cellPosition: { " · sel \($0)/\($1), \($2)/\($3)" },
        chipAll: "semua", chipProvince: "provinsi", chipGroup: "kelompok", chipPriority: "prioritas", chipAffair: "urusan", chipMapped: "yang dipetakan",
        groupShortBasic: "wajib PD", groupShortNonBasic: "wajib non-PD", groupShortChoice: "pilihan",
        legendOffer: "potensi", legendNeed: "kebutuhan", legendBoth: "keduanya", legendPlannedWide: "dalam RPJMD/RKPD", legendPlanned: "RPJMD/RKPD",
        legendDutyWide: "wajib/mitra tanpa P-K", legendDuty: "wajib/mitra", legendBlankWide: "dipetakan tanpa isian", legendBlank: "tanpa isian",
        legendEmpty: "kosong", legendShortenedWide: "nama disingkat (lengkap di baris bawah)", legendShortened: "disingkat",
        notMapped: "tidak dipetakan",
        cursorPriority: { ", prioritas \($0)" },
        rowColumnTotals: { " · baris \($0), kolom \($1)" },
        offerOnly: " · hanya potensi",
        offerAndNeed: "potensi dan kebutuhan", offer: "potensi", need: "kebutuhan", mappedBlank: "dipetakan tanpa potensi/kebutuhan",
        planned: "sudah dalam RPJMD/RKPD",
        affairNotMapped: { "\($0) tidak memetakan urusan \($1); pilih sel yang berisi simbol." },
        matchesHelp: [
            ("↑/↓ PgUp/PgDn", "pilih kecocokan; Home/End ke awal/akhir daftar"),
            ("Enter / d", "jadikan kecocokan draf kerja sama di penyimpanan: para pihak, urusan, jenis dan tahun target terisi; dicatat sebagai kesepakatan rapat, sesudah dikonfirmasi"),
            ("g", "daftar kebutuhan tanpa pasangan dan potensi tanpa peminat"),
            ("s", "pisahkan kelompok (satu potensi untuk beberapa kebutuhan) menjadi pasangan-pasangannya"),
            ("+", "tandai kecocokan, lalu + pada kecocokan lain dengan urusan yang sama: digabung menjadi satu kelompok"),
            ("w", "cabut kesepakatan dari kecocokan ini, dengan alasan (tetap tercatat; berita acara memuatnya pada Revisi Kesepakatan)"),
            ("j / k", "gulir alasan kecocokan di kotak bawah (tanda ▼ bila masih ada baris)"),
            ("Esc", "kembali ke matriks"),
            ("", "Kecocokan diurutkan dari yang terkuat. Alasan: potensi satu daerah bertemu kebutuhan daerah lain; saling menyebut sebagai calon mitra; atau sama-sama KSDD wajib dalam satu provinsi. Pada layar sempit: P→K potensi bertemu kebutuhan, saling = saling menyebut, wajib = wajib satu provinsi. Tanda ✓ berarti sudah menjadi draf."),
        ],
        none: "  (tidak ada)",
        onlyGroupsSplit: "Hanya kelompok (tiga daerah atau lebih) yang dapat dipisah.",
        marked: { "Kecocokan \($0) ditandai; pilih kecocokan lain dengan urusan yang sama lalu tekan + untuk menggabung." },
        sameAffairOnly: "Hanya kecocokan dengan urusan yang sama yang dapat digabung.",
        noMatchesImport: "Belum ada kecocokan. Impor pemetaan daerah peserta dahulu (tekan Esc, lalu i).",
        alreadyDraftedOpen: { "Kecocokan ini sudah dijadikan draf kerja sama '\($0)'; tidak dibuat lagi. Buka dari beranda." },
        reasonOfferNeedWide: "potensi→kebutuhan", reasonOfferNeed: "P→K", reasonMutualWide: "saling menyebut", reasonMutual: "saling",
        reasonWajibWide: "wajib satu provinsi", reasonWajib: "wajib",
        gapsHeading: { "Tanpa pasangan: \($0) kebutuhan, \($1) potensi (g: kembali)" },
        gapsNeeds: "Kebutuhan tanpa pasangan", gapsOffers: "Potensi tanpa peminat",
        matchesHeading: "Kecocokan pemetaan",
        matchesHeadingOf: { "Kecocokan pemetaan: \($0) dari \($1) calon kerja sama, dari yang terkuat" },
        noMatchesYet: "Belum ada kecocokan. Impor pemetaan daerah peserta dari layar matriks (tekan Esc, lalu i).",
        columnNumber: "No", columnAffair: "Urusan", columnRegions: "Daerah", columnReason: "Alasan", columnDraft: "Draf",
        matchTitle: { "Kecocokan \($0)" },
        suggestedKind: { "Jenis yang disarankan: \($0)" },
        targetYear: { " · tahun target \($0)" },
        draftedAs: { " · sudah menjadi draf '\($0)'" },
        moreLines: { "▼ \($0) baris lagi" },
        noOtherRegion: "Tidak ada daerah lain yang memetakan urusan ini.",
        otherRegions: { "Daerah lain yang memetakan urusan ini: \($0)" },
        subAffair: { "Sub-urusan: \($0)" },
        fieldOffer: "Potensi", fieldNeed: "Kebutuhan", fieldPartners: "Calon mitra", fieldKind: "Jenis kerja sama", fieldPriority: "Prioritas",
        fieldTargetYear: "Tahun target", fieldPlanning: "Perencanaan", fieldBudget: "Anggaran indikatif",
        fieldPlannedCooperation: "Rencana kerja sama", fieldNotes: "Catatan",
        inRPJMD: "tercantum dalam RPJMD", notInRPJMD: "belum dalam RPJMD",
        rkpdYear: { "; RKPD \($0)" },
        contactOfficer: { "  Petugas penghubung: \($0)" },
        importPlaceholder: "misalnya ~/unduhan/bogor.mufakat ~/unduhan/depok.mufakat",
        importRefused: "Berkas: tulis sekurang-kurangnya satu jalur berkas bundel atau JSON pemetaan, lalu Enter (Esc untuk batal).",
        importTitle: "Impor pemetaan daerah peserta",
        importHint: "Berkas bundel (mufakat bundle export) atau JSON pemetaan; beberapa berkas dipisahkan spasi.",
        importLabel: "Berkas:",
        withdrawPlaceholder: "misalnya: menunggu kajian lokasi TPA",
        meetingPlaceholder: "misalnya: Rapat Koordinasi Teknis Pemetaan Urusan",
        withdrawTitle: { "Cabut kesepakatan ke-\($0)" },
        createMeetingTitle: "Buat rapat",
        withdrawHint: { "\($0). Tetap tercatat dalam riwayat; berita acara memuatnya pada Revisi Kesepakatan." },
        createMeetingHint: { "\($0)" + ($1.map { " (provinsi \($0))" } ?? "") + "; \($2) pemetaan tersimpan menjadi peserta. Data lain: `mufakat pemetaan rapat update`." },
        reasonLabel: "Alasan:", titleLabel: "Judul:",
        reasonRequired: "Alasan pencabutan wajib diisi; tulis alasannya lalu Enter (Esc untuk batal).",
        titleRequired: "Judul rapat wajib diisi; tulis judulnya lalu Enter (Esc untuk batal).",
        documentMinutes: "Berita acara (DOCX)", documentAnnexXLSX: "Lampiran RPJMD/RKPD (XLSX)", documentAnnexDOCX: "Lampiran RPJMD/RKPD (DOCX)",
        documentWritten: { "\($0) ditulis ke \($1)" },
        meetingCreated: { "Rapat '\($0)' dibuat dengan \($1) peserta" + ($2 > 0 ? "; \($2) pemetaan bukan peserta (tekan a)" : "") + ". Lengkapi datanya dengan `mufakat pemetaan rapat update`." },
        groupsSplit: { "Kelompok dipisah: \($0), \($1)." },
        groupsJoined: { "Digabung menjadi satu kelompok: \($0), \($1)." },
        withdrawn: { "Kesepakatan ke-\($0) (\($1)) dicabut: \($2). Tercantum pada Revisi Kesepakatan berita acara." },
        notParticipant: { "; bukan peserta: \($0)" },
        noMeetingYet: "; belum ada rapat",
        priority: { $0.label }, level: { $0.label }, importOutcome: { $0.label })

    static let english = MeetingText(
        titlePicking: "Meeting mode: choose a meeting", titleMeeting: "Meeting mode", titleMatrix: "Affair mapping matrix", titleMatches: "Mapping matches",
        helpTitle: { "Meeting mode: \($0)" },
        cancelled: "Cancelled.", withdrawing: "Withdrawing the agreement…", creatingMeeting: "Creating the meeting…", importCancelled: "Import cancelled.",
        importing: { "Importing \(counted($0, "file"))…" },
        confirmDraftTitle: "Make it a draft and an agreement?", confirmDraftYes: "Yes, make a draft", cancel: "Cancel",
        groupNeedsMeeting: "No meeting yet; splitting and joining groups is recorded in a meeting.",
        savingGroups: "Saving the group change…",
        withdrawNeedsMeeting: "No meeting yet; agreements are recorded in a meeting.",
        nothingToWithdraw: "This match is not a meeting agreement (or was withdrawn already); nothing to withdraw.",
        allMappingsNoMeeting: "Every mapping in the store (no meeting)",
        meetingChoice: { "\($0) (\(counted($1, "region")))" },
        meetingExists: "The meeting exists; change its data with `mufakat pemetaan rapat update`.",
        participantsHeading: { "Meeting participants (\($0)):" },
        noMeetingPressN: { "No meeting yet. Press n to create a meeting from the \($0) stored mappings." },
        participantsTitle: "Participants",
        documentsNeedMeeting: "No meeting yet. Create one with `mufakat pemetaan rapat create --title ... --level provinsi --province CODE --take-existing`.",
        documentsTitle: "Meeting documents",
        documentsText: "Written to the store's export folder, as `mufakat pemetaan berita-acara` and `lampiran` do. Choose a document:",
        nothingToExport: "No mapping to export yet. Press i to import the participating regions' bundles.",
        exportTitle: "Export the matrix",
        exportText: "The matrix as shown on the screen (with its filters and direction) is written to the store's export folder. Choose a format:",
        noDocumentWritten: "No document written.", writingDocument: "Writing the document…", noDraftMade: "No draft made.",
        makingDraft: "Making the cooperation draft…", exportCancelled: "Export cancelled.",
        writingMatrix: { "Writing the matrix as \($0)…" },
        skippedImports: { "\($0) differing mappings not imported (cancelled); the old mappings stay in use." },
        conflictText: { "The mapping of \($0) from \($1) differs from the earlier import (\(counted($2, "difference"))):" },
        conflictNote: { "\nNote: \($0)." },
        conflictAsk: "\nReplace it with the new mapping, keep the old one, or cancel?",
        moreDifferences: { "\n… and \($0) more \($0 == 1 ? "difference" : "differences")." },
        conflictTitle: { "Mapping differs: \($0)" },
        replaceNew: "Replace (new)", keepOld: "Keep (old)",
        savingImportDecisions: "Saving the import decisions…",
        importConflicts: { "\(counted($0, "mapping")) \($0 == 1 ? "differs" : "differ") from the earlier import; choose the one to use." },
        moreProblems: { " (and \($0) more \($0 == 1 ? "problem" : "problems"))" },
        nothingImported: "No mapping imported.",
        importDone: { "Import done: \($0)" },
        draftCreated: { "Cooperation draft '\($0)' created: \($1). Open it from the home screen to complete it." },
        alreadyDrafted: { "This match was made cooperation draft '\($0)' already; not made again." },
        documentWrittenTitle: "Document written", matrixExportedTitle: "Matrix exported",
        matrixExported: { "Matrix of \($0) affairs × \($1) regions written to:\n\($2)" },
        matrixWritten: { "Matrix written to \($0)" },
        readingMappings: "Reading the regions' mappings and looking for matches…",
        pickMeeting: { "This store holds \($0) meetings. Choose the meeting to open on the screen:" },
        keyChoose: "choose", keyOpen: "open", keyBack: "back", keyDetail: "detail", keyTranspose: "transpose", keyFilter: "filter",
        keyMatches: "matches", keyImport: "import", keyExport: "export", keyMinutes: "minutes", keyHelp: "help",
        keyScroll: "scroll", keyBackToMatches: "back to matches", keyMatrix: "matrix", keyDraft: "draft", keyGaps: "gaps", keyWithdraw: "withdraw",
        keyGroups: "groups", keyCloseDetail: "close detail", keySave: "save", keyCancel: "cancel",
        matrixHelp: [
            ("←↑↓→", "move between cells; PgUp/PgDn one page of rows; Tab/Shift-Tab one page of columns"),
            ("Home/End", "first/last column; Ctrl-↑/Ctrl-↓ first/last row"),
            ("Enter", "cell detail: the region's entry for that affair and the other regions that map it"),
            ("t", "transpose: regions as rows, affairs as columns (press again to go back)"),
            ("p", "filter by province (press again for the next province)"),
            ("k", "filter by affair group (mandatory basic services, mandatory non-basic services, optional)"),
            ("o", "filter by priority (high, medium, low)"),
            ("u", "only affairs mapped by at least one region (press again: every affair)"),
            ("x", "clear every filter"),
            ("m", "list of matches between regions; Enter or d makes a match a cooperation draft"),
            ("i", "import bundles or mapping files from the participating regions"),
            ("e", "export the matrix (XLSX or CSV) to the store's export folder"),
            ("b", "write the meeting's minutes or RPJMD/RKPD annex to the store's export folder"),
            ("n", "create a meeting (when there is none): every stored mapping becomes a participant; as `mufakat pemetaan rapat create --take-existing`"),
            ("a", "the meeting's participants and the stored mappings that are not participants"),
            ("Esc/q", "back to the home screen"),
            ("", "Cell symbols: P offer, K need, PK both, * already in the RPJMD/RKPD (R without offer/need), ? mapped without entries, · not mapped."),
        ],
        noMappings: "No regional mapping yet. Press i to import a bundle or a mapping file.",
        noRegionMatches: "No region matches the filters. Press x to clear the filters.",
        meetingHeading: { "Meeting: \($0)" },
        noMeetingHeading: "No meeting yet: press n to create one",
        notParticipants: { "+\($0) not participants · " },
        matrixCounts: { "\($0) affairs × \($1) regions" },
        transposed: " · transposed",
        cellPosition: { " · cell \($0)/\($1), \($2)/\($3)" },
        chipAll: "all", chipProvince: "province", chipGroup: "group", chipPriority: "priority", chipAffair: "affairs", chipMapped: "mapped ones",
        groupShortBasic: "mand. basic", groupShortNonBasic: "mand. other", groupShortChoice: "optional",
        legendOffer: "offer", legendNeed: "need", legendBoth: "both", legendPlannedWide: "in the RPJMD/RKPD", legendPlanned: "RPJMD/RKPD",
        legendDutyWide: "duty/partner without P-K", legendDuty: "duty/partner", legendBlankWide: "mapped without entries", legendBlank: "no entries",
        legendEmpty: "empty", legendShortenedWide: "name shortened (in full on the bottom line)", legendShortened: "shortened",
        notMapped: "not mapped",
        cursorPriority: { ", priority \($0)" },
        rowColumnTotals: { " · row \($0), column \($1)" },
        offerOnly: " · offers only",
        offerAndNeed: "offer and need", offer: "offer", need: "need", mappedBlank: "mapped without offer/need",
        planned: "already in the RPJMD/RKPD",
        affairNotMapped: { "\($0) does not map affair \($1); choose a cell with a symbol." },
        matchesHelp: [
            ("↑/↓ PgUp/PgDn", "choose a match; Home/End to the start/end of the list"),
            ("Enter / d", "make the match a cooperation draft in the store: the parties, affair, kind and target year filled in; recorded as a meeting agreement, after a confirmation"),
            ("g", "needs without a partner and offers without a taker"),
            ("s", "split a group (one offer for several needs) into its pairs"),
            ("+", "mark a match, then + on another match with the same affair: they are joined into one group"),
            ("w", "withdraw the agreement of this match, with a reason (it stays recorded; the minutes list it under Revised Agreements)"),
            ("j / k", "scroll the match's reasons in the bottom box (▼ when more lines remain)"),
            ("Esc", "back to the matrix"),
            ("", "Matches are sorted from the strongest. Reasons: one region's offer meets another's need; each names the other as a prospective partner; or both are mandatory KSDD within one province. On a narrow screen: P→K offer meets need, mutual = name each other, duty = mandatory in one province. A ✓ means it is a draft already."),
        ],
        none: "  (none)",
        onlyGroupsSplit: "Only groups (three regions or more) can be split.",
        marked: { "Match \($0) marked; choose another match with the same affair and press + to join them." },
        sameAffairOnly: "Only matches with the same affair can be joined.",
        noMatchesImport: "No matches yet. Import the participating regions' mappings first (press Esc, then i).",
        alreadyDraftedOpen: { "This match was made cooperation draft '\($0)' already; not made again. Open it from the home screen." },
        reasonOfferNeedWide: "offer→need", reasonOfferNeed: "P→K", reasonMutualWide: "name each other", reasonMutual: "mutual",
        reasonWajibWide: "mandatory in province", reasonWajib: "duty",
        gapsHeading: { "Without a partner: \($0) needs, \($1) offers (g: back)" },
        gapsNeeds: "Needs without a partner", gapsOffers: "Offers without a taker",
        matchesHeading: "Mapping matches",
        matchesHeadingOf: { "Mapping matches: \($0) of \($1) prospective cooperations, strongest first" },
        noMatchesYet: "No matches yet. Import the participating regions' mappings from the matrix screen (press Esc, then i).",
        columnNumber: "No", columnAffair: "Affair", columnRegions: "Regions", columnReason: "Reason", columnDraft: "Draft",
        matchTitle: { "Match \($0)" },
        suggestedKind: { "Suggested kind: \($0)" },
        targetYear: { " · target year \($0)" },
        draftedAs: { " · draft '\($0)' already" },
        moreLines: { "▼ \($0) more lines" },
        noOtherRegion: "No other region maps this affair.",
        otherRegions: { "Other regions mapping this affair: \($0)" },
        subAffair: { "Sub-affair: \($0)" },
        fieldOffer: "Offer", fieldNeed: "Need", fieldPartners: "Prospective partners", fieldKind: "Kind of cooperation", fieldPriority: "Priority",
        fieldTargetYear: "Target year", fieldPlanning: "Planning", fieldBudget: "Indicative budget",
        fieldPlannedCooperation: "Planned cooperation", fieldNotes: "Notes",
        inRPJMD: "listed in the RPJMD", notInRPJMD: "not in the RPJMD yet",
        rkpdYear: { "; RKPD \($0)" },
        contactOfficer: { "  Contact officer: \($0)" },
        importPlaceholder: "for example ~/downloads/bogor.mufakat ~/downloads/depok.mufakat",
        importRefused: "Files: write at least one path of a bundle or mapping JSON file, then Enter (Esc to cancel).",
        importTitle: "Import the participating regions' mappings",
        importHint: "Bundle files (mufakat bundle export) or mapping JSON; separate several files with spaces.",
        importLabel: "Files:",
        withdrawPlaceholder: "for example: waiting for the landfill site study",
        meetingPlaceholder: "for example: Technical Coordination Meeting on Affair Mapping",
        withdrawTitle: { "Withdraw agreement no. \($0)" },
        createMeetingTitle: "Create a meeting",
        withdrawHint: { "\($0). It stays in the history; the minutes list it under Revised Agreements." },
        createMeetingHint: { "\($0)" + ($1.map { " (province \($0))" } ?? "") + "; \($2) stored mappings become participants. Other data: `mufakat pemetaan rapat update`." },
        reasonLabel: "Reason:", titleLabel: "Title:",
        reasonRequired: "A reason for withdrawing is required; write it, then Enter (Esc to cancel).",
        titleRequired: "The meeting's title is required; write it, then Enter (Esc to cancel).",
        documentMinutes: "Minutes (DOCX)", documentAnnexXLSX: "RPJMD/RKPD annex (XLSX)", documentAnnexDOCX: "RPJMD/RKPD annex (DOCX)",
        documentWritten: { "\($0) written to \($1)" },
        meetingCreated: { "Meeting '\($0)' created with \($1) participants" + ($2 > 0 ? "; \($2) mappings are not participants (press a)" : "") + ". Complete its data with `mufakat pemetaan rapat update`." },
        groupsSplit: { "Group split: \($0), \($1)." },
        groupsJoined: { "Joined into one group: \($0), \($1)." },
        withdrawn: { "Agreement no. \($0) (\($1)) withdrawn: \($2). Listed under Revised Agreements in the minutes." },
        notParticipant: { "; not a participant: \($0)" },
        noMeetingYet: "; no meeting yet",
        priority: { switch $0 { case .tinggi: "High"; case .sedang: "Medium"; case .rendah: "Low" } },
        level: { switch $0 { case .provinsi: "Provincial level"; case .nasional: "National level" } },
        importOutcome: { switch $0 {
            case .added: "new"; case .unchanged: "same as before"
            case .replaced: "replaces the earlier mapping"; case .kept: "earlier mapping kept"
        } })
}

/// "1 file", "3 files": an English count and its noun (the English catalogues' plurals).
func counted(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }

/// The store's subcommands: list, show, import, history, restore, check-store, bundle, demo, and the
/// hidden store-stress and store-bench (`CLIText.store`).
struct StoreCLIText: Sendable {
    // list
    var listAbstract: String, listDiscussion: String
    var stageHelp: String, stageValue: String
    var searchHelp: String, textValue: String
    var kindHelp: String, kindValue: String
    var statusHelp: String, statusValue: String
    var unknownStage: @Sendable (_ stage: String) -> String
    var unknownKind: @Sendable (_ kind: String, _ choices: String) -> String
    var unknownStatus: @Sendable (_ status: String) -> String
    var noMatch: @Sendable (_ folder: String) -> String
    var columnTitle: String, columnStage: String, columnEnds: String
    var ended: String, overdue: String
    var days: @Sendable (_ days: Int) -> String
    var listed: @Sendable (_ count: Int) -> String
    var endingSoon: @Sendable (_ count: Int) -> String
    var stageDone: String, stageExtra: String, stageEnded: String
    // show
    var showAbstract: String, showDiscussion: String
    var revisionHelp: String
    var scansLabel: String, archivedLabel: String
    var archivedFiles: @Sendable (_ count: Int, _ id: String) -> String
    var untitled: String
    var labelKind: String, labelAffair: String, labelSubAffair: String, labelBordering: String, labelStatus: String
    var yes: String, no: String
    var representedBy: @Sendable (_ name: String, _ title: String) -> String
    var stagesHeading: String
    var stageProposal: String, stageOffer: String, stageMemorandum: String, stageCouncil: String
    var stageAgreement: String, stageFinancing: String, stageImplementation: String
    var since: @Sendable (_ date: String) -> String
    var labelMemorandumNumber: String, labelAgreementNumber: String, labelDuration: String, labelStart: String
    var labelEnds: String, labelRenewals: String, labelEnded: String, labelFinancing: String, labelCost: String
    var labelRevision: String, labelLock: String
    var years: @Sendable (_ years: Int) -> String
    var pastBy: @Sendable (_ days: Int) -> String
    var daysLeft: @Sendable (_ days: Int) -> String
    var renewals: @Sendable (_ times: Int, _ years: Int) -> String
    var unbudgeted: String
    var savedBy: @Sendable (_ revision: Int, _ at: String, _ by: String) -> String
    // import
    var importAbstract: String, importDiscussion: String
    var jsonFileHelp: String
    var importUnchanged: @Sendable (_ id: String, _ revision: Int) -> String
    var importCreated: @Sendable (_ id: String, _ revision: Int) -> String
    var importSaved: @Sendable (_ id: String, _ revision: Int) -> String
    // history
    var historyAbstract: String
    var historyHeader: String
    var restoredFrom: @Sendable (_ revision: Int) -> String
    var historyFooter: @Sendable (_ count: Int, _ id: String) -> String
    // restore
    var restoreAbstract: String, restoreRevisionHelp: String
    var restored: @Sendable (_ id: String, _ from: Int, _ to: Int) -> String
    // check-store
    var checkAbstract: String, checkDiscussion: String, readOnlyHelp: String
    var checked: @Sendable (_ root: String, _ cooperations: Int, _ mappings: Int, _ revisions: Int) -> String
    var repaired: @Sendable (_ what: String) -> String
    var healthy: String
    var problemsFound: @Sendable (_ count: Int) -> String
    var fixLabel: String
    // bundle
    var bundleAbstract: String, bundleExportAbstract: String, bundleOutputHelp: String, noMappingsHelp: String, idsHelp: String
    var bundleWritten: @Sendable (_ file: String, _ cooperations: Int, _ mappings: Int, _ revisions: Int, _ bytes: Int64) -> String
    var bundleImportHint: @Sendable (_ file: String) -> String
    var bundleImportAbstract: String, bundleImportDiscussion: String, bundleFileHelp: String, acceptForeignHelp: String
    var added: String, updated: String, unchanged: String, conflict: String, rejectedEntry: String, signer: String, warning: String
    var held: @Sendable (_ item: String) -> String
    var bundleTotals: @Sendable (_ added: Int, _ updated: Int, _ unchanged: Int, _ conflicts: Int, _ rejected: Int) -> String
    // demo
    var demoAbstract: String, demoDiscussion: String, countHelp: String, seedHelp: String, referenceDateHelp: String, dateValue: String
    var countRange: String
    var badReferenceDate: @Sendable (_ date: String) -> String
    var demoWritten: @Sendable (_ count: Int, _ root: String, _ seconds: String) -> String
    var demoSkipped: @Sendable (_ count: Int) -> String
    var demoMapping: @Sendable (_ region: String, _ code: String) -> String
    var demoListHint: @Sendable (_ root: String) -> String
    // store-stress, store-bench (hidden test tools)
    var stressAbstract: String, stressCountHelp: String, stressLogHelp: String, stressItemsHelp: String
    var logCannotOpen: @Sendable (_ log: String) -> String
    var benchAbstract: String, benchSizesHelp: String, benchFolderHelp: String, benchSavesHelp: String, benchReuseHelp: String
}

extension StoreCLIText {
    static let indonesian = StoreCLIText(
        listAbstract: "Daftar kerja sama di penyimpanan.",
        listDiscussion: """
        Dibaca dari indeks ringkas (index.bin), tidak dari setiap berkas; --json membaca entri lengkap dan memeriksa setiap berkas. Tahap: usulan, penawaran, kb, dprd, pks, \
        pembiayaan, pelaksanaan, atau selesai. Keadaan: proses, berlaku, berakhir, kedaluwarsa.
        """,
        stageHelp: "Hanya kerja sama pada tahap ini.", stageValue: "TAHAP",
        searchHelp: "Cari teks pada id, judul, pihak, urusan dan nomor naskah.", textValue: "TEKS",
        kindHelp: "Hanya jenis ini: ksdd-wajib, ksdd-sukarela, ksdpk, nota-kesepakatan, ksdpl, ksdll.", kindValue: "JENIS",
        statusHelp: "Hanya keadaan ini: proses, berlaku, berakhir, kedaluwarsa.", statusValue: "KEADAAN",
        unknownStage: { "Tahap '\($0)' tidak dikenal. Pilih: usulan, penawaran, kb, dprd, pks, pembiayaan, pelaksanaan, selesai." },
        unknownKind: { "Jenis '\($0)' tidak dikenal. Pilih: \($1)." },
        unknownStatus: { "Keadaan '\($0)' tidak dikenal. Pilih: proses, berlaku, berakhir, kedaluwarsa." },
        noMatch: { "Tidak ada kerja sama yang cocok di \($0)." },
        columnTitle: "JUDUL", columnStage: "TAHAP", columnEnds: " BERAKHIR\n",
        ended: "berakhir", overdue: "LEWAT",
        days: { "\($0) hari" },
        listed: { "\($0) kerja sama" },
        endingSoon: { "; \($0) berakhir dalam 90 hari" },
        stageDone: "Selesai", stageExtra: "Tambahan", stageEnded: "Berakhir",
        showAbstract: "Tampilkan satu kerja sama.",
        showDiscussion: "Dengan --json, mencetak berkas JSON yang tersimpan apa adanya (dapat disunting lalu diimpor kembali dengan `mufakat import`).",
        revisionHelp: "Tampilkan revisi lama ini, bukan yang terkini.",
        scansLabel: "Pindaian TTD", archivedLabel: "Berkas arsip",
        archivedFiles: { "\($0) berkas (`mufakat berkas \($1)`)" },
        untitled: "(tanpa judul)",
        labelKind: "Jenis", labelAffair: "Urusan", labelSubAffair: "Sub-urusan", labelBordering: "Berbatasan", labelStatus: "Status",
        yes: "ya", no: "tidak",
        representedBy: { " (diwakili \($0), \($1))" },
        stagesHeading: "  Tahapan:",
        stageProposal: "Usulan", stageOffer: "Penawaran", stageMemorandum: "Kesepakatan Bersama", stageCouncil: "Persetujuan DPRD",
        stageAgreement: "Perjanjian Kerja Sama", stageFinancing: "Pembiayaan", stageImplementation: "Pelaksanaan",
        since: { " sejak \($0)" },
        labelMemorandumNumber: "Nomor KB", labelAgreementNumber: "Nomor PKS", labelDuration: "Jangka waktu", labelStart: "Mulai berlaku",
        labelEnds: "Berakhir", labelRenewals: "Perpanjangan", labelEnded: "Diakhiri", labelFinancing: "Pembiayaan", labelCost: "Perkiraan biaya",
        labelRevision: "Revisi", labelLock: "Penanda edit",
        years: { "\($0) tahun" },
        pastBy: { " (sudah lewat \($0) hari)" },
        daysLeft: { " (tinggal \($0) hari)" },
        renewals: { "\($0) kali, \($1) tahun" },
        unbudgeted: " (ada yang belum dianggarkan dalam APBD)",
        savedBy: { "\($0), disimpan \($1) oleh \($2)" },
        importAbstract: "Impor satu kerja sama dari berkas JSON (baru, atau perubahan atas revisi tertentu).",
        importDiscussion: """
        Berkas dapat berupa keluaran `mufakat show ID --json` yang sudah disunting (kolom "revision" menyebut \
        revisi asalnya) atau objek kerja sama saja untuk kerja sama baru. Bila id sudah ada, berkas wajib \
        menyebut revisi asalnya; bila revisi tersimpan sudah lebih baru, impor ditolak sebagai konflik (kode 1) \
        dan tidak ada yang ditimpa.
        """,
        jsonFileHelp: "Berkas JSON kerja sama.",
        importUnchanged: { "Kerja sama '\($0)' tidak berubah (tetap revisi \($1))." },
        importCreated: { "Kerja sama baru '\($0)' disimpan sebagai revisi \($1)." },
        importSaved: { "Kerja sama '\($0)' disimpan sebagai revisi \($1)." },
        historyAbstract: "Riwayat revisi satu kerja sama (siapa menyimpan dan kapan).",
        historyHeader: "REV  DISIMPAN                        OLEH                          SHA-256",
        restoredFrom: { "  (memulihkan revisi \($0))" },
        historyFooter: { "\($0) revisi. Lihat satu revisi dengan `mufakat show \($1) --revision R`." },
        restoreAbstract: "Pulihkan kerja sama ke isi revisi lama (sebagai revisi baru; riwayat tidak diubah).",
        restoreRevisionHelp: "Revisi yang dipulihkan.",
        restored: { "Kerja sama '\($0)' dipulihkan ke isi revisi \($1) sebagai revisi baru \($2)." },
        checkAbstract: "Periksa seluruh penyimpanan: setiap berkas dan rantai hash riwayat.",
        checkDiscussion: """
        Penyimpanan yang terputus di tengah penyimpanan (listrik padam, proses dimatikan) diselesaikan dan \
        dicatat sebagai perbaikan. Kode keluar 1 bila ada yang salah (berkas rusak, riwayat diubah atau hilang).
        """,
        readOnlyHelp: "Periksa saja tanpa memperbaiki atau memindahkan berkas.",
        checked: { "Penyimpanan \($0): \($1) kerja sama, \($2) pemetaan, \($3) revisi diperiksa." },
        repaired: { "Diperbaiki: \($0)" },
        healthy: "Tidak ada masalah: semua berkas terbaca dan semua rantai hash utuh.",
        problemsFound: { "\($0) masalah ditemukan:" },
        fixLabel: "Perbaikan",
        bundleAbstract: "Ekspor dan impor bundel (satu berkas berisi kerja sama dan pemetaan beserta riwayatnya).",
        bundleExportAbstract: "Tulis bundel berisi kerja sama (semua, atau id yang disebut) dan pemetaan.",
        bundleOutputHelp: "Berkas bundel yang ditulis (misalnya kerja-sama.mufakat.zip).",
        noMappingsHelp: "Jangan sertakan pemetaan urusan.",
        idsHelp: "Id kerja sama (bawaan: semua).",
        bundleWritten: { "Bundel \($0) ditulis: \($1) kerja sama, \($2) pemetaan, \($3) revisi (\($4) bita)." },
        bundleImportHint: { "Impor di komputer lain dengan `mufakat bundle import \($0)`." },
        bundleImportAbstract: "Impor bundel: tambahkan yang baru, perbarui yang tertinggal, laporkan konflik tanpa menimpa.",
        bundleImportDiscussion: "Kode keluar 1 bila ada konflik (berubah di kedua sisi) atau entri yang ditolak.",
        bundleFileHelp: "Berkas bundel.",
        acceptForeignHelp: "Terima juga perubahan atas kerja sama yang terakhir disimpan di komputer ini oleh orang lain, atau atas pemetaan daerah sendiri.",
        added: "Ditambahkan: ", updated: "Diperbarui: ", unchanged: "Tidak berubah: ", conflict: "KONFLIK: ", rejectedEntry: "DITOLAK: entri ",
        signer: "Penanda tangan: ", warning: "PERINGATAN: ",
        held: { "DITAHAN: \($0) (perubahan dari pihak lain atas data milik penyimpanan ini; periksa, lalu ulangi dengan --accept-foreign bila memang dikehendaki)" },
        bundleTotals: { "\($0) ditambahkan, \($1) diperbarui, \($2) tidak berubah, " + "\($3) konflik, \($4) entri ditolak." },
        demoAbstract: "Isi penyimpanan dengan kerja sama contoh yang realistis (untuk mencoba dan mengukur kinerja).",
        demoDiscussion: """
        Kerja sama contoh memakai daerah nyata (misalnya Kota Bogor dan Kabupaten Bogor), urusan, jumlah \
        uang dan tanggal yang beragam di semua tahapan. Benih (--seed) yang sama menghasilkan data yang sama.
        Id yang sudah ada di penyimpanan dilewati, tidak ditimpa.
        """,
        countHelp: "Jumlah kerja sama contoh.", seedHelp: "Benih pembangkit acak (bilangan bulat).",
        referenceDateHelp: "Tanggal acuan data contoh (TTTT-BB-HH; bawaan hari ini).", dateValue: "TANGGAL",
        countRange: "--count harus antara 1 dan 1000000.",
        badReferenceDate: { "--reference-date '\($0)' bukan tanggal TTTT-BB-HH yang sah, misalnya 2026-01-15." },
        demoWritten: { "\($0) kerja sama contoh ditulis ke \($1) dalam \($2) detik." },
        demoSkipped: { " \($0) id sudah ada dan dilewati." },
        demoMapping: { "Pemetaan urusan contoh \($0) (\($1)) ditulis." },
        demoListHint: { "Lihat daftarnya dengan `mufakat list --store \($0)`." },
        stressAbstract: "Uji ketahanan penyimpanan: menyimpan berulang-ulang (untuk pengujian).",
        stressCountHelp: "Jumlah penyimpanan (0: tanpa batas).", stressLogHelp: "Berkas log penyimpanan yang sudah selesai.",
        stressItemsHelp: "Jumlah kerja sama yang disimpan bergantian.",
        logCannotOpen: { "Kesalahan: log '\($0)' tidak dapat dibuka." },
        benchAbstract: "Ukur kinerja penyimpanan (buka, daftar, simpan) pada beberapa ukuran.",
        benchSizesHelp: "Ukuran penyimpanan, dipisah koma.", benchFolderHelp: "Folder kerja (bawaan: folder sementara).",
        benchSavesHelp: "Jumlah penyimpanan yang diukur per ukuran.",
        benchReuseHelp: "Pakai ulang penyimpanan yang sudah diisi di folder kerja (tidak dihapus).")

    static let english = StoreCLIText(
        listAbstract: "The cooperations in the store.",
        listDiscussion: """
        Read from the compact index (index.bin), not from every file; --json reads the full entries and checks every file. Stage: usulan (proposal), penawaran (offer), \
        kb (joint agreement), dprd (council approval), pks (cooperation agreement), pembiayaan (financing), pelaksanaan (implementation), or selesai (done). \
        Status: proses (in progress), berlaku (in force), berakhir (ended), kedaluwarsa (expired).
        """,
        stageHelp: "Only cooperations at this stage.", stageValue: "STAGE",
        searchHelp: "Search text in the id, title, parties, affair and document numbers.", textValue: "TEXT",
        kindHelp: "Only this kind: ksdd-wajib, ksdd-sukarela, ksdpk, nota-kesepakatan, ksdpl, ksdll.", kindValue: "KIND",
        statusHelp: "Only this status: proses, berlaku, berakhir, kedaluwarsa.", statusValue: "STATUS",
        unknownStage: { "Unknown stage '\($0)'. Choose: usulan, penawaran, kb, dprd, pks, pembiayaan, pelaksanaan, selesai." },
        unknownKind: { "Unknown kind '\($0)'. Choose: \($1)." },
        unknownStatus: { "Unknown status '\($0)'. Choose: proses, berlaku, berakhir, kedaluwarsa." },
        noMatch: { "No matching cooperation in \($0)." },
        columnTitle: "TITLE", columnStage: "STAGE", columnEnds: " ENDS\n",
        ended: "ended", overdue: "OVERDUE",
        days: { $0 == 1 ? "1 day" : "\($0) days" },
        listed: { $0 == 1 ? "1 cooperation" : "\($0) cooperations" },
        endingSoon: { "; \($0) ending within 90 days" },
        stageDone: "Done", stageExtra: "Extra", stageEnded: "Ended",
        showAbstract: "Show one cooperation.",
        showDiscussion: "With --json, prints the stored JSON file as it is (it can be edited and imported again with `mufakat import`).",
        revisionHelp: "Show this old revision instead of the latest.",
        scansLabel: "Signed scans", archivedLabel: "Archived files",
        archivedFiles: { "\($0) file(s) (`mufakat files \($1)`)" },
        untitled: "(untitled)",
        labelKind: "Kind", labelAffair: "Affair", labelSubAffair: "Sub-affair", labelBordering: "Bordering", labelStatus: "Status",
        yes: "yes", no: "no",
        representedBy: { " (represented by \($0), \($1))" },
        stagesHeading: "  Stages:",
        stageProposal: "Proposal", stageOffer: "Offer", stageMemorandum: "Joint agreement (KB)", stageCouncil: "Council approval",
        stageAgreement: "Cooperation agreement", stageFinancing: "Financing", stageImplementation: "Implementation",
        since: { " since \($0)" },
        labelMemorandumNumber: "KB number", labelAgreementNumber: "PKS number", labelDuration: "Term", labelStart: "In force from",
        labelEnds: "Ends", labelRenewals: "Renewals", labelEnded: "Ended", labelFinancing: "Financing", labelCost: "Estimated cost",
        labelRevision: "Revision", labelLock: "Edit lock",
        years: { $0 == 1 ? "1 year" : "\($0) years" },
        pastBy: { " (\($0) days overdue)" },
        daysLeft: { " (\($0) days left)" },
        renewals: { "\($0) time(s), \($1) year(s)" },
        unbudgeted: " (some lines are not yet budgeted in the regional budget, APBD)",
        savedBy: { "\($0), saved \($1) by \($2)" },
        importAbstract: "Import one cooperation from a JSON file (new, or a change on a given revision).",
        importDiscussion: """
        The file may be the edited output of `mufakat show ID --json` (its "revision" field names the \
        revision it was based on) or just a cooperation object for a new cooperation. When the id already \
        exists, the file must name the revision it was based on; when the stored revision is newer, the import \
        is refused as a conflict (code 1) and nothing is overwritten.
        """,
        jsonFileHelp: "The cooperation's JSON file.",
        importUnchanged: { "Cooperation '\($0)' is unchanged (still revision \($1))." },
        importCreated: { "New cooperation '\($0)' saved as revision \($1)." },
        importSaved: { "Cooperation '\($0)' saved as revision \($1)." },
        historyAbstract: "The revision history of one cooperation (who saved, and when).",
        historyHeader: "REV  SAVED                           BY                            SHA-256",
        restoredFrom: { "  (restores revision \($0))" },
        historyFooter: { "\($0) revision(s). Show one revision with `mufakat show \($1) --revision R`." },
        restoreAbstract: "Restore a cooperation to the content of an old revision (as a new revision; history is not changed).",
        restoreRevisionHelp: "The revision to restore.",
        restored: { "Cooperation '\($0)' restored to the content of revision \($1) as new revision \($2)." },
        checkAbstract: "Check the whole store: every file and the hash chains of the history.",
        checkDiscussion: """
        A save interrupted halfway (power cut, process killed) is completed and recorded as a repair. \
        Exit code 1 when something is wrong (a damaged file, a history changed or missing).
        """,
        readOnlyHelp: "Only check, without repairing or moving files.",
        checked: { "Store \($0): \($1) cooperation(s), \($2) mapping(s), \($3) revision(s) checked." },
        repaired: { "Repaired: \($0)" },
        healthy: "No problems: every file is readable and every hash chain is intact.",
        problemsFound: { "\($0) problem(s) found:" },
        fixLabel: "Fix",
        bundleAbstract: "Export and import bundles (one file holding cooperations and mappings with their history).",
        bundleExportAbstract: "Write a bundle with cooperations (all, or the ids named) and mappings.",
        bundleOutputHelp: "The bundle file to write (for example kerja-sama.mufakat.zip).",
        noMappingsHelp: "Do not include the affair mappings.",
        idsHelp: "Cooperation ids (default: all).",
        bundleWritten: { "Bundle \($0) written: \($1) cooperation(s), \($2) mapping(s), \($3) revision(s) (\($4) bytes)." },
        bundleImportHint: { "Import it on another computer with `mufakat bundle import \($0)`." },
        bundleImportAbstract: "Import a bundle: add what is new, update what is behind, report conflicts without overwriting.",
        bundleImportDiscussion: "Exit code 1 when there is a conflict (changed on both sides) or a refused entry.",
        bundleFileHelp: "The bundle file.",
        acceptForeignHelp: "Also accept changes to cooperations last saved on this computer by someone else, or to this region's own mapping.",
        added: "Added: ", updated: "Updated: ", unchanged: "Unchanged: ", conflict: "CONFLICT: ", rejectedEntry: "REFUSED: entry ",
        signer: "Signed by: ", warning: "WARNING: ",
        held: { "HELD: \($0) (a change from another party to data owned by this store; check it, then repeat with --accept-foreign if it is really wanted)" },
        bundleTotals: { "\($0) added, \($1) updated, \($2) unchanged, " + "\($3) conflict(s), \($4) entry(ies) refused." },
        demoAbstract: "Fill the store with realistic example cooperations (to try the program and measure its speed).",
        demoDiscussion: """
        The examples use real regions (for example Kota Bogor and Kabupaten Bogor), affairs, amounts \
        of money and dates spread over every stage. The same seed (--seed) gives the same data.
        Ids already in the store are skipped, not overwritten.
        """,
        countHelp: "Number of example cooperations.", seedHelp: "Seed of the random generator (a whole number).",
        referenceDateHelp: "Reference date of the example data (YYYY-MM-DD; default today).", dateValue: "DATE",
        countRange: "--count must be between 1 and 1000000.",
        badReferenceDate: { "--reference-date '\($0)' is not a valid YYYY-MM-DD date, for example 2026-01-15." },
        demoWritten: { "\($0) example cooperation(s) written to \($1) in \($2) seconds." },
        demoSkipped: { " \($0) id(s) already present were skipped." },
        demoMapping: { "Example affair mapping of \($0) (\($1)) written." },
        demoListHint: { "List them with `mufakat list --store \($0)`." },
        stressAbstract: "Store endurance test: saves over and over (for testing).",
        stressCountHelp: "Number of saves (0: no limit).", stressLogHelp: "Log file of the saves that completed.",
        stressItemsHelp: "Number of cooperations saved in turn.",
        logCannotOpen: { "Error: the log '\($0)' cannot be opened." },
        benchAbstract: "Measure the store's speed (open, list, save) at several sizes.",
        benchSizesHelp: "Store sizes, separated by commas.", benchFolderHelp: "Work folder (default: a temporary folder).",
        benchSavesHelp: "Number of saves measured per size.",
        benchReuseHelp: "Reuse the stores already filled in the work folder (not deleted).")
}

/// `ServiceText.sync`: synchronisation (sinkronisasi) errors, reports, merges and conflicts.
struct SyncServiceText: Sendable {
    // SyncError
    var gitMissing: String
    var notInitialized: @Sendable (_ store: String) -> String
    var noRegion: String
    var invalidBranch: @Sendable (_ name: String) -> String
    var foreignRepository: @Sendable (_ store: String, _ toplevel: String) -> String
    var gitFailed: @Sendable (_ command: String, _ message: String) -> String
    var noConflict: @Sendable (_ id: String) -> String
    var scratchFailed: @Sendable (_ error: String) -> String
    var folderFailed: @Sendable (_ folder: String, _ error: String) -> String
    var stateNotSaved: @Sendable (_ path: String, _ error: String) -> String
    var markerNotWritten: @Sendable (_ error: String) -> String
    // items
    var itemCooperation: @Sendable (_ id: String) -> String
    var itemMapping: @Sendable (_ region: String) -> String
    var itemMeeting: @Sendable (_ id: String) -> String
    var itemProfile: String
    var itemArchivedFile: @Sendable (_ sha: String) -> String
    var itemOther: @Sendable (_ path: String) -> String
    // merge
    var refused: @Sendable (_ item: String, _ why: String, _ who: String) -> String
    var notOurs: @Sendable (_ path: String, _ branch: String) -> String
    var changedBoth: @Sendable (_ item: String, _ branch: String) -> String
    var profileNotOwn: @Sendable (_ code: String, _ own: String) -> String
    var profileChangedBoth: @Sendable (_ branch: String) -> String
    var historyRewritten: @Sendable (_ files: String) -> String
    var historyRewrittenReason: @Sendable (_ branch: String, _ who: String) -> String
    var fileDeleted: @Sendable (_ path: String) -> String
    var notAParty: @Sendable (_ own: String, _ parties: String) -> String
    var noRegionCodes: String
    var foreignMapping: String
    var damagedReason: @Sendable (_ branch: String, _ who: String, _ problems: String) -> String
    var damagedQuarantined: @Sendable (_ item: String, _ branch: String, _ problems: String, _ who: String) -> String
    var quarantinedAt: @Sendable (_ path: String, _ reason: String, _ kept: String) -> String
    // report
    var committed: @Sendable (_ summary: String) -> String
    var nothingNew: String
    var received: @Sendable (_ items: String) -> String
    var refusedLine: @Sendable (_ why: String) -> String
    var quarantinedLine: @Sendable (_ what: String) -> String
    var conflictOnCooperation: @Sendable (_ id: String) -> String
    var conflictOnMapping: @Sendable (_ id: String) -> String
    var theirsWon: @Sendable (_ what: String, _ revision: Int, _ by: String, _ file: String) -> String
    var oursWon: @Sendable (_ what: String, _ revision: Int, _ by: String, _ file: String) -> String
    var pendingConflict: @Sendable (_ id: String, _ file: String) -> String
    var resolveHint: String
    var note: @Sendable (_ note: String) -> String
    var pushed: String
    var pushWaiting: @Sendable (_ why: String) -> String
    var waitingCommits: @Sendable (_ ahead: Int, _ behind: Int) -> String
    // service
    var progressCommit: String
    var progressFetch: @Sendable (_ branch: String, _ remote: String) -> String
    var progressMerge: @Sendable (_ branch: String) -> String
    var progressPush: @Sendable (_ branch: String, _ remote: String) -> String
    var branchMissing: @Sendable (_ branch: String) -> String
    var unreachableDefault: String
    var pushRefused: @Sendable (_ line: String) -> String
    var unreachable: @Sendable (_ line: String) -> String
    var sideYou: String, sideThem: String
    var keptCurrent: @Sendable (_ id: String, _ side: String, _ file: String) -> String
    var savedSide: @Sendable (_ side: String, _ revision: Int, _ id: String) -> String
    var savedMappingSide: @Sendable (_ side: String, _ revision: Int, _ region: String) -> String
    var sideMissing: @Sendable (_ file: String) -> String
    var sideUnreadable: @Sendable (_ file: String, _ error: String) -> String
    var sideNoMapping: @Sendable (_ file: String) -> String
    var choiceNotSaved: @Sendable (_ error: String) -> String
    var sendIt: String
    // field-by-field merge
    var openAnswer: @Sendable (_ field: String, _ mine: String, _ theirs: String) -> String
    var bothChanged: @Sendable (_ count: Int, _ names: String, _ more: String) -> String
    var mergeNotSaved: @Sendable (_ error: String) -> String
    var mergeSaved: @Sendable (_ revision: Int, _ id: String, _ theirs: Int, _ mine: Int, _ decided: Int) -> String
    // mapping pull
    var pullFailed: @Sendable (_ source: String, _ reason: String) -> String
    var fetchFailedDefault: String
    var noMappingsThere: @Sendable (_ source: String) -> String

    static let indonesian = SyncServiceText(
        gitMissing: "Program `git` tidak ditemukan. Sinkronisasi memerlukan git; pasang dengan `apt-get install -y git` "
            + "(Debian/Ubuntu, sebagai root) atau `dnf install -y git` (Fedora/RHEL), lalu ulangi.",
        notInitialized: { "Penyimpanan \($0) belum disiapkan untuk sinkronisasi. Jalankan dahulu `mufakat sync init --remote URL`." },
        noRegion: "Kode daerah penyimpanan ini belum diketahui (profil daerah belum diisi). Isi profil daerah, atau sebutkan cabang dengan `--branch daerah/KODE`.",
        invalidBranch: { "Nama cabang '\($0)' tidak sah untuk git." },
        foreignRepository: { "Folder \($0) berada di dalam repositori git lain (\($1)). Penyimpanan harus menjadi akar repositorinya sendiri." },
        gitFailed: { "Perintah \($0) gagal: \($1)" },
        noConflict: { "Tidak ada konflik sinkronisasi yang tercatat untuk '\($0)'. Lihat `mufakat sync status`." },
        scratchFailed: { "folder sementara tidak dapat dibuat: \($0)" },
        folderFailed: { "Folder \($0) tidak dapat dibuat: \($1)" },
        stateNotSaved: { "Keadaan sinkronisasi tidak dapat disimpan di \($0): \($1)" },
        markerNotWritten: { "Penanda penggabungan tidak dapat ditulis: \($0)" },
        itemCooperation: { "kerja sama '\($0)'" },
        itemMapping: { "pemetaan daerah \($0)" },
        itemMeeting: { "rapat '\($0)'" },
        itemProfile: "profil daerah",
        itemArchivedFile: { "berkas arsip \($0)" },
        itemOther: { "berkas '\($0)'" },
        refused: { "\($0): \($1); dibawa oleh \($2). Perubahan itu tidak diambil." },
        notOurs: { "'\($0)' dari \($1) bukan bagian penyimpanan Mufakat dan diabaikan" },
        changedBoth: { "\($0) diubah di sini dan di \($1); yang di sini dipertahankan" },
        profileNotOwn: { "profil daerah \($0) bukan milik daerah \($1)" },
        profileChangedBoth: { "profil daerah diubah di sini dan di \($0); yang di sini dipertahankan" },
        historyRewritten: { "berkas riwayat yang sudah ada diubah atau dihapus (\($0))" },
        historyRewrittenReason: { "berkas riwayat yang sudah ada diubah di \($0) (\($1)); riwayat hanya boleh ditambah" },
        fileDeleted: { "berkas '\($0)' dihapus" },
        notAParty: { "daerah \($0) bukan pihak kerja sama ini (pihak: \($1))" },
        noRegionCodes: "tanpa kode daerah",
        foreignMapping: "pemetaan daerah lain yang tidak dikumpulkan oleh rapat mana pun di sini",
        damagedReason: { "rusak setelah ditarik dari \($0) (\($1)): \($2)" },
        damagedQuarantined: { "\($0) dari \($1) rusak (\($2)); dibawa oleh \($3). Berkasnya dipindahkan ke quarantine/ dan yang di sini dipertahankan." },
        quarantinedAt: { "'\($0)' (\($1)) disimpan di '\($2)'." },
        committed: { "Disimpan ke riwayat git: \($0)." },
        nothingNew: "Tidak ada perubahan baru di sini.",
        received: { "Diterima dari remote: \($0)." },
        refusedLine: { "Ditolak: \($0)" },
        quarantinedLine: { "Dikarantina: \($0)" },
        conflictOnCooperation: { "kerja sama '\($0)' disimpan di dua tempat dari revisi yang sama" },
        conflictOnMapping: { "pemetaan '\($0)' disimpan di dua tempat dari revisi yang sama" },
        theirsWon: { "Konflik: \($0). Milik mereka (revisi \($1), \($2)) sudah lebih dahulu terkirim dan kini berlaku; milik Anda disimpan di '\($3)'." },
        oursWon: { "Konflik: \($0). Milik Anda (revisi \($1)) tetap berlaku; milik mereka (\($2)) disimpan di '\($3)'." },
        pendingConflict: { "Konflik belum diputuskan: '\($0)' (revisi yang tersisih di '\($1)')." },
        resolveHint: "Putuskan dengan `mufakat sync resolve ID --mine` (pakai milik saya) atau `--theirs` (ambil milik mereka); kedua revisi tetap tersimpan di riwayat.",
        note: { "Catatan: \($0)" },
        pushed: "Terkirim ke remote.",
        pushWaiting: { "Pengiriman menunggu: \($0). Perubahan aman tersimpan di sini; jalankan `mufakat sync` lagi bila jaringan tersedia." },
        waitingCommits: { "Menunggu: \($0) commit belum terkirim, \($1) commit belum diterima." },
        progressCommit: "Menyimpan perubahan lokal ke riwayat git…",
        progressFetch: { "Mengambil \($0) dari \($1)…" },
        progressMerge: { "Menggabungkan \($0)…" },
        progressPush: { "Mengirim \($0) ke \($1)…" },
        branchMissing: { "cabang '\($0)' belum ada di remote" },
        unreachableDefault: "remote tidak dapat dihubungi",
        pushRefused: { "remote menolak pengiriman; periksa hak tulis pada cabang ini (\($0))" },
        unreachable: { "remote tidak dapat dihubungi (\($0))" },
        sideYou: "Anda", sideThem: "mereka",
        keptCurrent: { "Revisi yang berlaku untuk '\($0)' dipertahankan; revisi \($1) tetap tersimpan di '\($2)'." },
        savedSide: { "Isi milik \($0) disimpan sebagai revisi \($1) '\($2)'; revisi lainnya tetap di riwayat." },
        savedMappingSide: { "Pemetaan milik \($0) disimpan sebagai revisi \($1) daerah \($2); revisi lainnya tetap di riwayat." },
        sideMissing: { "Berkas '\($0)' tidak ditemukan; jalankan `mufakat sync` lagi." },
        sideUnreadable: { "Berkas '\($0)' tidak dapat dibaca: \($1)" },
        sideNoMapping: { "Berkas '\($0)' tidak berisi pemetaan." },
        choiceNotSaved: { "Pilihan itu tidak dapat disimpan: \($0)" },
        sendIt: " Jalankan `mufakat sync` untuk mengirimkannya.",
        openAnswer: { "\($0) (Anda: \($1); mereka: \($2))" },
        bothChanged: { "\($0) isian diubah kedua pihak: \($1)\($2). Putuskan per isian di layar (Enter pada baris berkonflik), atau pakai --mine / --theirs." },
        mergeNotSaved: { "Gabungan tidak dapat disimpan: \($0)" },
        mergeSaved: { "Gabungan disimpan sebagai revisi \($0) '\($1)': \($2) isian dari mereka, \($3) isian milik Anda, \($4) diputuskan per isian; kedua revisi tetap di riwayat. Jalankan `mufakat sync` untuk mengirimkannya." },
        pullFailed: { "\($0): tidak dapat diambil (\($1))." },
        fetchFailedDefault: "git fetch gagal",
        noMappingsThere: { "\($0): tidak memuat pemetaan daerah (folder mappings/ kosong atau tidak ada)." })

    static let english = SyncServiceText(
        gitMissing: "The `git` program was not found. Synchronisation needs git; install it with `apt-get install -y git` "
            + "(Debian/Ubuntu, as root) or `dnf install -y git` (Fedora/RHEL), then try again.",
        notInitialized: { "The store \($0) is not set up for synchronisation yet. First run `mufakat sync init --remote URL`." },
        noRegion: "This store's region code is not known yet (the region profile is empty). Fill in the region profile, or name the branch with `--branch daerah/CODE`.",
        invalidBranch: { "The branch name '\($0)' is not valid for git." },
        foreignRepository: { "The folder \($0) is inside another git repository (\($1)). The store must be the root of its own repository." },
        gitFailed: { "The command \($0) failed: \($1)" },
        noConflict: { "No synchronisation conflict is recorded for '\($0)'. See `mufakat sync status`." },
        scratchFailed: { "a temporary folder cannot be created: \($0)" },
        folderFailed: { "The folder \($0) cannot be created: \($1)" },
        stateNotSaved: { "The synchronisation state cannot be saved in \($0): \($1)" },
        markerNotWritten: { "The merge marker cannot be written: \($0)" },
        itemCooperation: { "cooperation '\($0)'" },
        itemMapping: { "region mapping \($0)" },
        itemMeeting: { "meeting '\($0)'" },
        itemProfile: "region profile",
        itemArchivedFile: { "archived file \($0)" },
        itemOther: { "file '\($0)'" },
        refused: { "\($0): \($1); brought by \($2). That change was not taken." },
        notOurs: { "'\($0)' from \($1) is not part of a Mufakat store and was ignored" },
        changedBoth: { "\($0) was changed here and in \($1); the one here was kept" },
        profileNotOwn: { "the region profile \($0) does not belong to region \($1)" },
        profileChangedBoth: { "the region profile was changed here and in \($0); the one here was kept" },
        historyRewritten: { "existing history files were changed or deleted (\($0))" },
        historyRewrittenReason: { "existing history files were changed in \($0) (\($1)); history may only be added to" },
        fileDeleted: { "the file '\($0)' was deleted" },
        notAParty: { "region \($0) is not a party to this cooperation (parties: \($1))" },
        noRegionCodes: "no region codes",
        foreignMapping: "another region's mapping that no meeting here collects",
        damagedReason: { "damaged after pulling from \($0) (\($1)): \($2)" },
        damagedQuarantined: { "\($0) from \($1) is damaged (\($2)); brought by \($3). Its files were moved to quarantine/ and the one here was kept." },
        quarantinedAt: { "'\($0)' (\($1)) kept at '\($2)'." },
        committed: { "Saved to the git history: \($0)." },
        nothingNew: "No new changes here.",
        received: { "Received from the remote: \($0)." },
        refusedLine: { "Refused: \($0)" },
        quarantinedLine: { "Quarantined: \($0)" },
        conflictOnCooperation: { "cooperation '\($0)' was saved in two places from the same revision" },
        conflictOnMapping: { "mapping '\($0)' was saved in two places from the same revision" },
        theirsWon: { "Conflict: \($0). Theirs (revision \($1), \($2)) was sent first and is now in force; yours is kept at '\($3)'." },
        oursWon: { "Conflict: \($0). Yours (revision \($1)) stays in force; theirs (\($2)) is kept at '\($3)'." },
        pendingConflict: { "Conflict not yet decided: '\($0)' (the set-aside revision is at '\($1)')." },
        resolveHint: "Decide with `mufakat sync resolve ID --mine` (use mine) or `--theirs` (take theirs); both revisions stay in the history.",
        note: { "Note: \($0)" },
        pushed: "Sent to the remote.",
        pushWaiting: { "Sending is waiting: \($0). The changes are safely kept here; run `mufakat sync` again when the network is available." },
        waitingCommits: { "Waiting: \($0) commit(s) not yet sent, \($1) commit(s) not yet received." },
        progressCommit: "Saving local changes to the git history…",
        progressFetch: { "Fetching \($0) from \($1)…" },
        progressMerge: { "Merging \($0)…" },
        progressPush: { "Sending \($0) to \($1)…" },
        branchMissing: { "the branch '\($0)' is not on the remote yet" },
        unreachableDefault: "the remote cannot be reached",
        pushRefused: { "the remote refused the push; check the write permission on this branch (\($0))" },
        unreachable: { "the remote cannot be reached (\($0))" },
        sideYou: "your", sideThem: "their",
        keptCurrent: { "The revision in force for '\($0)' was kept; \($1) revision stays at '\($2)'." },
        savedSide: { "Saved \($0) content as revision \($1) of '\($2)'; the other revision stays in the history." },
        savedMappingSide: { "Saved \($0) mapping as revision \($1) of region \($2); the other revision stays in the history." },
        sideMissing: { "The file '\($0)' was not found; run `mufakat sync` again." },
        sideUnreadable: { "The file '\($0)' cannot be read: \($1)" },
        sideNoMapping: { "The file '\($0)' holds no mapping." },
        choiceNotSaved: { "That choice cannot be saved: \($0)" },
        sendIt: " Run `mufakat sync` to send it.",
        openAnswer: { "\($0) (yours: \($1); theirs: \($2))" },
        bothChanged: { "\($0) field(s) changed by both sides: \($1)\($2). Decide field by field on screen (Enter on a conflicting row), or use --mine / --theirs." },
        mergeNotSaved: { "The merge cannot be saved: \($0)" },
        mergeSaved: { "Merge saved as revision \($0) of '\($1)': \($2) field(s) from theirs, \($3) field(s) of yours, \($4) decided field by field; both revisions stay in the history. Run `mufakat sync` to send it." },
        pullFailed: { "\($0): cannot be fetched (\($1))." },
        fetchFailedDefault: "git fetch failed",
        noMappingsThere: { "\($0): holds no region mappings (the mappings/ folder is empty or missing)." })
}

/// Teks kerangka: the shell's words (title bar, status, shell keys, the questions it asks, its
/// messages), one entry each with typed arguments. Part of `AppText` (`AppText.current.shell`).
struct ShellText: Sendable {
    // Screen titles (title bar) and help titles.
    var loading: String, welcome: String, profile: String, home: String, newCooperation: String
    var help: String, meeting: String, dashboard: String, archive: String
    var helpWelcome: String, helpEditor: String
    var helpNewCooperation: @Sendable (_ step: Int, _ of: Int) -> String
    var helpNewCooperationEsc: String, helpEditorArchive: String
    var loadingList: String
    // Title bar, right side.
    var demo: String, readOnly: String
    var alsoOpenedBy: @Sendable (_ holder: String) -> String
    var unsaved: String
    var draftAt: @Sendable (_ time: String) -> String
    // Shell keys.
    var keySave: String, keyHelp: String, keyQuit: String
    // Questions.
    var quitTitle: String, quitText: String, saveAndQuit: String, discardAndQuit: String, cancel: String
    var closeTitle: String
    var closeText: @Sendable (_ title: String) -> String
    var saveAndClose: String, discardAndClose: String
    var discardNewTitle: String, discardNewText: String, keepFilling: String, discardAnswers: String
    var recoverTitle: String
    var recoverText: @Sendable (_ draftAt: String, _ revision: Int, _ savedAt: String) -> String
    var recoverDiffers: @Sendable (_ fields: Int) -> String
    var recoverStale: @Sendable (_ base: Int, _ revision: Int) -> String
    var recoverDraft: String, discardDraft: String
    var startupTitle: String
    var startupText: @Sendable (_ title: String, _ at: String) -> String
    var startupOthers: @Sendable (_ count: Int) -> String
    var startupAsk: String, openAndRecover: String, later: String
    var lockTitle: String
    var lockText: @Sendable (_ title: String, _ holder: String) -> String
    var openAnyway: String, viewOnly: String
    var conflictTitle: String, syncConflictTitle: String, merge: String, takeTheirs: String, keepMine: String
    var conflictText: @Sendable (_ revision: Int, _ by: String, _ at: String, _ fields: Int) -> String
    var conflictYou: String, conflictThem: String
    var conflictMore: @Sendable (_ count: Int) -> String
    var conflictIntro: @Sendable (_ revision: Int, _ by: String, _ at: String) -> String
    var syncIntro: @Sendable (_ title: String, _ broughtBy: String) -> String
    var mergeHint: String
    var cannotMerge: @Sendable (_ id: String) -> String
    var savingMerge: String
    var bothChanged: @Sendable (_ index: Int, _ of: Int) -> String
    var conflictBase: String
    // Messages.
    var loadingExamples: String, syncing: String, saving: String, composing: String, openedReadOnly: String
    var fillProfileFirst: String, fillProfileFirstForNew: String
    var cannotSaveNew: @Sendable (_ reason: String, _ advice: String) -> String
    var changesDiscarded: @Sendable (_ title: String) -> String
    var draftRecovered: String
    var draftDiscarded: @Sendable (_ revision: Int) -> String
    var draftKept: String, conflictUndecided: String
    var tookTheirs: @Sendable (_ revision: Int, _ by: String) -> String
    var notSaved: String
    var mappingDraftWaiting: @Sendable (_ at: String) -> String
    var profileSaved: String
    var storeOpened: @Sendable (_ location: String) -> String
    var renewing: String
    var created: @Sendable (_ revision: Int) -> String
    var saved: @Sendable (_ revision: Int) -> String
    // Messages of the shell's remaining events and effects.
    var savingChoice: String
    var moreNotices: @Sendable (_ count: Int) -> String
    var examplesLoaded: @Sendable (_ count: Int) -> String
    var markedSigned: @Sendable (_ revision: Int) -> String
    var signedAt: @Sendable (_ revision: Int, _ path: String) -> String
    var signedTitle: String
    var signedText: @Sendable (_ revision: Int, _ path: String, _ sha256: String) -> String
    var documentWritten: @Sendable (_ path: String) -> String
    var exportedTitle: String
    var exportedText: @Sendable (_ path: String) -> String
    var notSynchronised: String, cannotLoadMappings: String
    var notSignedStage: @Sendable (_ stage: String) -> String
    // Form fields (`FieldStack`).
    var fieldRequired: @Sendable (_ field: String) -> String
    var keyNextField: String, keyFieldAfter: String

    static let indonesian = ShellText(
        loading: "Memuat", welcome: "Selamat datang", profile: "Profil daerah", home: "Daftar kerja sama",
        newCooperation: "Kerja sama baru", help: "Bantuan", meeting: "Mode rapat", dashboard: "Rekapitulasi", archive: "Arsip berkas",
        helpWelcome: "Sambutan", helpEditor: "Penyuntingan kerja sama",
        helpNewCooperation: { "Kerja sama baru, langkah \($0) dari \($1)" },
        helpNewCooperationEsc: "kembali ke langkah sebelumnya; jawaban tetap tersimpan di layar",
        helpEditorArchive: "arsip berkas: lampirkan pindaian naskah bertanda tangan dan dokumen lain, lihat dan salin berkasnya",
        loadingList: "Memuat daftar kerja sama…",
        demo: "DEMO · ", readOnly: "HANYA-BACA",
        alsoOpenedBy: { "juga dibuka oleh \($0)" },
        unsaved: "belum disimpan",
        draftAt: { " · draf \($0)" },
        keySave: "simpan", keyHelp: "bantuan", keyQuit: "keluar",
        quitTitle: "Keluar dari Mufakat?",
        quitText: "Ada perubahan yang belum disimpan. Simpan dulu sebelum keluar? Buang berarti perubahan sejak penyimpanan terakhir hilang.",
        saveAndQuit: "Simpan & keluar", discardAndQuit: "Buang & keluar", cancel: "Batal",
        closeTitle: "Tutup kerja sama?",
        closeText: { "Ada perubahan yang belum disimpan pada \"\($0)\". Simpan dulu?" },
        saveAndClose: "Simpan & tutup", discardAndClose: "Buang & tutup",
        discardNewTitle: "Batalkan kerja sama baru?",
        discardNewText: "Jawaban pada layar kerja sama baru belum disimpan dan akan hilang.",
        keepFilling: "Lanjutkan mengisi", discardAnswers: "Buang jawaban",
        recoverTitle: "Pulihkan draf?",
        recoverText: { "Ada draf tersimpan otomatis pada \($0) yang lebih baru dari revisi \($1) (\($2))." },
        recoverDiffers: { " Draf berbeda pada \($0) isian." },
        recoverStale: { " Draf berangkat dari revisi \($0); revisi \($1) disimpan sesudahnya, jadi periksa kembali sebelum menyimpan." },
        recoverDraft: "Pulihkan draf", discardDraft: "Buang draf",
        startupTitle: "Draf belum disimpan",
        startupText: { "Ada perubahan yang belum disimpan pada \"\($0)\" (draf otomatis \($1))." },
        startupOthers: { " Juga \($0) kerja sama lain dengan draf." },
        startupAsk: " Buka sekarang untuk memulihkannya?", openAndRecover: "Buka dan pulihkan", later: "Nanti",
        lockTitle: "Sedang dibuka di tempat lain",
        lockText: { "\"\($0)\" sedang dibuka oleh \($1). Bila Anda juga menyunting, penyimpanan yang kedua akan diminta memilih perubahan mana yang dipakai. Lihat saja membukanya hanya-baca." },
        openAnyway: "Buka juga", viewOnly: "Lihat saja",
        conflictTitle: "Konflik penyimpanan", syncConflictTitle: "Konflik sinkronisasi", merge: "Gabungkan",
        takeTheirs: "Ambil milik mereka", keepMine: "Pakai milik saya",
        conflictText: { "Revisi \($0) disimpan oleh \($1) pada \($2) sementara Anda menyunting. Tidak ada yang ditimpa. Berbeda pada \($3) isian:" },
        conflictYou: "Anda", conflictThem: "Mereka",
        conflictMore: { "\n… dan \($0) isian lain." },
        conflictIntro: { "Revisi \($0) disimpan oleh \($1) pada \($2) sementara Anda menyunting. Tidak ada yang ditimpa." },
        syncIntro: { "Sinkronisasi menemukan \"\($0)\" disimpan di dua tempat dari revisi yang sama; milik mereka dibawa oleh \($1). Kedua revisi tetap di riwayat." },
        mergeHint: "Konflik penyimpanan: Gabungkan memakai perubahan kedua pihak.",
        cannotMerge: { "Kedua versi '\($0)' tidak dapat digabungkan; putuskan dengan `mufakat sync resolve \($0) --mine` atau `--theirs`." },
        savingMerge: "Menyimpan gabungan…",
        bothChanged: { "Diubah kedua pihak (\($0) dari \($1))" },
        conflictBase: "Semula",
        loadingExamples: "Memuat contoh kerja sama…",
        syncing: "Menyinkronkan melalui git: menyimpan, mengambil, menggabungkan, mengirim…",
        saving: "Menyimpan…",
        composing: "Menyusun naskah dan mencatat sidik jarinya…",
        openedReadOnly: "Dibuka hanya-baca: dapat dibaca, berpindah tahap dan diekspor; ketikan ditolak.",
        fillProfileFirst: "Isi profil daerah dulu (tekan P).",
        fillProfileFirstForNew: "Isi profil daerah dulu; profil menjadi PIHAK PERTAMA kerja sama baru.",
        cannotSaveNew: { "Kerja sama baru tidak dapat disimpan (hanya-baca: \($0)). \($1)" },
        changesDiscarded: { "Perubahan pada \"\($0)\" dibuang." },
        draftRecovered: "Draf dipulihkan; belum disimpan. Tekan Ctrl-S untuk menyimpan.",
        draftDiscarded: { "Draf dibuang; revisi \($0) dibuka." },
        draftKept: "Draf tetap disimpan; akan ditawarkan lagi saat kerja sama itu dibuka.",
        conflictUndecided: "Konflik belum diputuskan; kedua revisi tetap di riwayat.",
        tookTheirs: { "Revisi \($0) milik \($1) dipakai; perubahan Anda dibuang." },
        notSaved: "Belum disimpan. Perubahan Anda tetap di layar (dan di draf otomatis).",
        mappingDraftWaiting: { "Draf pemetaan belum disimpan (\($0)): tekan p untuk memulihkan." },
        profileSaved: "Profil daerah disimpan; dipakai sebagai PIHAK PERTAMA dan di setiap naskah.",
        storeOpened: { "Penyimpanan \($0) dibuka." },
        renewing: "Pembaruan: semua jawaban disalin. Periksa setiap langkah dengan Esc, lalu Enter untuk membuat.",
        created: { "Kerja sama dibuat dan disimpan (revisi \($0)). Mulai dari tahap pertama." },
        saved: { "Tersimpan (revisi \($0))." },
        savingChoice: "Menyimpan pilihan…",
        moreNotices: { " (dan \($0) pemberitahuan lain)" },
        examplesLoaded: { "\($0) contoh kerja sama dimuat. Pilih dengan ↑/↓ lalu Enter untuk membuka." },
        markedSigned: { "Ditandai ditandatangani dan disimpan (revisi \($0))." },
        signedAt: { "Ditandatangani; tersimpan (revisi \($0)). Naskah: \($1)" },
        signedTitle: "Naskah ditandatangani",
        signedText: { "Tersimpan sebagai revisi \($0). Naskah yang dicatat sidik jarinya:\n\($1)\nSHA-256: \($2)" },
        documentWritten: { "Naskah ditulis ke \($0)" },
        exportedTitle: "Naskah diekspor",
        exportedText: { "Naskah ditulis ke:\n\($0)" },
        notSynchronised: "Penyimpanan ini tidak disinkronkan.",
        cannotLoadMappings: "Penyimpanan ini tidak dapat memuat pemetaan daerah.",
        notSignedStage: { "Tahapan '\($0)' tidak ditandatangani sebagai naskah; hanya KB dan PKS." },
        fieldRequired: { "\($0) wajib diisi." },
        keyNextField: "pindah isian", keyFieldAfter: "isian berikut")

    static let english = ShellText(
        loading: "Loading", welcome: "Welcome", profile: "Region profile", home: "Cooperations",
        newCooperation: "New cooperation", help: "Help", meeting: "Meeting mode", dashboard: "Summary", archive: "File archive",
        helpWelcome: "Welcome", helpEditor: "Editing a cooperation",
        helpNewCooperation: { "New cooperation, step \($0) of \($1)" },
        helpNewCooperationEsc: "back to the previous step; the answers stay on the screen",
        helpEditorArchive: "file archive: attach scans of signed documents and other files, view and copy them",
        loadingList: "Loading the list of cooperations…",
        demo: "DEMO · ", readOnly: "READ-ONLY",
        alsoOpenedBy: { "also opened by \($0)" },
        unsaved: "not saved",
        draftAt: { " · draft \($0)" },
        keySave: "save", keyHelp: "help", keyQuit: "quit",
        quitTitle: "Quit Mufakat?",
        quitText: "There are unsaved changes. Save them before quitting? Discard loses the changes since the last save.",
        saveAndQuit: "Save & quit", discardAndQuit: "Discard & quit", cancel: "Cancel",
        closeTitle: "Close the cooperation?",
        closeText: { "\"\($0)\" has unsaved changes. Save them first?" },
        saveAndClose: "Save & close", discardAndClose: "Discard & close",
        discardNewTitle: "Cancel the new cooperation?",
        discardNewText: "The answers on the new-cooperation screen are not saved and will be lost.",
        keepFilling: "Keep filling in", discardAnswers: "Discard the answers",
        recoverTitle: "Recover the draft?",
        recoverText: { "A draft saved automatically at \($0) is newer than revision \($1) (\($2))." },
        recoverDiffers: { " The draft differs in \($0) fields." },
        recoverStale: { " The draft started from revision \($0); revision \($1) was saved after it, so check again before saving." },
        recoverDraft: "Recover the draft", discardDraft: "Discard the draft",
        startupTitle: "Unsaved draft",
        startupText: { "\"\($0)\" has unsaved changes (automatic draft \($1))." },
        startupOthers: { " Also \($0) other cooperations with a draft." },
        startupAsk: " Open it now to recover them?", openAndRecover: "Open and recover", later: "Later",
        lockTitle: "Open elsewhere",
        lockText: { "\"\($0)\" is open by \($1). If you edit it too, the second save will be asked which changes to keep. View only opens it read-only." },
        openAnyway: "Open anyway", viewOnly: "View only",
        conflictTitle: "Save conflict", syncConflictTitle: "Sync conflict", merge: "Merge",
        takeTheirs: "Take theirs", keepMine: "Keep mine",
        conflictText: { "Revision \($0) was saved by \($1) at \($2) while you were editing. Nothing was overwritten. \($3) fields differ:" },
        conflictYou: "You", conflictThem: "Them",
        conflictMore: { "\n… and \($0) more fields." },
        conflictIntro: { "Revision \($0) was saved by \($1) at \($2) while you were editing. Nothing was overwritten." },
        syncIntro: { "The sync found \"\($0)\" saved in two places from the same revision; theirs was brought by \($1). Both revisions stay in the history." },
        mergeHint: "Save conflict: Merge uses the changes of both sides.",
        cannotMerge: { "The two versions of '\($0)' cannot be merged; decide with `mufakat sync resolve \($0) --mine` or `--theirs`." },
        savingMerge: "Saving the merge…",
        bothChanged: { "Changed by both sides (\($0) of \($1))" },
        conflictBase: "Before",
        loadingExamples: "Loading the example cooperations…",
        syncing: "Synchronising through git: committing, fetching, merging, pushing…",
        saving: "Saving…",
        composing: "Composing the document and recording its fingerprint…",
        openedReadOnly: "Opened read-only: it can be read, its stages browsed and exported; typing is refused.",
        fillProfileFirst: "Fill in the region profile first (press P).",
        fillProfileFirstForNew: "Fill in the region profile first; the profile becomes the FIRST PARTY of a new cooperation.",
        cannotSaveNew: { "The new cooperation cannot be saved (read-only: \($0)). \($1)" },
        changesDiscarded: { "Changes to \"\($0)\" discarded." },
        draftRecovered: "Draft recovered; not saved yet. Press Ctrl-S to save.",
        draftDiscarded: { "Draft discarded; revision \($0) opened." },
        draftKept: "The draft is kept; it will be offered again when that cooperation is opened.",
        conflictUndecided: "Conflict not decided; both revisions stay in the history.",
        tookTheirs: { "Revision \($0) by \($1) taken; your changes were discarded." },
        notSaved: "Not saved. Your changes stay on the screen (and in the automatic draft).",
        mappingDraftWaiting: { "Unsaved mapping draft (\($0)): press p to recover it." },
        profileSaved: "Region profile saved; used as the FIRST PARTY and in every document.",
        storeOpened: { "Store \($0) opened." },
        renewing: "Renewal: every answer copied. Check each step with Esc, then Enter to create.",
        created: { "Cooperation created and saved (revision \($0)). Start from the first stage." },
        saved: { "Saved (revision \($0))." },
        savingChoice: "Saving the choice…",
        moreNotices: { " (and \($0) more notices)" },
        examplesLoaded: { "\($0) example cooperations loaded. Choose one with ↑/↓, then Enter to open it." },
        markedSigned: { "Marked as signed and saved (revision \($0))." },
        signedAt: { "Signed; saved (revision \($0)). Document: \($1)" },
        signedTitle: "Document signed",
        signedText: { "Saved as revision \($0). The document whose fingerprint was recorded:\n\($1)\nSHA-256: \($2)" },
        documentWritten: { "Document written to \($0)" },
        exportedTitle: "Document exported",
        exportedText: { "Document written to:\n\($0)" },
        notSynchronised: "This store is not synchronised.",
        cannotLoadMappings: "This store cannot hold regional mappings.",
        notSignedStage: { "Stage '\($0)' is not signed as a document; only the KB and the PKS are." },
        fieldRequired: { "\($0) is required." },
        keyNextField: "next field", keyFieldAfter: "next field")
}

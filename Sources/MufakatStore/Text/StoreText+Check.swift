/// `StoreText.check`: what `check-store` reports (findings, repairs, notes).
struct StoreCheckText: Sendable {
    var openedReadOnly: @Sendable (_ reason: String) -> String
    var meetingUnreadable: @Sendable (_ reason: String) -> String
    var quarantineOrFix: String, fixThenCheck: String, checkQuarantine: String
    var quarantineHeld: @Sendable (_ count: Int, _ latest: String, _ reason: String) -> String
    var staleTempRemoved: @Sendable (_ path: String) -> String
    var notAStoreFile: @Sendable (_ path: String, _ kind: String) -> String
    var tempRemoved: @Sendable (_ path: String) -> String
    var movedToQuarantine: @Sendable (_ reason: String, _ to: String) -> String
    var checkThatFile: String
    var emptyHistoryRemoved: @Sendable (_ path: String) -> String
    var emptyHistory: @Sendable (_ path: String) -> String
    var currentMissingRebuildable: @Sendable (_ revision: Int) -> String
    var rebuildFrom: @Sendable (_ revision: Int) -> String
    var currentMissingLost: String, restoreFromBackup: String
    var quarantineAndRestore: String
    var historyMissing: String, copyToHistory: String
    var interruptedSave: @Sendable (_ revision: Int) -> String
    var copyInterrupted: String
    var historyAhead: @Sendable (_ last: Int, _ current: Int) -> String
    var moveCurrentForward: String
    var notChained: @Sendable (_ current: Int, _ last: Int) -> String
    var compareAndImport: @Sendable (_ key: String, _ last: Int) -> String
    var revisionMissing: @Sendable (_ revision: Int) -> String
    var historyUnchangeable: String
    var misnamed: @Sendable (_ revision: Int, _ name: Int) -> String
    var noRename: String
    var holdsOther: @Sendable (_ kind: String, _ holds: String, _ key: String) -> String
    var noMove: String
    var firstWithPrevious: String, restoreFileFromBackup: String
    var chainBroken: @Sendable (_ sha: String, _ revision: Int, _ recorded: String) -> String
    var empty: String
    var restorePrevious: @Sendable (_ revision: Int) -> String
    var differsSameNumber: @Sendable (_ path: String) -> String
    var compareBoth: @Sendable (_ key: String, _ revision: Int) -> String
    var differsUnreadable: @Sendable (_ path: String) -> String
    var quarantineAndRebuild: String
    var indexEntryDiffers: @Sendable (_ key: String, _ index: String, _ file: String) -> String
    var rebuildIndex: String
    var indexRebuiltFrom: @Sendable (_ problem: String) -> String
    var indexWillRebuild: String
    var indexMissingRebuilt: @Sendable (_ count: Int) -> String
    var indexBehind: String
    var fixProfile: String, removeDraft: String, removeMappingDraft: String
    var staleLockRemoved: @Sendable (_ name: String) -> String
    var lockHeld: @Sendable (_ id: String, _ holder: String) -> String

    static let indonesian = StoreCheckText(
        openedReadOnly: { "Penyimpanan dibuka hanya-baca (\($0)); tidak ada perbaikan yang dilakukan." },
        meetingUnreadable: { "data rapat tidak dapat dibaca: \($0)" },
        quarantineOrFix: "Jalankan `mufakat check-store` tanpa --read-only untuk memindahkannya ke karantina, atau perbaiki berkasnya.",
        fixThenCheck: "Perbaiki masalah itu lalu jalankan `mufakat check-store` lagi.",
        checkQuarantine: "Periksa berkas di karantina; salin kembali setelah diperbaiki.",
        quarantineHeld: { "Ada \($0) berkas di folder quarantine/ (tidak dibaca oleh Mufakat); yang terbaru: '\($1)' (\($2))." },
        staleTempRemoved: { "Berkas sementara '\($0)' dari penyimpanan yang terputus dihapus." },
        notAStoreFile: { "'\($0)' bukan berkas \($1) Mufakat (nama tidak sah) dan diabaikan." },
        tempRemoved: { "Berkas sementara '\($0)' dihapus." },
        movedToQuarantine: { "tidak dapat dibaca (\($0)); dipindahkan ke '\($1)'" },
        checkThatFile: "Periksa berkas itu; data lain tetap dapat dipakai.",
        emptyHistoryRemoved: { "Folder riwayat kosong '\($0)' dari penyimpanan pertama yang terputus dihapus." },
        emptyHistory: { "Folder riwayat '\($0)' tidak berisi revisi (penyimpanan pertama terputus)." },
        currentMissingRebuildable: { "berkas terkini tidak ada; riwayatnya utuh sampai revisi \($0)" },
        rebuildFrom: { "Jalankan `mufakat check-store` tanpa --read-only untuk membangunnya kembali dari revisi \($0) di riwayat." },
        currentMissingLost: "berkas terkini tidak ada, dan tidak ada revisi yang dapat dibaca di riwayat",
        restoreFromBackup: "Pulihkan berkas itu dari cadangan atau dari bundel yang pernah diekspor.",
        quarantineAndRestore: "Jalankan `mufakat check-store` tanpa mode hanya-baca untuk memindahkannya ke karantina dan memulihkannya dari riwayat.",
        historyMissing: "riwayat revisi tidak ada",
        copyToHistory: "Jalankan `mufakat check-store` pada penyimpanan yang dapat ditulis untuk menyalin revisi terkini ke riwayat.",
        interruptedSave: { "penyimpanan revisi \($0) terputus setelah berkas terkini ditulis; salinannya di riwayat belum ada. Revisi \($0) adalah yang berlaku" },
        copyInterrupted: "Jalankan `mufakat check-store` tanpa --read-only untuk menyalinnya ke riwayat. Jangan memulihkan revisi lama: itu membatalkan penyimpanan terakhir.",
        historyAhead: { "riwayat sudah sampai revisi \($0), berkas terkini masih revisi \($1) (impor bundel atau penyimpanan terputus)" },
        moveCurrentForward: "Jalankan `mufakat check-store` tanpa --read-only untuk memajukan berkas terkini bila rantai riwayatnya utuh.",
        notChained: { "berkas terkini menyatakan revisi \($0), yang tidak menyambung ke riwayat (sampai revisi \($1)): diubah di luar Mufakat" },
        compareAndImport: { "Bandingkan dengan `mufakat show \($0) --revision \($1) --json`, lalu simpan isi yang benar sebagai revisi baru dengan `mufakat import`." },
        revisionMissing: { "revisi \($0) hilang dari riwayat; rantai hash terputus" },
        historyUnchangeable: "Berkas riwayat tidak boleh diubah; pulihkan dari cadangan atau dari bundel.",
        misnamed: { "berkas menyatakan revisi \($0), padahal namanya revisi \($1)" },
        noRename: "Berkas riwayat tidak boleh diganti nama atau disalin; pulihkan dari cadangan.",
        holdsOther: { "berisi \($0) '\($1)', bukan '\($2)'" },
        noMove: "Berkas riwayat tidak boleh dipindahkan; pulihkan dari cadangan.",
        firstWithPrevious: "revisi 1 tidak boleh merujuk revisi sebelumnya (kolom previousSHA256 terisi)",
        restoreFileFromBackup: "Pulihkan berkas itu dari cadangan.",
        chainBroken: { "SHA-256 berkas ini (\($0)…) tidak sama dengan previousSHA256 yang dicatat revisi \($1) (\($2)…): berkas riwayat diubah setelah disimpan" },
        empty: "kosong",
        restorePrevious: { "Pulihkan revisi \($0) dari cadangan atau bundel; bila tidak ada, catat bahwa revisi ini tidak dapat dipercaya." },
        differsSameNumber: { "isinya berbeda dari revisi terakhir '\($0)' dengan nomor revisi yang sama: salah satunya diubah di luar Mufakat" },
        compareBoth: { "Bandingkan keduanya (`mufakat show \($0) --json` dan `mufakat show \($0) --revision \($1) --json`), lalu simpan isi yang benar sebagai revisi baru dengan `mufakat import`. Rantai hash revisi sebelumnya tetap menjadi acuan." },
        differsUnreadable: { "isinya berbeda dari revisi terakhir '\($0)' dan tidak dapat dibaca" },
        quarantineAndRebuild: "Jalankan `mufakat check-store` tanpa --read-only untuk memindahkannya ke karantina dan membangunnya kembali dari riwayat.",
        indexEntryDiffers: { "entri '\($0)' di indeks '\($1)' tidak sama dengan isi berkas '\($2)' (indeks diubah di luar Mufakat atau ditulis versi lama)" },
        rebuildIndex: "Jalankan `mufakat check-store` tanpa --read-only untuk membangun ulang indeks dari berkas.",
        indexRebuiltFrom: { "Indeks: \($0); dibangun ulang dari berkas." },
        indexWillRebuild: "Indeks 'index.json' tidak sesuai dengan berkas; akan dibangun ulang saat penyimpanan dapat ditulis.",
        indexMissingRebuilt: { "Indeks 'index.json' tidak ada atau rusak; dibangun ulang dari \($0) berkas." },
        indexBehind: "Indeks 'index.json' tertinggal dari berkas; diperbarui.",
        fixProfile: "Perbaiki atau isi ulang profil daerah.",
        removeDraft: "Hapus draf itu bila tidak diperlukan.", removeMappingDraft: "Hapus draf pemetaan itu bila tidak diperlukan.",
        staleLockRemoved: { "Penanda edit usang 'locks/\($0)' (prosesnya sudah berhenti) dihapus." },
        lockHeld: { "Kerja sama '\($0)' \($1)." })

    static let english = StoreCheckText(
        openedReadOnly: { "The store was opened read-only (\($0)); no repair was made." },
        meetingUnreadable: { "the meeting data cannot be read: \($0)" },
        quarantineOrFix: "Run `mufakat check-store` without --read-only to move it to quarantine, or repair the file.",
        fixThenCheck: "Fix that problem, then run `mufakat check-store` again.",
        checkQuarantine: "Check the files in quarantine; copy them back once repaired.",
        quarantineHeld: { "There are \($0) file(s) in the quarantine/ folder (not read by Mufakat); the latest: '\($1)' (\($2))." },
        staleTempRemoved: { "Temporary file '\($0)' of an interrupted save removed." },
        notAStoreFile: { "'\($0)' is not a Mufakat \($1) file (invalid name) and is ignored." },
        tempRemoved: { "Temporary file '\($0)' removed." },
        movedToQuarantine: { "cannot be read (\($0)); moved to '\($1)'" },
        checkThatFile: "Check that file; the other data can still be used.",
        emptyHistoryRemoved: { "Empty history folder '\($0)' of an interrupted first save removed." },
        emptyHistory: { "History folder '\($0)' holds no revision (an interrupted first save)." },
        currentMissingRebuildable: { "the current file is missing; its history is intact up to revision \($0)" },
        rebuildFrom: { "Run `mufakat check-store` without --read-only to rebuild it from revision \($0) in the history." },
        currentMissingLost: "the current file is missing, and no revision in the history can be read",
        restoreFromBackup: "Restore that file from a backup or from a bundle exported before.",
        quarantineAndRestore: "Run `mufakat check-store` without read-only mode to move it to quarantine and restore it from the history.",
        historyMissing: "the revision history is missing",
        copyToHistory: "Run `mufakat check-store` on a store that can be written to copy the current revision into the history.",
        interruptedSave: { "the save of revision \($0) was interrupted after the current file was written; its copy in the history is missing. Revision \($0) is the one in force" },
        copyInterrupted: "Run `mufakat check-store` without --read-only to copy it into the history. Do not restore an old revision: that would undo the last save.",
        historyAhead: { "the history reaches revision \($0), the current file is still revision \($1) (a bundle import or an interrupted save)" },
        moveCurrentForward: "Run `mufakat check-store` without --read-only to move the current file forward when the history's chain is intact.",
        notChained: { "the current file says revision \($0), which does not link to the history (up to revision \($1)): changed outside Mufakat" },
        compareAndImport: { "Compare it with `mufakat show \($0) --revision \($1) --json`, then save the right content as a new revision with `mufakat import`." },
        revisionMissing: { "revision \($0) is missing from the history; the hash chain is broken" },
        historyUnchangeable: "History files may not be changed; restore it from a backup or a bundle.",
        misnamed: { "the file says revision \($0), but its name says revision \($1)" },
        noRename: "History files may not be renamed or copied; restore it from a backup.",
        holdsOther: { "holds \($0) '\($1)', not '\($2)'" },
        noMove: "History files may not be moved; restore it from a backup.",
        firstWithPrevious: "revision 1 may not refer to an earlier revision (its hash of an earlier revision is filled in)",
        restoreFileFromBackup: "Restore that file from a backup.",
        chainBroken: { "the SHA-256 of this file (\($0)…) is not the hash of the earlier revision recorded by revision \($1) (\($2)…): the history file was changed after it was saved" },
        empty: "empty",
        restorePrevious: { "Restore revision \($0) from a backup or a bundle; if there is none, note that this revision cannot be trusted." },
        differsSameNumber: { "its content differs from the latest revision '\($0)' with the same revision number: one of them was changed outside Mufakat" },
        compareBoth: { "Compare the two (`mufakat show \($0) --json` and `mufakat show \($0) --revision \($1) --json`), then save the right content as a new revision with `mufakat import`. The hash chain of the earlier revisions stays the reference." },
        differsUnreadable: { "its content differs from the latest revision '\($0)' and cannot be read" },
        quarantineAndRebuild: "Run `mufakat check-store` without --read-only to move it to quarantine and rebuild it from the history.",
        indexEntryDiffers: { "entry '\($0)' in the index '\($1)' does not match the content of the file '\($2)' (the index was changed outside Mufakat or written by an old version)" },
        rebuildIndex: "Run `mufakat check-store` without --read-only to rebuild the index from the files.",
        indexRebuiltFrom: { "Index: \($0); rebuilt from the files." },
        indexWillRebuild: "The index 'index.json' does not match the files; it will be rebuilt when the store can be written.",
        indexMissingRebuilt: { "The index 'index.json' was missing or damaged; rebuilt from \($0) file(s)." },
        indexBehind: "The index 'index.json' was behind the files; updated.",
        fixProfile: "Repair or fill in the region profile again.",
        removeDraft: "Delete that draft if it is not needed.", removeMappingDraft: "Delete that mapping draft if it is not needed.",
        staleLockRemoved: { "Stale edit lock 'locks/\($0)' (its process has stopped) removed." },
        lockHeld: { "Cooperation '\($0)' \($1)." })
}

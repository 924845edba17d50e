import MufakatDomain

/// Katalog teks penyimpanan: the store's messages that reach users (its errors, the words it
/// names items and operations with) as typed entries in both languages; the memberwise init makes
/// the compiler check both languages have every entry and argument. Follows `DisplayLanguage.current`.
struct StoreText: Sendable {
    /// `StoreError` and its operation words.
    var errors: Catalogue<StoreErrorText>
    /// What `check-store` reports (`StoreText+Check.swift`).
    var check: Catalogue<StoreCheckText>
    /// A bundle's whole-file refusals and signature check (`StoreText+Bundle.swift`).
    var bundle: Catalogue<StoreBundleText>
    /// Why a stored file cannot be read (`StoreText+Decoding.swift`).
    var decoding: Catalogue<StoreDecodingText>
    /// Why one entry of a bundle is refused (`StoreText+BundleEntries.swift`).
    var bundleEntries: Catalogue<StoreBundleEntryText>
    /// The store's other file messages: meetings, drafts, opening checks, history (`StoreText+Files.swift`).
    var files: Catalogue<StoreFileText>
    /// Archived files and the profile's emblem (`StoreText+Archive.swift`).
    var archive: Catalogue<StoreArchiveText>
    /// Where and what the store is, read-only, edit locks, `index.bin` set aside (`StoreText+Opening.swift`).
    var opening: Catalogue<StoreOpeningText>

    static let indonesian = StoreText(errors: Catalogue(.indonesian), check: Catalogue(.indonesian), bundle: Catalogue(.indonesian), decoding: Catalogue(.indonesian), bundleEntries: Catalogue(.indonesian), files: Catalogue(.indonesian), archive: Catalogue(.indonesian), opening: Catalogue(.indonesian))
    static let english = StoreText(errors: Catalogue(.english), check: Catalogue(.english), bundle: Catalogue(.english), decoding: Catalogue(.english), bundleEntries: Catalogue(.english), files: Catalogue(.english), archive: Catalogue(.english), opening: Catalogue(.english))

    /// The catalogue of the language in use, by reference (reading an entry copies nothing).
    static var current: Catalogue<StoreText> { DisplayLanguage.current == .english ? englishCatalogue : indonesianCatalogue }
    private static let indonesianCatalogue = Catalogue(indonesian)
    private static let englishCatalogue = Catalogue(english)
}

/// `StoreText.errors`: every `StoreError` message, the operation words of a failed system call,
/// and the names of the stored items.
struct StoreErrorText: Sendable {
    var cooperation: String, mapping: String, meeting: String
    var read: String, write: String, rename: String, remove: String, createFolder: String, lock: String, sync: String
    var notAFolder: @Sendable (_ path: String) -> String
    var fileTooLarge: @Sendable (_ path: String, _ size: Int, _ limit: Int) -> String
    var alreadyExists: @Sendable (_ path: String) -> String
    var notFound: @Sendable (_ kind: String, _ id: String) -> String
    var revisionNotFound: @Sendable (_ kind: String, _ id: String, _ revision: Int) -> String
    var invalidID: @Sendable (_ kind: String, _ id: String) -> String
    var idTaken: @Sendable (_ kind: String, _ id: String, _ by: String, _ at: String, _ revision: Int) -> String
    var revision: @Sendable (_ revision: Int) -> String
    var notYetExisting: String
    var conflict: @Sendable (_ kind: String, _ id: String, _ by: String, _ at: String, _ revision: Int, _ base: String) -> String
    var meetingChanged: @Sendable (_ id: String, _ path: String) -> String
    var damaged: @Sendable (_ path: String, _ reason: String) -> String
    var quarantined: @Sendable (_ to: String) -> String
    var newerVersion: @Sendable (_ path: String, _ found: Int, _ supported: Int) -> String
    var readOnly: @Sendable (_ reason: String) -> String
    var locked: @Sendable (_ id: String, _ holder: String, _ user: String) -> String
    var invalidInput: @Sendable (_ path: String, _ problem: String) -> String
    var noPermission: @Sendable (_ operation: String, _ path: String) -> String
    var readOnlyFolder: @Sendable (_ path: String) -> String
    var diskFull: @Sendable (_ operation: String, _ path: String) -> String
    var missing: @Sendable (_ path: String, _ operation: String) -> String
    var notADirectory: @Sendable (_ path: String) -> String
    var symlink: @Sendable (_ path: String) -> String
    var failed: @Sendable (_ operation: String, _ path: String, _ reason: String, _ code: Int32) -> String
    var cause: @Sendable (_ operation: String, _ path: String, _ reason: String, _ code: Int32) -> String

    static let indonesian = StoreErrorText(
        cooperation: "kerja sama", mapping: "pemetaan", meeting: "rapat",
        read: "membaca", write: "menulis", rename: "mengganti nama", remove: "menghapus", createFolder: "membuat folder",
        lock: "mengunci", sync: "menyinkronkan ke disk",
        notAFolder: { "'\($0)' bukan folder. Pilih folder penyimpanan lain dengan --store atau MUFAKAT_STORE." },
        fileTooLarge: { "Berkas '\($0)' terlalu besar (\($1) bita, batas \($2) bita). Periksa apakah berkas itu benar berkas Mufakat." },
        alreadyExists: { "Berkas '\($0)' sudah ada dan tidak boleh ditimpa (revisi riwayat tidak dapat diubah). Jalankan `mufakat check-store` untuk memeriksa penyimpanan." },
        notFound: { "\($0.capitalizedFirst) dengan id '\($1)' tidak ada di penyimpanan. Lihat daftar id dengan `mufakat list`." },
        revisionNotFound: { "\($0) '\($1)' tidak memiliki revisi \($2). Lihat revisi yang ada dengan `mufakat history \($1)`." },
        invalidID: { "Id \($0) '\($1)' tidak sah: gunakan huruf kecil a-z, angka dan tanda '-', paling banyak 64 karakter, tidak diawali '-'." },
        idTaken: { "Id sudah dipakai: \($0) '\($1)' sudah dibuat oleh \($2) pada \($3) (revisi \($4)). "
            + "Tidak ada yang ditimpa. Pilih id lain untuk kerja sama baru, atau ambil revisi terbaru (`mufakat show \($1) --json`), terapkan perubahan Anda, lalu impor lagi." },
        revision: { "revisi \($0)" },
        notYetExisting: "keadaan belum ada",
        conflict: { "Konflik: \($0) '\($1)' telah disimpan oleh \($2) pada \($3) (revisi \($4)), "
            + "sedangkan perubahan Anda berangkat dari \($5). Tidak ada yang ditimpa. "
            + "Ambil revisi terbaru (`mufakat show \($1) --json`), terapkan kembali perubahan Anda, lalu simpan lagi." },
        meetingChanged: { "Data rapat '\($0)' ('\($1)') telah diubah oleh proses lain sejak dibaca. Tidak ada yang ditimpa. "
            + "Ulangi langkah Anda agar bekerja pada data rapat yang terbaru (`mufakat pemetaan rapat tampil \($0)`)." },
        damaged: { "Berkas '\($0)' rusak dan tidak dapat dibaca: \($1)." },
        quarantined: { " Berkas itu dipindahkan ke '\($0)' beserta catatannya; data lain tetap dapat dipakai." },
        newerVersion: { "Berkas '\($0)' ditulis oleh versi Mufakat yang lebih baru (versi format \($1), versi ini mendukung sampai \($2)). "
            + "Berkas itu tidak diubah; perbarui Mufakat untuk menyuntingnya." },
        readOnly: { "Penyimpanan hanya dapat dibaca: \($0)" },
        locked: { "Kerja sama '\($0)' \($1). Tunggu sampai selesai, atau minta \($2) menutupnya." },
        invalidInput: { "Berkas '\($0)': \($1)" },
        noPermission: { "Tidak ada izin \($0) '\($1)'. Periksa izin folder penyimpanan (pemiliknya harus Anda) atau pilih folder lain dengan --store. Data yang sudah tersimpan tidak berubah." },
        readOnlyFolder: { "Folder '\($0)' hanya dapat dibaca (read-only). Salin penyimpanan ke folder yang dapat ditulis, atau pilih folder lain dengan --store. Data yang sudah tersimpan tidak berubah." },
        diskFull: { "Disk penuh saat \($0) '\($1)'. Kosongkan ruang disk lalu ulangi; data yang sudah tersimpan tidak berubah dan perubahan terakhir belum tersimpan." },
        missing: { "Berkas atau folder '\($0)' tidak ditemukan saat \($1)." },
        notADirectory: { "Sebagian jalur '\($0)' bukan folder. Periksa folder penyimpanan." },
        symlink: { "'\($0)' adalah tautan simbolik (symlink). Mufakat tidak menulis melalui tautan simbolik; ganti dengan berkas atau folder biasa." },
        failed: { "Gagal \($0) '\($1)': \($2) (errno \($3))." },
        cause: { "gagal \($0) '\($1)': \($2) (errno \($3))" })

    static let english = StoreErrorText(
        cooperation: "cooperation", mapping: "mapping", meeting: "meeting",
        read: "reading", write: "writing", rename: "renaming", remove: "removing", createFolder: "creating the folder",
        lock: "locking", sync: "syncing to disk",
        notAFolder: { "'\($0)' is not a folder. Choose another store folder with --store or MUFAKAT_STORE." },
        fileTooLarge: { "The file '\($0)' is too large (\($1) bytes, limit \($2) bytes). Check that it really is a Mufakat file." },
        alreadyExists: { "The file '\($0)' already exists and may not be overwritten (history revisions cannot change). Run `mufakat check-store` to check the store." },
        notFound: { "There is no \($0) with id '\($1)' in the store. List the ids with `mufakat list`." },
        revisionNotFound: { "\($0) '\($1)' has no revision \($2). See the revisions there are with `mufakat history \($1)`." },
        invalidID: { "The \($0) id '\($1)' is not valid: use lowercase letters a-z, digits and '-', at most 64 characters, not starting with '-'." },
        idTaken: { "Id already taken: \($0) '\($1)' was created by \($2) on \($3) (revision \($4)). "
            + "Nothing was overwritten. Choose another id for a new cooperation, or take the latest revision (`mufakat show \($1) --json`), apply your changes, then import again." },
        revision: { "revision \($0)" },
        notYetExisting: "a state that did not exist yet",
        conflict: { "Conflict: \($0) '\($1)' was saved by \($2) on \($3) (revision \($4)), "
            + "while your change started from \($5). Nothing was overwritten. "
            + "Take the latest revision (`mufakat show \($1) --json`), apply your change again, then save again." },
        meetingChanged: { "The particulars of meeting '\($0)' ('\($1)') were changed by another process since they were read. Nothing was overwritten. "
            + "Repeat your step so that it works on the latest meeting data (`mufakat mapping meeting show \($0)`)." },
        damaged: { "The file '\($0)' is damaged and cannot be read: \($1)." },
        quarantined: { " The file was moved to '\($0)' with a note; the other data can still be used." },
        newerVersion: { "The file '\($0)' was written by a newer version of Mufakat (format version \($1), this version supports up to \($2)). "
            + "The file was not changed; update Mufakat to edit it." },
        readOnly: { "The store can only be read: \($0)" },
        locked: { "Cooperation '\($0)' \($1). Wait until it is finished, or ask \($2) to close it." },
        invalidInput: { "File '\($0)': \($1)" },
        noPermission: { "No permission for \($0) '\($1)'. Check the store folder's permissions (you must own it) or choose another folder with --store. The data already saved is unchanged." },
        readOnlyFolder: { "The folder '\($0)' can only be read (read-only). Copy the store to a folder that can be written, or choose another folder with --store. The data already saved is unchanged." },
        diskFull: { "The disk is full while \($0) '\($1)'. Free some disk space and try again; the data already saved is unchanged and the last change is not saved yet." },
        missing: { "The file or folder '\($0)' was not found while \($1)." },
        notADirectory: { "Part of the path '\($0)' is not a folder. Check the store folder." },
        symlink: { "'\($0)' is a symbolic link (symlink). Mufakat does not write through symbolic links; replace it with a plain file or folder." },
        failed: { "Failed \($0) '\($1)': \($2) (errno \($3))." },
        cause: { "failed \($0) '\($1)': \($2) (errno \($3))" })
}

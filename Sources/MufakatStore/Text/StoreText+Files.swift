/// `StoreText.files`: the store's own messages about its files outside bundles and decoding:
/// reading a cooperation file (`CooperationFile`), meetings, drafts, the checks at opening,
/// the profile, bulk import and the revision history (`RevisionedCollection`). A file's own keys
/// ('schemaVersion', 'id') are named as written in the file, since that is where it is repaired.
struct StoreFileText: Sendable {
    var fileNotFound: String
    var schemaVersionMissing: @Sendable (_ current: Int) -> String
    var idInvalid: @Sendable (_ id: String) -> String
    var meetingUnreadable: @Sendable (_ reason: String) -> String
    var meetingSkipped: @Sendable (_ path: String, _ reason: String) -> String
    var notEncodable: @Sendable (_ error: String) -> String
    var regionCodeMismatch: @Sendable (_ inFile: String, _ fileName: String) -> String
    var historyOnlyCooperations: @Sendable (_ count: Int) -> String
    var historyOnlyUnrebuilt: @Sendable (_ count: Int, _ kind: String) -> String
    var plantedLink: @Sendable (_ name: String) -> String
    var folderIsLink: @Sendable (_ name: String, _ target: String) -> String
    var worldWritable: @Sendable (_ path: String) -> String
    var otherOwner: @Sendable (_ path: String, _ uid: UInt32) -> String
    var logoChecksum: String
    var idMismatch: @Sendable (_ inFile: String, _ fileName: String) -> String
    var revisionMismatch: @Sendable (_ stated: Int, _ named: Int) -> String
    var chainBroken: @Sendable (_ revision: Int, _ tip: Int) -> String
    var currentRebuilt: @Sendable (_ path: String, _ revision: Int) -> String
    var currentAdvanced: @Sendable (_ path: String, _ from: Int, _ to: Int) -> String
    var historyCompleted: @Sendable (_ revision: Int, _ path: String) -> String
    var valueOutOfRange: @Sendable (_ problem: String) -> String
    var historyUnreadable: String
    var syncUnconfirmed: @Sendable (_ revision: Int, _ key: String, _ cause: String) -> String
    var historyCopyFailed: @Sendable (_ revision: Int, _ key: String, _ cause: String) -> String
    var notAStore: String
    var storeMissing: @Sendable (_ path: String) -> String
    var folderNotEmpty: String
    var quarantined: @Sendable (_ original: String, _ reason: String, _ to: String) -> String
    var indexNotUpdated: @Sendable (_ id: String, _ cause: String) -> String
    var fixProfile: String, meetingDataUnreadable: @Sendable (_ reason: String) -> String, fixFile: String, fixAndRecheck: String
    var outputSymlink: String, outputFIFO: String, outputDevice: String, outputSocket: String, outputFolder: String, outputOther: String
    var outputRefused: @Sendable (_ path: String, _ kind: String) -> String
    var outputFolderMissing: @Sendable (_ folder: String) -> String

    static let indonesian = StoreFileText(
        fileNotFound: "berkas tidak ditemukan. Periksa nama dan foldernya.",
        schemaVersionMissing: { "kolom 'schemaVersion' tidak ada; isi dengan \($0)" },
        idInvalid: { "kolom 'id' bernilai '\($0)': gunakan huruf kecil a-z, angka dan '-', paling banyak 64 karakter, tidak diawali '-'" },
        meetingUnreadable: { "data rapat tidak terbaca: \($0)" },
        meetingSkipped: { "Berkas rapat '\($0)' tidak dapat dibaca (\($1)) dan dilewati. Rapat lain tetap dapat dipakai; perbaiki berkas itu atau jalankan `mufakat check-store`." },
        notEncodable: { "tidak dapat disusun sebagai JSON: \($0)" },
        regionCodeMismatch: { "kode daerah di dalam berkas ('\($0)') tidak sama dengan nama berkasnya ('\($1)')" },
        historyOnlyCooperations: { "\($0) kerja sama hanya ada di riwayat (berkas terkininya di folder cooperations/ hilang) dan tidak tampil dalam daftar. Jalankan `mufakat check-store` tanpa --read-only untuk membangunnya kembali dari riwayat." },
        historyOnlyUnrebuilt: { "\($0) \($1) hanya ada di riwayat dan tidak dapat dibangun kembali otomatis. Jalankan `mufakat check-store` untuk rinciannya." },
        plantedLink: { "'\($0)' adalah tautan simbolik yang bukan buatan Mufakat; dipindahkan agar penyimpanan tidak menulis ke luar foldernya" },
        folderIsLink: { "Folder '\($0)' di penyimpanan adalah tautan simbolik. Mufakat tidak menulis melalui tautan simbolik, jadi penyimpanan ke folder itu ditolak. Ganti tautan itu dengan folder biasa (pindahkan isinya ke '\($1)')." },
        worldWritable: { "Folder penyimpanan '\($0)' dapat ditulis oleh semua pengguna komputer ini; orang lain dapat mengubah atau mengganti data kerja sama. Batasi izinnya: chmod 700 '\($0)'." },
        otherOwner: { "Folder penyimpanan '\($0)' dimiliki pengguna lain (uid \($1)); pemilik itu dapat mengubah data kerja sama. Pakai folder milik Anda sendiri dengan --store." },
        logoChecksum: "SHA-256 lambang tidak sesuai dengan isinya",
        idMismatch: { "id di dalam berkas ('\($0)') tidak sama dengan nama berkas ('\($1)'); samakan keduanya" },
        revisionMismatch: { "berkas menyatakan revisi \($0), padahal namanya revisi \($1)" },
        chainBroken: { "revisi \($0) tidak menyambung ke revisi \($1) yang berlaku (penyimpanan atau impor terputus)" },
        currentRebuilt: { "berkas terkini '\($0)' dibuat kembali dari revisi \($1) di riwayat" },
        currentAdvanced: { "berkas terkini '\($0)' dimajukan dari revisi \($1) ke revisi \($2) yang sudah ada di riwayat" },
        historyCompleted: { "revisi \($0) disalin ke riwayat '\($1)' dari berkas terkini (penyimpanan sebelumnya terputus sebelum selesai)" },
        valueOutOfRange: { "\($0). Tidak ada yang disimpan; perbaiki nilainya lalu simpan lagi" },
        historyUnreadable: "riwayat ada tetapi tidak ada revisi yang dapat dibaca; jalankan `mufakat check-store`",
        syncUnconfirmed: { "revisi \($0) '\($1)' tersimpan, tetapi sistem berkas gagal memastikannya tertulis ke disk (\($2)); periksa disk lalu jalankan `mufakat check-store`" },
        historyCopyFailed: { "revisi \($0) '\($1)' tersimpan sebagai berkas terkini, tetapi salinannya di riwayat gagal ditulis (\($2)); salinan itu dibuat otomatis pada penyimpanan berikutnya atau dengan `mufakat check-store`" },
        notAStore: "folder ini bukan penyimpanan Mufakat (tidak ada store.json). Periksa jalur --store atau MUFAKAT_STORE.",
        storeMissing: { "penyimpanan belum ada. Buat dengan menjalankan perintah yang menyimpan (misalnya `mufakat demo --store \($0)`) atau periksa jalurnya." },
        folderNotEmpty: "folder ini berisi berkas lain dan bukan penyimpanan Mufakat (tidak ada store.json). Pilih folder kosong atau folder penyimpanan Mufakat dengan --store.",
        quarantined: { "Berkas '\($0)' tidak dapat dibaca (\($1)) dan dipindahkan ke '\($2)'. Data lain tetap dapat dipakai. Periksa berkas itu; bila sudah diperbaiki, salin kembali ke '\($0)'." },
        indexNotUpdated: { "indeks belum diperbarui setelah menyimpan '\($0)' (\($1)); indeks dibangun ulang otomatis" },
        fixProfile: "Perbaiki atau isi ulang profil daerah.", meetingDataUnreadable: { "data rapat tidak dapat dibaca: \($0)" },
        fixFile: "Perbaiki berkasnya.", fixAndRecheck: "Perbaiki masalah itu lalu jalankan `mufakat check-store` lagi.",
        outputSymlink: "tautan simbolik (symlink); Mufakat tidak menulis melalui tautan dan tidak menggantinya",
        outputFIFO: "FIFO (pipa bernama), bukan berkas biasa", outputDevice: "berkas perangkat (device), bukan berkas biasa",
        outputSocket: "soket, bukan berkas biasa", outputFolder: "folder, bukan berkas", outputOther: "bukan berkas biasa",
        outputRefused: { "tujuan keluaran '\($0)' adalah \($1). Dokumen tidak ditulis. Pilih nama berkas lain dengan -o/--output." },
        outputFolderMissing: { "folder '\($0)' tidak ada. Buat foldernya dahulu atau pilih jalur lain dengan -o/--output." })

    static let english = StoreFileText(
        fileNotFound: "file not found. Check its name and folder.",
        schemaVersionMissing: { "the key 'schemaVersion' is missing; set it to \($0)" },
        idInvalid: { "the key 'id' holds '\($0)': use lowercase letters a-z, digits and '-', at most 64 characters, not starting with '-'" },
        meetingUnreadable: { "the meeting data cannot be read: \($0)" },
        meetingSkipped: { "The meeting file '\($0)' cannot be read (\($1)) and was skipped. The other meetings can still be used; repair that file or run `mufakat check-store`." },
        notEncodable: { "cannot be written as JSON: \($0)" },
        regionCodeMismatch: { "the region code inside the file ('\($0)') differs from its file name ('\($1)')" },
        historyOnlyCooperations: { "\($0) cooperation(s) exist only in the history (their current file in the cooperations/ folder is missing) and are not listed. Run `mufakat check-store` without --read-only to rebuild them from the history." },
        historyOnlyUnrebuilt: { "\($0) \($1)(s) exist only in the history and could not be rebuilt automatically. Run `mufakat check-store` for the details." },
        plantedLink: { "'\($0)' is a symbolic link not made by Mufakat; moved so that the store never writes outside its folder" },
        folderIsLink: { "The folder '\($0)' in the store is a symbolic link. Mufakat does not write through symbolic links, so saving to that folder is refused. Replace the link with a plain folder (move its contents to '\($1)')." },
        worldWritable: { "The store folder '\($0)' can be written by every user of this computer; others can change or replace the cooperation data. Restrict its permissions: chmod 700 '\($0)'." },
        otherOwner: { "The store folder '\($0)' belongs to another user (uid \($1)); that owner can change the cooperation data. Use a folder of your own with --store." },
        logoChecksum: "the emblem's SHA-256 does not match its contents",
        idMismatch: { "the id inside the file ('\($0)') differs from the file name ('\($1)'); make them the same" },
        revisionMismatch: { "the file states revision \($0), but its name says revision \($1)" },
        chainBroken: { "revision \($0) does not follow the valid revision \($1) (a save or import was cut short)" },
        currentRebuilt: { "the current file '\($0)' was rebuilt from revision \($1) in the history" },
        currentAdvanced: { "the current file '\($0)' was moved on from revision \($1) to revision \($2), already in the history" },
        historyCompleted: { "revision \($0) was copied into the history '\($1)' from the current file (the previous save was cut short)" },
        valueOutOfRange: { "\($0). Nothing was saved; correct the value and save again" },
        historyUnreadable: "the history exists but no revision in it can be read; run `mufakat check-store`",
        syncUnconfirmed: { "revision \($0) of '\($1)' is saved, but the file system could not confirm it reached the disk (\($2)); check the disk, then run `mufakat check-store`" },
        historyCopyFailed: { "revision \($0) of '\($1)' is saved as the current file, but its copy in the history could not be written (\($2)); the copy is made automatically at the next save or by `mufakat check-store`" },
        notAStore: "this folder is not a Mufakat store (there is no store.json). Check the path given with --store or MUFAKAT_STORE.",
        storeMissing: { "the store does not exist yet. Create it by running a command that saves (for example `mufakat demo --store \($0)`) or check the path." },
        folderNotEmpty: "this folder holds other files and is not a Mufakat store (there is no store.json). Choose an empty folder or a Mufakat store folder with --store.",
        quarantined: { "The file '\($0)' cannot be read (\($1)) and was moved to '\($2)'. The other data can still be used. Check that file; once repaired, copy it back to '\($0)'." },
        indexNotUpdated: { "the index was not updated after saving '\($0)' (\($1)); it is rebuilt automatically" },
        fixProfile: "Repair or fill in the region profile again.", meetingDataUnreadable: { "the meeting data cannot be read: \($0)" },
        fixFile: "Repair the file.", fixAndRecheck: "Fix that problem, then run `mufakat check-store` again.",
        outputSymlink: "a symbolic link (symlink); Mufakat does not write through links and does not replace them",
        outputFIFO: "a FIFO (named pipe), not a plain file", outputDevice: "a device file, not a plain file",
        outputSocket: "a socket, not a plain file", outputFolder: "a folder, not a file", outputOther: "not a plain file",
        outputRefused: { "the output target '\($0)' is \($1). The document was not written. Choose another file name with -o/--output." },
        outputFolderMissing: { "the folder '\($0)' does not exist. Create it first or choose another path with -o/--output." })
}

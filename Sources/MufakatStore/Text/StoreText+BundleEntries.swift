/// `StoreText.bundleEntries`: why one entry of a bundle is refused (`BundlePathPolicy`,
/// `BundleReader`): its name, its kind, its size, its history chain.
struct StoreBundleEntryText: Sendable {
    var emptyName: String
    var nameTooLong: String
    var absolutePath: String
    var backslash: String
    var controlCharacter: String
    var drivePath: String
    var dotDot: String
    var emptyPart: String
    var folderNotInBundle: String
    var archiveName: String
    var cooperationName: String
    var mappingName: String
    var historyName: String
    var mappingHistoryName: String
    var fileNotInBundle: String
    var symlink: String
    var folderNotFile: String
    var tooLarge: @Sendable (_ size: UInt64, _ limit: Int) -> String
    var tooLargeUnpacked: @Sendable (_ limit: Int) -> String
    var cannotUnzip: String
    var archiveHashMismatch: String
    var noHistory: @Sendable (_ itemKind: String) -> String
    var revisionMissing: @Sendable (_ revision: Int) -> String
    var revisionMismatch: @Sendable (_ revision: Int, _ holds: Int, _ key: String) -> String
    var chainBroken: @Sendable (_ revision: Int, _ previous: Int) -> String
    var currentDiffers: @Sendable (_ last: Int) -> String
    // What an import did with each item, and who signed the bundle.
    var unsigned: String
    var unsignedWarning: String
    var ownKey: String, knownSigner: String, unknownSigner: String
    var signedBy: @Sendable (_ who: String, _ fingerprint: String, _ state: String) -> String
    var sameAlready: @Sendable (_ revision: Int) -> String
    var newerHere: @Sendable (_ here: Int, _ last: Int) -> String
    var sinceCommon: @Sendable (_ revision: Int) -> String
    var noCommon: String
    var changedOnBothSides: @Sendable (_ base: String, _ here: Int, _ last: Int, _ them: String) -> String
    var historyUnreadable: @Sendable (_ folder: String) -> String
    var ownMapping: String
    var lastSavedHere: @Sendable (_ itemKind: String) -> String
    var foreignChange: @Sendable (_ what: String, _ here: Int, _ last: Int, _ stranger: String) -> String
    var added: @Sendable (_ revisions: Int) -> String
    var updated: @Sendable (_ here: Int, _ last: Int) -> String
    // Whole-bundle refusals of reading and writing.
    var entryUnreadable: @Sendable (_ entry: String) -> String
    var mappingOfOtherRegion: @Sendable (_ key: String, _ region: String) -> String
    var manifestMissing: String
    var archiveFileMissing: String
    var archiveFileChanged: String
    var manifestFailed: @Sendable (_ error: String) -> String

    static let indonesian = StoreBundleEntryText(
        emptyName: "nama entri kosong",
        nameTooLong: "nama entri terlalu panjang",
        absolutePath: "jalur mutlak (diawali '/') akan menulis di luar penyimpanan",
        backslash: "jalur memakai '\\\\'; bundel Mufakat hanya memakai '/'",
        controlCharacter: "nama entri berisi karakter kendali",
        drivePath: "jalur dengan huruf drive akan menulis di luar penyimpanan",
        dotDot: "jalur memuat '..' dan akan keluar dari penyimpanan",
        emptyPart: "jalur memuat bagian kosong atau '.'",
        folderNotInBundle: "folder ini bukan bagian bundel Mufakat",
        archiveName: "nama berkas arsip tidak sah (files/<SHA-256 heksadesimal huruf kecil>)",
        cooperationName: "nama berkas kerja sama tidak sah (huruf kecil, angka dan '-', diakhiri .json)",
        mappingName: "nama berkas pemetaan tidak sah (kode wilayah, diakhiri .json)",
        historyName: "nama berkas riwayat tidak sah (history/<id>/<revisi>.json)",
        mappingHistoryName: "nama berkas riwayat pemetaan tidak sah (mapping-history/<kode>/<revisi>.json)",
        fileNotInBundle: "berkas ini bukan bagian bundel Mufakat",
        symlink: "tautan (symlink) tidak diterima dalam bundel",
        folderNotFile: "seharusnya berkas, bukan folder",
        tooLarge: { "terlalu besar (\($0) bita; batas \($1) bita)" },
        tooLargeUnpacked: { "terlalu besar setelah dibuka (batas \($0) bita)" },
        cannotUnzip: "tidak dapat dibuka dari zip (rusak)",
        archiveHashMismatch: "isi berkas arsip tidak sesuai dengan SHA-256 pada namanya: berkas diubah atau rusak",
        noHistory: { "tidak ada riwayat revisi untuk \($0) ini" },
        revisionMissing: { "revisi \($0) tidak ada dalam bundel; rantai riwayat terputus" },
        revisionMismatch: { "revisi \($0) berisi revisi \($1) milik '\($2)'" },
        chainBroken: { "revisi \($0) tidak menyambung ke revisi \($1) (SHA-256 berbeda): riwayat dalam bundel telah diubah" },
        currentDiffers: { "berkas terkini dalam bundel berbeda dari revisi terakhirnya (\($0))" },
        unsigned: "tidak bertanda tangan",
        unsignedWarning: "Bundel ini tidak bertanda tangan (dibuat Mufakat versi lama): asal isinya tidak dapat dipastikan. Perubahan atas data daerah sendiri ditahan.",
        ownKey: "kunci penyimpanan ini", knownSigner: "penanda tangan yang sudah dikenal", unknownSigner: "penanda tangan BELUM DIKENAL",
        signedBy: { "ditandatangani oleh \($0), kunci \($1) (\($2))" },
        sameAlready: { "sudah sama (revisi \($0))" },
        newerHere: { "di sini sudah lebih baru (revisi \($0); bundel sampai revisi \($1))" },
        sinceCommon: { "sejak revisi \($0) yang sama" },
        noCommon: "tanpa revisi bersama",
        changedOnBothSides: { "berubah di kedua sisi \($0): di sini revisi \($1), di bundel revisi \($2) (disimpan oleh \($3)). Tidak ada yang ditimpa; ekspor revisi di sini, bandingkan, lalu simpan gabungannya dengan `mufakat import`." },
        historyUnreadable: { "riwayat '\($0)' di penyimpanan ini tidak dapat dibaca; jalankan `mufakat check-store` dahulu" },
        ownMapping: "pemetaan daerah sendiri",
        lastSavedHere: { "\($0) yang terakhir disimpan di komputer ini" },
        foreignChange: { "bundel mengubah \($0) (revisi \($1) ke \($2), disimpan oleh \($3)). Tidak ada yang ditulis. Periksa asal bundel; bila memang sah, impor dengan `mufakat bundle import --accept-foreign`." },
        added: { "ditambahkan (\($0) revisi)" },
        updated: { "diperbarui dari revisi \($0) ke revisi \($1)" },
        entryUnreadable: { "entri '\($0)' tidak dapat dibuka dari zip (rusak atau terlalu besar)." },
        mappingOfOtherRegion: { "mappings/\($0).json berisi pemetaan daerah '\($1)'." },
        manifestMissing: "manifest.json tidak ada",
        archiveFileMissing: "berkas arsip yang dicatat kerja sama tidak ada; jalankan `mufakat check-store`",
        archiveFileChanged: "isi berkas arsip tidak sesuai dengan SHA-256 yang tercatat; jalankan `mufakat check-store`",
        manifestFailed: { "manifest tidak dapat disusun: \($0)" })

    static let english = StoreBundleEntryText(
        emptyName: "empty entry name",
        nameTooLong: "entry name too long",
        absolutePath: "an absolute path (starting with '/') would write outside the store",
        backslash: "the path uses '\\\\'; Mufakat bundles only use '/'",
        controlCharacter: "the entry name holds a control character",
        drivePath: "a path with a drive letter would write outside the store",
        dotDot: "the path holds '..' and would leave the store",
        emptyPart: "the path holds an empty part or '.'",
        folderNotInBundle: "this folder is not part of a Mufakat bundle",
        archiveName: "invalid archive file name (files/<lowercase hexadecimal SHA-256>)",
        cooperationName: "invalid cooperation file name (lowercase letters, digits and '-', ending in .json)",
        mappingName: "invalid mapping file name (region code, ending in .json)",
        historyName: "invalid history file name (history/<id>/<revision>.json)",
        mappingHistoryName: "invalid mapping history file name (mapping-history/<code>/<revision>.json)",
        fileNotInBundle: "this file is not part of a Mufakat bundle",
        symlink: "links (symlinks) are not accepted in a bundle",
        folderNotFile: "should be a file, not a folder",
        tooLarge: { "too large (\($0) bytes; limit \($1) bytes)" },
        tooLargeUnpacked: { "too large once unpacked (limit \($0) bytes)" },
        cannotUnzip: "cannot be unpacked from the zip (damaged)",
        archiveHashMismatch: "the archive file's content does not match the SHA-256 in its name: the file was changed or is damaged",
        noHistory: { "there is no revision history for this \($0)" },
        revisionMissing: { "revision \($0) is not in the bundle; the history chain is broken" },
        revisionMismatch: { "revision \($0) holds revision \($1) of '\($2)'" },
        chainBroken: { "revision \($0) does not follow revision \($1) (different SHA-256): the history in the bundle was changed" },
        currentDiffers: { "the current file in the bundle differs from its last revision (\($0))" },
        unsigned: "not signed",
        unsignedWarning: "This bundle is not signed (made by an older Mufakat): where its content comes from cannot be confirmed. Changes to this region's own data are held back.",
        ownKey: "this store's key", knownSigner: "a known signer", unknownSigner: "an UNKNOWN signer",
        signedBy: { "signed by \($0), key \($1) (\($2))" },
        sameAlready: { "already the same (revision \($0))" },
        newerHere: { "already newer here (revision \($0); the bundle goes to revision \($1))" },
        sinceCommon: { "since the shared revision \($0)" },
        noCommon: "without a shared revision",
        changedOnBothSides: { "changed on both sides \($0): revision \($1) here, revision \($2) in the bundle (saved by \($3)). Nothing was overwritten; export the revision here, compare, then save the merge with `mufakat import`." },
        historyUnreadable: { "the history '\($0)' in this store cannot be read; run `mufakat check-store` first" },
        ownMapping: "this region's own mapping",
        lastSavedHere: { "a \($0) last saved on this computer" },
        foreignChange: { "the bundle changes \($0) (revision \($1) to \($2), saved by \($3)). Nothing was written. Check where the bundle comes from; if it is genuine, import it with `mufakat bundle import --accept-foreign`." },
        added: { "added (\($0) revisions)" },
        updated: { "updated from revision \($0) to revision \($1)" },
        entryUnreadable: { "entry '\($0)' cannot be unpacked from the zip (damaged or too large)." },
        mappingOfOtherRegion: { "mappings/\($0).json holds the mapping of region '\($1)'." },
        manifestMissing: "manifest.json is missing",
        archiveFileMissing: "an archived file the cooperation records is missing; run `mufakat check-store`",
        archiveFileChanged: "an archived file's content does not match its recorded SHA-256; run `mufakat check-store`",
        manifestFailed: { "the manifest cannot be put together: \($0)" })
}

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
        currentDiffers: { "berkas terkini dalam bundel berbeda dari revisi terakhirnya (\($0))" })

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
        currentDiffers: { "the current file in the bundle differs from its last revision (\($0))" })
}

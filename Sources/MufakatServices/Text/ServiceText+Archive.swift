import Foundation

/// `ServiceText.archive`: archived files, the region's emblem, and the after-signing records.
struct ArchiveServiceText: Sendable {
    var unknownStage: @Sendable (_ stage: String, _ known: String) -> String
    var unknownKind: @Sendable (_ kind: String, _ known: String) -> String
    var unreadable: @Sendable (_ path: String, _ problem: String) -> String
    var tooLarge: @Sendable (_ path: String, _ size: String, _ bytes: Int64, _ limit: String, _ basis: String) -> String
    var missingInStore: @Sendable (_ file: String) -> String
    var scansComplete: @Sendable (_ names: String) -> String
    var scansMissing: @Sendable (_ names: String, _ id: String, _ stage: String) -> String
    var notFound: String, notRegular: String, noPermission: String, defaultLimit: String
    var logoNotFound: @Sendable (_ path: String) -> String
    var logoNotRegular: @Sendable (_ path: String) -> String
    var logoNoPermission: @Sendable (_ path: String) -> String
    var logoNotPNG: @Sendable (_ path: String) -> String
    var logoTooLarge: @Sendable (_ path: String, _ size: String, _ limit: String) -> String
    var notSigned: @Sendable (_ id: String) -> String
    var alreadyEnded: @Sendable (_ id: String, _ date: String) -> String
    var groundNotAllowed: @Sendable (_ ground: String, _ kind: String, _ allowed: String) -> String
    var stageNotAllowed: @Sendable (_ stage: String, _ allowed: [String]) -> String
    var noEvaluation: @Sendable (_ id: String) -> String
    var noSuchRecord: @Sendable (_ number: Int) -> String
    var reasonTooShort: @Sendable (_ minimum: Int) -> String
    /// Between the last two names of a list ("KB dan PKS").
    var and: String

    static let indonesian = ArchiveServiceText(
        unknownStage: { "Tahapan '\($0)' tidak dikenal untuk kerja sama ini. Pilih salah satu: \($1)." },
        unknownKind: { "Jenis berkas '\($0)' tidak dikenal rulebook ([[archive_kind]]). Pilih salah satu: \($1)." },
        unreadable: { "Berkas '\($0)' tidak dapat dibaca: \($1)" },
        tooLarge: { "Berkas '\($0)' terlalu besar untuk arsip: \($1) (\($2) bita), batas \($3) per berkas (\($4)). Perkecil berkas (misalnya pindai ulang dengan resolusi lebih rendah) atau pecah menjadi beberapa berkas." },
        missingInStore: { "berkas arsip '\($0)' tidak ada di penyimpanan; jalankan `mufakat check-store`" },
        scansComplete: { "ada untuk setiap naskah yang ditandatangani (\($0))" },
        scansMissing: { "belum ada untuk \($0) yang telah ditandatangani; lampirkan dengan `mufakat lampirkan \($1) --stage \($2) --kind scan-ttd BERKAS.pdf`" },
        notFound: "berkas tidak ditemukan atau tidak dapat dibuka. Periksa nama dan foldernya.",
        notRegular: "bukan berkas biasa (folder, FIFO atau perangkat).",
        noPermission: "tidak ada izin membaca berkas itu.",
        defaultLimit: "batas bawaan Mufakat",
        logoNotFound: { "Berkas lambang '\($0)' tidak ditemukan. Periksa nama dan foldernya." },
        logoNotRegular: { "'\($0)' bukan berkas biasa (folder, FIFO atau perangkat); pilih berkas gambar PNG." },
        logoNoPermission: { "Berkas lambang '\($0)' tidak dapat dibaca (tidak ada izin)." },
        logoNotPNG: { "Berkas lambang '\($0)' bukan gambar PNG. Simpan lambang sebagai PNG (misalnya dengan aplikasi pengolah gambar) lalu pilih lagi." },
        logoTooLarge: { "Berkas lambang '\($0)' terlalu besar: \($1), batas \($2). Perkecil gambarnya (cukup sekitar 600 piksel tingginya)." },
        notSigned: { "Kerja sama '\($0)' belum ditandatangani: catatan sesudah penandatanganan belum dapat dibuat." },
        alreadyEnded: { "Kerja sama '\($0)' sudah berakhir pada \($1); ubah catatan pengakhirannya di layar bila perlu." },
        groundNotAllowed: { "Alasan berakhir '\($0)' tidak berlaku untuk \($1). Alasan yang berlaku: \($2)." },
        stageNotAllowed: { "Tahapan '\($0)' tidak dapat dipakai di sini. Tahapan yang dapat dipakai: \($1.isEmpty ? "(tidak ada)" : $1.joined(separator: ", "))." },
        noEvaluation: { "Kerja sama '\($0)' belum memiliki evaluasi: tindak lanjut mengikuti evaluasi." },
        noSuchRecord: { "Catatan ke-\($0) tidak ada; mungkin sudah dihapus." },
        reasonTooShort: { "Tulis alasan perubahan paling sedikit \($0) karakter, misalnya \"Penyesuaian jadwal pelaksanaan\"." },
        and: " dan ")

    static let english = ArchiveServiceText(
        unknownStage: { "Unknown stage '\($0)' for this cooperation. Choose one of: \($1)." },
        unknownKind: { "The file kind '\($0)' is not known to the rulebook ([[archive_kind]]). Choose one of: \($1)." },
        unreadable: { "The file '\($0)' cannot be read: \($1)" },
        tooLarge: { "The file '\($0)' is too large for the archive: \($1) (\($2) bytes), the limit is \($3) per file (\($4)). Make the file smaller (for example scan it again at a lower resolution) or split it into several files." },
        missingInStore: { "the archived file '\($0)' is missing from the store; run `mufakat check-store`" },
        scansComplete: { "present for every signed document (\($0))" },
        scansMissing: { "missing for \($0), already signed; attach it with `mufakat attach \($1) --stage \($2) --kind scan-ttd FILE.pdf`" },
        notFound: "the file was not found or cannot be opened. Check its name and folder.",
        notRegular: "not a regular file (a folder, a FIFO or a device).",
        noPermission: "no permission to read that file.",
        defaultLimit: "Mufakat's default limit",
        logoNotFound: { "The emblem file '\($0)' was not found. Check its name and folder." },
        logoNotRegular: { "'\($0)' is not a regular file (a folder, a FIFO or a device); choose a PNG image file." },
        logoNoPermission: { "The emblem file '\($0)' cannot be read (no permission)." },
        logoNotPNG: { "The emblem file '\($0)' is not a PNG image. Save the emblem as PNG (for example with an image editor) and choose it again." },
        logoTooLarge: { "The emblem file '\($0)' is too large: \($1), the limit is \($2). Make the image smaller (about 600 pixels high is enough)." },
        notSigned: { "Cooperation '\($0)' is not signed yet: records after signing cannot be made yet." },
        alreadyEnded: { "Cooperation '\($0)' already ended on \($1); change its ending record on the screen if needed." },
        groundNotAllowed: { "The ground for ending '\($0)' does not apply to \($1). The grounds that apply: \($2)." },
        stageNotAllowed: { "The stage '\($0)' cannot be used here. The stages that can be used: \($1.isEmpty ? "(none)" : $1.joined(separator: ", "))." },
        noEvaluation: { "Cooperation '\($0)' has no evaluation yet: a follow-up rests on an evaluation." },
        noSuchRecord: { "Record \($0) does not exist; it may have been deleted." },
        reasonTooShort: { "Write a reason for the change of at least \($0) characters, for example \"Adjusted implementation schedule\"." },
        and: " and ")
}

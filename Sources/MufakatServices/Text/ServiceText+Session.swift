/// `ServiceText.session`: store sessions, read-only states, imports and merges.
struct SessionServiceText: Sendable {
    var requestedReason: String, requestedAdvice: String
    var newerReason: @Sendable (_ version: Int) -> String
    var newerAdvice: String
    var readOnlyMediaReason: String, readOnlyMediaAdvice: String
    var diskFullReason: String, diskFullAdvice: String
    var noPermissionReason: String
    var noPermissionAdvice: @Sendable (_ root: String) -> String
    var lockHeldReason: @Sendable (_ holder: String) -> String
    var lockHeldAdvice: String
    var banner: @Sendable (_ reason: String) -> String
    var refusal: @Sendable (_ reason: String, _ advice: String) -> String
    var storeReadOnly: @Sendable (_ reason: String) -> String
    var cooperation: String
    var noRevisionNamed: @Sendable (_ id: String, _ file: String) -> String
    var mergeUnreadable: @Sendable (_ why: String) -> String
    var unknown: String
    /// A merge question's short values: "(kosong)", "ya", "tidak", "3 baris", "(4 isian)".
    var valueEmpty: String, valueYes: String, valueNo: String
    var valueRows: @Sendable (_ count: Int) -> String
    var valueFields: @Sendable (_ count: Int) -> String

    static let indonesian = SessionServiceText(
        requestedReason: "penyimpanan dibuka dalam mode hanya-baca",
        requestedAdvice: "Tutup Mufakat lalu buka lagi tanpa mode hanya-baca untuk menyunting.",
        newerReason: { "penyimpanan dibuat oleh Mufakat yang lebih baru (versi format \($0))" },
        newerAdvice: "Perbarui Mufakat, lalu buka lagi untuk menyunting.",
        readOnlyMediaReason: "folder penyimpanan ada pada media hanya-baca",
        readOnlyMediaAdvice: "Salin penyimpanan ke folder yang dapat ditulis dan buka dengan --store.",
        diskFullReason: "disk penyimpanan penuh", diskFullAdvice: "Kosongkan ruang disk, lalu buka Mufakat lagi.",
        noPermissionReason: "tidak ada izin menulis di folder penyimpanan",
        noPermissionAdvice: { "Beri izin tulis (chmod u+w \($0)) atau buka salinannya dengan --store." },
        lockHeldReason: { "sedang disunting oleh \($0)" },
        lockHeldAdvice: "Tunggu sampai penyuntingan di sana ditutup, lalu buka lagi untuk menyunting.",
        banner: { "HANYA-BACA, tidak dapat disimpan: \($0)." },
        refusal: { "Ketikan ditolak (hanya-baca: \($0)). \($1)" },
        storeReadOnly: { "Penyimpanan hanya-baca: \($0)" },
        cooperation: "kerja sama",
        noRevisionNamed: { "kerja sama '\($0)' sudah ada, tetapi berkas tidak menyebut revisi asalnya (kolom \"revision\"). "
            + "Ambil revisi terkini dengan `mufakat show \($0) --json > \($1)`, sunting, lalu impor lagi." },
        mergeUnreadable: { "Penggabungan tidak dapat disusun: \($0)" },
        unknown: "(tidak diketahui)",
        valueEmpty: "(kosong)", valueYes: "ya", valueNo: "tidak",
        valueRows: { "\($0) baris" }, valueFields: { "(\($0) isian)" })

    static let english = SessionServiceText(
        requestedReason: "the store was opened read-only",
        requestedAdvice: "Close Mufakat and open it again without read-only mode to edit.",
        newerReason: { "the store was made by a newer Mufakat (format version \($0))" },
        newerAdvice: "Update Mufakat, then open it again to edit.",
        readOnlyMediaReason: "the store folder is on read-only media",
        readOnlyMediaAdvice: "Copy the store to a folder that can be written and open it with --store.",
        diskFullReason: "the store's disk is full", diskFullAdvice: "Free some disk space, then open Mufakat again.",
        noPermissionReason: "no permission to write in the store folder",
        noPermissionAdvice: { "Give write permission (chmod u+w \($0)) or open a copy with --store." },
        lockHeldReason: { "being edited by \($0)" },
        lockHeldAdvice: "Wait until the editing there is closed, then open it again to edit.",
        banner: { "READ-ONLY, cannot be saved: \($0)." },
        refusal: { "Typing refused (read-only: \($0)). \($1)" },
        storeReadOnly: { "Read-only store: \($0)" },
        cooperation: "cooperation",
        noRevisionNamed: { "cooperation '\($0)' already exists, but the file does not name the revision it was based on (the \"revision\" field). "
            + "Take the latest revision with `mufakat show \($0) --json > \($1)`, edit it, then import it again." },
        mergeUnreadable: { "The merge cannot be put together: \($0)" },
        unknown: "(unknown)",
        valueEmpty: "(empty)", valueYes: "yes", valueNo: "no",
        valueRows: { "\($0) row(s)" }, valueFields: { "(\($0) field(s))" })
}

/// `ServiceText.mapping`: the mapping service's errors and import refusals.
struct MappingServiceText: Sendable {
    var unknownRegion: @Sendable (_ source: String, _ code: String) -> String
    var storeConflict: @Sendable (_ code: String) -> String
    var cooperationExists: @Sendable (_ id: String) -> String
    var noMeeting: String
    var meetingNotFound: @Sendable (_ id: String, _ known: [String]) -> String
    var draftExists: @Sendable (_ id: String) -> String
    var draftsUnsupported: String
    var invalidMeeting: @Sendable (_ problem: String) -> String
    var meetingChanged: @Sendable (_ id: String) -> String
    var fileUnreadable: String, fileNotFound: String, notMappingJSON: String, noMappingInBundle: String
    var badMeetingID: @Sendable (_ id: String) -> String
    var titleRequired: String
    var unknownProvince: @Sendable (_ code: String) -> String
    var unknownParticipant: @Sendable (_ code: String) -> String
    var notAutonomous: @Sendable (_ source: String, _ region: String) -> String
    var refused: @Sendable (_ source: String, _ region: String, _ errors: Int) -> String
    var affairPrefix: @Sendable (_ code: String) -> String
    var flaggedForReview: @Sendable (_ count: Int, _ region: String) -> String

    static let indonesian = MappingServiceText(
        unknownRegion: { "\($0): kode daerah '\($1)' tidak ada dalam daftar wilayah Kemendagri; pemetaan ini tidak diimpor." },
        storeConflict: { "Pemetaan daerah \($0) berubah di penyimpanan sejak dibaca (oleh proses lain); ulangi perintah." },
        cooperationExists: { "Kerja sama dengan id '\($0)' sudah ada; pilih id lain." },
        noMeeting: "Belum ada rapat. Buat dahulu dengan `mufakat mapping meeting create --title ... --level provinsi|nasional`.",
        meetingNotFound: { "Rapat '\($0)' tidak ditemukan" + ($1.isEmpty ? "; belum ada rapat tersimpan." : "; rapat yang ada: \($1.joined(separator: ", "))).") },
        draftExists: { "Kecocokan ini sudah dijadikan draf kerja sama '\($0)'; tidak dibuat draf kedua. Buka draf itu dengan `mufakat show \($0)`." },
        draftsUnsupported: "Sumber pemetaan ini tidak dapat menyimpan draf otomatis; simpan perubahan dengan Ctrl-S.",
        invalidMeeting: { "Data rapat tidak lengkap: \($0)" },
        meetingChanged: { "Data rapat '\($0)' telah diubah oleh proses lain sejak dibaca. Tidak ada yang ditimpa; ulangi langkah Anda pada data yang terbaru." },
        fileUnreadable: "berkas tidak dapat dibaca; periksa izin berkas (pemiliknya, hak baca).",
        fileNotFound: "berkas tidak ditemukan; periksa nama dan foldernya.",
        notMappingJSON: "bukan berkas JSON pemetaan, dan pembaca bundel belum tersedia pada versi ini.",
        noMappingInBundle: "bundel ini tidak memuat pemetaan daerah; ekspor ulang dengan `mufakat bundle export` setelah pemetaan diisi.",
        badMeetingID: { "id rapat '\($0)' hanya boleh berisi huruf kecil, angka, dan tanda '-'" },
        titleRequired: "judul rapat wajib diisi",
        unknownProvince: { "kode provinsi '\($0)' tidak dikenal" },
        unknownParticipant: { "kode daerah peserta '\($0)' tidak dikenal" },
        notAutonomous: { "\($0): \($1) bukan daerah otonom dan tidak dapat menjadi pihak kerja sama; pemetaan ini tidak diimpor." },
        refused: { "\($0): pemetaan \($1) ditolak, \($2) kesalahan; perbaiki lalu kirim ulang:" },
        affairPrefix: { "urusan \($0): " },
        flaggedForReview: { "\($0) kesepakatan/draf dari pemetaan lama \($1) ditandai perlu ditinjau" })

    static let english = MappingServiceText(
        unknownRegion: { "\($0): region code '\($1)' is not in the Ministry of Home Affairs' region list; this mapping was not imported." },
        storeConflict: { "The mapping of region \($0) changed in the store since it was read (by another process); repeat the command." },
        cooperationExists: { "A cooperation with id '\($0)' already exists; choose another id." },
        noMeeting: "No meeting yet. Create one first with `mufakat mapping meeting create --title ... --level provinsi|nasional`.",
        meetingNotFound: { "Meeting '\($0)' not found" + ($1.isEmpty ? "; no meeting is stored yet." : "; the meetings stored: \($1.joined(separator: ", ")).") },
        draftExists: { "This match already became draft cooperation '\($0)'; no second draft was made. Open that draft with `mufakat show \($0)`." },
        draftsUnsupported: "This mapping source cannot keep autosaved drafts; save your changes with Ctrl-S.",
        invalidMeeting: { "The meeting's particulars are incomplete: \($0)" },
        meetingChanged: { "The particulars of meeting '\($0)' were changed by another process since they were read. Nothing was overwritten; repeat your step on the latest data." },
        fileUnreadable: "the file cannot be read; check its permissions (its owner, read rights).",
        fileNotFound: "the file was not found; check its name and folder.",
        notMappingJSON: "not a mapping JSON file, and the bundle reader is not available in this version.",
        noMappingInBundle: "this bundle holds no region mapping; export it again with `mufakat bundle export` once the mapping is filled in.",
        badMeetingID: { "the meeting id '\($0)' may only hold lowercase letters, digits, and '-'" },
        titleRequired: "the meeting title is required",
        unknownProvince: { "unknown province code '\($0)'" },
        unknownParticipant: { "unknown participating region code '\($0)'" },
        notAutonomous: { "\($0): \($1) is not an autonomous region and cannot be a party to cooperation; this mapping was not imported." },
        refused: { "\($0): the mapping of \($1) was refused, \($2) error(s); correct them and send it again:" },
        affairPrefix: { "affair \($0): " },
        flaggedForReview: { "\($0) agreement(s)/draft(s) from the old mapping of \($1) marked for review" })
}

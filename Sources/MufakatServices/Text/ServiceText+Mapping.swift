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
    var admitted: @Sendable (_ meeting: String) -> String
    var alreadyParticipant: @Sendable (_ meeting: String) -> String
    var notAdmitted: @Sendable (_ why: String) -> String
    var waitsForMeeting: String
    var unknownRegionCode: @Sendable (_ code: String) -> String
    var notAutonomousShort: @Sendable (_ region: String) -> String
    var outsideProvince: @Sendable (_ region: String, _ province: String, _ code: String) -> String
    var nonParticipants: @Sendable (_ count: Int, _ meeting: String, _ codes: String) -> String
    var olderResent: @Sendable (_ old: Int, _ oldAt: String, _ current: Int, _ currentAt: String) -> String
    var revisions: @Sendable (_ incoming: Int, _ stored: Int, _ source: String) -> String
    var savedVersus: @Sendable (_ incoming: String, _ stored: String) -> String
    var datedVersus: @Sendable (_ incoming: String, _ stored: String) -> String
    var incomingNewer: String, incomingOlder: String, sameAge: String

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
        flaggedForReview: { "\($0) kesepakatan/draf dari pemetaan lama \($1) ditandai perlu ditinjau" },
        admitted: { "ditambahkan sebagai peserta rapat '\($0)'" },
        alreadyParticipant: { "sudah menjadi peserta rapat '\($0)'" },
        notAdmitted: { "tidak ditambahkan sebagai peserta: \($0)" },
        waitsForMeeting: "belum ada rapat; pemetaan disimpan dan diambil dengan `mufakat pemetaan rapat create --take-existing`",
        unknownRegionCode: { "kode daerah '\($0)' tidak dikenal" },
        notAutonomousShort: { "\($0) bukan daerah otonom" },
        outsideProvince: { "\($0) berada di luar Provinsi \($1) dan rapat ini tingkat provinsi (kerja sama lintas provinsi dikoordinasikan tingkat nasional, PP 28/2018 Pasal 5); "
            + "bila memang diundang, tambahkan dengan `mufakat pemetaan rapat update --participant \($2)`" },
        nonParticipants: { "\($0) pemetaan tersimpan bukan peserta rapat '\($1)' dan tidak dihitung (\($2)); "
            + "tambahkan dengan `mufakat pemetaan rapat update --participant KODE`." },
        olderResent: { "yang diimpor LEBIH LAMA: sama dengan revisi \($0) yang tersimpan (\($1)), "
            + "sudah digantikan revisi \($2) (\($3), lebih baru); kemungkinan bundel lama yang dikirim ulang" },
        revisions: { "revisi yang diimpor \($0), yang tersimpan revisi \($1) dari \($2)" },
        savedVersus: { "disimpan \($0) lawan \($1)" },
        datedVersus: { "bertanggal \($0) lawan \($1)" },
        incomingNewer: "yang diimpor (lebih baru)",
        incomingOlder: "yang diimpor LEBIH LAMA dari yang tersimpan (lebih baru), kemungkinan bundel lama yang dikirim ulang",
        sameAge: "keduanya sama umurnya")

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
        flaggedForReview: { "\($0) agreement(s)/draft(s) from the old mapping of \($1) marked for review" },
        admitted: { "added as a participant of meeting '\($0)'" },
        alreadyParticipant: { "already a participant of meeting '\($0)'" },
        notAdmitted: { "not added as a participant: \($0)" },
        waitsForMeeting: "no meeting yet; the mapping is stored and taken in with `mufakat mapping meeting create --take-existing`",
        unknownRegionCode: { "unknown region code '\($0)'" },
        notAutonomousShort: { "\($0) is not an autonomous region" },
        outsideProvince: { "\($0) lies outside the Province of \($1) and this is a provincial meeting (cooperation across provinces is coordinated at the national level, PP 28/2018 Article 5); "
            + "if it really is invited, add it with `mufakat mapping meeting update --participant \($2)`" },
        nonParticipants: { "\($0) stored mapping(s) are not participants of meeting '\($1)' and are not counted (\($2)); "
            + "add them with `mufakat mapping meeting update --participant CODE`." },
        olderResent: { "the imported one is OLDER: the same as stored revision \($0) (\($1)), "
            + "since replaced by revision \($2) (\($3), newer); probably an old bundle sent again" },
        revisions: { "imported revision \($0), stored revision \($1) from \($2)" },
        savedVersus: { "saved \($0) against \($1)" },
        datedVersus: { "dated \($0) against \($1)" },
        incomingNewer: "the imported one (newer)",
        incomingOlder: "the imported one is OLDER than the stored one (newer), probably an old bundle sent again",
        sameAge: "both are the same age")
}

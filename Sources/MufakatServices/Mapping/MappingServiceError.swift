/// What can go wrong in the facilitator's mapping work, with what to do about it.
public enum MappingServiceError: Error, Sendable, Equatable, CustomStringConvertible {
    case unknownRegion(code: String, source: String)
    case storeConflict(regionCode: String)
    case cooperationExists(id: String)
    case noMeeting
    case meetingNotFound(id: String, known: [String])
    case unreadableFile(path: String, problem: String)
    case invalidMeeting(problem: String)
    /// The meeting changed since it was read (another process or window); nothing was written.
    case meetingChanged(id: String)
    /// A bundle the store refused to read (its message names the file).
    case bundleUnreadable(message: String)
    /// The mapping source keeps no autosaved drafts (only a store folder does).
    case draftsUnsupported
    /// A draft cooperation was already made from this match: a match is drafted once only.
    case draftExists(id: String)

    public var description: String {
        switch self {
        case let .unknownRegion(code, source):
            "\(source): kode daerah '\(code)' tidak ada dalam daftar wilayah Kemendagri; pemetaan ini tidak diimpor."
        case let .storeConflict(code):
            "Pemetaan daerah \(code) berubah di penyimpanan sejak dibaca (oleh proses lain); ulangi perintah."
        case let .cooperationExists(id):
            "Kerja sama dengan id '\(id)' sudah ada; pilih id lain."
        case .noMeeting:
            "Belum ada rapat. Buat dahulu dengan `mufakat mapping meeting create --title ... --level provinsi|nasional`."
        case let .meetingNotFound(id, known):
            "Rapat '\(id)' tidak ditemukan" + (known.isEmpty ? "; belum ada rapat tersimpan." : "; rapat yang ada: \(known.joined(separator: ", ")).")
        case let .unreadableFile(path, problem):
            "\(path): \(problem)"
        case let .bundleUnreadable(message):
            message
        case let .draftExists(id):
            "Kecocokan ini sudah dijadikan draf kerja sama '\(id)'; tidak dibuat draf kedua. Buka draf itu dengan `mufakat show \(id)`."
        case .draftsUnsupported:
            "Sumber pemetaan ini tidak dapat menyimpan draf otomatis; simpan perubahan dengan Ctrl-S."
        case let .invalidMeeting(problem):
            "Data rapat tidak lengkap: \(problem)"
        case let .meetingChanged(id):
            "Data rapat '\(id)' telah diubah oleh proses lain sejak dibaca. Tidak ada yang ditimpa; ulangi langkah Anda pada data yang terbaru."
        }
    }
}

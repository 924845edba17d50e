#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// What a file operation was doing when it failed.
public enum IOOperation: String, Sendable, Codable {
    case read, write, rename, remove, createFolder, lock, sync

    var label: String {
        switch self {
        case .read: "membaca"
        case .write: "menulis"
        case .rename: "mengganti nama"
        case .remove: "menghapus"
        case .createFolder: "membuat folder"
        case .lock: "mengunci"
        case .sync: "menyinkronkan ke disk"
        }
    }
}

/// Why a save was refused: someone saved the same item after the revision it started from.
public struct ConflictInfo: Sendable, Hashable, Codable {
    /// "kerja sama" or "pemetaan".
    public var itemKind: String
    public var id: String
    /// The revision the refused save started from (nil: it meant to create a new item).
    public var basedOn: Int?
    /// The revision now stored.
    public var current: Int
    public var savedAt: Date
    public var savedBy: Author

    public init(itemKind: String, id: String, basedOn: Int?, current: Int, savedAt: Date, savedBy: Author) {
        self.itemKind = itemKind; self.id = id; self.basedOn = basedOn; self.current = current
        self.savedAt = savedAt; self.savedBy = savedBy
    }
}

/// Every failure of the store, with an Indonesian message that names the file and the fix.
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A system call failed; `code` is the errno value.
    case io(operation: IOOperation, path: String, code: Int32)
    case notAFolder(path: String)
    case fileTooLarge(path: String, size: Int, limit: Int)
    case alreadyExists(path: String)
    /// No item with this id.
    case notFound(itemKind: String, id: String)
    case revisionNotFound(itemKind: String, id: String, revision: Int)
    case invalidID(itemKind: String, id: String)
    /// The save started from an older revision than the stored one; nothing was written.
    case conflict(ConflictInfo)
    /// A meeting file changed (or appeared) since the caller read it; nothing was written.
    case meetingChanged(id: String, path: String)
    /// The file could not be read as what it should be; moved to quarantine when `quarantinedTo` is set.
    case damaged(path: String, reason: String, quarantinedTo: String?)
    /// Written by a newer Mufakat; it is left untouched.
    case newerVersion(path: String, found: Int, supported: Int)
    /// The store was opened read-only; `reason` says why.
    case readOnly(reason: String)
    /// Another person or process holds the edit lock.
    case locked(LockHolder)
    /// Input given by the user (an import file, a bundle) cannot be used.
    case invalidInput(path: String, problem: String)

    public var description: String {
        switch self {
        case let .io(operation, path, code):
            return StoreError.ioMessage(operation: operation, path: path, code: code)
        case let .notAFolder(path):
            return "'\(path)' bukan folder. Pilih folder penyimpanan lain dengan --store atau MUFAKAT_STORE."
        case let .fileTooLarge(path, size, limit):
            return "Berkas '\(path)' terlalu besar (\(size) bita, batas \(limit) bita). Periksa apakah berkas itu benar berkas Mufakat."
        case let .alreadyExists(path):
            return "Berkas '\(path)' sudah ada dan tidak boleh ditimpa (revisi riwayat tidak dapat diubah). Jalankan `mufakat check-store` untuk memeriksa penyimpanan."
        case let .notFound(kind, id):
            return "\(kind.capitalizedFirst) dengan id '\(id)' tidak ada di penyimpanan. Lihat daftar id dengan `mufakat list`."
        case let .revisionNotFound(kind, id, revision):
            return "\(kind.capitalizedFirst) '\(id)' tidak memiliki revisi \(revision). Lihat revisi yang ada dengan `mufakat history \(id)`."
        case let .invalidID(kind, id):
            return "Id \(kind) '\(id)' tidak sah: gunakan huruf kecil a-z, angka dan tanda '-', paling banyak 64 karakter, tidak diawali '-'."
        case let .conflict(info) where info.basedOn == nil:
            // Two processes creating the same new id: whoever comes second gets this one
            // message, whatever the timing (issue 20).
            return "Id sudah dipakai: \(info.itemKind) '\(info.id)' sudah dibuat oleh \(info.savedBy.description) pada \(StoreClock.display(info.savedAt)) (revisi \(info.current)). "
                + "Tidak ada yang ditimpa. Pilih id lain untuk kerja sama baru, atau ambil revisi terbaru (`mufakat show \(info.id) --json`), terapkan perubahan Anda, lalu impor lagi."
        case let .conflict(info):
            let base = info.basedOn.map { "revisi \($0)" } ?? "keadaan belum ada"
            return "Konflik: \(info.itemKind) '\(info.id)' telah disimpan oleh \(info.savedBy.description) pada \(StoreClock.display(info.savedAt)) (revisi \(info.current)), "
                + "sedangkan perubahan Anda berangkat dari \(base). Tidak ada yang ditimpa. "
                + "Ambil revisi terbaru (`mufakat show \(info.id) --json`), terapkan kembali perubahan Anda, lalu simpan lagi."
        case let .meetingChanged(id, path):
            return "Data rapat '\(id)' ('\(path)') telah diubah oleh proses lain sejak dibaca. Tidak ada yang ditimpa. "
                + "Ulangi langkah Anda agar bekerja pada data rapat yang terbaru (`mufakat pemetaan rapat tampil \(id)`)."
        case let .damaged(path, reason, quarantinedTo):
            var text = "Berkas '\(path)' rusak dan tidak dapat dibaca: \(reason)."
            if let quarantinedTo { text += " Berkas itu dipindahkan ke '\(quarantinedTo)' beserta catatannya; data lain tetap dapat dipakai." }
            return text
        case let .newerVersion(path, found, supported):
            return "Berkas '\(path)' ditulis oleh versi Mufakat yang lebih baru (versi format \(found), versi ini mendukung sampai \(supported)). "
                + "Berkas itu tidak diubah; perbarui Mufakat untuk menyuntingnya."
        case let .readOnly(reason):
            return "Penyimpanan hanya dapat dibaca: \(reason)"
        case let .locked(holder):
            return "Kerja sama '\(holder.id)' \(holder.description). Tunggu sampai selesai, atau minta \(holder.user) menutupnya."
        case let .invalidInput(path, problem):
            return "Berkas '\(path)': \(problem)"
        }
    }

    /// Message for a failed system call: a read-only folder and a full disk get their own words.
    static func ioMessage(operation: IOOperation, path: String, code: Int32) -> String {
        switch code {
        case EACCES, EPERM:
            return "Tidak ada izin \(operation.label) '\(path)'. Periksa izin folder penyimpanan (pemiliknya harus Anda) atau pilih folder lain dengan --store. Data yang sudah tersimpan tidak berubah."
        case EROFS:
            return "Folder '\(path)' hanya dapat dibaca (read-only). Salin penyimpanan ke folder yang dapat ditulis, atau pilih folder lain dengan --store. Data yang sudah tersimpan tidak berubah."
        case ENOSPC, EDQUOT, EFBIG:
            return "Disk penuh saat \(operation.label) '\(path)'. Kosongkan ruang disk lalu ulangi; data yang sudah tersimpan tidak berubah dan perubahan terakhir belum tersimpan."
        case ENOENT:
            return "Berkas atau folder '\(path)' tidak ditemukan saat \(operation.label)."
        case ENOTDIR:
            return "Sebagian jalur '\(path)' bukan folder. Periksa folder penyimpanan."
        case ELOOP:
            return "'\(path)' adalah tautan simbolik (symlink). Mufakat tidak menulis melalui tautan simbolik; ganti dengan berkas atau folder biasa."
        default:
            let reason = String(cString: strerror(code))
            return "Gagal \(operation.label) '\(path)': \(reason) (errno \(code))."
        }
    }

    /// The cause alone, without advice about whether anything was saved: for warnings after
    /// a save's commit point, where "belum tersimpan" would be false.
    public var cause: String {
        if case let .io(operation, path, code) = self {
            return "gagal \(operation.label) '\(path)': \(String(cString: strerror(code))) (errno \(code))"
        }
        return description
    }

    /// Whether this is a read-only folder or a full disk (the save can be retried later).
    public var isEnvironmentProblem: Bool {
        if case let .io(_, _, code) = self {
            return [EACCES, EPERM, EROFS, ENOSPC, EDQUOT, EFBIG].contains(code)
        }
        return false
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}

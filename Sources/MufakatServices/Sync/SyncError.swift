import Foundation

/// Galat sinkronisasi: why a sync could not start or finish, in words an officer can act on.
public enum SyncError: Error, Sendable, CustomStringConvertible {
    case gitMissing
    case notInitialized(store: String)
    case noRegion
    case invalidBranch(String)
    case foreignRepository(store: String, toplevel: String)
    case gitFailed(command: String, message: String)
    case noConflict(id: String)
    case store(String)

    public var description: String {
        switch self {
        case .gitMissing:
            return "Program `git` tidak ditemukan. Sinkronisasi memerlukan git; pasang dengan `apt-get install -y git` "
                + "(Debian/Ubuntu, sebagai root) atau `dnf install -y git` (Fedora/RHEL), lalu ulangi."
        case .notInitialized(let store):
            return "Penyimpanan \(store) belum disiapkan untuk sinkronisasi. Jalankan dahulu `mufakat sync init --remote URL`."
        case .noRegion:
            return "Kode daerah penyimpanan ini belum diketahui (profil daerah belum diisi). Isi profil daerah, atau sebutkan cabang dengan `--branch daerah/KODE`."
        case .invalidBranch(let name):
            return "Nama cabang '\(name)' tidak sah untuk git."
        case .foreignRepository(let store, let toplevel):
            return "Folder \(store) berada di dalam repositori git lain (\(toplevel)). Penyimpanan harus menjadi akar repositorinya sendiri."
        case .gitFailed(let command, let message):
            return "Perintah \(command) gagal: \(message)"
        case .noConflict(let id):
            return "Tidak ada konflik sinkronisasi yang tercatat untuk '\(id)'. Lihat `mufakat sync status`."
        case .store(let message):
            return message
        }
    }
}

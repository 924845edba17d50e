import ArgumentParser
import Foundation
import MufakatDomain
import MufakatServices
import MufakatStore

/// `mufakat profile [--logo FILE | --no-logo]` (profil): shows the region profile of the store,
/// or sets the lambang (PNG) printed on the letterhead.
struct ProfileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "profile",
        abstract: "Tampilkan profil daerah penyimpanan ini, atau tetapkan lambang (PNG) pada kop surat.",
        discussion: """
        Lambang disimpan di dalam penyimpanan menurut SHA-256 isinya (files/<sha256>), sehingga ikut sinkronisasi \
        dan diperiksa oleh check-store. Surat yang ditandatangani kepala daerah memakai kop naskah dinas jabatan \
        (misalnya "WALI KOTA MADIUN") dengan lambang di tengah atas; tanpa lambang, kop tetap memuat nama jabatan. \
        Batas ukuran berasal dari rulebook ([letterhead] logo_max_kb).
        Contoh:
          mufakat profil --logo ~/lambang-madiun.png
          mufakat profil --no-logo
        """,
        aliases: ["profil"]
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var rulebookOptions: RulebookOptions
    @Option(name: .long, help: ArgumentHelp("Berkas gambar PNG lambang untuk kop surat.", valueName: "BERKAS"))
    var logo: String?
    @Flag(name: .customLong("no-logo"), help: "Hapus lambang dari profil (kop surat tanpa gambar).")
    var noLogo = false
    @OptionGroup var output: JSONOption

    func validate() throws {
        if logo != nil && noLogo { throw ValidationError("Pilih salah satu: --logo atau --no-logo.") }
    }

    func run() throws {
        let changing = logo != nil || noLogo
        let session = try StoreSupport.open(store, mode: changing ? .existingReadWrite : .readOnly)
        guard var profile = session.loadProfile() else {
            printError("Penyimpanan ini belum memiliki profil daerah. Isi profil di layar Mufakat (tekan P) lebih dulu.")
            throw Exit.unusable
        }
        if changing {
            do {
                profile = try ProfileLogoReader.profile(profile, settingLogo: logo ?? "", rulebook: try rulebookOptions.load())
                try session.saveProfile(profile)
            } catch let error as ProfileLogoError {
                printError("Kesalahan: \(error.description)")
                throw Exit.unusable
            } catch let error as StoreError {
                printError("Kesalahan: \(error.description)")
                throw Exit.unusable
            }
        }
        StoreSupport.printNotices(session)
        if output.json { try printJSON(profile); return }
        if changing {
            print(profile.logo.map { "Lambang '\($0.fileName)' (\(ArchiveService.megabytes($0.size)), SHA-256 \($0.sha256)) ditetapkan untuk kop surat." }
                  ?? "Lambang dihapus dari profil; kop surat dicetak tanpa gambar.")
            return
        }
        print("Daerah        : \(Catalogues.shared.regions[profile.regionCode]?.fullName ?? profile.regionCode) (\(profile.regionCode))")
        print("Unit          : \(profile.unitName)")
        print("Kepala daerah : \(profile.head.name) (\(profile.head.title))")
        print("Alamat        : \(profile.address)")
        print("Kota          : \(profile.city)")
        print("Lambang       : " + (profile.logo.map { l in "\(l.fileName), \(ArchiveService.megabytes(l.size))" + (l.data == nil ? " (BERKAS TIDAK ADA; jalankan check-store)" : "") } ?? "tidak ada (kop surat tanpa gambar)"))
    }
}

import ArgumentParser
import Foundation
import MufakatDomain
import MufakatServices
import MufakatStore

/// `mufakat import FILE.json` (impor): creates a cooperation, or updates it from a file that
/// names the revision it was based on.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Impor satu kerja sama dari berkas JSON (baru, atau perubahan atas revisi tertentu).",
        discussion: """
        Berkas dapat berupa keluaran `mufakat show ID --json` yang sudah disunting (kolom "revision" menyebut \
        revisi asalnya) atau objek kerja sama saja untuk kerja sama baru. Bila id sudah ada, berkas wajib \
        menyebut revisi asalnya; bila revisi tersimpan sudah lebih baru, impor ditolak sebagai konflik (kode 1) \
        dan tidak ada yang ditimpa.
        """,
        aliases: ["impor"]
    )

    @OptionGroup var store: StoreOptions
    @Argument(help: ArgumentHelp("Berkas JSON kerja sama.", valueName: "BERKAS"))
    var file: String
    @OptionGroup var output: JSONOption

    func run() throws {
        let file: DecodedCooperationFile
        do { file = try CooperationFileDecoder.read(path: self.file) } catch {
            printError("Kesalahan: \(error.description)")
            throw Exit.unusable
        }
        let opened = try StoreSupport.open(store)
        let result = try StoreSupport.run(opened) { () throws(StoreError) -> StoreSession.ImportResult in
            try opened.importCooperation(file)
        }
        if output.json { try StoreSupport.printJSON(result); return }
        if result.unchanged {
            print("Kerja sama '\(result.id)' tidak berubah (tetap revisi \(result.revision)).")
        } else if result.created {
            print("Kerja sama baru '\(result.id)' disimpan sebagai revisi \(result.revision).")
        } else {
            print("Kerja sama '\(result.id)' disimpan sebagai revisi \(result.revision).")
        }
    }
}

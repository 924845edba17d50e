import ArgumentParser
import Foundation
import MufakatDomain
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

    struct Result: Encodable {
        var id: String
        var revision: Int
        var created: Bool
        var unchanged: Bool
        var sha256: String
    }

    func run() throws {
        let url = URL(fileURLWithPath: file)
        let parsed: CooperationFile.Parsed
        do { parsed = try CooperationFile.parse(contentsOf: url) } catch {
            printError("Galat: \(error.description)")
            throw Exit.unusable
        }
        let opened = try StoreSupport.open(store)
        let c = parsed.cooperation
        let result = try StoreSupport.run(opened) { () throws(StoreError) -> Result in
            if opened.contains(id: c.id) {
                let current = try opened.load(id: c.id)
                if current.cooperation == c {
                    return Result(id: c.id, revision: current.revision, created: false, unchanged: true, sha256: current.info.sha256)
                }
                guard let base = parsed.basedOnRevision else {
                    throw StoreError.invalidInput(path: url.path, problem: "kerja sama '\(c.id)' sudah ada, tetapi berkas tidak menyebut revisi asalnya (kolom \"revision\"). Ambil revisi terkini dengan `mufakat show \(c.id) --json > \(url.lastPathComponent)`, sunting, lalu impor lagi.")
                }
                let info = try opened.save(c, basedOn: base)
                return Result(id: c.id, revision: info.revision, created: false, unchanged: false, sha256: info.sha256)
            }
            let info = try opened.save(c, basedOn: nil)
            return Result(id: c.id, revision: info.revision, created: true, unchanged: false, sha256: info.sha256)
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

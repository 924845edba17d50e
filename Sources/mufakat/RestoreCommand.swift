import ArgumentParser
import Foundation
import MufakatServices
import MufakatStore

/// `mufakat restore ID --revision R`: a new revision equal to an old one.
struct RestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Pulihkan kerja sama ke isi revisi lama (sebagai revisi baru; riwayat tidak diubah).",
        aliases: ["pulihkan"]
    )

    @OptionGroup var store: StoreOptions
    @Argument(help: ArgumentHelp("Id kerja sama.", valueName: "ID"))
    var id: String
    @Option(name: .long, help: ArgumentHelp("Revisi yang dipulihkan.", valueName: "R"))
    var revision: Int
    @OptionGroup var output: JSONOption

    func run() throws {
        let opened = try StoreSupport.open(store, mode: .existingReadWrite)
        let info = try StoreSupport.run(opened) { () throws(StoreError) -> RevisionInfo in
            try opened.restore(id: id, revision: revision)
        }
        if output.json { try StoreSupport.printJSON(info); return }
        print("Kerja sama '\(id)' dipulihkan ke isi revisi \(revision) sebagai revisi baru \(info.revision).")
    }
}

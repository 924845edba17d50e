import ArgumentParser
import Foundation
import MufakatServices
import MufakatStore

/// `mufakat restore ID --revision R`: a new revision equal to an old one.
struct RestoreCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "restore",
        abstract: cli.store.restoreAbstract,
        aliases: ["pulihkan"]
    ) }

    @OptionGroup var store: StoreOptions
    @Argument(help: ArgumentHelp(cli.common.idHelp, valueName: "ID"))
    var id: String
    @Option(name: .long, help: ArgumentHelp(cli.store.restoreRevisionHelp, valueName: "R"))
    var revision: Int
    @OptionGroup var output: JSONOption

    func run() throws {
        let opened = try StoreSupport.open(store, mode: .existingReadWrite)
        let info = try StoreSupport.run(opened) { () throws(StoreError) -> RevisionInfo in
            try opened.restore(id: id, revision: revision)
        }
        if output.json { try StoreSupport.printJSON(info); return }
        print(cli.store.restored(id, revision, info.revision))
    }
}

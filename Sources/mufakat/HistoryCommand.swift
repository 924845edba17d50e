import ArgumentParser
import Foundation
import MufakatServices
import MufakatStore

/// `mufakat history ID`: every saved revision of a cooperation.
struct HistoryCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "history",
        abstract: cli.store.historyAbstract,
        aliases: ["riwayat"]
    ) }

    @OptionGroup var store: StoreOptions
    @Argument(help: ArgumentHelp(cli.common.idHelp, valueName: "ID"))
    var id: String
    @OptionGroup var output: JSONOption

    func run() throws {
        let opened = try StoreSupport.open(store, mode: .readOnly)
        let revisions = try StoreSupport.run(opened) { () throws(StoreError) -> [RevisionInfo] in try opened.history(id: id) }
        if output.json { try StoreSupport.printJSON(revisions); return }
        print(cli.store.historyHeader)
        for r in revisions {
            var line = StoreSupport.fit(String(r.revision), 4) + " " + StoreSupport.fit(StoreClock.display(r.savedAt), 31) + " "
                + StoreSupport.fit(r.savedBy.description, 29) + " " + String(r.sha256.prefix(12))
            if let from = r.restoredFrom { line += cli.store.restoredFrom(from) }
            print(line)
        }
        print(cli.store.historyFooter(revisions.count, id))
    }
}

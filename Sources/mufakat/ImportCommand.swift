import ArgumentParser
import Foundation
import MufakatDomain
import MufakatServices
import MufakatStore

/// `mufakat import FILE.json` (impor): creates a cooperation, or updates it from a file that
/// names the revision it was based on.
struct ImportCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "import",
        abstract: cli.store.importAbstract,
        discussion: cli.store.importDiscussion,
        aliases: ["impor"]
    ) }

    @OptionGroup var store: StoreOptions
    @Argument(help: ArgumentHelp(cli.store.jsonFileHelp, valueName: cli.common.fileValue))
    var file: String
    @OptionGroup var output: JSONOption

    func run() throws {
        let file: DecodedCooperationFile
        do { file = try CooperationFileDecoder.read(path: self.file) } catch {
            printError(cli.common.errorPrefix + error.description)
            throw Exit.unusable
        }
        let opened = try StoreSupport.open(store)
        let result = try StoreSupport.run(opened) { () throws(StoreError) -> StoreSession.ImportResult in
            try opened.importCooperation(file)
        }
        if output.json { try StoreSupport.printJSON(result); return }
        if result.unchanged {
            print(cli.store.importUnchanged(result.id, result.revision))
        } else if result.created {
            print(cli.store.importCreated(result.id, result.revision))
        } else {
            print(cli.store.importSaved(result.id, result.revision))
        }
    }
}

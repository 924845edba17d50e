import ArgumentParser
import Foundation
import MufakatDomain
import MufakatServices
import MufakatStore

/// `mufakat publish --output DIR` (terbitkan): the public register as a static site.
struct PublishCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "publish",
        abstract: cli.office.publishAbstract,
        discussion: cli.office.publishDiscussion,
        aliases: ["terbitkan"]
    ) }

    @OptionGroup var store: StoreOptions
    @OptionGroup var rulebookOptions: RulebookOptions
    @Option(name: .long, help: ArgumentHelp(cli.office.publishOutputHelp, valueName: cli.common.storeValue))
    var output: String
    @Option(name: .long, help: ArgumentHelp(cli.office.publishDateHelp, valueName: cli.office.dateValue))
    var date: String?

    func run() throws {
        var today = CalendarDate.today()
        if let date {
            guard let d = CalendarDate(iso: date) else { printError(cli.office.badDate(date)); throw Exit.unusable }
            today = d
        }
        let rulebook = try rulebookOptions.load()
        guard rulebook.publicRegister != nil else {
            printError(cli.office.noPublicSection)
            throw Exit.unusable
        }
        let session = try StoreSupport.open(store, mode: .readOnly)
        let region = session.ownRegionCode.flatMap { Catalogues.shared.regions[$0]?.fullName }
        do {
            let result = try PublicRegister(rulebook: rulebook).publish(session: session, to: URL(fileURLWithPath: output), regionName: region, today: today)
            print(cli.office.published(result.cooperations, result.folder, result.files.count))
        } catch {
            printError(cli.common.errorPrefix + error.description)
            throw Exit.unusable
        }
    }
}

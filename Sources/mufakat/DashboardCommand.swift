import ArgumentParser
import Foundation
import MufakatDomain
import MufakatServices
import MufakatStore

/// `mufakat dashboard [--output FILE.docx|.xlsx]` (rekap): the summary of every cooperation.
struct DashboardCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "dashboard",
        abstract: cli.office.dashboardAbstract,
        discussion: cli.office.dashboardDiscussion,
        aliases: ["rekap"]
    ) }

    @OptionGroup var store: StoreOptions
    @OptionGroup var rulebookOptions: RulebookOptions
    @Option(name: .long, help: ArgumentHelp(cli.office.dashboardOutputHelp, valueName: cli.common.fileValue))
    var output: String?
    @Option(name: .long, help: ArgumentHelp(cli.office.dashboardDateHelp, valueName: cli.office.dateValue))
    var date: String?
    @OptionGroup var json: JSONOption

    func run() throws {
        var today = CalendarDate.today()
        if let date {
            guard let d = CalendarDate(iso: date) else { printError(cli.office.badDate(date)); throw Exit.unusable }
            today = d
        }
        let rulebook = try rulebookOptions.load()
        let session = try StoreSupport.open(store, mode: .readOnly)
        // A written summary is a document for the head of region: always Indonesian, whatever the
        // interface language (its group titles are made when the dashboard is built).
        let documentLanguage: DisplayLanguage? = output == nil ? nil : .indonesian
        let dashboard = try DisplayLanguage.$override.withValue(documentLanguage ?? DisplayLanguage.current) {
            try StoreSupport.run(session) { () throws(StoreError) -> Dashboard in
                try DashboardService(rulebook: rulebook).dashboard(session: session, today: today)
            }
        }
        if let output {
            let region = session.ownRegionCode.flatMap { Catalogues.shared.regions[$0]?.fullName }
            do { try DashboardExport.write(dashboard, to: URL(fileURLWithPath: output), regionName: region) } catch {
                printError(error.description); throw Exit.unusable
            }
            print(cli.office.dashboardWritten(output))
            return
        }
        if json.json { try printJSON(dashboard); return }
        print(DashboardExport.text(dashboard))
    }
}

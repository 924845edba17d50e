import ArgumentParser
import Foundation
import MufakatServices
import MufakatStore

/// `mufakat check-store`: verifies every file and every hash chain.
struct CheckStoreCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "check-store",
        abstract: cli.store.checkAbstract,
        discussion: cli.store.checkDiscussion,
        aliases: ["periksa-penyimpanan"]
    ) }

    @OptionGroup var store: StoreOptions
    @Flag(name: .customLong("read-only"), help: ArgumentHelp(cli.store.readOnlyHelp))
    var readOnly = false
    @OptionGroup var output: JSONOption

    func run() throws {
        let opened = try StoreSupport.open(store, mode: readOnly ? .readOnly : .existingReadWrite)
        let report = opened.check()
        if output.json {
            try StoreSupport.printJSON(report)
        } else {
            print(cli.store.checked(report.root, report.cooperations, report.mappings, report.revisions))
            for r in report.repairs { print(cli.store.repaired(r)) }
            for n in report.notes { print(cli.common.notePrefix + n) }
            if report.findings.isEmpty {
                print(cli.store.healthy)
            } else {
                print(cli.store.problemsFound(report.findings.count))
                for f in report.findings { print("- \(f.path): \(f.problem)\n  \(cli.store.fixLabel): \(f.fix)") }
            }
        }
        if !report.isHealthy { throw Exit.findings }
    }
}

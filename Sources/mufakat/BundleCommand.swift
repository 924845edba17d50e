import ArgumentParser
import Foundation
import MufakatServices
import MufakatStore

/// `mufakat bundle`: one file to carry cooperations and mappings to another machine.
struct BundleCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "bundle",
        abstract: cli.store.bundleAbstract,
        subcommands: [BundleExportCommand.self, BundleImportCommand.self],
        aliases: ["bundel"]
    ) }
}

/// `mufakat bundle export --output FILE [ID...]`.
struct BundleExportCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "export",
        abstract: cli.store.bundleExportAbstract,
        aliases: ["ekspor"]
    ) }

    @OptionGroup var store: StoreOptions
    @Option(name: .long, help: ArgumentHelp(cli.store.bundleOutputHelp, valueName: cli.common.fileValue))
    var output: String
    @Flag(name: .customLong("no-mappings"), help: ArgumentHelp(cli.store.noMappingsHelp))
    var noMappings = false
    @Argument(help: ArgumentHelp(cli.store.idsHelp, valueName: "ID"))
    var ids: [String] = []
    @OptionGroup var json: JSONOption

    func run() throws {
        let opened = try StoreSupport.open(store, mode: .readOnly)
        let result = try StoreSupport.run(opened) { () throws(StoreError) -> BundleExportResult in
            try opened.exportBundle(to: URL(fileURLWithPath: output), ids: ids.isEmpty ? nil : ids, includeMappings: !noMappings)
        }
        if json.json { try StoreSupport.printJSON(result); return }
        for s in result.skipped { printError(cli.common.warningPrefix + s) }
        print(cli.store.bundleWritten(result.file, result.cooperations, result.mappings, result.revisions, result.bytes))
        print(cli.store.bundleImportHint(URL(fileURLWithPath: output).lastPathComponent))
    }
}

/// `mufakat bundle import FILE`.
struct BundleImportCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "import",
        abstract: cli.store.bundleImportAbstract,
        discussion: cli.store.bundleImportDiscussion,
        aliases: ["impor"]
    ) }

    @OptionGroup var store: StoreOptions
    @Argument(help: ArgumentHelp(cli.store.bundleFileHelp, valueName: cli.common.fileValue))
    var file: String
    @Flag(name: .customLong("accept-foreign"),
          help: ArgumentHelp(cli.store.acceptForeignHelp))
    var acceptForeign = false
    @OptionGroup var json: JSONOption

    func run() throws {
        let opened = try StoreSupport.open(store)
        let report = try StoreSupport.run(opened) { () throws(StoreError) -> BundleImportReport in
            try opened.importBundle(from: URL(fileURLWithPath: file), acceptForeign: acceptForeign)
        }
        if json.json {
            try StoreSupport.printJSON(report)
        } else {
            for i in report.added { print(cli.store.added + "\(i)") }
            for i in report.updated { print(cli.store.updated + "\(i)") }
            for i in report.unchanged { print(cli.store.unchanged + "\(i)") }
            for i in report.conflicts { print(cli.store.conflict + "\(i)") }
            for r in report.rejected { print(cli.store.rejectedEntry + "\(r)") }
            if let signer = report.signer { print(cli.store.signer + "\(signer)") }
            for w in report.warnings { print(cli.store.warning + "\(w)") }
            for i in report.foreign { print(cli.store.held("\(i)")) }
            print(cli.store.bundleTotals(report.added.count, report.updated.count, report.unchanged.count,
                                         report.conflicts.count, report.rejected.count))
        }
        // A mapping bundle also brings its region into the current meeting (the same rule as
        // `mapping import`), or says why not.
        let regions = (report.added + report.updated + report.unchanged).filter { $0.kind == .mapping }.map(\.id)
        if !regions.isEmpty {
            let service = MappingService(repository: opened.mappings)
            do {
                for (code, admission) in try service.admitStored(regionCodes: regions, meetingID: nil, source: URL(fileURLWithPath: file).lastPathComponent) where !json.json {
                    print("Pemetaan \(code) \(MappingCLI.regionName(code)): \(admission.sentence).")
                }
            } catch let e as MappingServiceError { printError(e.description); throw Exit.unusable }
        }
        if report.hasProblems { throw Exit.findings }
    }
}

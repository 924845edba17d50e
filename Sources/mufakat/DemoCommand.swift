import ArgumentParser
import Foundation
import MufakatDomain
import MufakatServices
import MufakatStore

/// `mufakat demo`: fills a store with realistic example cooperations.
struct DemoCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "demo",
        abstract: cli.store.demoAbstract,
        discussion: cli.store.demoDiscussion
    ) }

    @OptionGroup var store: StoreOptions
    @Option(name: .long, help: ArgumentHelp(cli.store.countHelp, valueName: "N"))
    var count: Int = 50
    @Option(name: .long, help: ArgumentHelp(cli.store.seedHelp, valueName: "S"))
    var seed: UInt64 = 1
    @Option(name: .customLong("reference-date"), help: ArgumentHelp(cli.store.referenceDateHelp, valueName: cli.store.dateValue))
    var referenceDate: String?
    @OptionGroup var output: JSONOption

    func validate() throws {
        guard count >= 1 && count <= 1_000_000 else { throw ValidationError(cli.store.countRange) }
        if let referenceDate, CalendarDate(iso: referenceDate) == nil {
            throw ValidationError(cli.store.badReferenceDate(referenceDate))
        }
    }

    func run() throws {
        let opened = try StoreSupport.open(store)
        let reference = referenceDate.flatMap(CalendarDate.init(iso:)) ?? CalendarDate.today()
        let generator = DemoGenerator(seed: seed, referenceDate: reference)
        let started = Date()
        let showProgress = !output.json && count >= 5000 && isatty(2) != 0
        let result = try StoreSupport.run(opened) { () throws(StoreError) -> BulkInsertResult in
            try opened.insertGenerated(count: count, make: { generator.cooperation(number: $0) }) { done in
                if showProgress { FileHandle.standardError.write(Data("\r\(done) / \(count)".utf8)) }
            }
        }
        if showProgress { FileHandle.standardError.write(Data("\r".utf8)) }
        // Pemetaan contoh (issue 7): a mapping for the store's own region, else a region picked by
        // the seed, so bundles of demo stores can be merged in a trial meeting. Kept when present.
        let mappingRegion = try StoreSupport.run(opened) { () throws(StoreError) -> Region? in
            let own = opened.ownRegionCode
            let region = own.flatMap { Catalogues.shared.regions[$0] } ?? MappingDemo.suggestedRegion(seed: seed)
            guard !opened.containsMapping(regionCode: region.code) else { return nil }
            _ = try opened.saveMapping(MappingDemo.generate(region: region, seed: seed, today: reference), basedOn: nil)
            return region
        }
        let seconds = Date().timeIntervalSince(started)
        if output.json {
            struct Out: Encodable { var store: String; var inserted: Int; var skipped: Int; var seconds: Double; var mappingRegion: String? }
            try StoreSupport.printJSON(Out(store: opened.root.path, inserted: result.inserted, skipped: result.skipped.count,
                              seconds: (seconds * 100).rounded() / 100, mappingRegion: mappingRegion?.code))
        } else {
            var line = cli.store.demoWritten(result.inserted, opened.root.path, String(format: "%.1f", seconds))
            if !result.skipped.isEmpty { line += cli.store.demoSkipped(result.skipped.count) }
            print(line)
            if let mappingRegion { print(cli.store.demoMapping(mappingRegion.fullName, mappingRegion.code)) }
            print(cli.store.demoListHint(opened.root.path))
        }
    }
}

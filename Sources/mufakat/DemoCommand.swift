import ArgumentParser
import Foundation
import MufakatDomain
import MufakatServices
import MufakatStore

/// `mufakat demo`: fills a store with realistic example cooperations.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Isi penyimpanan dengan kerja sama contoh yang realistis (untuk mencoba dan mengukur kinerja).",
        discussion: """
        Kerja sama contoh memakai daerah nyata (misalnya Kota Bogor dan Kabupaten Bogor), urusan, jumlah \
        uang dan tanggal yang beragam di semua tahapan. Benih (--seed) yang sama menghasilkan data yang sama.
        Id yang sudah ada di penyimpanan dilewati, tidak ditimpa.
        """
    )

    @OptionGroup var store: StoreOptions
    @Option(name: .long, help: ArgumentHelp("Jumlah kerja sama contoh.", valueName: "N"))
    var count: Int = 50
    @Option(name: .long, help: ArgumentHelp("Benih pembangkit acak (bilangan bulat).", valueName: "S"))
    var seed: UInt64 = 1
    @Option(name: .customLong("reference-date"), help: ArgumentHelp("Tanggal acuan data contoh (TTTT-BB-HH; bawaan hari ini).", valueName: "TANGGAL"))
    var referenceDate: String?
    @OptionGroup var output: JSONOption

    func validate() throws {
        guard count >= 1 && count <= 1_000_000 else { throw ValidationError("--count harus antara 1 dan 1000000.") }
        if let referenceDate, CalendarDate(iso: referenceDate) == nil {
            throw ValidationError("--reference-date '\(referenceDate)' bukan tanggal TTTT-BB-HH yang sah, misalnya 2026-01-15.")
        }
    }

    func run() throws {
        let opened = try StoreSupport.open(store)
        let reference = referenceDate.flatMap(CalendarDate.init(iso:)) ?? CalendarDate.today()
        let generator = DemoGenerator(seed: seed, referenceDate: reference)
        let started = Date()
        let showProgress = !output.json && count >= 5000 && isatty(2) != 0
        let result = try StoreSupport.run(opened) { () throws(StoreError) -> BulkInsertResult in
            try opened.insert(generator.cooperations(count: count)) { done in
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
            var line = "\(result.inserted) kerja sama contoh ditulis ke \(opened.root.path) dalam \(String(format: "%.1f", seconds)) detik."
            if !result.skipped.isEmpty { line += " \(result.skipped.count) id sudah ada dan dilewati." }
            print(line)
            if let mappingRegion { print("Pemetaan urusan contoh \(mappingRegion.fullName) (\(mappingRegion.code)) ditulis.") }
            print("Lihat daftarnya dengan `mufakat list --store \(opened.root.path)`.")
        }
    }
}

import ArgumentParser
import Foundation
import MufakatServices
import MufakatStore

/// `mufakat bundle`: one file to carry cooperations and mappings to another machine.
struct BundleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bundle",
        abstract: "Ekspor dan impor bundel (satu berkas berisi kerja sama dan pemetaan beserta riwayatnya).",
        subcommands: [BundleExportCommand.self, BundleImportCommand.self],
        aliases: ["bundel"]
    )
}

/// `mufakat bundle export --output FILE [ID...]`.
struct BundleExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Tulis bundel berisi kerja sama (semua, atau id yang disebut) dan pemetaan.",
        aliases: ["ekspor"]
    )

    @OptionGroup var store: StoreOptions
    @Option(name: .long, help: ArgumentHelp("Berkas bundel yang ditulis (misalnya kerja-sama.mufakat.zip).", valueName: "BERKAS"))
    var output: String
    @Flag(name: .customLong("no-mappings"), help: "Jangan sertakan pemetaan urusan.")
    var noMappings = false
    @Argument(help: ArgumentHelp("Id kerja sama (bawaan: semua).", valueName: "ID"))
    var ids: [String] = []
    @OptionGroup var json: JSONOption

    func run() throws {
        let opened = try StoreSupport.open(store, mode: .readOnly)
        let result = try StoreSupport.run(opened) { () throws(StoreError) -> BundleExportResult in
            try opened.exportBundle(to: URL(fileURLWithPath: output), ids: ids.isEmpty ? nil : ids, includeMappings: !noMappings)
        }
        if json.json { try StoreSupport.printJSON(result); return }
        for s in result.skipped { printError("Perhatian: \(s)") }
        print("Bundel \(result.file) ditulis: \(result.cooperations) kerja sama, \(result.mappings) pemetaan, \(result.revisions) revisi (\(result.bytes) bita).")
        print("Impor di komputer lain dengan `mufakat bundle import \(URL(fileURLWithPath: output).lastPathComponent)`.")
    }
}

/// `mufakat bundle import FILE`.
struct BundleImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Impor bundel: tambahkan yang baru, perbarui yang tertinggal, laporkan konflik tanpa menimpa.",
        discussion: "Kode keluar 1 bila ada konflik (berubah di kedua sisi) atau entri yang ditolak.",
        aliases: ["impor"]
    )

    @OptionGroup var store: StoreOptions
    @Argument(help: ArgumentHelp("Berkas bundel.", valueName: "BERKAS"))
    var file: String
    @Flag(name: .customLong("accept-foreign"),
          help: "Terima juga perubahan atas kerja sama yang terakhir disimpan di komputer ini oleh orang lain, atau atas pemetaan daerah sendiri.")
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
            for i in report.added { print("Ditambahkan: \(i)") }
            for i in report.updated { print("Diperbarui: \(i)") }
            for i in report.unchanged { print("Tidak berubah: \(i)") }
            for i in report.conflicts { print("KONFLIK: \(i)") }
            for r in report.rejected { print("DITOLAK: entri \(r)") }
            if let signer = report.signer { print("Penanda tangan: \(signer)") }
            for w in report.warnings { print("PERINGATAN: \(w)") }
            for i in report.foreign { print("DITAHAN: \(i) (perubahan dari pihak lain atas data milik penyimpanan ini; periksa, lalu ulangi dengan --accept-foreign bila memang dikehendaki)") }
            print("\(report.added.count) ditambahkan, \(report.updated.count) diperbarui, \(report.unchanged.count) tidak berubah, "
                  + "\(report.conflicts.count) konflik, \(report.rejected.count) entri ditolak.")
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

import ArgumentParser
import Foundation
import MufakatDomain
import MufakatServices
import MufakatStore

/// `mufakat attach ID --stage kb --kind scan-ttd FILE` (lampirkan): keeps a file with a cooperation.
struct AttachCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attach",
        abstract: "Lampirkan berkas (pindaian naskah bertanda tangan, keputusan DPRD, surat) pada kerja sama.",
        discussion: """
        Berkas disimpan di dalam penyimpanan menurut SHA-256 isinya (files/<sha256>) dan dicatat pada revisi baru \
        kerja sama, sehingga rantai hash riwayat mencakupnya. Jenis berkas dan batas ukurannya berasal dari rulebook \
        ([[archive_kind]], [archive]).
        """,
        aliases: ["lampirkan"]
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var rulebookOptions: RulebookOptions
    @Argument(help: ArgumentHelp("Id kerja sama.", valueName: "ID"))
    var id: String
    @Option(name: .long, help: ArgumentHelp("Tahapan: usulan, penawaran, kb, dprd, pks, pembiayaan, pelaksanaan.", valueName: "TAHAPAN"))
    var stage: String
    @Option(name: .long, help: ArgumentHelp("Jenis berkas: scan-ttd, keputusan-dprd, studi-kelayakan, rekomendasi-tkksd, surat-masuk, surat-kuasa, laporan.", valueName: "JENIS"))
    var kind: String
    @Argument(help: ArgumentHelp("Berkas yang dilampirkan.", valueName: "BERKAS"))
    var file: String
    @Option(name: .long, help: ArgumentHelp("Nomor surat atau naskah.", valueName: "NOMOR"))
    var number: String = ""
    @Option(name: .long, help: ArgumentHelp("Tanggal surat atau naskah (TTTT-BB-HH atau HH-BB-TTTT).", valueName: "TANGGAL"))
    var date: String?
    @Option(name: .long, help: ArgumentHelp("Catatan.", valueName: "TEKS"))
    var note: String = ""
    @OptionGroup var output: JSONOption

    func run() throws {
        var parsedDate: CalendarDate?
        if let date {
            guard let d = CalendarDate(iso: date) ?? CalendarDate(dayMonthYear: date) else {
                printError("Tanggal '\(date)' tidak sah; tulis sebagai TTTT-BB-HH (2026-06-15) atau HH-BB-TTTT (15-06-2026).")
                throw Exit.unusable
            }
            parsedDate = d
        }
        let rulebook = try rulebookOptions.load()
        let session = try StoreSupport.open(store, mode: .existingReadWrite)
        let service = ArchiveService(session: session, rulebook: rulebook)
        let result: ArchiveService.AttachResult
        do {
            result = try service.attach(id: id, .init(stage: stage, kind: kind, path: file, number: number, date: parsedDate, note: note))
        } catch {
            printError("Kesalahan: \(error.description)")
            if case .store(let e) = error, case .conflict = e { throw Exit.findings }
            throw Exit.unusable
        }
        StoreSupport.printNotices(session)
        if output.json { try printJSON(result); return }
        if result.unchanged {
            print("Berkas '\(result.file.fileName)' sudah terlampir pada tahapan \(result.file.stage) (\(result.file.kind)); tidak ada yang diubah.")
        } else {
            print("Berkas '\(result.file.fileName)' (\(ArchiveService.megabytes(result.file.size)), SHA-256 \(result.file.sha256)) dilampirkan pada '\(id)' tahapan \(result.file.stage) sebagai \(result.file.kind); revisi \(result.revision).")
        }
    }
}

/// `mufakat files ID [--export DIR]` (berkas): the files kept with a cooperation.
struct FilesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "files",
        abstract: "Daftar berkas arsip sebuah kerja sama, atau salin semuanya ke sebuah folder.",
        aliases: ["berkas"]
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var rulebookOptions: RulebookOptions
    @Argument(help: ArgumentHelp("Id kerja sama.", valueName: "ID"))
    var id: String
    @Option(name: .customLong("export"), help: ArgumentHelp("Salin setiap berkas (diperiksa dengan SHA-256-nya) ke folder ini.", valueName: "FOLDER"))
    var exportFolder: String?
    @OptionGroup var output: JSONOption

    func run() throws {
        let rulebook = try rulebookOptions.load()
        let session = try StoreSupport.open(store, mode: .readOnly)
        let service = ArchiveService(session: session, rulebook: rulebook)
        do {
            if let exportFolder {
                let written = try service.export(id: id, to: URL(fileURLWithPath: exportFolder))
                if output.json { try printJSON(written); return }
                print(written.isEmpty ? "Kerja sama '\(id)' belum memiliki berkas arsip." : "\(written.count) berkas disalin ke '\(exportFolder)':")
                for path in written { print("  \(path)") }
                return
            }
            let listing = try service.files(id: id)
            if output.json { try printJSON(listing); return }
            if listing.isEmpty { print("Kerja sama '\(id)' belum memiliki berkas arsip. Lampirkan dengan `mufakat lampirkan \(id) --stage pks --kind scan-ttd BERKAS.pdf`.") }
            for (i, item) in listing.enumerated() {
                let f = item.file
                var line = "\(i + 1). [\(f.stage)] \(item.kindName): \(f.fileName) (\(ArchiveService.megabytes(f.size)))"
                if !f.number.isEmpty { line += ", nomor \(f.number)" }
                if let d = f.date { line += ", tanggal \(IndonesianDate.long(d))" }
                print(line)
                print("   SHA-256 \(f.sha256)\(item.intact ? "" : "  RUSAK ATAU HILANG: jalankan `mufakat check-store`")")
                if !f.note.isEmpty { print("   Catatan: \(f.note)") }
            }
            let missing = (try? session.load(id: id)).map { service.signedWithoutScan($0.cooperation) } ?? []
            if !missing.isEmpty { print("Belum ada pindaian bertanda tangan untuk: \(missing.joined(separator: ", ")).") }
        } catch let error as ArchiveError {
            printError("Kesalahan: \(error.description)")
            throw Exit.unusable
        }
    }
}

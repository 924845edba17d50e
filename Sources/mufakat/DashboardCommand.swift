import ArgumentParser
import Foundation
import MufakatDomain
import MufakatServices
import MufakatStore

/// `mufakat dashboard [--output FILE.docx|.xlsx]` (rekap): the summary of every cooperation.
struct DashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "Rekapitulasi kerja sama daerah: jumlah per keadaan, tahapan, jenis, urusan dan mitra; yang segera berakhir; evaluasi; pembiayaan; naskah tanpa pindaian.",
        discussion: "Tanpa --output, rekapitulasi dicetak sebagai teks dengan grafik batang dari karakter blok. Dengan --output BERKAS.docx atau BERKAS.xlsx, ditulis sebagai dokumen \"Rekapitulasi Kerja Sama Daerah\" atau lembar kerja.",
        aliases: ["rekap"]
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var rulebookOptions: RulebookOptions
    @Option(name: .long, help: ArgumentHelp("Tulis ke berkas .docx atau .xlsx.", valueName: "BERKAS"))
    var output: String?
    @Option(name: .long, help: ArgumentHelp("Tanggal keadaan (TTTT-BB-HH); bawaan hari ini.", valueName: "TANGGAL"))
    var date: String?
    @OptionGroup var json: JSONOption

    func run() throws {
        var today = CalendarDate.today()
        if let date {
            guard let d = CalendarDate(iso: date) else { printError("Tanggal '\(date)' tidak sah; tulis sebagai TTTT-BB-HH."); throw Exit.unusable }
            today = d
        }
        let rulebook = try rulebookOptions.load()
        let session = try StoreSupport.open(store, mode: .readOnly)
        let dashboard = try StoreSupport.run(session) { () throws(StoreError) -> Dashboard in
            try DashboardService(rulebook: rulebook).dashboard(session: session, today: today)
        }
        if let output {
            let region = session.ownRegionCode.flatMap { Catalogues.shared.regions[$0]?.fullName }
            do { try DashboardExport.write(dashboard, to: URL(fileURLWithPath: output), regionName: region) } catch {
                printError(error.description); throw Exit.unusable
            }
            print("Rekapitulasi ditulis ke '\(output)'.")
            return
        }
        if json.json { try printJSON(dashboard); return }
        print(DashboardExport.text(dashboard))
    }
}

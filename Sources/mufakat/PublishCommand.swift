import ArgumentParser
import Foundation
import MufakatDomain
import MufakatServices
import MufakatStore

/// `mufakat publish --output DIR` (terbitkan): the public register as a static site.
struct PublishCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish",
        abstract: "Terbitkan daftar publik kerja sama sebagai situs statis (HTML, CSV, JSON).",
        discussion: """
        Menulis index.html, satu halaman per kerja sama (kerja-sama/<id>.html), data.csv dan data.json ke FOLDER. \
        Hanya isian yang disebut bagian [public] rulebook yang terbit. Situs tanpa skrip dan tanpa sumber luar: \
        dapat dibuka langsung dari disk atau disalin ke server web mana pun.
        """,
        aliases: ["terbitkan"]
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var rulebookOptions: RulebookOptions
    @Option(name: .long, help: ArgumentHelp("Folder tujuan situs.", valueName: "FOLDER"))
    var output: String
    @Option(name: .long, help: ArgumentHelp("Tanggal terbit (TTTT-BB-HH); bawaan hari ini.", valueName: "TANGGAL"))
    var date: String?

    func run() throws {
        var today = CalendarDate.today()
        if let date {
            guard let d = CalendarDate(iso: date) else { printError("Tanggal '\(date)' tidak sah; tulis sebagai TTTT-BB-HH."); throw Exit.unusable }
            today = d
        }
        let rulebook = try rulebookOptions.load()
        guard rulebook.publicRegister != nil else {
            printError("Rulebook tidak memiliki bagian [public]; tidak ada isian yang boleh diterbitkan.")
            throw Exit.unusable
        }
        let session = try StoreSupport.open(store, mode: .readOnly)
        let region = session.ownRegionCode.flatMap { Catalogues.shared.regions[$0]?.fullName }
        do {
            let result = try PublicRegister(rulebook: rulebook).publish(session: session, to: URL(fileURLWithPath: output), regionName: region, today: today)
            print("Daftar publik \(result.cooperations) kerja sama diterbitkan ke '\(result.folder)' (\(result.files.count) berkas). Buka index.html, atau salin folder itu ke server web.")
        } catch {
            printError("Kesalahan: \(error.description)")
            throw Exit.unusable
        }
    }
}

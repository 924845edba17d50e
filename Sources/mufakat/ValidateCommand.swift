import ArgumentParser
import Foundation
import MufakatDomain
import MufakatServices

/// `mufakat validate FILE.json`: checks one cooperation document against the rulebook.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Periksa satu berkas kerja sama (JSON) terhadap rulebook.",
        discussion: """
        Berkas dapat berupa objek kerja sama saja, keluaran `mufakat show ID --json`, \
        atau berkas penyimpanan cooperations/ID.json. Setiap temuan menyebut isian, \
        pesan perbaikan, dan dasar hukumnya.
        Kode keluar: 0 tidak ada kesalahan, 1 ada kesalahan, 2 berkas atau rulebook tidak dapat dipakai.
        """,
        aliases: ["validasi"]
    )

    @Argument(help: ArgumentHelp("Berkas kerja sama JSON; '-' untuk masukan standar.", valueName: "BERKAS"))
    var file: String

    @Option(name: .long, help: ArgumentHelp("Tanggal pemeriksaan untuk pengingat masa berlaku (bawaan: hari ini).", valueName: "TTTT-BB-HH"))
    var today: String?

    @OptionGroup var rulebookOptions: RulebookOptions
    @OptionGroup var output: JSONOption

    struct Report: Encodable {
        let file: String
        let id: String
        let title: String
        let errors: Int
        let warnings: Int
        let info: Int
        let findings: [Finding]
    }

    func run() throws {
        let day: CalendarDate
        if let today {
            guard let d = CalendarDate(iso: today) else {
                printError("Tanggal --today '\(today)' tidak valid; tulis sebagai TTTT-BB-HH.")
                throw Exit.unusable
            }
            day = d
        } else {
            day = CalendarDate.today()
        }
        let cooperation: Cooperation
        do { cooperation = try CooperationFileDecoder.read(path: file).cooperation } catch {
            printError(error.description)
            throw Exit.unusable
        }
        let rulebook = try rulebookOptions.load()
        let findings = Validator.validate(cooperation, rulebook: rulebook, catalogues: .shared, today: day)
        let count = { (s: Severity) in findings.filter { $0.severity == s }.count }

        if output.json {
            try printJSON(Report(file: file, id: cooperation.id, title: cooperation.title,
                                 errors: count(.error), warnings: count(.warning), info: count(.info), findings: findings))
        } else {
            print("\(cooperation.id): \(cooperation.title.isEmpty ? "(tanpa judul)" : cooperation.title) [\(cooperation.kind.label)]")
            if findings.isEmpty { print("Tidak ada temuan.") }
            for severity in Severity.allCases {
                let group = findings.filter { $0.severity == severity }
                guard !group.isEmpty else { continue }
                print("")
                print("\(severity.label.uppercased()) (\(group.count))")
                for f in group {
                    print("  \(f.path.isEmpty ? "(kerja sama)" : FieldLabel.label(for: f.path, in: cooperation, rulebook: rulebook))")
                    print("    \(f.message)")
                    print("    Dasar hukum: \(f.basis)\(f.toConfirm ? " (perlu dikonfirmasi)" : "") [\(f.ruleID)]")
                }
            }
            if !findings.isEmpty {
                print("")
                print("Ringkasan: \(count(.error)) kesalahan, \(count(.warning)) peringatan, \(count(.info)) informasi.")
            }
        }
        if findings.hasErrors { throw Exit.findings }
    }
}

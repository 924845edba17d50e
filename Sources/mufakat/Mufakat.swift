import ArgumentParser
import Foundation
import MufakatApp

/// The `mufakat` command: with no subcommand it opens the interface.
@main
struct Mufakat: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mufakat",
        abstract: "Mufakat: pendamping kerja sama daerah dari usulan hingga pelaksanaan.",
        discussion: """
        Tanpa subperintah, Mufakat membuka antarmuka layar pada penyimpanan Anda sendiri.
        Kode keluar: 0 berhasil, 1 ada temuan atau konflik, 2 masukan tidak dapat dipakai.
        """,
        version: AppInfo.version,
        subcommands: [
            GalleryCommand.self,
            CatalogCommand.self,
            RulebookCommand.self,
            SpellCommand.self,
            ValidateCommand.self,
            MappingCommand.self,
            ListCommand.self,
            ShowCommand.self,
            ImportCommand.self,
            HistoryCommand.self,
            RestoreCommand.self,
            CheckStoreCommand.self,
            BundleCommand.self,
            DemoCommand.self,
            StoreStressCommand.self,
            ExportCommand.self,
            VerifyCommand.self,
            SignCommand.self,
        ],
        helpNames: [.short, .long]
    )

    @Option(name: .long, help: ArgumentHelp("Folder penyimpanan (bawaan: $MUFAKAT_STORE atau ~/.local/share/mufakat).", valueName: "FOLDER"))
    var store: String?

    @Flag(name: .long, help: "Buka penyimpanan demo sementara berisi contoh kerja sama.")
    var demo = false

    @Option(name: .long, help: ArgumentHelp("Nama tema (default, terang, kontras, monokrom) atau jalur berkas .toml.", valueName: "NAMA"))
    var theme: String?

    @Option(name: .long, help: ArgumentHelp("Berkas rulebook TOML milik daerah (bawaan: rulebook bawaan Mufakat).", valueName: "BERKAS"))
    var rulebook: String?

    /// No subcommand: the officer's interface.
    mutating func run() throws {
        if demo, store != nil {
            printError("Galat: --demo membuat penyimpanan sementara sendiri; jangan dipakai bersama --store.")
            throw Exit.unusable
        }
        do {
            for line in try AppLauncher.run(storePath: store, demo: demo, theme: theme, rulebook: rulebook) { print(line) }
        } catch let error as AppLauncher.LaunchError {
            printError("Galat: \(error.description)")
            throw Exit.unusable
        }
    }

    /// Runs the command line with help and parser messages in Indonesian.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            let message = CLIText.indonesian(fullMessage(for: error))
            if code == .success {
                if !message.isEmpty { print(message) }
            } else if !message.isEmpty {
                FileHandle.standardError.write(Data((message + "\n").utf8))
            }
            // Parser errors (unknown option, missing argument) are unusable input: exit 2.
            if code == .validationFailure { Foundation.exit(2) }
            Foundation.exit(code.rawValue)
        }
    }
}

import ArgumentParser
import Foundation
import MufakatServices

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
            OpenCommand.self,
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
            StoreBenchCommand.self,
            ExportCommand.self,
            VerifyCommand.self,
            SignCommand.self,
            EvaluateCommand.self,
            RenewCommand.self,
            AmendCommand.self,
            EndCommand.self,
            FollowUpCommand.self,
            ReportCommand.self,
            ReviewCommand.self,
            AttachCommand.self,
            FilesCommand.self,
            DashboardCommand.self,
            PublishCommand.self,
            SyncCommand.self,
            ProfileCommand.self,
        ],
        defaultSubcommand: OpenCommand.self,
        helpNames: [.short, .long]
    )

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

import ArgumentParser
import Foundation
import MufakatDomain
import MufakatServices

/// The `mufakat` command: with no subcommand it opens the interface.
@main
struct Mufakat: ParsableCommand {
    static var configuration: CommandConfiguration {
        var configuration = rootConfiguration
        // Read by the parser only, to skip its check for `--generate-completion-script` (below).
        if parsingWithoutCompletionCheck { configuration._superCommandName = "mufakat" }
        return configuration
    }

    private static var rootConfiguration: CommandConfiguration { CommandConfiguration(
        commandName: "mufakat",
        abstract: cli.common.rootAbstract,
        discussion: cli.common.rootDiscussion,
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
    ) }

    /// Runs the command line in the interface language (`--lang`, `MUFAKAT_LANG`, `LANG`), resolved
    /// before parsing so every help text is read from the catalogue in that language. In Indonesian
    /// the parser's own English phrases are translated; in English they stay as they are.
    static func main() {
        var arguments = Array(CommandLine.arguments.dropFirst())
        let flag = LanguageArgument.extract(from: &arguments)
        DisplayLanguage.current = DisplayLanguage.resolve(flag: flag, environment: ProcessEnvironment.values(DisplayLanguage.environmentNames))
        RulebookDiskCache.install()   // the rulebook from its compiled form when unchanged (issue 19)
        do {
            // `list` and `export` with plain options are read directly; the rest by the parser.
            if let quick = QuickParse.command(arguments) {
                try quick()
            } else {
                var command = try parseCommand(arguments)
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            let full = fullMessage(for: error)
            let message = DisplayLanguage.current == .english ? full : ParserPhrases.indonesian(full)
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

extension Mufakat {
    /// Set only while `parseCommand` runs: the root's configuration then names a super-command, which
    /// the parser reads for one thing, to leave out its check for `--generate-completion-script`.
    /// That check builds two more parsers by reflection on every run (about 0.5 ms of CPU of each
    /// command, issue 19). Help and error texts, the only other readers of that name, are made
    /// after parsing, when it is unset again. Written on the main thread before anything else runs.
    nonisolated(unsafe) private static var parsingWithoutCompletionCheck = false

    /// `parseAsRoot`, skipping the completion-script check unless an argument asks for a script
    /// (then the parser runs exactly as before and answers it).
    static func parseCommand(_ arguments: [String]) throws -> ParsableCommand {
        let asksForScript = arguments.contains { $0.hasPrefix("--generate-completion-script") }
        parsingWithoutCompletionCheck = !asksForScript
        defer { parsingWithoutCompletionCheck = false }
        return try parseAsRoot(arguments)
    }
}

/// `--lang en|id` (or `--lang=en`) anywhere before `--`: the interface language of every subcommand.
/// Taken out of the arguments before parsing, so each subcommand need not declare it.
enum LanguageArgument {
    static func extract(from arguments: inout [String]) -> String? {
        var value: String?
        var i = 0
        while i < arguments.count {
            let a = arguments[i]
            if a == "--" { break }
            if a == "--lang", i + 1 < arguments.count {
                value = arguments[i + 1]
                arguments.removeSubrange(i...(i + 1))
            } else if a.hasPrefix("--lang=") {
                value = String(a.dropFirst("--lang=".count))
                arguments.remove(at: i)
            } else {
                i += 1
            }
        }
        return value
    }
}

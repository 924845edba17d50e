import ArgumentParser
import Foundation
import MufakatApp
import MufakatDomain

/// `mufakat` with no subcommand (or `mufakat open`): the officer's interface. A default subcommand
/// rather than options on the root, so that `--store` of every other subcommand stays its own
/// (options on the root would swallow them).
struct OpenCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "open",
        abstract: cli.common.openAbstract,
        aliases: ["buka"]
    ) }

    @Option(name: .long, help: ArgumentHelp(cli.common.storeHelp, valueName: cli.common.storeValue))
    var store: String?

    @Flag(name: .long, help: ArgumentHelp(cli.common.demoHelp))
    var demo = false

    @Option(name: .long, help: ArgumentHelp(cli.common.themeHelp, valueName: cli.common.nameValue))
    var theme: String?

    @Option(name: .long, help: ArgumentHelp(cli.common.rulebookHelp, valueName: cli.common.fileValue))
    var rulebook: String?

    @Option(name: .long, help: ArgumentHelp(cli.common.langHelp, valueName: cli.common.langValue))
    /// Taken out of the arguments by `Mufakat.main()` (`--lang` serves every subcommand); listed here for the help.
    var lang: String?

    /// Opens the interface on the chosen store.
    mutating func run() throws {
        if demo, store != nil {
            printError(cli.common.demoWithStore)
            throw Exit.unusable
        }
        do {
            for line in try AppLauncher.run(storePath: store, demo: demo, theme: theme, rulebook: rulebook, language: lang ?? DisplayLanguage.current.rawValue) { print(line) }
        } catch let error as AppLauncher.LaunchError {
            printError(cli.common.errorPrefix + error.description)
            throw Exit.unusable
        }
    }

}

import ArgumentParser
import Foundation
import MufakatServices

/// `--store PATH`: which store folder to use (else MUFAKAT_STORE, else the XDG default).
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(cli.common.storeHelp, valueName: cli.common.storeValue))
    var store: String?
}

/// `--rulebook FILE`: use a region's own rulebook instead of the bundled one.
struct RulebookOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(cli.common.rulebookHelp, valueName: cli.common.fileValue))
    var rulebook: String?
}

/// `--json`: machine-readable output.
struct JSONOption: ParsableArguments {
    @Flag(name: .long, help: ArgumentHelp(cli.common.jsonHelp))
    var json = false
}

/// Exit codes shared by every subcommand.
enum Exit {
    /// 1: findings or conflicts.
    static let findings = ExitCode(1)
    /// 2: unusable input.
    static let unusable = ExitCode(2)
}

/// Writes a message (from the catalogue) to standard error.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message.hasSuffix("\n") ? message : message + "\n").utf8))
}

/// Pretty JSON with sorted keys for `--json` output.
func printJSON<T: Encodable>(_ value: T) throws { try StoreSupport.printJSON(value) }

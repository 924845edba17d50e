import ArgumentParser
import Foundation
import MufakatServices

/// `--store PATH`: which store folder to use (else MUFAKAT_STORE, else the XDG default).
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Folder penyimpanan (bawaan: $MUFAKAT_STORE atau ~/.local/share/mufakat).", valueName: "FOLDER"))
    var store: String?
}

/// `--rulebook FILE`: use a region's own rulebook instead of the bundled one.
struct RulebookOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Berkas rulebook TOML milik daerah (bawaan: rulebook bawaan Mufakat).", valueName: "BERKAS"))
    var rulebook: String?
}

/// `--json`: machine-readable output.
struct JSONOption: ParsableArguments {
    @Flag(name: .long, help: "Keluaran dalam format JSON.")
    var json = false
}

/// Exit codes shared by every subcommand.
enum Exit {
    /// 1: findings or conflicts.
    static let findings = ExitCode(1)
    /// 2: unusable input.
    static let unusable = ExitCode(2)
}

/// Writes an Indonesian message to standard error.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message.hasSuffix("\n") ? message : message + "\n").utf8))
}

/// Pretty JSON with sorted keys for `--json` output.
func printJSON<T: Encodable>(_ value: T) throws { try StoreSupport.printJSON(value) }

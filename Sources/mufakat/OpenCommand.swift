import ArgumentParser
import Foundation
import MufakatApp

/// `mufakat` with no subcommand (or `mufakat open`): the officer's interface. A default subcommand
/// rather than options on the root, so that `--store` of every other subcommand stays its own
/// (options on the root would swallow them).
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Buka antarmuka layar (bawaan bila tanpa subperintah).",
        aliases: ["buka"]
    )

    @Option(name: .long, help: ArgumentHelp("Folder penyimpanan (bawaan: $MUFAKAT_STORE atau ~/.local/share/mufakat).", valueName: "FOLDER"))
    var store: String?

    @Flag(name: .long, help: "Buka penyimpanan demo sementara berisi contoh kerja sama.")
    var demo = false

    @Option(name: .long, help: ArgumentHelp("Nama tema (default, terang, kontras, monokrom) atau jalur berkas .toml.", valueName: "NAMA"))
    var theme: String?

    @Option(name: .long, help: ArgumentHelp("Berkas rulebook TOML milik daerah (bawaan: rulebook bawaan Mufakat).", valueName: "BERKAS"))
    var rulebook: String?

    @Option(name: .long, help: ArgumentHelp("Bahasa antarmuka: id (bawaan) atau en; juga $MUFAKAT_LANG. Naskah tetap berbahasa Indonesia.", valueName: "BAHASA"))
    var lang: String?

    /// Opens the interface on the chosen store.
    mutating func run() throws {
        if demo, store != nil {
            printError("Kesalahan: --demo membuat penyimpanan sementara sendiri; jangan dipakai bersama --store.")
            throw Exit.unusable
        }
        do {
            for line in try AppLauncher.run(storePath: store, demo: demo, theme: theme, rulebook: rulebook, language: lang) { print(line) }
        } catch let error as AppLauncher.LaunchError {
            printError("Kesalahan: \(error.description)")
            throw Exit.unusable
        }
    }

}

import ArgumentParser
import Foundation
import MufakatApp

/// `mufakat gallery`: every widget and theme on one screen, to check a terminal before a meeting
/// and as the screen the end-to-end tests drive.
struct GalleryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gallery",
        abstract: "Menampilkan semua widget dan tema pada satu layar untuk memeriksa terminal.",
        discussion: "Tab berpindah widget, F2 membuka dialog contoh, F3 mengganti tema, Esc atau Ctrl-C keluar."
    )

    @Option(name: .long, help: ArgumentHelp("Nama tema (default, terang, kontras, monokrom) atau jalur berkas .toml.", valueName: "NAMA"))
    var theme: String?

    func run() throws {
        try Gallery.run(theme: theme)
    }
}

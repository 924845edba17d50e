import ArgumentParser
import Foundation
import MufakatThemes
import TerminalUI

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
        let environment = ProcessInfo.processInfo.environment
        let configHome = environment["XDG_CONFIG_HOME"] ?? (NSHomeDirectory() + "/.config")
        let choice = ThemeResolver.resolve(
            flag: theme, environment: environment, configPath: configHome + "/mufakat/config.toml",
            bundled: BundledThemes.source(named:))
        var themes = BundledThemes.names.compactMap { try? ThemeResolver.load($0, bundled: BundledThemes.source(named:)).get() }
        if !themes.contains(where: { $0.name == choice.theme.name }) { themes.insert(choice.theme, at: 0) }
        let active = themes.firstIndex { $0.name == choice.theme.name } ?? 0
        let gallery = Gallery(themes: themes, activeTheme: active, warnings: choice.warnings)
        var runner = Runner(program: gallery, backend: NcursesBackend(theme: choice.theme))
        try runner.run()
    }
}

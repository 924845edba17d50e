import Foundation
import MufakatThemes
import TerminalUI

extension Gallery {
    /// `mufakat gallery`: the gallery in the terminal with the chosen theme and every shipped one.
    public static func run(theme: String?, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        let choice = AppTheme.resolve(flag: theme, environment: environment)
        var themes = BundledThemes.names.compactMap { try? ThemeResolver.load($0, bundled: BundledThemes.source(named:)).get() }
        if !themes.contains(where: { $0.name == choice.theme.name }) { themes.insert(choice.theme, at: 0) }
        let active = themes.firstIndex { $0.name == choice.theme.name } ?? 0
        let gallery = Gallery(themes: themes, activeTheme: active, warnings: choice.warnings)
        var runner = Runner(program: gallery, backend: NcursesBackend(theme: choice.theme))
        try runner.run()
    }
}

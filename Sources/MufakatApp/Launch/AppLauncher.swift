import Foundation
import MufakatDomain
import MufakatServices
import MufakatStore
import MufakatThemes
import TerminalUI

/// Starts the officer's interface on a real terminal and gives the terminal back afterwards,
/// whatever happens.
public enum AppLauncher {
    /// A launch that could not happen, with the reason in Indonesian; exit code 2.
    public struct LaunchError: Error, CustomStringConvertible {
        public var description: String
    }

    /// Runs the interface. Returns the lines to print after the terminal is restored.
    @discardableResult
    public static func run(storePath: String?, demo: Bool, theme: String?, rulebook: String?, language: String? = nil,
                           environment: [String: String] = ProcessInfo.processInfo.environment) throws -> [String] {
        InterfaceLanguage.install(AppLanguage.resolve(flag: language, environment: environment))
        let rules: Rulebook
        do { rules = try RulebookLoader.load(path: rulebook) } catch {
            throw LaunchError(description: AppText.current.launch.rulebookUnusable(error.description))
        }
        let choice = AppTheme.resolve(flag: theme, environment: environment)
        let today = MufakatDomain.CalendarDate.today()

        let folder: String
        if demo {
            let template = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("mufakat-demo-XXXXXX").path
            var bytes = Array(template.utf8CString)
            guard mkdtemp(&bytes) != nil else { throw LaunchError(description: AppText.current.launch.noTemporaryFolder(NSTemporaryDirectory())) }
            folder = String(decoding: bytes.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        } else {
            folder = StoreLocation.resolve(flag: storePath, environment: environment).path
        }
        let repository: StoreSession
        do { repository = try StoreSession.open(folder: URL(fileURLWithPath: folder)) } catch {
            throw LaunchError(description: error.description)
        }
        let context = ShellContext(rulebook: rules, catalogues: Catalogues.shared, today: today, storeLabel: repository.location, isDemo: demo)
        if demo {
            do { _ = try ExampleCooperations.load(into: repository, context: context) } catch {
                throw LaunchError(description: AppText.current.launch.examplesFailed(folder, "\(error)"))
            }
            // Mappings of the province and an example meeting, for `p` and `r`.
            let own = repository.loadProfile()?.regionCode ?? "32.71"
            do { try ExampleMappings.load(into: repository.mappings, ownRegion: own, today: today) } catch {
                throw LaunchError(description: AppText.current.launch.exampleMappingsFailed(folder, "\(error)"))
            }
        }
        let effects = AppEffects(
            repository: repository, context: context,
            openRepository: { path in
                try StoreSession.open(folder: URL(fileURLWithPath: (path as NSString).expandingTildeInPath))
            },
            loadExamples: { repo, ctx in try ExampleCooperations.load(into: repo, context: ctx) })
        var program = MufakatProgram(context: context, makeEditor: MufakatProgram.standardEditor)
        if demo { program.message = .notice(AppText.current.launch.demoStore(folder)) }
        if let warning = choice.warnings.first { program.message = .warning(warning) }
        var runner = Runner(program: program, backend: NcursesBackend(theme: choice.theme, environment: environment))
        try runner.run(perform: effects.perform)
        var after: [String] = []
        if demo { after.append(AppText.current.launch.demoLeft(folder)) }
        return after
    }
}

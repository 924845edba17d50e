import Foundation
import TOMLKit

/// The theme chosen at start, and why, with any problems to show on the message line.
public struct ThemeChoice: Sendable {
    public var theme: Theme
    /// Where the choice came from: "--theme", the environment variable, the config file, or
    /// `TerminalStrings.builtInThemeSource`.
    public var source: String
    /// Problems met on the way (unknown name, broken file), in the installed words.
    public var warnings: [String]
}

/// Picks the theme: `--theme NAME` first, then the application's environment variable (`variable`,
/// read from `environment`; none when nil), then `theme = "NAME"` in the
/// config file, then `default`. A name is a shipped theme or a path to a `.toml` file. A theme
/// that cannot be used is reported with its line and the default theme is used instead: a broken
/// colour file must never keep anyone from their work.
public enum ThemeResolver {
    public static func resolve(
        flag: String?,
        environment: [String: String],
        variable: String? = nil,
        configPath: String?,
        bundled: (String) -> String?
    ) -> ThemeChoice {
        var warnings: [String] = []
        var candidates: [(String, String)] = []
        if let flag, !flag.isEmpty { candidates.append((flag, "--theme")) }
        if let variable, let env = environment[variable], !env.isEmpty { candidates.append((env, variable)) }
        let strings = TerminalStrings.current
        if let configPath, let text = try? String(contentsOfFile: configPath, encoding: .utf8) {
            if let problem = TOMLSyntaxCheck.firstProblem(in: text) {
                warnings.append(strings.configInvalid(configPath, problem.line, strings.tomlSyntaxProblem(problem.problem.code, problem.problem.values, problem.problem.english)))
            } else { do {
                if let name = try TOMLTable(string: text)["theme"]?.string { candidates.append((name, configPath)) }
            } catch let e as TOMLParseError {
                warnings.append(strings.configInvalid(configPath, e.source.begin.line, nil))
            } catch {} }
        }
        for (name, source) in candidates {
            switch load(name, bundled: bundled) {
            case .success(let theme):
                return ThemeChoice(theme: theme, source: source, warnings: warnings)
            case .failure(let error):
                warnings.append(error.description + " " + strings.builtInThemeUsed)
                return ThemeChoice(theme: defaultTheme(bundled: bundled), source: strings.builtInThemeSource, warnings: warnings)
            }
        }
        return ThemeChoice(theme: defaultTheme(bundled: bundled), source: strings.builtInThemeSource, warnings: warnings)
    }

    /// Loads one theme by shipped name or file path.
    public static func load(_ name: String, bundled: (String) -> String?) -> Result<Theme, ThemeError> {
        if name.contains("/") || name.hasSuffix(".toml") {
            guard let text = try? String(contentsOfFile: name, encoding: .utf8) else {
                return .failure(ThemeError(file: name, line: nil, problem: .unreadable))
            }
            return Result { () throws(ThemeError) in try ThemeParser.parse(text, file: name) }
        }
        guard let text = bundled(name) else {
            return .failure(ThemeError(file: name, line: nil, problem: .notFound(name: name)))
        }
        return Result { () throws(ThemeError) in try ThemeParser.parse(text, file: "\(name).toml") }
    }

    /// The shipped `default` theme, or the compiled-in copy when even that cannot be read.
    public static func defaultTheme(bundled: (String) -> String?) -> Theme {
        (try? load("default", bundled: bundled).get()) ?? .fallback
    }
}

import Foundation
import TOMLKit

/// The theme chosen at start, and why, with any problems to show on the message line.
public struct ThemeChoice: Sendable {
    public var theme: Theme
    /// Where the choice came from: "--theme", "MUFAKAT_THEME", the config file, or "bawaan".
    public var source: String
    /// Problems met on the way (unknown name, broken file), in Indonesian.
    public var warnings: [String]
}

/// Picks the theme: `--theme NAME` first, then `MUFAKAT_THEME`, then `theme = "NAME"` in the
/// config file, then `default`. A name is a shipped theme or a path to a `.toml` file. A theme
/// that cannot be used is reported with its line and the default theme is used instead: a broken
/// colour file must never keep anyone from their work.
public enum ThemeResolver {
    public static func resolve(
        flag: String?,
        environment: [String: String],
        configPath: String?,
        bundled: (String) -> String?
    ) -> ThemeChoice {
        var warnings: [String] = []
        var candidates: [(String, String)] = []
        if let flag, !flag.isEmpty { candidates.append((flag, "--theme")) }
        if let env = environment["MUFAKAT_THEME"], !env.isEmpty { candidates.append((env, "MUFAKAT_THEME")) }
        if let configPath, let text = try? String(contentsOfFile: configPath, encoding: .utf8) {
            if let problem = TOMLSyntaxCheck.firstProblem(in: text) {
                warnings.append("Berkas konfigurasi \(configPath), baris \(problem.line): TOML tidak sah (\(problem.problem)); pengaturan tema diabaikan.")
            } else { do {
                if let name = try TOMLTable(string: text)["theme"]?.string { candidates.append((name, configPath)) }
            } catch let e as TOMLParseError {
                warnings.append("Berkas konfigurasi \(configPath), baris \(e.source.begin.line): TOML tidak sah; pengaturan tema diabaikan.")
            } catch {} }
        }
        for (name, source) in candidates {
            switch load(name, bundled: bundled) {
            case .success(let theme):
                return ThemeChoice(theme: theme, source: source, warnings: warnings)
            case .failure(let error):
                warnings.append(error.description + " Tema bawaan dipakai.")
                return ThemeChoice(theme: defaultTheme(bundled: bundled), source: "bawaan", warnings: warnings)
            }
        }
        return ThemeChoice(theme: defaultTheme(bundled: bundled), source: "bawaan", warnings: warnings)
    }

    /// Loads one theme by shipped name or file path.
    public static func load(_ name: String, bundled: (String) -> String?) -> Result<Theme, ThemeError> {
        if name.contains("/") || name.hasSuffix(".toml") {
            guard let text = try? String(contentsOfFile: name, encoding: .utf8) else {
                return .failure(ThemeError(file: name, line: nil, message: "berkas tidak dapat dibaca."))
            }
            return Result { () throws(ThemeError) in try ThemeParser.parse(text, file: name) }
        }
        guard let text = bundled(name) else {
            return .failure(ThemeError(file: name, line: nil, message: "tema \"\(name)\" tidak ditemukan."))
        }
        return Result { () throws(ThemeError) in try ThemeParser.parse(text, file: "\(name).toml") }
    }

    /// The shipped `default` theme, or the compiled-in copy when even that cannot be read.
    public static func defaultTheme(bundled: (String) -> String?) -> Theme {
        (try? load("default", bundled: bundled).get()) ?? .fallback
    }
}

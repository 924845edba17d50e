import Foundation
import TOMLKit

/// A theme file that cannot be used, with the line a person should look at.
public struct ThemeError: Error, Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var problem: ThemeProblem
    public init(file: String, line: Int?, problem: ThemeProblem) { self.file = file; self.line = line; self.problem = problem }

    /// The problem in the installed words (`TerminalStrings.themeProblem`).
    public var message: String { TerminalStrings.current.themeProblem(problem) }

    public var description: String { TerminalStrings.current.themeFileLine(file, line, message) }
}

/// Reads theme files (TOML):
///
/// ```toml
/// name = "default"
/// description = "Dark terminal background"
/// [focused]
/// fg = "black"          # default, ANSI name, bright_*, 0-255 or "#rrggbb"
/// bg = "cyan"
/// attrs = ["bold"]      # bold, dim, reverse, underline, italic
/// ```
/// Every top-level table names a `StyleRole` (`normal`, `stage_done`, ...). Unknown roles,
/// colours and attributes are errors, not silently ignored, so a typo does not go unnoticed.
public enum ThemeParser {
    public static func parse(_ source: String, file: String) throws(ThemeError) -> Theme {
        // toml++ aborts the process on some malformed texts; it only sees checked ones.
        if let problem = TOMLSyntaxCheck.firstProblem(in: source) {
            throw ThemeError(file: file, line: problem.line, problem: .syntax(column: problem.column, detail: TerminalStrings.current.tomlSyntaxProblem(problem.problem.code, problem.problem.values, problem.problem.english)))
        }
        let table: TOMLTable
        do {
            table = try TOMLTable(string: source)
        } catch let e as TOMLParseError {
            throw ThemeError(file: file, line: e.source.begin.line, problem: .invalidTOML(detail: e.description))
        } catch {
            throw ThemeError(file: file, line: nil, problem: .invalidTOML(detail: nil))
        }
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let name = table["name"]?.string ?? file
        let description = table["description"]?.string ?? ""
        var styles: [StyleRole: RoleStyle] = [:]
        for key in table.keys where key != "name" && key != "description" {
            guard let role = StyleRole(rawValue: key) else {
                throw ThemeError(file: file, line: lineOf(section: key, key: nil, in: lines),
                                 problem: .unknownRole(key, valid: StyleRole.allCases.map(\.rawValue)))
            }
            guard let section = table[key]?.table else {
                throw ThemeError(file: file, line: lineOf(section: nil, key: key, in: lines), problem: .notATable(key))
            }
            var style = RoleStyle()
            for field in section.keys {
                let line = lineOf(section: key, key: field, in: lines)
                switch field {
                case "fg", "bg":
                    guard let text = section[field]?.string ?? section[field]?.int.map(String.init),
                          let color = ThemeColor(parsing: text) else {
                        throw ThemeError(file: file, line: line, problem: .unknownColour(section[field].map { String(describing: $0) } ?? ""))
                    }
                    if field == "fg" { style.foreground = color } else { style.background = color }
                case "attrs":
                    guard let array = section[field]?.array else {
                        throw ThemeError(file: file, line: line, problem: .attributesNotAList)
                    }
                    for item in array {
                        guard let s = item.string, let a = TextAttributes.byName[s] else {
                            throw ThemeError(file: file, line: line, problem: .unknownAttribute(String(describing: item)))
                        }
                        style.attributes.insert(a)
                    }
                default:
                    throw ThemeError(file: file, line: line, problem: .unknownKey(field))
                }
            }
            styles[role] = style
        }
        return Theme(name: name, description: description, styles: styles)
    }

    /// Finds the line of `key` inside `[section]` (1-based), since TOMLKit keeps no positions
    /// for values that parsed but mean nothing to us.
    static func lineOf(section: String?, key: String?, in lines: [String]) -> Int? {
        var inSection = section == nil
        for (i, raw) in lines.enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("[") {
                let name = line.trimmingCharacters(in: CharacterSet(charactersIn: "[] "))
                if let section, key == nil, name == section { return i + 1 }
                inSection = name == section
                continue
            }
            if inSection, let key, line.hasPrefix(key), line.dropFirst(key.count).trimmingCharacters(in: .whitespaces).hasPrefix("=") {
                return i + 1
            }
        }
        return nil
    }
}

import Foundation

/// Every word the toolkit itself shows: button names, message prefixes, key help of the widgets,
/// the too-small screen, theme-file errors. The defaults are English; an application installs its
/// own language once at start-up with `TerminalStrings.current = ...`. The toolkit holds no other
/// user-facing text.
public struct TerminalStrings: Sendable {
    // Dialog buttons, and the letters that answer a yes/no question.
    public var yes = "Yes"
    public var no = "No"
    public var close = "Close"
    public var yesLetters: Set<Character> = ["y", "Y"]
    public var noLetters: Set<Character> = ["n", "N"]

    // The message line.
    public var errorPrefix = "Error: "
    public var warningPrefix = "Warning: "

    // Key names that are words.
    public var spaceKey = "Space"
    public var lettersKey = "letters"
    public var digitsKey = "0-9"

    // Key help of the widgets.
    public var choose = "choose"
    public var answer = "answer"
    public var cancel = "cancel"
    public var toggle = "toggle"
    public var assign = "set"
    public var typeToFilter = "type to filter"
    public var startEnd = "start/end"
    public var deleteRestStart = "delete to end/start"
    public var deleteWord = "delete word"
    public var newLine = "new line"
    public var moveCell = "move cell"
    public var page = "page"
    public var firstLastColumn = "first/last column"
    public var row = "row"
    public var sort = "sort"
    public var reverseSort = "reverse sort"
    public var typeDigits = "type digits"
    public var nextField = "next field"
    public var nextGroup = "next"
    public var previousGroup = "back"
    /// Enter in a form laid out as a column: on to the field below (the last one submits).
    public var enterNextField = "field below"

    // Other widget text.
    public var noData = "No data yet."
    public var searchLabel = "Search: "
    public var noMatch = "No match."
    public var stagesTitle = "Stages"
    public var lineOf: @Sendable (_ line: Int, _ total: Int) -> String = { "line \($0) of \($1)" }
    public var groupOf: @Sendable (_ index: Int, _ total: Int, _ title: String) -> String = { "Part \($0) of \($1): \($2)" }
    public var fieldsToFix: @Sendable (_ names: [String]) -> String = { "\($0.count) fields to fix: \($0.joined(separator: ", "))." }
    /// Form laid out as stacked fields: how many fields scrolled out above, and that more follow.
    public var fieldsAbove: @Sendable (_ count: Int) -> String = { "↑ \($0) fields above" }
    public var continuesBelow = "↓ continues below"
    /// A choice row with no option chosen yet, when too narrow to show the options.
    public var notChosen = "(not chosen)"
    public var required = "Required."
    /// A required field left empty, named by its label.
    public var fieldRequired: @Sendable (_ label: String) -> String = { "\($0) is required." }
    public var atMostCharacters: @Sendable (Int) -> String = { "At most \($0) characters." }
    public var atLeastAmount: @Sendable (String) -> String = { "At least \($0)." }
    public var stageState: @Sendable (StageState) -> String = { state in
        switch state {
        case .done: "done"
        case .current: "in progress"
        case .pending: "not yet"
        case .blocked: "locked"
        case .skipped: "skipped"
        case .error: "has errors"
        }
    }

    // Dates: the mask letters (day, month, year), the month names and the problems.
    public var dateMask = "dd-mm-yyyy"
    public var monthNames = ["January", "February", "March", "April", "May", "June",
                             "July", "August", "September", "October", "November", "December"]
    public var dateIncomplete: @Sendable (_ mask: String) -> String = { "Date incomplete: type 8 digits \($0), for example 17082026." }
    public var noSuchMonth: @Sendable (Int) -> String = { "There is no month \($0): type a month from 01 to 12." }
    /// The year 0000 was typed.
    public var noSuchYear = "There is no year 0000; type four digits, for example 2026."
    /// A day past the end of its month: the typed mask, the month's name, the year, its days.
    public var noSuchDay: @Sendable (_ typed: String, _ monthName: String, _ year: Int, _ days: Int) -> String = { typed, month, year, days in
        "Date \(typed) does not exist: \(month) \(year) has only \(days) days. Correct the date."
    }

    // The screen shown when the terminal is too small.
    public var tooSmallTitle = "Screen too small"
    public var tooSmallSizes: @Sendable (_ current: Size, _ required: Size) -> String = {
        "Now \($0.width)×\($0.height), needed at least \($1.width)×\($1.height)."
    }
    public var tooSmallHint = "Enlarge the terminal window, or press q to quit."
    public var terminalCannotStart = "The terminal cannot be used (check the TERM variable)."

    // Themes.
    public var builtInThemeSource = "built-in"
    public var themeFileLine: @Sendable (_ file: String, _ line: Int?, _ message: String) -> String = { file, line, message in
        line.map { "Theme file \(file), line \($0): \(message)" } ?? "Theme file \(file): \(message)"
    }
    public var themeProblem: @Sendable (ThemeProblem) -> String = { $0.english }
    public var configInvalid: @Sendable (_ path: String, _ line: Int, _ detail: String?) -> String = { path, line, detail in
        "Configuration file \(path), line \(line): invalid TOML\(detail.map { " (\($0))" } ?? ""); the theme setting is ignored."
    }
    public var builtInThemeUsed = "The built-in theme is used."
    /// A TOML syntax problem of a theme or configuration file: its code, its values and its
    /// English words (the default). An application words it in its own language from the code.
    public var tomlSyntaxProblem: @Sendable (_ code: String, _ values: [String], _ english: String) -> String = { $2 }

    public init() {}
}

/// What is wrong in a theme file, as data: the application words it (`TerminalStrings.themeProblem`).
public enum ThemeProblem: Hashable, Sendable {
    case unreadable
    case notFound(name: String)
    case invalidTOML(detail: String?)
    /// Refused by the syntax check before TOMLKit saw the text.
    case syntax(column: Int, detail: String)
    case unknownRole(String, valid: [String])
    case notATable(String)
    case unknownColour(String)
    case attributesNotAList
    case unknownAttribute(String)
    case unknownKey(String)

    public var english: String {
        switch self {
        case .unreadable: "the file cannot be read."
        case .notFound(let name): "theme \"\(name)\" not found."
        case .invalidTOML(let detail): "invalid TOML\(detail.map { " (\($0))" } ?? "")."
        case .syntax(let column, let detail): "invalid TOML (column \(column): \(detail))."
        case .unknownRole(let key, let valid): "unknown role \"\(key)\". Valid roles: \(valid.joined(separator: ", "))."
        case .notATable(let key): "\"\(key)\" must be a table [\(key)]."
        case .unknownColour(let c): "unknown colour \"\(c)\"."
        case .attributesNotAList: "attrs must be a list, for example [\"bold\"]."
        case .unknownAttribute(let a): "unknown attribute \"\(a)\" (bold, dim, reverse, underline, italic)."
        case .unknownKey(let k): "unknown key \"\(k)\" (fg, bg, attrs)."
        }
    }
}

extension TerminalStrings {
    private final class Box: @unchecked Sendable {
        let lock = NSLock()
        var value = TerminalStrings()
    }
    private static let box = Box()

    /// Words for the current task and its children only, over `current`'s process-wide value:
    /// `TerminalStrings.$override.withValue(TerminalStrings()) { ... }` (tests of the toolkit pin
    /// the English defaults this way while an application's tests install their own).
    @TaskLocal public static var override: TerminalStrings?

    /// The strings in use. Set once at start-up, before the first frame; read while drawing.
    public static var current: TerminalStrings {
        get {
            if let override { return override }
            box.lock.lock(); defer { box.lock.unlock() }; return box.value
        }
        set { box.lock.lock(); box.value = newValue; box.lock.unlock() }
    }
}

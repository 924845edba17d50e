import ArgumentParser
import MufakatDocuments
import MufakatServices

/// A direct reading of the two one-shot commands scripts and officers run most, `mufakat list`
/// and `mufakat export`, when their options are plain (issue 19). The argument parser builds
/// every option's definition by reflection, and the Swift runtime's first look-ups of the
/// protocols behind it were a quarter of `list --search` at 10,000 cooperations.
///
/// Only arguments whose meaning is certain are read here: each known option at most once, as
/// `--name value`, `--name=value` or (where the command has one) `-x value`, with a value that is
/// not empty and does not start with "-", and values read by the same `init(argument:)` the
/// parser uses. Anything else (help, `--version`, an unknown or repeated option, `--`, one
/// positional argument too many, a value the command refuses) returns nil and goes to the
/// argument parser, which then gives its usual answer or message. `CLIStartTests` checks that
/// both roads give the same output, files and exit codes.
enum QuickParse {
    /// The command `arguments` name, read without the argument parser, ready to run; or nil.
    static func command(_ arguments: [String]) -> (() throws -> Void)? {
        switch arguments.first {
        case "list", "daftar":
            guard let command = list(arguments.dropFirst()) else { return nil }
            return { try command.run() }
        case "export", "ekspor":
            guard let request = export(arguments.dropFirst()) else { return nil }
            return { try request.run() }
        default: return nil
        }
    }

    private static func list(_ arguments: ArraySlice<String>) -> ListCommand? {
        guard let values = read(arguments, options: ["store", "stage", "search", "kind", "status"], flags: ["json"]) else {
            return nil
        }
        var command = ListCommand()
        command.store = storeOptions(values)
        command.stage = values.options["stage"]
        command.search = values.options["search"]
        command.kind = values.options["kind"]
        command.status = values.options["status"]
        command.output = jsonOption(values)
        // A value the command refuses: the parser says so, in its words.
        guard (try? command.validate()) != nil else { return nil }
        return command
    }

    private static func export(_ arguments: ArraySlice<String>) -> ExportRequest? {
        guard let values = read(arguments,
                                options: ["from", "document", "format", "paper", "font", "date-style", "output", "party", "store", "rulebook"],
                                flags: ["draft", "no-attachments", "json"],
                                short: ["d": "document", "f": "format", "o": "output"], positionals: 1),
              let document = values.options["document"].flatMap(DocumentKind.init(argument:)) else { return nil }
        // The defaults as `ExportCommand` declares them (the parity test compares the files).
        guard let format = optional(values.options["format"], DocumentFormat.init(argument:)),
              let paper = optional(values.options["paper"], Paper.init(argument:)),
              let font = optional(values.options["font"], Typeface.init(argument:)),
              let dateStyle = optional(values.options["date-style"], DateStyle.init(argument:)),
              let party = optional(values.options["party"], Int.init(argument:)) else { return nil }
        return ExportRequest(id: values.positionals.first, from: values.options["from"], document: document,
                             format: format, paper: paper ?? .a4, font: font ?? .bookmanOldStyle, dateStyle: dateStyle ?? .long,
                             output: values.options["output"], draft: values.flags.contains("draft"), party: party,
                             noAttachments: values.flags.contains("no-attachments"),
                             store: values.options["store"], rulebook: values.options["rulebook"], json: values.flags.contains("json"))
    }

    /// nil when `text` is given but not a value (`init(argument:)` refuses it); else the value,
    /// itself nil when the option was not given.
    private static func optional<T>(_ text: String?, _ make: (String) -> T?) -> T?? {
        guard let text else { return .some(nil) }
        guard let value = make(text) else { return nil }
        return .some(value)
    }

    private static func storeOptions(_ values: Reading) -> StoreOptions {
        var store = StoreOptions()
        store.store = values.options["store"]
        return store
    }

    private static func jsonOption(_ values: Reading) -> JSONOption {
        var output = JSONOption()
        output.json = values.flags.contains("json")
        return output
    }

    /// What `read` found: option values by long name, the flags given, the positional arguments.
    struct Reading {
        var options: [String: String] = [:]
        var flags: Set<String> = []
        var positionals: [String] = []
    }

    /// The long options (with a value), their one-letter names in `short`, flags and up to
    /// `positionals` positional arguments in `arguments`; nil when any argument is something
    /// else or an option comes twice.
    static func read(_ arguments: ArraySlice<String>, options: Set<String>, flags: Set<String>,
                     short: [Character: String] = [:], positionals: Int = 0) -> Reading? {
        var reading = Reading()
        var seen: Set<String> = []
        var i = arguments.startIndex
        while i < arguments.endIndex {
            let argument = arguments[i]
            var name: String
            var value: String?
            if argument.hasPrefix("--"), argument.count > 2 {
                name = String(argument.dropFirst(2))
                if let equals = name.firstIndex(of: "=") {
                    value = String(name[name.index(after: equals)...])
                    name = String(name[..<equals])
                }
            } else if argument.hasPrefix("-") {
                guard argument.count == 2, let long = short[argument.last!] else { return nil }
                name = long
            } else {
                guard reading.positionals.count < positionals else { return nil }
                reading.positionals.append(argument)
                i += 1
                continue
            }
            guard !seen.contains(name) else { return nil }
            seen.insert(name)
            if flags.contains(name) {
                guard value == nil else { return nil }
                reading.flags.insert(name)
                i += 1
                continue
            }
            guard options.contains(name) else { return nil }
            if value == nil {
                i += 1
                guard i < arguments.endIndex else { return nil }
                value = arguments[i]
            }
            guard let value, !value.isEmpty, !value.hasPrefix("-") else { return nil }
            reading.options[name] = value
            i += 1
        }
        return reading
    }
}

import Foundation
import Testing

/// Help text is Indonesian everywhere: no subcommand's `--help` shows the parser's English
/// labels, also where the help wraps right after one ("(values:" at a line's end).
@Suite struct CLIHelpTests {
    /// The subcommand names listed in `mufakat --help` (the first name of each row).
    static func subcommands() throws -> [String] {
        let help = try StoreProcess.run(["--help"]).stdout
        guard let start = help.range(of: "SUBPERINTAH:") else { return [] }
        return help[start.upperBound...].split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("  "), !line.hasPrefix("   ") else { return nil }
            return line.trimmingCharacters(in: .whitespaces).split(whereSeparator: { $0 == "," || $0 == " " }).first.map(String.init)
        }
    }

    @Test func noSubcommandHelpShowsTheParsersEnglish() throws {
        let names = try Self.subcommands()
        #expect(names.count > 20 && names.contains("end") && names.contains("export"), "\(names)")
        let english = ["(values:", "(default:", " default:", "USAGE:", "OPTIONS:", "ARGUMENTS:", "Show help information"]
        var found: [String] = []
        for name in names {
            let out = try StoreProcess.run([name, "--help"]).stdout
            for word in english where out.contains(word) { found.append("\(name): \(word)") }
        }
        #expect(found.isEmpty, "\(found)")
    }
}

import Foundation
import MufakatDocuments
import Testing
@testable import mufakat
@testable import MufakatServices
@testable import MufakatStore

/// Every text of the command line's catalogues (`CLIText`, `ServiceText`, `StoreText`) as the
/// fixed fragments a user could see: plain entries whole, and each closure entry cut at its
/// interpolations. An Indonesian fragment found in English output is a text the
/// catalogue did not translate (compared with the catalogue, not with a word list).
enum CLICatalogue {
    static let s = "\u{1}"

    /// The fragments of the Indonesian catalogues that the English ones do not share and that a
    /// reader would recognise: two words or more, or one word in capitals (a value name such as
    /// TAHAP). Single lowercase words are left out: several are command-line values ("provinsi",
    /// "usulan"), which stay as they are in both languages, and so are the names of the official
    /// documents (they stay Indonesian, as the documents do).
    static let indonesian: [String] = {
        let documents = Set(DocumentKind.allCases.map { $0.label })
        let english = Set(fragments(CLIText.english, instance: "english") + fragments(ServiceText.english, instance: "english")
                          + fragments(StoreText.english, instance: "english"))
        let all = fragments(CLIText.indonesian, instance: "indonesian") + fragments(ServiceText.indonesian, instance: "indonesian")
            + fragments(StoreText.indonesian, instance: "indonesian")
        var seen = Set<String>()
        return all.filter { f in
            guard !english.contains(f), !documents.contains(where: { $0.contains(f) }), seen.insert(f).inserted else { return false }
            let words = f.split(separator: " ").filter { $0.contains(where: \.isLetter) }
            if words.count >= 2 { return true }
            guard let w = words.first else { return false }
            let letters = w.filter(\.isLetter)
            return letters.count >= 3 && letters.allSatisfy(\.isUppercase)
        }
    }()

    /// The normalised fixed fragments of a catalogue value (a struct of entries and sub-catalogues):
    /// its plain entries through reflection, and the fixed words of its closure entries from the
    /// instance's literals in the catalogue sources (a closure cannot be called through reflection).
    static func fragments(_ catalogue: Any, instance: String) -> [String] {
        let plain = Mirror(reflecting: catalogue).children.flatMap { texts(of: $0.value) }
        return (plain + closureLiterals(instance: instance))
            .flatMap { $0.components(separatedBy: s) }
            .map(normalise)
            .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " '`():;,.-")) }
            .filter { !$0.isEmpty }
    }

    static func texts(of v: Any) -> [String] {
        if let t = v as? String { return [t] }
        if let t = v as? [String] { return t }
        let m = Mirror(reflecting: v)
        return m.displayStyle == .struct ? m.children.flatMap { texts(of: $0.value) } : []
    }

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The catalogue sources of the command line, the services and the store.
    static let sources: [String] = ["Sources/mufakat", "Sources/MufakatServices/Text", "Sources/MufakatStore/Text"].flatMap { folder -> [String] in
        let url = root.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.filter { $0.hasSuffix(".swift") && ($0.hasPrefix("CLIText") || $0.hasPrefix("ServiceText") || $0.hasPrefix("StoreText")) }
            .compactMap { try? String(contentsOf: url.appendingPathComponent($0), encoding: .utf8) }
    }

    /// The literals with interpolations (closure entries) of each catalogue's `static let
    /// <instance>`, each interpolation replaced by the marker.
    static func closureLiterals(instance: String) -> [String] {
        sources.flatMap { source -> [String] in
            guard let start = source.range(of: "static let \(instance) = ") else { return [] }
            let rest = source[start.upperBound...]
            let block = rest.range(of: "static let ").map { rest[..<$0.lowerBound] } ?? rest
            return block.split(separator: "\n").flatMap { line -> [String] in
                guard line.contains("\\(") else { return [] }
                let marked = String(line).replacingOccurrences(of: #"\\\((?:[^()]|\([^()]*\))*\)"#, with: s, options: .regularExpression)
                return marked.split(separator: "\"", omittingEmptySubsequences: false).enumerated()
                    .filter { $0.offset % 2 == 1 }.map { String($0.element) }
            }
        }
    }

    /// Whitespace runs as one space: the parser wraps help text at its own width.
    static func normalise(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
    }

    /// The fragments checked in a command's output, where the user's own data (titles, names,
    /// Indonesian by nature) stands beside the catalogue's words: three words or more, or a word in
    /// capitals.
    static let indonesianSentences: [String] = {
        indonesian.filter { f in f.split(separator: " ").count >= 3 || f.allSatisfy { !$0.isLowercase } }
    }()

    /// The Indonesian fragments found in `output`, each standing as words of its own.
    static func leftovers(in output: String, among fragments: [String] = indonesian) -> [String] {
        let text = normalise(output)
        return fragments.filter { f in
            var range = text.startIndex..<text.endIndex
            while let r = text.range(of: f, range: range) {
                let before = r.lowerBound == text.startIndex ? nil : text[text.index(before: r.lowerBound)]
                let after = r.upperBound == text.endIndex ? nil : text[r.upperBound]
                if !(before?.isLetter ?? false) && !(after?.isLetter ?? false) { return true }
                range = r.upperBound..<text.endIndex
            }
            return false
        }
    }
}

/// The command line in English (`--lang en`, `MUFAKAT_LANG=en`, `LANG=en_*`): every subcommand's
/// help and the common outputs carry no Indonesian text of the catalogues, and Indonesian stays
/// the default.
@Suite struct EnglishCLITests {
    /// Every command path under `mufakat`, from the SUBCOMMANDS sections of the help.
    static func commandPaths(_ prefix: [String] = [], environment: [String: String]) throws -> [[String]] {
        let help = try StoreProcess.run(prefix + ["--help"], environment: environment).stdout
        guard prefix.count < 3, let start = help.range(of: "SUBCOMMANDS:") else { return [] }
        var paths: [[String]] = []
        // The section's rows, up to its blank line ("  See 'mufakat help ...'" follows it).
        for line in help[start.upperBound...].split(separator: "\n", omittingEmptySubsequences: false).dropFirst().prefix(while: { !$0.isEmpty }) {
            guard line.hasPrefix("  "), !line.hasPrefix("   ") else { continue }
            guard let name = line.trimmingCharacters(in: .whitespaces).split(whereSeparator: { $0 == "," || $0 == " " }).first,
                  name.allSatisfy({ $0.isLowercase || $0 == "-" }) else { continue }
            let path = prefix + [String(name)]
            paths.append(path)
            paths += try commandPaths(path, environment: environment)
        }
        return paths
    }

    @Test func theCheckerKnowsTheCatalogueAndCatchesALeftover() throws {
        #expect(CLICatalogue.indonesian.count > 300, "\(CLICatalogue.indonesian.count)")
        #expect(CLICatalogue.indonesian.contains("Daftar kerja sama di penyimpanan"))
        #expect(CLICatalogue.indonesian.contains("TAHAP"))
        // A closure's fixed words are known too, and an English text is left alone.
        #expect(CLICatalogue.leftovers(in: "Kerja sama 'x' disimpan sebagai revisi 3.").contains("disimpan sebagai revisi"))
        #expect(CLICatalogue.leftovers(in: "Cooperation 'x' saved as revision 3. Choose: usulan, provinsi.").isEmpty)
        // The Indonesian help (the default) is caught: the check would fail on a leftover.
        let indonesian = try StoreProcess.run(["list", "--help"]).stdout
        #expect(CLICatalogue.leftovers(in: indonesian).count >= 3, "\(indonesian)")
    }

    @Test func everySubcommandsHelpIsEnglishWithTheFlagAndWithTheVariable() throws {
        let paths = try Self.commandPaths(environment: ["MUFAKAT_LANG": "en"])
        #expect(paths.count > 50 && paths.contains(["mapping", "meeting", "create"]) && paths.contains(["bundle", "import"]), "\(paths)")
        var found: [String] = []
        for path in [[]] + paths {
            let byFlag = try StoreProcess.run(["--lang", "en"] + path + ["--help"])
            let byVariable = try StoreProcess.run(path + ["--help"], environment: ["MUFAKAT_LANG": "en"])
            #expect(byFlag.stdout == byVariable.stdout, "\(path)")
            #expect(byFlag.stdout.contains("OVERVIEW:") || byFlag.stdout.contains("USAGE:"), "\(path): \(byFlag.stdout)")
            for l in CLICatalogue.leftovers(in: byFlag.stdout + byVariable.stdout) { found.append("\(path.joined(separator: " ")): \(l)") }
        }
        #expect(found.isEmpty, "Indonesian left in English help:\n\(found.joined(separator: "\n"))")
    }

    @Test func langOfEnglishAndTheDefaultStaysIndonesian() throws {
        #expect(try StoreProcess.run(["--help"], environment: ["LANG": "en_US.UTF-8"]).stdout.contains("OVERVIEW:"))
        #expect(try StoreProcess.run(["--help"], environment: ["LANG": "id_ID.UTF-8"]).stdout.contains("IKHTISAR:"))
        #expect(try StoreProcess.run(["--help"]).stdout.contains("IKHTISAR:"))
        // The flag wins over the variable, in either direction.
        #expect(try StoreProcess.run(["--lang", "id", "--help"], environment: ["MUFAKAT_LANG": "en"]).stdout.contains("IKHTISAR:"))
        #expect(try StoreProcess.run(["--lang=en", "--help"], environment: ["MUFAKAT_LANG": "id"]).stdout.contains("OVERVIEW:"))
    }

    @Test func theCommonOutputsAreEnglish() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mufakat-english-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = folder.appendingPathComponent("store").path
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/cooperations/bogor-raya.json").path
        let mapping = folder.appendingPathComponent("kota-bogor.json")
        let tree: [String: Any] = ["schemaVersion": 1, "regionCode": "32.71", "contact": ["name": "Rina", "title": "Kepala Subbagian Kerja Sama"],
                                   "entries": [["affairCode": "2.15", "need": "Integrasi trayek angkutan", "partnerRegions": ["32.01"],
                                                "intendedKind": "ksdd-sukarela", "targetYear": 2030]]]
        try JSONSerialization.data(withJSONObject: tree).write(to: mapping)
        let signed = folder.appendingPathComponent("kb.txt")
        try Data("naskah".utf8).write(to: signed)
        let en = ["MUFAKAT_LANG": "en"]
        // Mappings refused by the reader and by the check: messages from the rulebook, fields by label.
        let badMapping = folder.appendingPathComponent("bad.json")
        try Data(#"{"regionCode":"32.71","entries":[{"affairCode":"2.15","targetYear":"x"}]}"#.utf8).write(to: badMapping)
        let refusedMapping = folder.appendingPathComponent("old.json")
        try Data(#"{"regionCode":"32.71","contact":{"name":"","title":""},"entries":[{"affairCode":"2.15","offer":"Terminal","partnerRegions":["32.71"],"targetYear":2020}]}"#.utf8)
            .write(to: refusedMapping)

        // (arguments, expected exit code, a phrase the English output must have)
        let runs: [([String], Int32, String)] = [
            (["demo", "--store", store, "--count", "3", "--reference-date", "2026-03-02"], 0, "example cooperation"),
            (["import", fixture, "--store", store], 0, "saved as revision"),
            (["list", "--store", store], 0, "TITLE"),
            (["show", "ks-bogor-raya-2026", "--store", store], 0, "Stages:"),
            (["history", "ks-bogor-raya-2026", "--store", store], 0, "revision(s)"),
            (["validate", fixture, "--today", "2026-07-01"], 0, "No findings."),
            (["export", "ks-bogor-raya-2026", "--store", store, "-d", "pks", "-o", folder.appendingPathComponent("pks.txt").path], 0, "written to"),
            // A demo cooperation still at its proposal: signing its KB is refused.
            (["sign", "ks-2026-00002", "--store", store, "-d", "kb", "--file", signed.path], 1, "cannot be signed yet"),
            (["check-store", "--store", store], 0, "No problems"),
            (["mapping", "import", mapping.path, "--store", folder.appendingPathComponent("facilitator").path], 0, "32.71"),
            (["show", "no-such-id", "--store", store], 2, "There is no cooperation"),
            (["list", "--store", store, "--stage", "nope"], 2, "Unknown stage"),
            (["mapping", "import", badMapping.path, "--store", folder.appendingPathComponent("f2").path], 2, "field Target year (row 1) has the wrong type"),
            (["mapping", "import", refusedMapping.path, "--store", folder.appendingPathComponent("f3").path], 1, "Partner region: Kota Bogor, affair 2.15"),
        ]
        var found: [String] = []
        for (i, (args, code, phrase)) in runs.enumerated() {
            // Half through the flag, half through the variable.
            let out = i % 2 == 0 ? try StoreProcess.run(["--lang", "en"] + args) : try StoreProcess.run(args, environment: en)
            let text = out.stdout + out.stderr
            #expect(out.status == code, "\(args): \(text)")
            #expect(text.contains(phrase), "\(args): \(text)")
            #expect(text.range(of: #"\{[a-z_]+\}"#, options: .regularExpression) == nil, "\(args): \(text)")
            if args.first == "mapping" {
                for path in ["targetYear", "entries[", "partnerRegions"] { #expect(!text.contains(path), "\(args): \(text)") }
            }
            for l in CLICatalogue.leftovers(in: text, among: CLICatalogue.indonesianSentences) { found.append("\(args.first!): \(l)") }
        }
        #expect(found.isEmpty, "Indonesian left in English output:\n\(found.joined(separator: "\n"))")
        // The same store in Indonesian (the default) still speaks Indonesian.
        let list = try StoreProcess.run(["list", "--store", store])
        #expect(list.stdout.contains("JUDUL") && list.stdout.contains("kerja sama"), "\(list.stdout)")
    }
}

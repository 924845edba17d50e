import Foundation
import Testing

/// The command line's start-up shortcuts (issue 19). The parser's check for
/// `--generate-completion-script` is left out unless an argument asks for a script: a script is
/// still written when asked for, and help and error texts still name the program once (the
/// shortcut names a super-command while parsing). `list` and `export` with plain options are
/// read without the parser (`QuickParse`): their answers (output, files, exit codes) equal the
/// parser's, reached by ending the same arguments with `--`, which the direct reading leaves to
/// the parser.
@Suite struct CLIStartTests {
    @Test func listReadDirectlyAnswersAsTheParser() throws {
        let store = FileManager.default.temporaryDirectory.appendingPathComponent("mufakat-quick-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: store) }
        let made = try StoreProcess.run(["demo", "--store", store, "--count", "40", "--seed", "7", "--reference-date", "2026-01-15"])
        #expect(made.status == 0, "\(made.stderr)")
        let cases: [[String]] = [
            [], ["--search", "bogor"], ["--search=kota"], ["--stage", "pelaksanaan"], ["--stage", "selesai"],
            ["--kind", "ksdd-sukarela", "--status", "berlaku"], ["--status=kedaluwarsa"], ["--status", "proses", "--search", "air"],
            ["--json"], ["--json", "--kind", "ksdpk"], ["--search", "KABUPATEN", "--json"], ["--search", "tidak-ada-yang-cocok"],
            ["--stage", "tambahan"], ["--kind", "x"], ["--status", "lama"], ["--search"], ["--search", "a", "--search", "b"],
            ["--json=1"], ["--nope"], ["daftar-bukan"],
        ]
        var differing: [String] = []
        for name in ["list", "daftar"] {
            for args in cases {
                let direct = try StoreProcess.run([name, "--store", store] + args)
                let parsed = try StoreProcess.run([name, "--store", store] + args + ["--"])
                if direct.status != parsed.status || direct.stdout != parsed.stdout || direct.stderr != parsed.stderr {
                    differing.append("\(name) \(args): \(direct.status) \(direct.stdout.suffix(80)) \(direct.stderr.prefix(120)) / \(parsed.status) \(parsed.stdout.suffix(80)) \(parsed.stderr.prefix(120))")
                }
            }
        }
        #expect(differing.isEmpty, "\(differing.joined(separator: "\n"))")
        // Some cases list rows, some refuse: the comparison above covers both roads.
        let listed = try StoreProcess.run(["list", "--store", store, "--search", "kota"])
        #expect(listed.status == 0 && listed.stdout.contains("kerja sama"), "\(listed.stdout)")
    }

    /// The table keeps the rows the filters keep, in the same order as `--json` (which filters
    /// whole entries apart from the table's code), and counts them in its last line; with more
    /// than 1,024 rows kept (every row here) and with fewer, which the table writes another way.
    @Test func listTableRowsAreTheJSONRows() throws {
        let store = FileManager.default.temporaryDirectory.appendingPathComponent("mufakat-rows-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: store) }
        #expect(try StoreProcess.run(["demo", "--store", store, "--count", "1100", "--seed", "7", "--reference-date", "2026-01-15"]).status == 0)
        let cases: [[String]] = [[], ["--search", "bogor"], ["--search", "kota"], ["--stage", "pelaksanaan"], ["--stage", "selesai"],
                                 ["--kind", "ksdd-sukarela"], ["--status", "berlaku"], ["--status", "proses", "--search", "a"]]
        var shown = 0
        for args in cases {
            let table = try StoreProcess.run(["list", "--store", store] + args).stdout.split(separator: "\n").map(String.init)
            let json = try StoreProcess.run(["list", "--store", store, "--json"] + args).stdout
            let ids = ((StoreProcess.json(json) as? [[String: Any]]) ?? []).compactMap { $0["id"] as? String }
            let rows = table.count > 2 && table[0].hasPrefix("ID ") ? table[1..<(table.count - 1)].map { String($0.prefix { $0 != " " }) } : []
            #expect(rows == ids, "\(args)")
            if !ids.isEmpty { #expect(table.last?.hasPrefix("\(ids.count) kerja sama") == true, "\(args): \(table.last ?? "")") }
            shown += ids.count
        }
        #expect(shown > 1_100)
    }

    @Test func exportReadDirectlyWritesWhatTheParserWrites() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mufakat-quick-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = folder.appendingPathComponent("store").path
        let made = try StoreProcess.run(["demo", "--store", store, "--count", "40", "--seed", "7", "--reference-date", "2026-01-15"])
        #expect(made.status == 0, "\(made.stderr)")
        let listed = try StoreProcess.run(["list", "--store", store, "--stage", "pelaksanaan"]).stdout
        let id = try #require(listed.split(separator: "\n").dropFirst().compactMap { $0.split(separator: " ").first.map(String.init) }.first { $0.hasPrefix("ks-") })
        let out = folder.appendingPathComponent("naskah").path
        let cases: [[String]] = [
            [id, "-d", "pks", "-o", out + ".docx"], ["ekspor-bukan", id, "-d", "pks", "-o", out + ".docx"],
            [id, "--document=pks", "--output", out + ".docx", "--paper", "f4", "--font", "arial", "--date-style", "angka"],
            [id, "--document", "kb", "-o", out + ".md"], [id, "-d", "kb", "-f", "text"], [id, "-d", "pks", "-f", "md", "--draft"],
            [id, "-d", "pks", "--no-attachments", "-o", out + ".docx", "--json"], [id, "-d", "pks", "--party", "2", "-f", "md"],
            [id, "-d", "pks", "--party", "9", "-f", "md"], [id, "-d", "pks", "--party", "dua", "-f", "md"], [id, "-d", "nope", "-f", "md"],
            [id, "-d", "pks", "-o", out + ".xyz"], ["ks-tidak-ada", "-d", "pks", "-f", "md"], [id, "-f", "md"], [id, "-d", "pks", "-d", "kb"],
            ["-d", "pks", "-f", "md"], [id, "-d", "PKS", "-f", "MD", "--font", "Times New Roman"], [id, "-d", "pks", "--rulebook", "/tidak/ada.toml", "-f", "md"],
        ]
        var differing: [String] = []
        for name in ["export", "ekspor"] {
            for args in cases {
                for ext in ["docx", "md", "xyz"] { try? FileManager.default.removeItem(atPath: out + "." + ext) }
                let direct = try StoreProcess.run([name, "--store", store] + args)
                let directFile = FileManager.default.contents(atPath: out + ".docx") ?? FileManager.default.contents(atPath: out + ".md")
                for ext in ["docx", "md", "xyz"] { try? FileManager.default.removeItem(atPath: out + "." + ext) }
                let parsed = try StoreProcess.run([name, "--store", store] + args + ["--"])
                let parsedFile = FileManager.default.contents(atPath: out + ".docx") ?? FileManager.default.contents(atPath: out + ".md")
                if direct.status != parsed.status || direct.stdout != parsed.stdout || direct.stderr != parsed.stderr || directFile != parsedFile {
                    differing.append("\(name) \(args): \(direct.status) \(direct.stdout.prefix(100)) \(direct.stderr.prefix(120)) / \(parsed.status) \(parsed.stdout.prefix(100)) \(parsed.stderr.prefix(120))")
                }
            }
        }
        #expect(differing.isEmpty, "\(differing.joined(separator: "\n"))")
        let written = try StoreProcess.run(["export", "--store", store, id, "-d", "pks", "-o", out + ".docx"])
        #expect(written.status == 0 && FileManager.default.fileExists(atPath: out + ".docx"), "\(written.stderr)")
    }

    @Test func completionScriptIsStillWrittenWhenAskedFor() throws {
        for args in [["--generate-completion-script", "bash"], ["--generate-completion-script=zsh"], ["--generate-completion-script", "fish"]] {
            let out = try StoreProcess.run(args)
            #expect(out.status == 0, "\(args): \(out.stderr)")
            #expect(out.stdout.contains("mufakat") && out.stdout.contains("export") && out.stdout.count > 2_000, "\(args): \(out.stdout.prefix(300))")
        }
    }

    @Test func helpAndErrorsNameTheProgramOnce() throws {
        let root = try StoreProcess.run(["--help"]).stdout
        #expect(root.contains("PENGGUNAAN: mufakat <subperintah>"), "\(root.prefix(400))")
        #expect(root.contains("Lihat 'mufakat help <subperintah>'"), "\(root.suffix(200))")
        for args in [["list", "--help"], ["help", "list"]] {
            let out = try StoreProcess.run(args).stdout
            #expect(out.contains("PENGGUNAAN: mufakat list "), "\(args): \(out.prefix(400))")
        }
        let wrong = try StoreProcess.run(["list", "--no-such-option"])
        #expect(wrong.status == 2)
        #expect(wrong.stderr.contains("Penggunaan: mufakat list "), "\(wrong.stderr)")
        for text in [root, wrong.stderr] { #expect(!text.contains("mufakat mufakat")) }
    }
}

import Foundation
import Testing

/// Runs the built `mufakat` binary: catalogues, spell, validate, rulebook check.
@Suite struct DomainCLITests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/cooperations")

    /// The built program (see `MufakatBinary`).
    static func binary() throws -> URL { URL(fileURLWithPath: try MufakatBinary.path()) }

    struct CLIError: Error, CustomStringConvertible { let description: String; init(_ d: String) { description = d } }
    struct Output { let code: Int32; let out: String; let err: String }

    func run(_ args: [String], stdin: Data? = nil) throws -> Output {
        let process = Process()
        process.executableURL = try Self.binary()
        process.arguments = args
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        var env = ProcessInfo.processInfo.environment
        env["MUFAKAT_STORE"] = temp().path
        process.environment = env
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(code: process.terminationStatus, out: String(decoding: o, as: UTF8.self), err: String(decoding: e, as: UTF8.self))
    }

    func temp() -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("mufakat-domaincli-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// The fixture cooperation as a JSON tree, changed by `edit`, written to a temp file.
    func fixtureFile(_ name: String = "bogor-raya.json", _ edit: (inout [String: Any]) -> Void = { _ in }) throws -> String {
        let data = try Data(contentsOf: Self.fixtures.appendingPathComponent(name))
        guard var tree = try JSONSerialization.jsonObject(with: data) as? [String: Any] else { throw CLIError("fixture not an object") }
        edit(&tree)
        let url = temp().appendingPathComponent("kerja-sama.json")
        try JSONSerialization.data(withJSONObject: tree).write(to: url)
        return url.path
    }

    // MARK: catalog

    @Test func catalogCountsAsJSON() throws {
        let regions = try run(["catalog", "regions", "--json"])
        #expect(regions.code == 0, "\(regions.err)")
        let list = try JSONSerialization.jsonObject(with: Data(regions.out.utf8)) as? [[String: Any]]
        #expect(list?.count == 552)
        #expect(list?.contains { $0["code"] as? String == "32.71" && $0["name"] as? String == "Kota Bogor" } == true)
        let affairs = try run(["katalog", "urusan", "--json"])
        #expect(affairs.code == 0)
        #expect((try JSONSerialization.jsonObject(with: Data(affairs.out.utf8)) as? [Any])?.count == 32)
    }

    // MARK: spell

    @Test(arguments: [
        (["spell", "245400"], "Rp245.400,00 (dua ratus empat puluh lima ribu empat ratus rupiah)"),
        (["eja", "Rp1.500.000,00"], "Rp1.500.000,00 (satu juta lima ratus ribu rupiah)"),
        (["eja", "0"], "Rp0,00 (nol rupiah)"),
        (["eja", "--words", "2000000000"], "dua miliar rupiah"),
        (["eja", "--number", "2016"], "2016 (dua ribu enam belas)"),
        (["spell", "--date", "2016-06-15"], "hari Rabu tanggal lima belas bulan Juni tahun dua ribu enam belas"),
        (["eja", "--date", "29-02-2024"], "hari Kamis tanggal dua puluh sembilan bulan Februari tahun dua ribu dua puluh empat"),
    ])
    func spells(_ args: [String], _ expected: String) throws {
        let r = try run(args)
        #expect(r.code == 0, "\(r.err)")
        #expect(r.out == expected + "\n")
    }

    @Test(arguments: [["eja", "12a"], ["eja", "--", "-5"], ["eja", "--date", "2025-02-30"], ["eja"], ["eja", "99999999999999999999"]])
    func spellRefusesBadInput(_ args: [String]) throws {
        let r = try run(args)
        #expect(r.code == 2)
        #expect(r.out.isEmpty)
        #expect(!r.err.isEmpty)
    }

    // MARK: validate

    @Test func validateCleanExitsZero() throws {
        let r = try run(["validate", Self.fixtures.appendingPathComponent("bogor-raya.json").path, "--today", "2026-07-01"])
        #expect(r.code == 0, "\(r.out)\(r.err)")
        #expect(r.out.contains("Tidak ada temuan"))
        let k = try run(["validasi", Self.fixtures.appendingPathComponent("ksdpk-parkir.json").path, "--today", "2026-07-01", "--json"])
        #expect(k.code == 0, "\(k.out)\(k.err)")
    }

    @Test func validateFindingsExitOneWithPathMessageAndBasis() throws {
        let file = try fixtureFile { tree in
            var parties = tree["parties"] as! [[String: Any]]
            parties[1]["regionCode"] = "31.71"
            tree["parties"] = parties
            tree["affairCode"] = "pertahanan"
            tree["subAffairID"] = nil
        }
        let text = try run(["validate", file, "--today", "2026-07-01"])
        #expect(text.code == 1, "\(text.err)")
        #expect(text.out.contains("KESALAHAN"))
        #expect(text.out.contains("Daerah PIHAK KEDUA"), "the field by its label")
        #expect(!text.out.contains("parties[1].regionCode"), "never the internal path")
        #expect(text.out.contains("Dasar hukum: UU 23/2014 Pasal 10"))
        let json = try run(["validate", file, "--today", "2026-07-01", "--json"])
        #expect(json.code == 1)
        let report = try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any]
        let findings = report?["findings"] as? [[String: Any]] ?? []
        #expect(findings.map { $0["ruleID"] as? String }.contains("daerah-tidak-otonom"))
        #expect(findings.map { $0["ruleID"] as? String }.contains("urusan-absolut"))
        #expect(findings.allSatisfy { !($0["basis"] as? String ?? "").isEmpty && !($0["path"] as? String ?? "x").isEmpty })
    }

    @Test func validateWarningsOnlyExitsZero() throws {
        let file = try fixtureFile { tree in
            // The general 5-year limit has no confirmed legal text: a warning, never an error.
            var proposal = tree["proposal"] as! [String: Any]
            proposal["durationYears"] = 7
            tree["proposal"] = proposal
        }
        let r = try run(["validate", file, "--today", "2026-07-01"])
        #expect(r.code == 0)
        #expect(r.out.contains("PERINGATAN (1)"))
        #expect(r.out.contains("jangka-waktu-melebihi-batas"))
    }

    @Test func validateRefusesUnusableInputWithExitTwo() throws {
        let cases: [(String, String)] = [
            (try fixtureFile { $0["kind"] = "ksdd-paksa" }, "kind: nilai 'ksdd-paksa' tidak dikenal"),
            (try fixtureFile { $0["title"] = nil }, "title: isian wajib tidak ada"),
            (try fixtureFile { tree in
                var f = tree["financing"] as! [String: Any]
                var lines = f["lines"] as! [[String: Any]]
                lines[2]["amount"] = -5
                f["lines"] = lines
                tree["financing"] = f
            }, "financing.lines[2].amount: jumlah uang -5 negatif"),
            (try fixtureFile { tree in
                var p = tree["proposal"] as! [String: Any]
                p["date"] = "2025-02-30"
                tree["proposal"] = p
            }, "proposal.date: tanggal '2025-02-30' tidak valid"),
            (try fixtureFile { $0["schemaVersion"] = 2 }, "lebih baru (versi format 2"),
            ("/tidak/ada.json", "tidak ditemukan"),
        ]
        for (file, message) in cases {
            let r = try run(["validate", file])
            #expect(r.code == 2, "\(file): \(r.out)\(r.err)")
            #expect(r.err.contains(message), "\(r.err)")
        }
        let broken = try run(["validate", "-"], stdin: Data("{\"id\": ".utf8))
        #expect(broken.code == 2 && broken.err.contains("JSON"))
    }

    // MARK: rulebook

    @Test func rulebookCheckPinpointsErrorsInABrokenCopy() throws {
        let original = try String(contentsOf: Self.root.appendingPathComponent("Sources/MufakatDomain/Resources/data/rulebook.toml"), encoding: .utf8)
        let dir = temp()
        let clean = dir.appendingPathComponent("bersih.toml")
        try original.write(to: clean, atomically: true, encoding: .utf8)
        let ok = try run(["rulebook", "check", clean.path])
        #expect(ok.code == 0, "\(ok.out)")
        #expect(ok.out.contains("tidak bermasalah"))

        var text = original
        text = text.replacingOccurrences(of: "after = [\"kb\", \"pembiayaan\", \"dprd\"]", with: "after = [\"kb\", \"pembiayaan\", \"dprdd\"]")
        text = text.replacingOccurrences(of: "path = \"proposal.background\"", with: "path = \"proposal.backgroud\"")
        let lines = text.components(separatedBy: "\n")
        let afterLine = try #require(lines.firstIndex { $0.contains("\"dprdd\"") }) + 1
        let pathLine = try #require(lines.firstIndex { $0.contains("proposal.backgroud") }) + 1
        let broken = dir.appendingPathComponent("rusak.toml")
        try text.write(to: broken, atomically: true, encoding: .utf8)
        let r = try run(["rulebook", "check", broken.path])
        #expect(r.code == 1)
        #expect(r.out.contains("rusak.toml baris \(afterLine): ") && r.out.contains("'dprdd' tidak ada"), "\(r.out)")
        #expect(r.out.contains("rusak.toml baris \(pathLine): ") && r.out.contains("mungkin maksudnya 'proposal.background'"), "\(r.out)")

        // --rulebook with a broken file makes validate refuse with exit 2 and the same problems.
        let v = try run(["validate", Self.fixtures.appendingPathComponent("bogor-raya.json").path, "--rulebook", broken.path])
        #expect(v.code == 2)
        #expect(v.err.contains("baris \(afterLine)"))
        let missing = try run(["rulebook", "check", dir.appendingPathComponent("tidak-ada.toml").path])
        #expect(missing.code == 2)
    }

    @Test func rulebookShowListsStagesPerKind() throws {
        let r = try run(["rulebook", "show"])
        #expect(r.code == 0)
        #expect(r.out.contains("Persetujuan DPRD — hanya bila"))
        #expect(r.out.contains("KSDPK [ksdpk]"))
    }
}

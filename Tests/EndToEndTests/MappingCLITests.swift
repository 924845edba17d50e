import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A facilitator's mapping meeting on the built `mufakat` binary: three regions' mappings
/// imported into a facilitator store, conflicts, the matrix, matches, annex and validation.
///
/// Participants come as bundles of demo stores (`mufakat demo` + `mufakat bundle export`) and,
/// where exact contents matter, as hand-written mapping JSON files.
@Suite struct MappingCLITests {
    struct Output { let code: Int32; let out: String; let err: String }

    let folder: URL = {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("mufakat-mappingcli-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }()
    var store: URL { folder.appendingPathComponent("fasilitator") }

    func run(_ args: [String], stdin: String? = nil) throws -> Output {
        let process = Process()
        process.executableURL = try DomainCLITests.binary()
        process.arguments = args
        process.currentDirectoryURL = folder
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out; process.standardError = err; process.standardInput = input
        var env = ProcessInfo.processInfo.environment
        env["MUFAKAT_STORE"] = store.path
        process.environment = env
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(code: process.terminationStatus, out: String(decoding: o, as: UTF8.self), err: String(decoding: e, as: UTF8.self))
    }

    /// Writes a region's mapping file; returns its name.
    @discardableResult
    func mappingFile(_ name: String, region: String, officer: String, entries: [[String: Any]]) throws -> String {
        let tree: [String: Any] = ["schemaVersion": 1, "regionCode": region,
                                   "contact": ["name": officer, "title": "Kepala Subbagian Kerja Sama"], "entries": entries]
        try JSONSerialization.data(withJSONObject: tree, options: [.prettyPrinted]).write(to: folder.appendingPathComponent(name))
        return name
    }

    func threeRegions() throws {
        try mappingFile("kab-bogor.json", region: "32.01", officer: "Ahmad Hidayat", entries: [
            ["affairCode": "1.03", "offer": "Lahan TPA regional", "intendedKind": "ksdd-wajib", "targetYear": 2030,
             "indicativeBudget": 750_000_000, "partnerRegions": ["32.71"], "plannedCooperation": "Pengelolaan TPA regional bersama"],
            ["affairCode": "2.15", "need": "Integrasi trayek angkutan", "partnerRegions": ["32.71"], "intendedKind": "ksdd-sukarela", "targetYear": 2030],
        ])
        try mappingFile("kota-bogor.json", region: "32.71", officer: "Budi Santoso", entries: [
            ["affairCode": "1.03", "need": "Lokasi pemrosesan akhir sampah", "intendedKind": "ksdd-wajib", "targetYear": 2030,
             "inRPJMD": true, "partnerRegions": ["32.01"]],
            ["affairCode": "2.15", "offer": "Terminal tipe A", "partnerRegions": ["32.01"], "intendedKind": "ksdd-sukarela", "targetYear": 2030],
        ])
        try mappingFile("depok.json", region: "32.76", officer: "Citra Lestari", entries: [
            ["affairCode": "1.03", "need": "Lokasi pemrosesan akhir sampah", "targetYear": 2030],
            ["affairCode": "3.26", "offer": "Taman wisata Situ", "need": "Promosi wisata"],
        ])
    }

    @Test func facilitatorImportsThreeRegionsAndExportsTheMatrix() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try threeRegions()
        let meeting = try run(["pemetaan", "meeting", "create", "--title", "Rapat Koordinasi Teknis Jawa Barat", "--level", "provinsi",
                               "--province", "32", "--date", "15-06-2026", "--place", "Bandung", "--facilitator", "Dr. Rina Wulandari"])
        #expect(meeting.code == 0, "\(meeting.err)")
        #expect(meeting.out.contains("Rapat 'rapat-koordinasi-teknis-jawa-barat-2026-06-15' dibuat"))

        let imported = try run(["pemetaan", "impor", "kab-bogor.json", "kota-bogor.json", "depok.json"])
        #expect(imported.code == 0, "\(imported.err)")
        #expect(imported.out.components(separatedBy: ": baru").count == 4, "\(imported.out)")

        let csv = try run(["mapping", "matrix", "--format", "csv", "--output", "matriks.csv"])
        #expect(csv.code == 0, "\(csv.err)")
        let bytes = try Data(contentsOf: folder.appendingPathComponent("matriks.csv"))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let lines = String(decoding: bytes.dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n")
        #expect(lines[0] == "Urusan \\ Daerah;32.01 Kabupaten Bogor;32.71 Kota Bogor;32.76 Kota Depok")
        #expect(lines.count == 34)  // header, 32 affairs, empty after the last CRLF
        #expect(lines.contains("1.03 Pekerjaan Umum dan Penataan Ruang;P;K*;K"))
        #expect(lines.contains("2.15 Perhubungan;K;P;"))
        #expect(lines.contains("3.26 Pariwisata;;;PK"))

        let xlsx = try run(["mapping", "matrix", "--format", "xlsx", "--output", "matriks.xlsx", "--province", "32"])
        #expect(xlsx.code == 0, "\(xlsx.err)")
        #expect(xlsx.out.contains("Matriks 32 urusan × 3 daerah ditulis ke matriks.xlsx"))
        let zip = try Data(contentsOf: folder.appendingPathComponent("matriks.xlsx"))
        #expect(Array(zip.prefix(4)) == [0x50, 0x4B, 0x03, 0x04])

        let text = try run(["mapping", "matrix", "--transpose", "--group", "pilihan"])
        #expect(text.code == 0)
        #expect(text.out.contains("32.76 Kota Depok"))
        #expect(text.out.contains("Saringan: Urusan Pilihan"))

        let matches = try run(["pemetaan", "kecocokan", "--json"])
        #expect(matches.code == 0, "\(matches.err)")
        let list = try #require(try JSONSerialization.jsonObject(with: Data(matches.out.utf8)) as? [[String: Any]])
        #expect(list.first?["id"] as? String == "1.03:32.01+32.71")
        #expect(list.first?["suggestedKind"] as? String == "ksdd-wajib")
        #expect(list.contains { $0["id"] as? String == "2.15:32.71+32.01" })

        let draft = try run(["pemetaan", "kecocokan", "--draft", "1"])
        #expect(draft.code == 0, "\(draft.err)")
        #expect(draft.out.contains("Draf kerja sama 'pemetaan-1-03-32-01-32-71' dibuat"))
        let coop = try Data(contentsOf: store.appendingPathComponent("cooperations/pemetaan-1-03-32-01-32-71.json"))
        #expect(String(decoding: coop, as: UTF8.self).contains("\"targetYear\" : 2030"))

        let shown = try run(["pemetaan", "rapat", "show", "--json"])
        let tree = try #require(try JSONSerialization.jsonObject(with: Data(shown.out.utf8)) as? [String: Any])
        #expect(tree["participantRegions"] as? [String] == ["32.01", "32.71", "32.76"])
        #expect((tree["agreements"] as? [[String: Any]])?.first?["cooperationID"] as? String == "pemetaan-1-03-32-01-32-71")

        let annex = try run(["pemetaan", "lampiran", "--format", "xlsx", "--output", "lampiran.xlsx"])
        #expect(annex.code == 0, "\(annex.err)")
        #expect(annex.out.contains("dari 3 daerah"))
        let annexDocx = try run(["pemetaan", "lampiran", "--format", "docx", "--output", "lampiran.docx", "--region", "32.01"])
        #expect(annexDocx.code == 0, "\(annexDocx.err)")
        #expect(annexDocx.out.contains("dari 1 daerah"))

        #expect(try run(["pemetaan", "rapat", "follow-up", "--action", "Menyusun KAK TPA regional", "--responsible", "Kabupaten Bogor"]).code == 0)
        let minutes = try run(["pemetaan", "berita-acara", "--format", "docx", "--output", "berita-acara.docx"])
        #expect(minutes.code == 0, "\(minutes.err)")
        #expect(minutes.out.contains("3 daerah peserta, 1 kesepakatan, 1 tindak lanjut"))
        #expect(minutes.err.contains("Instansi fasilitator"))  // still to fill in, flagged
        let docx = try Data(contentsOf: folder.appendingPathComponent("berita-acara.docx"))
        #expect(Array(docx.prefix(4)) == [0x50, 0x4B, 0x03, 0x04])
    }

    @Test func threeDemoStoresBundledAndImportedIntoAFacilitatorStore() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        var regions: [String] = []
        for seed in 1...3 {
            let demo = try run(["demo", "--store", "demo\(seed)", "--seed", "\(seed)", "--count", "3", "--reference-date", "2026-03-02", "--json"])
            #expect(demo.code == 0, "\(demo.err)")
            let tree = try JSONSerialization.jsonObject(with: Data(demo.out.utf8)) as? [String: Any]
            regions.append(try #require(tree?["mappingRegion"] as? String, "demo wrote no mapping: \(demo.out)"))
            let bundle = try run(["bundle", "export", "--store", "demo\(seed)", "--output", "daerah\(seed).mufakat.zip"])
            #expect(bundle.code == 0, "\(bundle.err)")
            #expect(bundle.out.contains("1 pemetaan"))
        }
        #expect(Set(regions).count == 3, "different seeds give different regions: \(regions)")

        let imported = try run(["pemetaan", "impor", "daerah1.mufakat.zip", "daerah2.mufakat.zip", "daerah3.mufakat.zip"])
        #expect(imported.code == 0, "\(imported.err)")
        for code in regions { #expect(imported.out.contains("\(code) "), "\(imported.out)") }
        #expect(try run(["pemetaan", "impor", "daerah2.mufakat.zip"]).out.contains("sama dengan sebelumnya"))

        let csv = try run(["pemetaan", "matriks", "--format", "csv", "--output", "matriks.csv"])
        #expect(csv.code == 0, "\(csv.err)")
        let text = String(decoding: try Data(contentsOf: folder.appendingPathComponent("matriks.csv")).dropFirst(3), as: UTF8.self)
        let rows = text.components(separatedBy: "\r\n").filter { !$0.isEmpty }.map { $0.components(separatedBy: ";") }
        #expect(rows.count == 33)
        #expect(rows[0].count == 4)
        for (i, code) in regions.sorted().enumerated() { #expect(rows[0][i + 1].hasPrefix(code + " ")) }
        let symbols = Set(rows.dropFirst().flatMap { $0.dropFirst() })
        #expect(symbols.isSubset(of: ["", "P", "K", "PK", "P*", "K*", "PK*", "R", "?", "W", "M"]))
        #expect(symbols.contains("P") || symbols.contains("P*"))
        #expect(symbols.contains("K") || symbols.contains("K*"))

        let xlsx = try run(["pemetaan", "matriks", "--format", "xlsx", "--output", "matriks.xlsx"])
        #expect(xlsx.code == 0, "\(xlsx.err)")
        #expect(xlsx.out.contains("32 urusan × 3 daerah"))
        let matches = try run(["pemetaan", "kecocokan", "--json"])
        let list = try JSONSerialization.jsonObject(with: Data(matches.out.utf8)) as? [[String: Any]]
        #expect((list?.count ?? 0) > 0, "demo regions of one province should meet somewhere")
    }

    @Test func conflictingImportStopsUnlessTold() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try threeRegions()
        #expect(try run(["pemetaan", "impor", "depok.json"]).code == 0)
        try mappingFile("depok-baru.json", region: "32.76", officer: "Citra Lestari", entries: [
            ["affairCode": "1.03", "need": "Lokasi TPA dan pengolahan lindi", "targetYear": 2031],
        ])
        let refused = try run(["pemetaan", "impor", "depok-baru.json", "kota-bogor.json"])
        #expect(refused.code == 1)
        #expect(refused.out.contains("32.71 Kota Bogor (kota-bogor.json): baru"))
        #expect(refused.err.contains("32.76 Kota Depok (depok-baru.json): berbeda dengan impor sebelumnya"))
        #expect(refused.err.contains("Urusan 1.03 Pekerjaan Umum dan Penataan Ruang: Kebutuhan \"Lokasi pemrosesan akhir sampah\" menjadi \"Lokasi TPA dan pengolahan lindi\""))
        #expect(refused.err.contains("Urusan 3.26 Pariwisata: dihapus"))
        #expect(try run(["mapping", "matrix", "--format", "csv"]).out.contains("3.26 Pariwisata;;PK"))

        let kept = try run(["pemetaan", "impor", "depok-baru.json", "--keep"])
        #expect(kept.code == 0 && kept.out.contains("dipertahankan"))
        let replaced = try run(["pemetaan", "impor", "depok-baru.json", "--replace"])
        #expect(replaced.code == 0 && replaced.out.contains("menggantikan"))
        #expect(try run(["mapping", "matrix", "--format", "csv"]).out.contains("3.26 Pariwisata;;\r\n"))
    }

    @Test func unusableInputExitsTwo() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try "{\"x\": 1}".write(to: folder.appendingPathComponent("bukan.json"), atomically: true, encoding: .utf8)
        let bad = try run(["pemetaan", "impor", "bukan.json"])
        #expect(bad.code == 2)
        #expect(bad.err.contains("bukan.json: tidak ada kolom 'regionCode'"))
        #expect(try run(["pemetaan", "matrix", "--format", "pdf"]).code == 2)
        #expect(try run(["pemetaan", "matrix", "--province", "32.71"]).err.contains("Kode provinsi '32.71' tidak dikenal"))
        #expect(try run(["pemetaan", "minutes", "--output", "x.docx"]).err.contains("Belum ada rapat"))
    }

    @Test func validateReportsFindingsWithExitOne() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try mappingFile("salah.json", region: "32.71", officer: "Budi", entries: [
            ["affairCode": "9.99", "offer": "x"],
            ["affairCode": "1.03", "offer": "IPA", "partnerRegions": ["32.71"], "targetYear": 2001],
        ])
        // Refused on import, naming the file and every error; never taken in with rows dropped.
        let refused = try run(["pemetaan", "impor", "salah.json"])
        #expect(refused.code == 1, "\(refused)")
        #expect(refused.err.contains("salah.json: pemetaan Kota Bogor ditolak"), "\(refused.err)")
        #expect(refused.err.contains("urusan 9.99"))
        #expect(refused.err.contains("kode urusan tidak dikenal"))
        #expect(refused.err.contains("daerah mencantumkan dirinya sendiri sebagai calon mitra"))
        #expect(refused.err.contains("tahun target 2001 sudah lewat"))
        #expect(try run(["mapping", "matrix", "--format", "csv"]).err.contains("Belum ada pemetaan daerah"))
        // Warnings do not block an import; `periksa` lists them with exit 1.
        try mappingFile("kosong.json", region: "32.71", officer: "Budi", entries: [])
        #expect(try run(["pemetaan", "impor", "kosong.json"]).code == 0)
        let v = try run(["pemetaan", "periksa"])
        #expect(v.code == 1)
        #expect(v.out.contains("Peringatan"), "\(v.out)")
    }

    /// A facilitator at a real terminal (tmux): imports three regions' bundles, then a changed
    /// mapping of one of them, is shown the differences and asked, answers "g" (ganti), and
    /// exports the matrix.
    @Test func facilitatorAtATerminalImportsThreeBundlesResolvesAConflictAndExportsTheMatrix() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let tmux = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux"].first { FileManager.default.isExecutableFile(atPath: $0) }
        let tmuxPath = try #require(tmux, "tmux is needed for this test (the CI script installs it)")
        var regions: [String] = []
        for seed in 1...3 {
            let demo = try run(["demo", "--store", "demo\(seed)", "--seed", "\(seed)", "--count", "2", "--json"])
            let tree = try JSONSerialization.jsonObject(with: Data(demo.out.utf8)) as? [String: Any]
            regions.append(try #require(tree?["mappingRegion"] as? String, "demo wrote no mapping: \(demo.out) \(demo.err)"))
            #expect(try run(["bundle", "export", "--store", "demo\(seed)", "--output", "daerah\(seed).mufakat.zip"]).code == 0)
        }
        try mappingFile("perbaikan.json", region: regions[0], officer: "Petugas Baru", entries: [["affairCode": "1.03", "need": "IPLT regional"]])

        // A private tmux server whose socket lives in the test folder (removed with it), so other
        // tmux users on the machine are never touched.
        let socket = folder.appendingPathComponent("tmux.sock").path
        let session = "pemetaan"
        let captured = folder.appendingPathComponent("layar.txt")
        /// Runs tmux and waits for it. Spawned directly (not with Foundation's Process): test
        /// threads block most signals and children inherit that mask, and a tmux server that
        /// never sees SIGCHLD hangs; here the child gets an empty mask and default handlers.
        /// Output goes through a file because the server keeps inherited descriptors open.
        func tmuxRun(_ args: [String]) throws -> String {
            var attr = posix_spawnattr_t()
            posix_spawnattr_init(&attr)
            defer { posix_spawnattr_destroy(&attr) }
            var none = sigset_t(), all = sigset_t()
            sigemptyset(&none); sigfillset(&all)
            posix_spawnattr_setsigmask(&attr, &none)
            posix_spawnattr_setsigdefault(&attr, &all)
            posix_spawnattr_setflags(&attr, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            defer { posix_spawn_file_actions_destroy(&actions) }
            let out = args.first == "capture-pane" ? captured.path : "/dev/null"
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 1, out, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
            let argv: [UnsafeMutablePointer<CChar>?] = ([tmuxPath, "-S", socket] + args).map { strdup($0) } + [nil]
            defer { argv.forEach { free($0) } }
            var pid = pid_t()
            let rc = posix_spawn(&pid, tmuxPath, &actions, &attr, argv, environ)
            guard rc == 0 else { throw CocoaError(.executableLoad) }
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
            return (try? String(contentsOf: captured, encoding: .utf8)) ?? ""
        }
        func screen() throws -> String { try tmuxRun(["capture-pane", "-p", "-t", session]) }
        func waitFor(_ text: String) throws -> Bool {
            for _ in 0..<100 { if try screen().contains(text) { return true }; usleep(100_000) }
            return false
        }
        let binary = try DomainCLITests.binary().path
        let m = "MUFAKAT_STORE='\(store.path)' '\(binary)'"
        let command = "cd '\(folder.path)' && \(m) pemetaan impor daerah1.mufakat.zip daerah2.mufakat.zip daerah3.mufakat.zip"
            + " && \(m) pemetaan impor perbaikan.json && \(m) pemetaan matriks --format xlsx --output matriks.xlsx; echo SELESAI-$?; sleep 30"
        _ = try tmuxRun(["new-session", "-d", "-s", session, "-x", "160", "-y", "50", command])
        defer { _ = try? tmuxRun(["kill-server"]) }
        let asked = try waitFor("Ganti dengan yang diimpor (g) atau pertahankan yang tersimpan (p)?")
        #expect(asked, "\((try? screen()) ?? "")")
        let before = try screen()
        for code in regions { #expect(before.contains("\(code) "), "\(before)") }
        #expect(before.components(separatedBy: ".mufakat.zip): baru").count == 4, "\(before)")
        #expect(before.contains("Nama petugas penghubung"))
        #expect(before.contains("menjadi \"Petugas Baru\""))
        _ = try tmuxRun(["send-keys", "-t", session, "g", "Enter"])
        let finished = try waitFor("SELESAI-0")
        #expect(finished, "\((try? screen()) ?? "")")
        let after = try screen()
        #expect(after.contains("(perbaikan.json): menggantikan pemetaan sebelumnya"))
        #expect(after.contains("Matriks 32 urusan × 3 daerah ditulis ke matriks.xlsx."))
        let zip = try Data(contentsOf: folder.appendingPathComponent("matriks.xlsx"))
        #expect(Array(zip.prefix(4)) == [0x50, 0x4B, 0x03, 0x04])
        let csv = try run(["mapping", "matrix", "--format", "csv", "--transpose"]).out
        #expect(csv.contains("\r\n\(regions[0]) "))
        let row = try #require(csv.components(separatedBy: "\r\n").first { $0.hasPrefix(regions[0] + " ") })
        #expect(row.components(separatedBy: ";").filter { !$0.isEmpty }.count == 2, "only 1.03 remains: \(row)")
    }
}

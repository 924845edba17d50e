import Foundation
import Testing

/// Runs the built `mufakat` binary: export (ekspor), sign (tandatangani), verify (verifikasi).
@Suite struct DocumentsCLITests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixture = root.appendingPathComponent("Tests/Fixtures/cooperations/bogor-raya.json")

    /// The built program (see `MufakatBinary`).
    static func binary() throws -> URL { URL(fileURLWithPath: try MufakatBinary.path()) }


    struct Output { let code: Int32; let out: String; let err: String }

    /// A fresh folder with a store holding the fixture cooperation as revision 1 (written in the
    /// store's file format, since no command imports a cooperation yet).
    final class Workspace {
        let folder: URL
        var store: URL { folder.appendingPathComponent("store") }
        let id: String

        init() throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("mufakat-docs-\(UUID().uuidString)")
            let data = try Data(contentsOf: DocumentsCLITests.fixture)
            let cooperation = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            id = try #require(cooperation["id"] as? String)
            let envelope: [String: Any] = ["format": "mufakat-revisi", "formatVersion": 1, "revision": 1,
                                           "savedAt": "2026-01-01T00:00:00Z",
                                           "savedBy": ["user": "uji", "host": "mesin", "pid": 1], "cooperation": cooperation]
            let json = try JSONSerialization.data(withJSONObject: envelope, options: [.prettyPrinted, .sortedKeys])
            let fm = FileManager.default
            try fm.createDirectory(at: store.appendingPathComponent("cooperations"), withIntermediateDirectories: true)
            try fm.createDirectory(at: store.appendingPathComponent("history/\(id)"), withIntermediateDirectories: true)
            let manifest: [String: Any] = ["format": "mufakat-store", "version": 1, "createdAt": "2026-01-01T00:00:00Z",
                                           "createdBy": ["user": "uji", "host": "mesin", "pid": 1], "documentation": "docs/format.md"]
            try JSONSerialization.data(withJSONObject: manifest, options: [.prettyPrinted, .sortedKeys])
                .write(to: store.appendingPathComponent("store.json"))
            try json.write(to: store.appendingPathComponent("cooperations/\(id).json"))
            try json.write(to: store.appendingPathComponent("history/\(id)/000001.json"))
        }

        deinit { try? FileManager.default.removeItem(at: folder) }

        func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

        func run(_ args: [String], storeByFlag: Bool = false) throws -> Output {
            let process = Process()
            process.executableURL = try DocumentsCLITests.binary()
            process.arguments = args
            process.currentDirectoryURL = folder
            let out = Pipe(), err = Pipe()
            process.standardOutput = out
            process.standardError = err
            process.standardInput = FileHandle.nullDevice
            var env = ProcessInfo.processInfo.environment
            env["MUFAKAT_STORE"] = storeByFlag ? folder.appendingPathComponent("bukan-ini").path : store.path
            process.environment = env
            try process.run()
            let o = out.fileHandleForReading.readDataToEndOfFile()
            let e = err.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return Output(code: process.terminationStatus, out: String(decoding: o, as: UTF8.self), err: String(decoding: e, as: UTF8.self))
        }
    }

    @Test func exportWritesTheSameBytesTwice() throws {
        let w = try Workspace()
        for (format, name) in [("docx", "kb.docx"), ("md", "kb.md"), ("txt", "kb.txt")] {
            let a = try w.run(["ekspor", w.id, "--document", "kb", "--format", format, "--paper", "f4", "--output", w.path("a-" + name)])
            #expect(a.code == 0, "\(a.err)")
            let b = try w.run(["export", w.id, "-d", "kb", "-f", format, "--paper", "f4", "-o", w.path("b-" + name)])
            #expect(b.code == 0, "\(b.err)")
            let first = try Data(contentsOf: URL(fileURLWithPath: w.path("a-" + name)))
            let second = try Data(contentsOf: URL(fileURLWithPath: w.path("b-" + name)))
            #expect(!first.isEmpty)
            #expect(first == second, "\(format) berbeda antara dua kali ekspor")
        }
        let text = try String(contentsOfFile: w.path("a-kb.txt"), encoding: .utf8)
        #expect(text.contains("KESEPAKATAN BERSAMA"))
        #expect(text.contains("Pasal 1"))
        let docx = try Data(contentsOf: URL(fileURLWithPath: w.path("a-kb.docx")))
        #expect(docx.starts(with: [0x50, 0x4B, 0x03, 0x04]))
    }

    @Test func theStoreFlagIsHonoured() throws {
        let w = try Workspace()
        let r = try w.run(["ekspor", w.id, "-d", "ringkasan", "-f", "txt", "--store", w.store.path], storeByFlag: true)
        #expect(r.code == 0, "\(r.err)")
        #expect(r.out.contains(w.id))
        let v = try w.run(["verify", DocumentsCLITests.fixture.path, w.id, "--store", w.store.path], storeByFlag: true)
        #expect(v.code == 1, "\(v.err)")
        #expect(v.out.contains("TIDAK SAMA"))
    }

    @Test func exportFromAFileToStandardOutput() throws {
        let w = try Workspace()
        let r = try w.run(["ekspor", "--from", DocumentsCLITests.fixture.path, "--document", "ringkasan", "--format", "txt"])
        #expect(r.code == 0, "\(r.err)")
        #expect(r.out.contains("RINGKASAN KERJA SAMA DAERAH"))
        #expect(r.out.split(separator: "\n").allSatisfy { $0.count <= 80 })
    }

    @Test func anIncompleteDocumentIsRefusedWithItsMissingFields() throws {
        let w = try Workspace()
        var tree = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: DocumentsCLITests.fixture)) as? [String: Any])
        var memorandum = try #require(tree["memorandum"] as? [String: Any])
        var signing = try #require(memorandum["signing"] as? [String: Any])
        signing["numbers"] = ["100.3.4/1-KB/2026"]
        memorandum["signing"] = signing
        memorandum["durationYears"] = NSNull()
        tree["memorandum"] = memorandum
        let file = w.path("tidak-lengkap.json")
        try JSONSerialization.data(withJSONObject: tree).write(to: URL(fileURLWithPath: file))

        let refused = try w.run(["ekspor", "--from", file, "-d", "kb", "-f", "docx", "-o", w.path("kb.docx")])
        #expect(refused.code == 2)
        // Each missing field by its label; the internal path stays in --json only (issue 17).
        #expect(refused.err.contains("Nomor Kesepakatan Bersama PIHAK KEDUA (Kabupaten Bogor)"))
        #expect(refused.err.contains("Jangka waktu Kesepakatan Bersama (tahun)"))
        #expect(!refused.err.contains("memorandum.signing.numbers[1]") && !refused.err.contains("memorandum.durationYears"))
        #expect(refused.err.contains("--draft"))
        #expect(!FileManager.default.fileExists(atPath: w.path("kb.docx")))

        let json = try w.run(["ekspor", "--from", file, "-d", "kb", "-f", "md", "--json"])
        #expect(json.code == 2)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
        let missing = try #require(report["missing"] as? [[String: Any]])
        #expect(missing.compactMap { $0["path"] as? String }.contains("memorandum.durationYears"))

        let draft = try w.run(["ekspor", "--from", file, "-d", "kb", "-f", "txt", "--draft", "-o", w.path("kb.txt")])
        #expect(draft.code == 0, "\(draft.err)")
        let text = try String(contentsOfFile: w.path("kb.txt"), encoding: .utf8)
            .split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
        #expect(text.contains("[BELUM DIISI: Jangka waktu Kesepakatan Bersama (tahun)]"))
    }

    @Test func badChoicesAreUnusableInput() throws {
        let w = try Workspace()
        #expect(try w.run(["ekspor", w.id, "-d", "surat", "-f", "md"]).code == 2)
        #expect(try w.run(["ekspor", w.id, "-d", "kb", "-f", "pdf"]).code == 2)
        #expect(try w.run(["ekspor", w.id, "-d", "kb", "-f", "docx"]).code == 2)
        #expect(try w.run(["ekspor", w.id, "-d", "kb", "-f", "docx", "--font", "comic", "-o", w.path("x.docx")]).code == 2)
        #expect(try w.run(["ekspor", "tidak-ada", "-d", "kb", "-f", "md"]).code == 2)
        #expect(try w.run(["ekspor", w.id, "-d", "dprd", "-f", "md"]).code == 2)
    }

    /// The help lists every document kind with its name (it named seven, without the Nota).
    @Test func theHelpListsEveryDocument() throws {
        let w = try Workspace()
        let help = try w.run(["export", "--help"]).out.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(help.contains("nota (Nota Kesepakatan)"), "\(help)")
        #expect(help.contains("pengakhiran ("))
    }

    @Test func signThenVerify() throws {
        let w = try Workspace()
        #expect(try w.run(["ekspor", w.id, "-d", "pks", "-f", "docx", "--paper", "f4", "-o", w.path("pks.docx")]).code == 0)

        let before = try w.run(["verifikasi", w.path("pks.docx"), w.id])
        #expect(before.code == 1)
        #expect(before.out.contains("hasil ekspor Perjanjian Kerja Sama dari revisi 1"))

        let sign = try w.run(["tandatangani", w.id, "-d", "pks", "--file", w.path("pks.docx"), "--date", "2026-06-15"])
        #expect(sign.code == 0, "\(sign.err)")
        #expect(sign.out.contains("revisi 2"))

        let after = try w.run(["verify", w.path("pks.docx"), w.id, "--json"])
        #expect(after.code == 0, "\(after.out)\(after.err)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(after.out.utf8)) as? [String: Any])
        #expect(report["verdict"] as? String == "ditandatangani")
        #expect(report["revision"] as? Int == 2)

        var bytes = try Data(contentsOf: URL(fileURLWithPath: w.path("pks.docx")))
        bytes[bytes.count / 3] ^= 0x20
        try bytes.write(to: URL(fileURLWithPath: w.path("ubah.docx")))
        let changed = try w.run(["verify", w.path("ubah.docx"), w.id])
        #expect(changed.code == 1)
        #expect(changed.out.contains("TIDAK SAMA"))
    }
}

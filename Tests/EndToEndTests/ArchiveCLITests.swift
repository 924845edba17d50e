import Foundation
import Testing

/// The built `mufakat` binary: lampirkan, berkas, check-store, bundle, rekap.
@Suite struct ArchiveCLITests {
    struct Output { let code: Int32; let out: String; let err: String }

    static func run(_ args: [String]) throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try MufakatBinary.path())
        process.arguments = args
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        env.removeValue(forKey: "MUFAKAT_STORE")
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(code: process.terminationStatus, out: String(decoding: o, as: UTF8.self), err: String(decoding: e, as: UTF8.self))
    }

    static func sha256(_ url: URL) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["sha256sum", url.path]
        let pipe = Pipe()
        p.standardOutput = pipe
        try p.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(String(decoding: data, as: UTF8.self).prefix(64))
    }

    @Test func aFiveMegabyteScanTravelsByBundleAndATamperedCopyIsNamed() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("mufakat-arsip-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let store = root.appendingPathComponent("a").path
        #expect(try Self.run(["demo", "--store", store, "--count", "8"]).code == 0)
        let listed = try Self.run(["list", "--store", store, "--json"])
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(listed.out.utf8)) as? [[String: Any]])
        let signed = try #require(entries.first { $0["agreementSignedOn"] != nil }?["id"] as? String, "the demo has a signed PKS")

        var bytes = Data("%PDF-1.4\n".utf8)
        var x: UInt32 = 1
        while bytes.count < 5 * 1_048_576 { x = x &* 1_664_525 &+ 1_013_904_223; bytes.append(UInt8(truncatingIfNeeded: x >> 24)) }
        let scan = root.appendingPathComponent("pks-ttd.pdf")
        try bytes.write(to: scan)
        let sha = try Self.sha256(scan)

        let attached = try Self.run(["lampirkan", signed, "--store", store, "--stage", "pks", "--kind", "scan-ttd", scan.path, "--number", "100/PKS/2026", "--date", "2026-05-03"])
        #expect(attached.code == 0, "\(attached.err)")
        #expect(attached.out.contains(sha))
        let files = try Self.run(["berkas", signed, "--store", store])
        #expect(files.out.contains("pks-ttd.pdf") && files.out.contains(sha) && files.out.contains("100/PKS/2026"))

        let bundle = root.appendingPathComponent("bawa.zip").path
        #expect(try Self.run(["bundle", "export", "--store", store, "--output", bundle, signed]).code == 0)
        let other = root.appendingPathComponent("b").path
        let imported = try Self.run(["bundle", "import", "--store", other, bundle])
        #expect(imported.code == 0, "\(imported.err)")
        let arrived = URL(fileURLWithPath: other).appendingPathComponent("files/\(sha)")
        #expect(try Self.sha256(arrived) == sha)
        #expect(try Self.run(["check-store", "--store", other]).code == 0)

        // Tamper with the copy: check-store names the file and exits 1.
        let handle = try FileHandle(forWritingTo: arrived)
        try handle.seek(toOffset: 1000)
        try handle.write(contentsOf: Data([0x00, 0x01, 0x02]))
        try handle.close()
        let checked = try Self.run(["check-store", "--store", other, "--read-only"])
        #expect(checked.code == 1)
        #expect(checked.out.contains("files/\(sha)") && checked.out.contains("pks-ttd.pdf") && checked.out.contains("telah diubah"))

        // Over the limit: refused with the file, its size and the limit.
        let big = root.appendingPathComponent("besar.pdf")
        _ = FileManager.default.createFile(atPath: big.path, contents: nil)
        let bigHandle = try FileHandle(forWritingTo: big)
        try bigHandle.truncate(atOffset: 51 * 1_048_576)
        try bigHandle.close()
        let refused = try Self.run(["attach", signed, "--store", store, "--stage", "pks", "--kind", "scan-ttd", big.path])
        #expect(refused.code == 2)
        #expect(refused.err.contains("besar.pdf") && refused.err.contains("51,0 MB") && refused.err.contains("batas 50,0 MB"))

        // Export copies.
        let out = root.appendingPathComponent("salinan")
        #expect(try Self.run(["files", signed, "--store", store, "--export", out.path]).code == 0)
        #expect(try Self.sha256(out.appendingPathComponent("pks-scan-ttd-pks-ttd.pdf")) == sha)
    }

    @Test func rekapWritesDocxAndXlsxAndCountsEveryCooperation() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("mufakat-rekap-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let store = root.appendingPathComponent("s").path
        #expect(try Self.run(["demo", "--store", store, "--count", "10"]).code == 0)
        let json = try Self.run(["rekap", "--store", store, "--json", "--date", "2026-12-01"])
        let d = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
        #expect(d["total"] as? Int == 10)
        let groups = try #require(d["groups"] as? [[String: Any]])
        let status = try #require(groups.first { $0["id"] as? String == "status" })
        let counts = (status["figures"] as? [[String: Any]])?.compactMap { $0["value"] as? Int } ?? []
        #expect(counts.reduce(0, +) == 10)
        for ext in ["docx", "xlsx"] {
            let file = root.appendingPathComponent("rekap.\(ext)")
            let written = try Self.run(["rekap", "--store", store, "--output", file.path])
            #expect(written.code == 0, "\(written.err)")
            let head = try Data(contentsOf: file).prefix(2)
            #expect(head == Data([0x50, 0x4B]))   // a zip package
        }
        let text = try Self.run(["rekap", "--store", store])
        #expect(text.out.contains("REKAPITULASI KERJA SAMA DAERAH") && text.out.contains("█"))
        // The written summary is a document: Indonesian even from an English session, while the
        // screen text follows the interface.
        let english = root.appendingPathComponent("rekap-en.docx")
        #expect(try Self.run(["rekap", "--lang", "en", "--store", store, "--output", english.path]).code == 0)
        let body = try ThreePartyWajibEndToEndTests.docxText(english.path)
        #expect(body.contains("Menurut keadaan") && !body.contains("By status"), "\(body.prefix(400))")
        #expect(try Self.run(["rekap", "--lang", "en", "--store", store]).out.contains("Menurut keadaan") == false)
    }
}

import Foundation
import Testing

/// The facilitator's meeting mode on the real binary under tmux: three officers' demo stores send
/// their bundles, the facilitator imports them from the screen, looks at the matrix and the
/// matches, makes a draft cooperation from a match (once; the second try is refused), quits,
/// and the draft is in the store.
@Suite(.timeLimit(.minutes(5)))
struct MeetingScreenEndToEndTests {
    /// Runs the binary with arguments; fails the test on a non-zero exit.
    static func mufakat(_ args: [String]) throws -> String {
        let (status, out, err) = try TmuxSession.run([try MufakatBinary.path()] + args)
        let text = String(decoding: out, as: UTF8.self)
        guard status == 0 else {
            throw TmuxSession.Failure(description: "mufakat \(args.joined(separator: " ")) ended with \(status): \(text)\(String(decoding: err, as: UTF8.self))")
        }
        return text
    }

    @Test func facilitatorImportsThreeBundlesAndDraftsFromAMatch() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mufakat-meeting-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var bundles: [String] = []
        for seed in 1...3 {
            let store = folder.appendingPathComponent("petugas-\(seed)").path
            let bundle = folder.appendingPathComponent("bundel-\(seed).mufakat").path
            _ = try Self.mufakat(["demo", "--store", store, "--seed", "\(seed)", "--count", "2"])
            _ = try Self.mufakat(["bundle", "export", "--store", store, "--output", bundle])
            bundles.append(bundle)
        }
        let facilitator = folder.appendingPathComponent("fasilitator").path
        let binary = try MufakatBinary.path()
        let tmux = try TmuxSession.start(command: "\(MufakatBinary.quoted(binary)) --store \(MufakatBinary.quoted(facilitator)) --theme kontras",
                                         width: 80, height: 24)
        defer { tmux.kill() }

        try tmux.waitFor(text: "r rapat/matriks")
        try tmux.sendKeys("r")
        try tmux.waitFor(text: "Belum ada pemetaan daerah")
        try tmux.sendKeys("i")
        try tmux.waitFor(text: "Impor pemetaan daerah peserta")
        try tmux.sendText(bundles.joined(separator: " "))
        try tmux.waitFor(text: "bundel-3.mufakat")
        try tmux.sendKeys("Enter")
        try tmux.waitFor(text: "× 3 daerah")
        let matrix = try tmux.waitFor(text: "Impor selesai")
        #expect(matrix.contains("P potensi"))
        #expect(matrix.contains("│"))

        // One officer sends a different mapping: the differences are shown in Indonesian and asked.
        let firstRegion = try #require(try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("petugas-1/mappings").path)
            .first { $0.hasSuffix(".json") }).replacingOccurrences(of: ".json", with: "")
        let changed = folder.appendingPathComponent("pemetaan-baru.json")
        try Data("""
            {"regionCode": "\(firstRegion)", "entries": [{"affairCode": "1.01", "offer": "Sekolah vokasi bersama"}]}
            """.utf8).write(to: changed)
        try tmux.sendKeys("i")
        try tmux.waitFor(text: "Impor pemetaan daerah peserta")
        try tmux.sendText(changed.path)
        try tmux.waitFor(text: "pemetaan-baru.json")
        try tmux.sendKeys("Enter")
        let conflict = try tmux.waitFor(text: "Pemetaan berbeda:")
        #expect(conflict.contains("Urusan 1.01 Pendidikan: ditambahkan"), "\(conflict)")
        #expect(!conflict.contains("entries"))
        try tmux.sendKeys("Right")   // Pertahankan yang lama
        try tmux.waitFor(text: "[ Pertahankan (lama) ]")
        try tmux.sendKeys("Enter")
        let kept = try tmux.waitFor(text: "(pemetaan-baru.json): pemetaan sebelu")
        #expect(kept.contains("1.01 Pendidikan       │·"))

        // The matrix as a spreadsheet in the store's export folder.
        try tmux.sendKeys("e")
        try tmux.waitFor(text: "[ XLSX ]")
        try tmux.sendKeys("Enter")
        try tmux.waitFor(text: "Matriks diekspor")
        let xlsx = folder.appendingPathComponent("fasilitator/ekspor/matriks-pemetaan-semua.xlsx")
        #expect(FileManager.default.contents(atPath: xlsx.path)?.starts(with: [0x50, 0x4B]) == true)
        try tmux.sendKeys("Enter")
        try tmux.waitUntil("the dialog to close") { !$0.contains("Matriks diekspor") }

        try tmux.sendKeys("m")
        try tmux.waitFor(text: "Kecocokan pemetaan: 1 dari")
        try tmux.sendKeys("Enter")
        try tmux.waitFor(text: "Jadikan draf dan kesepakatan?")
        try tmux.sendKeys("Enter")
        let made = try tmux.waitFor(text: "Draf kerja sama 'pemetaan-")
        let id = try #require(made.split(separator: "'").dropFirst().first.map(String.init))
        try tmux.sendKeys("d")
        try tmux.waitFor(text: "sudah dijadikan draf")

        try tmux.sendKeys("Escape")
        try tmux.waitFor(text: "p/k/o saring")
        try tmux.sendKeys("Escape")
        try tmux.waitFor(text: "Daftar kerja sama")
        try tmux.sendKeys("q")
        try tmux.waitUntil("the program to end") { !$0.contains("Daftar kerja sama") }

        let list = try Self.mufakat(["list", "--store", facilitator, "--json"])
        #expect(list.contains(id))
        #expect(list.components(separatedBy: "pemetaan-").count == 2, "exactly one draft: \(list)")
    }
}
